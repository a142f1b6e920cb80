/**
 * Highlighting duplicate rows with a fill: Custodian's own conditional-format rules
 * (plan/highlights.ts), never the cells' fills, so the user's colours stay and removal is exact.
 * Two soft fills alternate by group number (odd groups one rule, even groups the other): groups
 * that sit next to each other, as sorted lists put them, stay distinguishable, with two rules only
 * however many groups there are.
 */
import type { Highlight } from '../../plan/plan';
import { currentHighlight, highlightMeta, rowRanges } from '../../plan/highlights';

/** The highlight ids, odd groups first; the meta keys and markers use them. */
export const DUPLICATE_HIGHLIGHTS = [
  { id: 'duplicates-odd', color: '#FCE4D6' },
  { id: 'duplicates-even', color: '#DDEBF7' },
] as const;

export interface HighlightGroup {
  number: number;
  rows: readonly number[];
}

/** Each rule's part: its rows' cells over the list's width, or its removal when no group of its parity is left. */
export function planHighlights(
  groups: readonly HighlightGroup[],
  width: number,
  meta: Readonly<Record<string, string>>,
): { highlights: Highlight[]; meta: Record<string, string> } {
  const highlights: Highlight[] = [];
  DUPLICATE_HIGHLIGHTS.forEach(({ id, color }, parity) => {
    const rows = groups.filter((g) => (g.number + 1) % 2 === parity).flatMap((g) => g.rows);
    const previous = currentHighlight(meta, id);
    const before = previous ? { previous } : {};
    if (rows.length > 0) highlights.push({ id, ranges: rowRanges(rows, 1, Math.max(1, width)), color, ...before });
    else if (previous) highlights.push({ id, remove: true, ...before });
  });
  return { highlights, meta: highlightMeta(highlights) };
}

/** Removes Custodian's duplicate highlights (both rules, whatever meta remembers of them). */
export function planUnhighlight(meta: Readonly<Record<string, string>>): {
  highlights: Highlight[];
  meta: Record<string, string>;
  rows: number;
} {
  let rows = 0;
  const highlights = DUPLICATE_HIGHLIGHTS.map(({ id }): Highlight => {
    const previous = currentHighlight(meta, id);
    if (previous) rows += previous.ranges.reduce((n, range) => n + rowsIn(range), 0);
    return previous ? { id, remove: true, previous } : { id, remove: true };
  });
  return { highlights, meta: highlightMeta(highlights), rows };
}

function rowsIn(range: string): number {
  const [first, last] = range.split(':').map((cell) => Number(/\d+$/.exec(cell)?.[0] ?? 0));
  return last === undefined ? 1 : last - first! + 1;
}
