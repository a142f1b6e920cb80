/**
 * Set up: reads the headers, shows how they map to the template (planSetup), lets the user
 * correct any column (overrides) and the sheet's language, then applies the setup plan.
 */
import { Button, Field, Select, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Locale } from '../../i18n/locale';
import { LOCALES } from '../../i18n/locale';
import { invertPlan } from '../../plan/invert-plan';
import { headerBelowMessage, headerRowBelow } from '../../operations/customer-list';
import { planLiftHeader } from '../../operations/lift-header';
import { detectLocale } from '../../operations/options';
import type { SetupResult } from '../../operations/setup';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { mapHeaders, sampleRows } from '../../template/header-mapping';
import type { Template } from '../../template/schema';
import { useLocale, useT, type UiKey } from '../i18n';
import { useSession } from '../session';
import { MappingTable } from './MappingTable';
import { TemplateEditor } from './TemplateEditor';
import { AutoGovernSwitch } from './AutoGovernSwitch';
import { useSheetResult } from './use-sheet-result';
import { storedOverrides, storedTemplate } from './workbook-settings';
import { isListValidation } from '../../plan/plan';

const LANGUAGE_NAME: Record<Locale, UiKey> = { 'zh-CN': 'setup.language.zh-CN', 'en-US': 'setup.language.en-US' };

interface SetupState {
  snapshot: SheetSnapshot;
  template: Template;
  overrides: Record<string, string | null>;
  /** Lock the header row and the customer-ID column (the template's setting unless switched here). */
  protect: boolean;
  result: SetupResult;
}

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function SetupView() {
  const t = useT();
  const uiLocale = useLocale();
  const styles = useStyles();
  const session = useSession();
  const { task, core } = session;
  const [state, setState] = useSheetResult<SetupState>();
  const busy = task.running !== null;

  /** `keepNotice`: a read right after moving the header keeps its "Done" notice. */
  const read = (keepNotice = false) =>
    task.run(
      'task.reading',
      async (control) => {
        const snapshot = await session.readSnapshot(control);
        control.step('task.mapping');
        const overrides = storedOverrides(snapshot);
        const template = storedTemplate(snapshot);
        const protect = template.protect ?? true;
        const result = await core.run('planSetup', snapshot, { overrides, protect }, control);
        setState({ snapshot, template, overrides, protect, result });
      },
      { keepNotice },
    );

  const replan = (current: SetupState, overrides: Record<string, string | null>, locale: Locale) =>
    task.run('task.mapping', async (control) => {
      const result = await core.run(
        'planSetup',
        current.snapshot,
        { overrides, locale, protect: current.protect },
        control,
      );
      setState({ ...current, overrides, result });
    });

  const mapping = useMemo(
    // The same value sample as planSetup's, so the table shows the mapping setup will apply.
    () =>
      state
        ? mapHeaders(state.snapshot.values[0] ?? [], state.template, state.overrides, sampleRows(state.snapshot.values))
        : null,
    [state],
  );

  // Under a title the mapping would rename the title's cell: set up waits until the header is row 1.
  const below = useMemo(() => (state ? headerRowBelow(state.snapshot.values, state.template) : undefined), [state]);

  const apply = async () => {
    if (!state) return;
    const plan = state.result.plan;
    await session.apply(
      { kind: 'setup', title: { key: 'action.setup' }, plan, undo: { kind: 'plan', plan: invertPlan(plan) } },
      { key: 'setup.applied' },
    );
  };

  // The header moved up to row 1 as an operation of its own; the headers are read again from there.
  const lift = async () => {
    if (!state || !below) return;
    const { plan } = planLiftHeader(state.snapshot, below, { locale: detectLocale(below.headers) });
    const undo = { kind: 'plan' as const, plan: invertPlan(plan) };
    const done = await session.apply(
      { kind: 'setup', title: { key: 'action.liftHeader' }, plan, undo },
      { key: 'setup.lifted' },
    );
    if (done) await read(true);
  };

  const missing =
    state && mapping
      ? mapping.missing
          .map((key) => state.template.fields.find((f) => f.key === key))
          .filter((f) => f !== undefined && f.appendWhenMissing)
          .map((f) => f!.labels[uiLocale])
      : [];

  return (
    <>
      <Text>{t('setup.intro')}</Text>
      <div className={styles.actions}>
        <Button appearance={state ? 'secondary' : 'primary'} disabled={busy} onClick={() => void read()}>
          {t(state ? 'setup.reread' : 'setup.read')}
        </Button>
      </div>
      {state && mapping && (
        <>
          {below && (
            <>
              <Text weight="semibold" role="alert">
                {headerBelowMessage(uiLocale, state.snapshot.name, below)}
              </Text>
              <Field hint={t('setup.liftHint')}>
                <Button appearance="primary" disabled={busy} onClick={() => void lift()}>
                  {t('setup.liftHeader')}
                </Button>
              </Field>
            </>
          )}
          {mapping.columns.length === 0 ? (
            <Text>{t('setup.empty')}</Text>
          ) : (
            <MappingTable
              mapping={mapping}
              template={state.template}
              disabled={busy}
              onChange={(header, field) =>
                void replan(state, { ...state.overrides, [header]: field }, state.result.locale)
              }
            />
          )}
          <Field label={t('setup.sheetLanguage')} hint={t('setup.sheetLanguageHint')}>
            <Select
              value={state.result.locale}
              disabled={busy}
              onChange={(_, data) => void replan(state, state.overrides, data.value as Locale)}
            >
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {t(LANGUAGE_NAME[locale])}
                </option>
              ))}
            </Select>
          </Field>
          <Field hint={t('setup.protectHint')}>
            <Switch
              checked={state.protect}
              disabled={busy}
              label={t('setup.protect')}
              onChange={(_, data) =>
                void replan({ ...state, protect: data.checked }, state.overrides, state.result.locale)
              }
            />
          </Field>
          <Text>
            {missing.length > 0
              ? t('setup.missing', { count: missing.length, fields: missing.join(uiLocale === 'zh-CN' ? '、' : ', ') })
              : t('setup.noMissing')}
          </Text>
          <Text size={200}>
            {t('setup.planSummary', {
              edits: state.result.plan.edits.length,
              validations: state.result.plan.validations.filter(isListValidation).length,
              rules: state.result.plan.validations.filter((v) => !isListValidation(v)).length,
              formats: state.result.plan.numberFormats.length,
            })}
          </Text>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || below !== undefined} onClick={() => void apply()}>
              {t('setup.apply')}
            </Button>
          </div>
        </>
      )}
      <AutoGovernSwitch snapshot={state?.snapshot} />
      <TemplateEditor />
    </>
  );
}
