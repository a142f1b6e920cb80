/**
 * Counts the sidebar says in words, with the singular where a count is one (1 group, row 3 moves):
 * Check's summary counts the rows that have issues, and a merge names the rows merged into the kept row.
 */
import type { Locale } from '../../i18n/locale';
import type { Params, Translate, UiKey } from '../i18n';

/** A list of row numbers as each language writes one: 3, 5 / 3、5. */
export function rowList(rows: readonly number[], locale: Locale): string {
  return rows.join(locale === 'zh-CN' ? '、' : ', ');
}

export function checkSummary(t: Translate, issues: readonly { row: number; severity: string }[]): string {
  const rows = [...new Set(issues.map((i) => i.row))];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const params = {
    issues: issues.length,
    rows: rows.length,
    row: rows[0] ?? 0,
    errors,
    warnings: issues.length - errors,
  };
  if (rows.length !== 1) return t('check.summary', params);
  return t(issues.length === 1 ? 'check.summary.one' : 'check.summary.oneRow', params);
}

export function dupesSummary(t: Translate, clusters: number, rows: number): string {
  return t(clusters === 1 ? 'dupes.summary.one' : 'dupes.summary', { clusters, rows });
}

export function archivedWords(t: Translate, locale: Locale, rows: readonly number[]): string {
  return t(rows.length === 1 ? 'dupes.archived.one' : 'dupes.archived', { rows: rowList(rows, locale) });
}

/** The notice after one group's merge: the rows merged away and the row kept. */
export function mergedNotice(
  merge: { mergedRows: readonly number[]; survivorRow: number },
  locale: Locale,
): { key: UiKey; params: Params } {
  return {
    key: merge.mergedRows.length === 1 ? 'dupes.merged.one' : 'dupes.merged',
    params: { rows: rowList(merge.mergedRows, locale), row: merge.survivorRow },
  };
}
