/**
 * Choice columns with a vocabulary of their own: a WeCom export's 客户类型 holds 微信用户 and
 * 企业微信用户 (the kind of account, not the kind of customer), an agent's lead list has Status
 * Hot / Warm / Cold. The header names the field, yet none of the values is one of its options.
 * Reporting each row as "not one of the options", or putting a dropdown that rejects every value
 * already there, would misread the column: it is kept as typed, with one notice saying why.
 */
import type { Locale } from '../i18n/locale';
import { normaliseCell } from '../normalise';
import { cellText, isBlank } from '../sheet/cell-value';
import type { HeaderMapping, SampleRows } from '../template/header-mapping';
import type { Template } from '../template/schema';

/** Fewer filled cells than this say too little: a single stray value is the row's problem. */
const MIN_FILLED = 3;
/** Column number → its distinct values (as typed, in the order met) for each choice column with values of its own. */
export type OwnValueColumns = ReadonlyMap<number, readonly string[]>;

export function ownValueColumns(
  mapping: HeaderMapping,
  template: Template,
  rows: SampleRows,
  locale: Locale,
): OwnValueColumns {
  const found = new Map<number, string[]>();
  const ctx = { locale, defaultRegion: template.defaultRegion };
  for (const column of mapping.columns) {
    const field = column.field ? template.fields.find((f) => f.key === column.field) : undefined;
    // Only closed lists: an open list (regions, tags) takes new values by design.
    if (!field || field.kind !== 'choice' || !field.options) continue;
    const distinct = new Set<string>();
    let filled = 0;
    let fits = false;
    for (const row of rows) {
      const value = row?.[column.col - 1];
      if (value === undefined || isBlank(value)) continue;
      filled++;
      if (normaliseCell(field, value, ctx).status !== 'invalid') {
        fits = true;
        break;
      }
      distinct.add(cellText(value).trim());
    }
    if (!fits && filled >= MIN_FILLED) found.set(column.col, [...distinct]);
  }
  return found;
}
