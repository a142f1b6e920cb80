/**
 * The values the analysis sheet lists per segment: a choice field's options, then the other values
 * present (most frequent first); region and owner list the values present. A value cleaning would
 * change is listed in its clean form, so the sheet stays right after clean. Values beyond the cap
 * are counted together under "other values".
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import { normaliseCell } from '../normalise';
import type { NormaliseContext } from '../normalise/types';
import type { Template } from '../template/schema';
import type { SegmentColumn } from './segment-fields';

export const LISTED_VALUES_CAP = 100;
/** Distinct values remembered per column while reading (bounded memory on any sheet). */
const DISTINCT_LIMIT = 10_000;

export function segmentValueLists(
  values: readonly (readonly CellValue[] | undefined)[],
  segments: readonly SegmentColumn[],
  template: Template,
  locale: Locale,
): string[][] {
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
    for (const [text, count] of raw) {
      const outcome = normaliseCell(segment.field, text, ctx);
      const shown =
        outcome.status === 'valid' && typeof outcome.value === 'string' && outcome.value !== '' ? outcome.value : text;
      counts.set(shown, (counts.get(shown) ?? 0) + count);
    }
    const options = segment.field.kind === 'choice' ? (segment.field.options ?? []).map((o) => o.labels[locale]) : [];
    const listed = new Set(options);
    const present = [...counts]
      .filter(([text]) => !listed.has(text))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // COUNTIFS ignores case: of values that differ only in case, one row counts them all.
    const folded = new Set<string>();
    const list = [...options, ...present.map(([text]) => text)].filter(
      (text) => !folded.has(text.toLowerCase()) && Boolean(folded.add(text.toLowerCase())),
    );
    return list.slice(0, Math.max(LISTED_VALUES_CAP, options.length));
  });
}
