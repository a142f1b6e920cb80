/**
 * Choice columns with a vocabulary of their own: a WeCom export's 客户类型 holds 微信用户 and
 * 企业微信用户 (the kind of account, not the kind of customer), an agent's lead list has Status
 * Hot / Warm / Cold, a HubSpot export's Original Source has Offline Sources and Direct Traffic beside
 * Organic Search. The header names the field, yet the values are mostly not its options.
 * Reporting each row as "not one of the options", rewriting the few that name an option, or putting
 * a dropdown that rejects the rest would misread the column: it is kept as typed, with one notice
 * saying why, and set up makes its values the column's dropdown.
 */
import type { Locale } from '../i18n/locale';
import { normaliseCell } from '../normalise';
import { choiceKey } from '../normalise/choice';
import { cellText, isBlank } from '../sheet/cell-value';
import type { HeaderMapping, SampleRows } from '../template/header-mapping';
import type { Template } from '../template/schema';

/** Fewer filled cells than this say too little: a single stray value is the row's problem. */
const MIN_FILLED = 3;
/** More distinct values than this are no list a dropdown offers (notes typed into a choice column). */
export const MAX_OWN_OPTIONS = 30;

export interface OwnValues {
  /** The distinct values, as first typed, in the order met. */
  values: readonly string[];
  /** Some values name an option too: the column's own list shares a few names with the template's. */
  mixed: boolean;
  /** Few enough, and recurring, to be the column's dropdown. */
  list: boolean;
}

/** Column number → its values, for each choice column with values of its own. */
export type OwnValueColumns = ReadonlyMap<number, OwnValues>;

interface Seen {
  text: string;
  count: number;
  fits: boolean;
}

export function ownValueColumns(
  mapping: HeaderMapping,
  template: Template,
  rows: SampleRows,
  locale: Locale,
): OwnValueColumns {
  const found = new Map<number, OwnValues>();
  const ctx = { locale, defaultRegion: template.defaultRegion };
  for (const column of mapping.columns) {
    const field = column.field ? template.fields.find((f) => f.key === column.field) : undefined;
    // Only closed lists: an open list (regions, tags) takes new values by design.
    if (!field || field.kind !== 'choice' || !field.options) continue;
    // Spellings of one value (Hot, hot) are one value of the list.
    const seen = new Map<string, Seen>();
    let filled = 0;
    let offCells = 0;
    for (const row of rows) {
      const value = row?.[column.col - 1];
      if (value === undefined || isBlank(value)) continue;
      filled++;
      const text = cellText(value).trim();
      const key = choiceKey(text) || text;
      let entry = seen.get(key);
      if (!entry) {
        entry = { text, count: 0, fits: normaliseCell(field, value, ctx).status !== 'invalid' };
        seen.set(key, entry);
      }
      entry.count++;
      if (!entry.fits) offCells++;
    }
    if (filled < MIN_FILLED || offCells === 0) continue;
    const distinct = [...seen.values()];
    const off = distinct.filter((v) => !v.fits);
    const mixed = off.length < distinct.length;
    // Among options, a value of its own is a stray to report on its row; half the cells, with
    // values that recur, are a list: an export's picklist, a team's categories.
    if (mixed && (offCells * 2 < filled || off.length === offCells || distinct.length > MAX_OWN_OPTIONS)) continue;
    found.set(column.col, {
      values: distinct.map((v) => v.text),
      mixed,
      list: distinct.length <= MAX_OWN_OPTIONS && distinct.length < filled,
    });
  }
  return found;
}
