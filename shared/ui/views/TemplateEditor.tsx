/**
 * Edits the template the workbook stores (else the built-in one) in the Setup tab. Edits are kept as
 * a list over the template read (template-edits.ts); Save checks the result and, only when it has no
 * problem, writes it to the workbook's meta through a plan, recorded in the history (undo restores
 * the template before). Set up reads the stored template, so applying it again updates the dropdowns.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { planTemplateSave } from '../../operations/save-template';
import { META_KEYS } from '../../operations/meta-keys';
import { storedTemplate } from '../../operations/options';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../../template/default-template';
import type { Template } from '../../template/schema';
import { addEdit, editTemplate, hasOptions, type TemplateEdit } from '../../template/template-edits';
import { checkTemplate } from '../../template/template-problems';
import { useLocale } from '../i18n';
import { useSession } from '../session';
import { TemplateFieldEditor } from './TemplateFieldEditor';
import { editorTranslator, problemText } from './template-editor-strings';
import { useSheetResult } from './use-sheet-result';

interface EditorState {
  snapshot: SheetSnapshot;
  base: Template;
  stored: boolean;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function TemplateEditor() {
  const locale = useLocale();
  const t = useMemo(() => editorTranslator(locale), [locale]);
  const styles = useStyles();
  const session = useSession();
  const { task } = session;
  const busy = task.running !== null;
  const [state, setState] = useSheetResult<EditorState>();
  const [edits, setEdits] = useState<TemplateEdit[]>([]);
  const [fieldKey, setFieldKey] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const draft = useMemo(() => (state ? edits.reduce(editTemplate, state.base) : null), [state, edits]);
  const field = draft?.fields.find((f) => f.key === fieldKey) ?? draft?.fields[0];

  const load = () =>
    task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      const stored = storedTemplate(snapshot);
      const base = stored ?? DEFAULT_TEMPLATE;
      setEdits([]);
      setProblems([]);
      setFieldKey((base.fields.find(hasOptions) ?? base.fields[0])?.key ?? '');
      setState({ snapshot, base, stored: stored !== undefined });
    });

  const edit = (change: TemplateEdit) => {
    setProblems([]);
    setEdits((list) => addEdit(list, change));
  };

  const save = async () => {
    if (!state || !draft) return;
    const result = checkTemplate(draft);
    if (!result.ok) {
      setProblems(result.problems.map((p) => problemText(p, draft, locale)));
      return;
    }
    // The history's log row is written in the sheet's language.
    const sheetLocale = state.snapshot.meta?.[META_KEYS.locale] === 'en-US' ? 'en-US' : locale;
    const { plan, undo } = planTemplateSave(state.snapshot, result.template, { locale: sheetLocale });
    await session.apply(
      { kind: 'setup', title: { key: 'action.template' }, plan, undo: { kind: 'plan', plan: undo } },
      { key: 'template.saved' },
    );
  };

  return (
    <section className={styles.panel} aria-label={t('title')}>
      <Text weight="semibold">{t('title')}</Text>
      <Text size={200}>{t('intro')}</Text>
      {!state || !draft || !field ? (
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => void load()}>
            {t('edit')}
          </Button>
        </div>
      ) : (
        <>
          <Text size={200}>{t(state.stored ? 'stored' : 'builtIn')}</Text>
          <Field label={t('field')}>
            <Select value={field.key} disabled={busy} onChange={(_, d) => setFieldKey(d.value)}>
              {draft.fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.labels[locale] || f.key}
                </option>
              ))}
            </Select>
          </Field>
          <TemplateFieldEditor key={field.key} field={field} disabled={busy} t={t} onEdit={edit} />
          {problems.length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody>
                {t('notSaved')}
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || edits.length === 0} onClick={() => void save()}>
              {t('save')}
            </Button>
            <Button disabled={busy || edits.length === 0} onClick={() => setEdits([])}>
              {t('discard')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
