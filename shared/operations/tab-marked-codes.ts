/**
 * Codes behind a tab in the columns no template field governs: 抖店's order numbers (6920…\t, \t6919…),
 * whose tab only made Excel keep them as text. Clean drops the tab (text-marker.ts), as export does; a
 * governed column's text loses it to its normaliser already. Other text keeps its tabs.
 */
import type { CellEdit } from '../plan/plan';
import type { SheetSnapshot } from '../sheet/snapshot';
import { cellKey, formulaKeys } from '../sheet/snapshot';
import type { HeaderMapping } from '../template/header-mapping';
import { hasTabMarker, withoutTabMarker } from '../normalise/text-marker';

export const TAB_MARKER_REASON = 'text.tabMarker';

/** The edits that take the tab off each such code, below the header row; formula cells are left alone. */
export function tabMarkerEdits(
  snapshot: Pick<SheetSnapshot, 'values' | 'formulas'>,
  mapping: HeaderMapping,
): CellEdit[] {
  const governed = new Set(mapping.columns.filter((c) => c.field).map((c) => c.col));
  const formulas = formulaKeys(snapshot);
  const edits: CellEdit[] = [];
  for (let r = 1; r < snapshot.values.length; r++) {
    const values = snapshot.values[r];
    if (!values) continue;
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      if (governed.has(c + 1) || !hasTabMarker(value) || formulas.has(cellKey(r + 1, c + 1))) continue;
      edits.push({ row: r + 1, col: c + 1, before: value, after: withoutTabMarker(value), reason: TAB_MARKER_REASON });
    }
  }
  return edits;
}
