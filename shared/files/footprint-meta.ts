/**
 * Row footprints (row-footprint.ts) kept in the workbook's meta beside the operation that deleted the
 * rows (`rows.<id>`), so an undo gives them back after the file is reopened too: when a plan's meta
 * marks that operation undone, its rows are back where they were, and so is what they took.
 */
import type ExcelJS from 'exceljs';
import { decodeEntry, HISTORY_META } from '../history/operation-entry';
import { parseWithDates, stringifyWithDates } from '../plan/plan-json';
import { giveFootprintBack, isEmptyFootprint, type RowFootprint } from './row-footprint';
import { readMeta } from './workbook-meta';

export const FOOTPRINT_META = 'rows.';

/**
 * The meta a plan writes, with the footprint of its delete (kept under its history id; not for a plan
 * that also inserts rows, whose numbering the undo does not come back to) and without the footprints of
 * the operations it marks undone, which are given back to `workbook` first.
 */
export function metaWithFootprints(
  workbook: ExcelJS.Workbook,
  changes: Readonly<Record<string, string>>,
  footprint: RowFootprint | undefined,
  inserts: boolean,
): Record<string, string> {
  const next = { ...changes };
  const id = changes[HISTORY_META.sequence];
  if (footprint && id && !inserts && !isEmptyFootprint(footprint))
    next[FOOTPRINT_META + id] = stringifyWithDates(footprint);
  const meta = readMeta(workbook) ?? {};
  for (const [key, text] of Object.entries(changes)) {
    if (!key.startsWith(HISTORY_META.entry) || key === HISTORY_META.sequence || !text) continue;
    const undone = key.slice(HISTORY_META.entry.length);
    const stored = meta[FOOTPRINT_META + undone];
    if (!stored) continue;
    const decoded = decodeEntry(text);
    if (!decoded.ok || !decoded.entry.undoneBy) continue;
    try {
      giveFootprintBack(workbook, parseWithDates(stored) as RowFootprint);
    } catch {
      // A damaged footprint leaves the ranges as re-inserting the rows left them.
    }
    next[FOOTPRINT_META + undone] = '';
  }
  return next;
}
