/**
 * One template field in the editor: its names in both languages, required on/off and, for a list,
 * each option's names and other spellings, remove, and a row to add one.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field as FormField,
  Input,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../i18n/locale';
import type { ChoiceOption, Field } from '../../template/schema';
import { hasOptions, splitSynonyms, type TemplateEdit } from '../../template/template-edits';
import type { EditorKey, EditorTranslate } from './template-editor-strings';

const useStyles = makeStyles({
  names: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  option: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  grow: { flexGrow: 1, minWidth: 0 },
  // The new option's names take a line each when the pane is narrow; Add follows them.
  addRow: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  addName: { flexGrow: 1, flexBasis: '8em', minWidth: 0 },
});

export interface TemplateFieldEditorProps {
  field: Field;
  disabled: boolean;
  t: EditorTranslate;
  onEdit(edit: TemplateEdit): void;
}

const FIELD_NAME: Record<Locale, EditorKey> = { 'zh-CN': 'labelZh', 'en-US': 'labelEn' };

export function TemplateFieldEditor({ field, disabled, t, onEdit }: TemplateFieldEditorProps) {
  const styles = useStyles();
  const label = (locale: Locale, text: string) => onEdit({ kind: 'label', field: field.key, locale, text });
  return (
    <>
      <div className={styles.names}>
        {LOCALES.map((locale) => (
          <FormField key={locale} label={t(FIELD_NAME[locale])} className={styles.grow}>
            <Input value={field.labels[locale]} disabled={disabled} onChange={(_, d) => label(locale, d.value)} />
          </FormField>
        ))}
      </div>
      <Checkbox
        label={t('required')}
        checked={field.required}
        disabled={disabled}
        onChange={(_, d) => onEdit({ kind: 'required', field: field.key, required: d.checked === true })}
      />
      {hasOptions(field) && <OptionList field={field} disabled={disabled} t={t} onEdit={onEdit} />}
    </>
  );
}

const NO_NAMES: Record<Locale, string> = { 'zh-CN': '', 'en-US': '' };
const NEW_NAME: Record<Locale, EditorKey> = { 'zh-CN': 'newZh', 'en-US': 'newEn' };

/** Options shown before "show more": a 500-option list stays quick to render and to scan. */
const SHOWN = 12;

function OptionList({ field, disabled, t, onEdit }: TemplateFieldEditorProps) {
  const styles = useStyles();
  const [names, setNames] = useState<Record<Locale, string>>(NO_NAMES);
  const [find, setFind] = useState('');
  const [limit, setLimit] = useState(SHOWN);
  const matching = (field.options ?? []).filter((o) => matches(o, find));
  const options = matching.slice(0, limit);
  const add = () => {
    onEdit({
      kind: 'addOption',
      field: field.key,
      labels: { 'zh-CN': names['zh-CN'].trim(), 'en-US': names['en-US'].trim() },
    });
    setNames(NO_NAMES);
  };

  return (
    <>
      <Text weight="semibold">{t('options')}</Text>
      {field.kind === 'text' && <Caption1>{t('openList')}</Caption1>}
      {(field.options ?? []).length > SHOWN && (
        <Input
          aria-label={t('find')}
          placeholder={t('find')}
          value={find}
          onChange={(_, d) => {
            setFind(d.value);
            setLimit(SHOWN);
          }}
        />
      )}
      {options.map((option) => (
        <OptionRow
          key={option.key}
          field={field}
          option={option}
          n={(field.options ?? []).indexOf(option) + 1}
          disabled={disabled}
          t={t}
          onEdit={onEdit}
        />
      ))}
      {matching.length > limit && (
        <Button appearance="subtle" onClick={() => setLimit(matching.length)}>
          {t('more', { count: matching.length - limit })}
        </Button>
      )}
      <div className={styles.addRow}>
        {LOCALES.map((locale) => (
          <Input
            key={locale}
            className={styles.addName}
            aria-label={t(NEW_NAME[locale])}
            placeholder={t(NEW_NAME[locale])}
            value={names[locale]}
            disabled={disabled}
            onChange={(_, d) => setNames((current) => ({ ...current, [locale]: d.value }))}
          />
        ))}
        <Button disabled={disabled || LOCALES.every((l) => names[l].trim() === '')} onClick={add}>
          {t('add')}
        </Button>
      </div>
    </>
  );
}

function matches(option: ChoiceOption, find: string): boolean {
  const text = find.trim().toLowerCase();
  if (text === '') return true;
  return [option.labels['zh-CN'], option.labels['en-US'], ...option.synonyms].some((n) =>
    n.toLowerCase().includes(text),
  );
}

interface OptionRowProps extends TemplateFieldEditorProps {
  option: ChoiceOption;
  n: number;
}

const OPTION_NAME: Record<Locale, EditorKey> = { 'zh-CN': 'optionZh', 'en-US': 'optionEn' };

function OptionRow({ field, option, n, disabled, t, onEdit }: OptionRowProps) {
  const styles = useStyles();
  const rename = (locale: Locale, text: string) =>
    onEdit({ kind: 'renameOption', field: field.key, option: option.key, locale, text });
  const name = option.labels['zh-CN'] || option.labels['en-US'];
  return (
    <div className={styles.option}>
      <div className={styles.row}>
        {LOCALES.map((locale) => (
          <Input
            key={locale}
            className={styles.grow}
            aria-label={t(OPTION_NAME[locale], { n })}
            value={option.labels[locale]}
            disabled={disabled}
            onChange={(_, d) => rename(locale, d.value)}
          />
        ))}
        <Button
          appearance="subtle"
          aria-label={t('remove', { option: name })}
          disabled={disabled}
          onClick={() => onEdit({ kind: 'removeOption', field: field.key, option: option.key })}
        >
          ✕
        </Button>
      </div>
      <SynonymsInput
        option={option}
        label={t('synonyms', { option: name })}
        hint={n === 1 ? t('synonymsHint') : undefined}
        disabled={disabled}
        onChange={(synonyms) => onEdit({ kind: 'synonyms', field: field.key, option: option.key, synonyms })}
      />
    </div>
  );
}

/** The spellings as one line; while it has focus it keeps what is typed (a trailing comma included). */
function SynonymsInput(props: {
  option: ChoiceOption;
  label: string;
  hint?: string;
  disabled: boolean;
  onChange(synonyms: string[]): void;
}) {
  const [typing, setTyping] = useState<string | null>(null);
  const joined = props.option.synonyms.join(', ');
  return (
    <FormField label={props.label} hint={props.hint} size="small">
      <Input
        size="small"
        value={typing ?? joined}
        disabled={props.disabled}
        onFocus={() => setTyping(joined)}
        onBlur={() => setTyping(null)}
        onChange={(_, d) => {
          setTyping(d.value);
          props.onChange(splitSynonyms(d.value));
        }}
      />
    </FormField>
  );
}
