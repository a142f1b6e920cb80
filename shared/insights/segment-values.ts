/**
 * The values the analysis sheet lists per segment: a choice field's options, then the other values
 * present (most frequent first); region and owner list the values present. A value cleaning would
 * change is listed in its clean form, so the sheet stays right after clean; spellings of one value
 * (a region's 杭州市 and 杭州, a status's 跟进中 and 跟進中) are listed once, as the report counts them. Values beyond the cap are
 * counted together under "other values". A placeholder for none (-, 无) is not listed: it counts with the blanks.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import { normaliseCell } from '../normalise';
import type { NormaliseContext } from '../normalise/types';
import type { Template } from '../template/schema';
import type { SegmentColumn } from './segment-fields';
import { placeKeys, REGION_FIELD } from './place-names';
import { segmentKey } from './segment-key';
import { noValueIn } from '../check/placeholder';

export const LISTED_VALUES_CAP = 100;
/** Distinct values remembered per column while reading (bounded memory on any sheet). */
const DISTINCT_LIMIT = 10_000;

/** A value the sheet lists, and the texts of the cleaned sheet it counts (杭州市 and 杭州 for one place). */
export interface ListedValue {
  value: string;
  spellings: string[];
}

/** A segment's listed values, and the placeholders for none present (-, 无), which count with the blanks. */
export interface SegmentValues {
  listed: ListedValue[];
  placeholders: string[];
}

export function segmentValueLists(
  values: readonly (readonly CellValue[] | undefined)[],
  segments: readonly SegmentColumn[],
  template: Template,
  locale: Locale,
  ownValues: ReadonlySet<number> = new Set(),
): SegmentValues[] {
  const ctx: NormaliseContext = { locale, defaultRegion: template.defaultRegion, columnFormat: null };
  return segments.map((segment) => {
    const raw = new Map<string, number>();
    for (let index = 1; index < values.length; index++) {
      const value = values[index]?.[segment.col - 1];
      if (isBlank(value)) continue;
      const text = cellText(value);
      const seen = raw.get(text);
      if (seen !== undefined) raw.set(text, seen + 1);
      else if (raw.size < DISTINCT_LIMIT) raw.set(text, 1);
    }
    const counts = new Map<string, number>();
    const placeholders = new Map<string, string>();
    for (const [text, count] of raw) {
      // A column kept as typed is listed as typed, as the report counts it (segment-tally.ts).
      const outcome = ownValues.has(segment.col) ? undefined : normaliseCell(segment.field, text, ctx);
      // A placeholder (有赞's "-", 无) names no segment: the report counts it with the blanks.
      if (noValueIn(segment.field, text, outcome?.status) === 'placeholder') {
        placeholders.set(text.toLowerCase(), text);
        continue;
      }
      const shown =
        outcome?.status === 'valid' && typeof outcome.value === 'string' && outcome.value !== '' ? outcome.value : text;
      counts.set(shown, (counts.get(shown) ?? 0) + count);
    }
    const options = segment.field.kind === 'choice' ? (segment.field.options ?? []).map((o) => o.labels[locale]) : [];
    const groups = groupedSpellings(counts, segment);
    // An option typed in another script (跟進中 for 跟进中) is that option's row, shown as the report shows it.
    const optionGroups = options.map((label) => {
      const group = groups.get(segmentKey(label));
      groups.delete(segmentKey(label));
      return group
        ? {
            value: group.shown,
            spellings: group.spellings.includes(label) ? group.spellings : [...group.spellings, label],
          }
        : { value: label, spellings: [label] };
    });
    const present = [...groups.values()].sort(
      (a, b) => b.count - a.count || (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0),
    );
    // COUNTIFS ignores case: of values that differ only in case, one row counts them all.
    const folded = new Set<string>();
    const once = (text: string) => !folded.has(text.toLowerCase()) && Boolean(folded.add(text.toLowerCase()));
    const list: ListedValue[] = [...optionGroups, ...present.map((g) => ({ value: g.shown, spellings: g.spellings }))]
      .map(({ value, spellings }) => ({ value, spellings: spellings.filter(once) }))
      .filter(({ spellings }) => spellings.length > 0);
    return {
      listed: list.slice(0, Math.max(LISTED_VALUES_CAP, options.length)),
      placeholders: [...placeholders.values()],
    };
  });
}

/**
 * The values present by what they name, as the report counts them (segment-tally.ts): a region's
 * spellings of one place together, other values' with case and script aside (segment-key.ts), each
 * group under its most common spelling, with the group's count; keyed as segmentKey keys a label.
 */
function groupedSpellings(
  counts: ReadonlyMap<string, number>,
  segment: SegmentColumn,
): Map<string, { shown: string; count: number; spellings: string[] }> {
  const keys =
    segment.field.key === REGION_FIELD
      ? placeKeys(counts.keys(), segment.field, { header: segment.header, counts })
      : new Map([...counts.keys()].map((text) => [text, segmentKey(text)]));
  const groups = new Map<string, { top: number; shown: string; count: number; spellings: string[] }>();
  for (const [text, count] of counts) {
    const key = keys.get(text)!;
    const group = groups.get(key) ?? { top: 0, shown: text, count: 0, spellings: [] };
    groups.set(key, group);
    group.count += count;
    group.spellings.push(text);
    // Ties go to the spelling seen first, as in the report.
    if (count > group.top) {
      group.top = count;
      group.shown = text;
    }
  }
  return new Map(
    [...groups].map(([key, g]) => [key, { shown: g.shown, count: g.count, spellings: sortedBy(g.spellings, counts) }]),
  );
}

/** Most counted first, ties by text. */
function sortedBy(spellings: string[], counts: ReadonlyMap<string, number>): string[] {
  return spellings.sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}
