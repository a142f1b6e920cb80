/**
 * A group's merge preview: for each column whose values differ, the value the user keeps (one
 * candidate per row, for this group only) or the column's rule for every group of the search (sum,
 * largest, latest, join with a chosen delimiter); then what the merge, planned in the worker with
 * those choices, writes.
 */
import { useState } from 'react';
import { Caption1, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MergeResult, SurvivorshipRule } from '../../merge';
import { cellText } from '../../sheet/cell-value';
import { useLocale, useT, type UiKey } from '../i18n';
import { archivedWords } from './count-words';
import type { DifferingColumn } from './merge-context';

/** The rules a user sets in the preview; the others stay the merge stage's defaults (docs/merge.md). */
export type ColumnRule = Extract<SurvivorshipRule, 'sum' | 'max' | 'latest' | 'combine'>;
const RULES: ReadonlyArray<[ColumnRule, UiKey]> = [
  ['sum', 'dupes.rule.sum'],
  ['max', 'dupes.rule.max'],
  ['latest', 'dupes.rule.latest'],
  ['combine', 'dupes.rule.combine'],
];

/** The rules that make sense for the column's values (and the one in force, set from another group). */
function rulesFor(column: DifferingColumn, current: ColumnRule | undefined): typeof RULES {
  return RULES.filter(
    ([rule]) => rule === current || rule === 'combine' || (rule === 'latest' ? column.dates : column.numbers),
  );
}
export const DEFAULT_DELIMITER = '; ';

/** The search's column rules (column key -> rule, and what `combine` joins with). */
export interface ColumnRules {
  rules: Record<string, ColumnRule>;
  delimiters: Record<string, string>;
}

const useStyles = makeStyles({
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlockEnd: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // A long value (a note, an address) must not widen the 300 px sidebar.
  select: { minWidth: 0, maxWidth: '100%' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  change: { overflowWrap: 'anywhere' },
});

/** A candidate as the option shows it: short, on one line. */
function shortText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

export interface MergePreviewProps {
  id: string;
  kept: number;
  columns: readonly DifferingColumn[];
  /** Column key -> the row whose value the user keeps, in this group. */
  picks: Readonly<Record<string, number>>;
  rules: ColumnRules;
  /** The plan for the choices above, once the worker has it. */
  result: MergeResult | undefined;
  disabled: boolean;
  onPick(column: DifferingColumn, row: number | undefined): void;
  onRule(key: string, rule: ColumnRule | undefined, delimiter?: string): void;
}

export function MergePreview({ id, kept, columns, picks, rules, result, disabled, onPick, onRule }: MergePreviewProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const merge = result?.merges[0];
  const errors = result?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = result?.problems.filter((p) => p.severity === 'warning') ?? [];
  // A delimiter being typed: planned when the field is left, not at every key.
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  return (
    <div id={id} className={styles.columns}>
      {columns.length > 0 && <Caption1>{t('dupes.choices')}</Caption1>}
      {columns.map((column) => {
        const rule = rules.rules[column.key];
        return (
          <div key={column.key} className={styles.column} data-column={column.header}>
            <Text weight="semibold">{column.header}</Text>
            <Field label={t('dupes.pick', { column: column.header })} size="small">
              <Select
                size="small"
                className={styles.select}
                disabled={disabled}
                value={picks[column.key] === undefined ? '' : String(picks[column.key])}
                onChange={(_, data) => onPick(column, data.value === '' ? undefined : Number(data.value))}
              >
                <option value="">{t('dupes.pick.auto')}</option>
                {column.candidates.map((c) => (
                  <option key={c.row} value={String(c.row)}>
                    {t('dupes.rowOption', { row: c.row, summary: shortText(cellText(c.value)) })}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('dupes.rule', { column: column.header })} size="small">
              <Select
                size="small"
                className={styles.select}
                disabled={disabled}
                value={rule ?? ''}
                onChange={(_, data) => onRule(column.key, data.value === '' ? undefined : (data.value as ColumnRule))}
              >
                <option value="">{t('dupes.rule.default')}</option>
                {rulesFor(column, rule).map(([value, label]) => (
                  <option key={value} value={value}>
                    {t(label)}
                  </option>
                ))}
              </Select>
            </Field>
            {rule === 'combine' && (
              <Field label={t('dupes.delimiter', { column: column.header })} size="small">
                <Input
                  size="small"
                  disabled={disabled}
                  value={drafts[column.key] ?? rules.delimiters[column.key] ?? DEFAULT_DELIMITER}
                  onChange={(_, data) => setDrafts({ ...drafts, [column.key]: data.value })}
                  onBlur={() => {
                    const draft = drafts[column.key];
                    if (draft !== undefined && draft !== (rules.delimiters[column.key] ?? DEFAULT_DELIMITER))
                      onRule(column.key, 'combine', draft);
                  }}
                />
              </Field>
            )}
          </div>
        );
      })}
      {errors.length > 0 ? (
        <div role="alert">
          <Text weight="semibold">{t('dupes.problems')}</Text>
          <ul className={styles.list}>
            {errors.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        merge && (
          <div aria-live="polite">
            <Text block>
              {merge.changes.length > 0 ? t('dupes.preview', { row: kept }) : t('dupes.noChanges', { row: kept })}
            </Text>
            {merge.changes.length > 0 && (
              <ul className={styles.list}>
                {merge.changes.map((change) => (
                  <li key={change.col} className={styles.change}>
                    {change.header}: {cellText(change.before) || t('clean.blank')} →{' '}
                    {cellText(change.after) || t('clean.blank')}
                  </li>
                ))}
              </ul>
            )}
            {warnings.length > 0 && (
              <>
                <Text weight="semibold">{t('dupes.warnings')}</Text>
                <ul className={styles.list}>
                  {warnings.map((p, i) => (
                    <li key={i} className={styles.change}>
                      {p.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Caption1 block>{archivedWords(t, locale, merge.mergedRows)}</Caption1>
          </div>
        )
      )}
    </div>
  );
}
