/**
 * Custodian's highlights: a fill painted by a conditional-format rule whose formula is always true
 * and names the highlight, `=ISTEXT("Custodian highlight: duplicates-1")`. Every host (Excel,
 * Sheets, exceljs, LibreOffice on reload) evaluates it the same way, the user's own fills stay
 * under it untouched, and the marker tells Custodian's rules from the user's for replace and remove.
 */
import type { Highlight, HighlightAreas } from './plan';
import { consecutiveRuns } from '../sheet/row-runs';
import { rangeAddress } from '../sheet/a1';

const MARKER = 'Custodian highlight: ';

/** The rule's formula for highlight `id` (ids are plain words: no quotes). */
export function highlightFormula(id: string): string {
  return `=ISTEXT("${MARKER}${id.replace(/"/g, '')}")`;
}

/** The highlight id a rule's formula marks (with or without its leading '='), or null for a user's rule. */
export function highlightIdOf(formula: string): string | null {
  const match = /^=?ISTEXT\("Custodian highlight: ([^"]*)"\)$/.exec(formula.trim());
  return match ? match[1]! : null;
}

/** Where a highlight's state is kept in meta, so a later plan knows what it replaces (and undo restores it). */
export function highlightMetaKey(id: string): string {
  return `highlight.${id}`;
}

/** What highlight `id` paints now, as meta remembers it. */
export function currentHighlight(meta: Readonly<Record<string, string>>, id: string): HighlightAreas | undefined {
  const text = meta[highlightMetaKey(id)];
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as HighlightAreas;
    return Array.isArray(value.ranges) && typeof value.color === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The meta changes that keep `currentHighlight` true after the highlights are applied. */
export function highlightMeta(highlights: readonly Highlight[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const h of highlights)
    meta[highlightMetaKey(h.id)] = 'remove' in h ? '' : JSON.stringify({ ranges: h.ranges, color: h.color });
  return meta;
}

/** The highlights that undo these: a highlight's previous look comes back (or it goes), a removal's returns. */
export function invertHighlights(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].reverse().map((h): Highlight => {
    const now = 'remove' in h ? undefined : { ranges: h.ranges, color: h.color };
    const back = h.previous;
    const previous = now ? { previous: now } : {};
    return back
      ? { id: h.id, ranges: back.ranges, color: back.color, ...previous }
      : { id: h.id, remove: true, ...previous };
  });
}

/** Whole rows `firstCol..lastCol` of the given rows as few ranges as possible (runs of consecutive rows). */
export function rowRanges(rows: readonly number[], firstCol: number, lastCol: number): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  return consecutiveRuns(sorted).map((run) => rangeAddress(run.first, firstCol, run.first + run.count - 1, lastCol));
}

/** Host limits: a rule's ranges split so no rule's address list passes `maxChars` (Excel's 8,192-character address). */
export function rangeChunks(ranges: readonly string[], maxChars = 8000): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let length = 0;
  for (const range of ranges) {
    if (chunk.length > 0 && length + range.length + 1 > maxChars) {
      chunks.push(chunk);
      chunk = [];
      length = 0;
    }
    chunk.push(range);
    length += range.length + 1;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
