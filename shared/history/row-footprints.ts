/**
 * Row footprints (plan/row-footprint.ts) kept in the workbook's meta beside the operation that deleted
 * the rows (`rows.<id>`), in every host, so an undo gives them back after a reload too: the plan that
 * brings the operation's rows back carries the footprint (`footprints`) and clears the key. That plan is
 * the operation's undo (undoOperation), or the undo of its last merge still applied (planUndo), when a
 * merge run is undone merge by merge.
 */
import { MERGE_META } from '../merge/history';
import type { Plan } from '../plan/plan';
import { parseWithDates } from '../plan/plan-json';
import { deletionMap, rowBeforeInserts, sortedRows } from '../plan/row-map';
import { FOOTPRINT_META, type FootprintKeeping, type RowFootprint } from '../plan/row-footprint';
import { HISTORY_META } from './operation-entry';

/**
 * Where a plan keeps the footprint of its delete: under its history id, around the deleted rows numbered
 * as the sheet is before the plan (its inserts not yet in), which is how every host reads them (before the
 * plan moves any row) and how the sheet is numbered again once its undo has run whole (a header lift
 * inserts one header row and deletes the rows above it: its undo deletes that row again). None for a plan
 * that records no operation or deletes no row it did not insert itself.
 */
export function footprintKeeping(plan: Pick<Plan, 'meta' | 'deleteRows' | 'insertRows'>): FootprintKeeping | null {
  const id = plan.meta[HISTORY_META.sequence];
  if (!id || plan.deleteRows.length === 0) return null;
  const inserted = sortedRows(plan.insertRows.map((r) => r.row));
  const rows = sortedRows(plan.deleteRows.flatMap((r) => rowBeforeInserts(inserted, r.row) ?? []));
  if (rows.length === 0) return null;
  const mergeIds = Object.entries(plan.meta)
    .filter(([key, value]) => key.startsWith(MERGE_META.history) && value !== '')
    .map(([key]) => key.slice(MERGE_META.history.length));
  return { id, rows, ...(mergeIds.length > 0 ? { mergeIds } : {}) };
}

/** The rows a plan brings back, numbered as the sheet is once the plan has run (its deletes gone). */
function rowsBroughtBack(plan: Pick<Plan, 'insertRows' | 'deleteRows'>): number[] {
  const gone = deletionMap(sortedRows(plan.deleteRows.map((r) => r.row)));
  return sortedRows(plan.insertRows.flatMap((r) => gone(r.row) ?? []));
}

function parseFootprint(text: string): RowFootprint | null {
  try {
    const data = parseWithDates(text) as Partial<RowFootprint> | null;
    const whole =
      typeof data?.sheet === 'string' &&
      Array.isArray(data.rows) &&
      Array.isArray(data.formulas) &&
      Array.isArray(data.names);
    return whole ? (data as RowFootprint) : null;
  } catch {
    return null;
  }
}

/**
 * `plan` giving back the footprint operation `id` kept, if any, and clearing it. A damaged one is
 * cleared and given back not at all: the ranges stay as re-inserting the rows leaves them; so is one
 * of other rows than the plan brings back (`whole`: it inserts every row the footprint's delete took),
 * which a plan that failed half-way may have left under an id the next operation took.
 */
export function withFootprintBack(plan: Plan, meta: Readonly<Record<string, string>>, id: string, whole = false): Plan {
  const text = meta[FOOTPRINT_META + id];
  if (!text) return plan;
  const parsed = parseFootprint(text);
  const footprint =
    parsed && parsed.sheet === plan.sheet && (!whole || sortedRows(parsed.rows).join() === rowsBroughtBack(plan).join())
      ? parsed
      : null;
  return {
    ...plan,
    ...(footprint ? { footprints: [...(plan.footprints ?? []), footprint] } : {}),
    meta: { ...plan.meta, [FOOTPRINT_META + id]: '' },
  };
}

/**
 * The operation whose footprint the undo of merge `mergeId` gives back: the one whose merges it kept
 * lists `mergeId`, when every other of them is undone already (its rows back); else null.
 */
export function footprintOfLastMerge(meta: Readonly<Record<string, string>>, mergeId: string): string | null {
  const quoted = JSON.stringify(mergeId);
  for (const [key, text] of Object.entries(meta)) {
    if (!key.startsWith(FOOTPRINT_META) || !text || !text.includes(quoted)) continue;
    const mergeIds = parseFootprint(text)?.mergeIds ?? [];
    if (!mergeIds.includes(mergeId)) continue;
    const others = mergeIds.filter((m) => m !== mergeId);
    if (others.every((m) => !meta[MERGE_META.history + m])) return key.slice(FOOTPRINT_META.length);
  }
  return null;
}
