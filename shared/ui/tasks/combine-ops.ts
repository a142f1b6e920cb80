/**
 * Combine and compare over sheets of one workbook (the sidebar's version of `custodian combine` and
 * `compare`): the same core (operations/combine-*.ts, compare-lists.ts), with new sheets written under
 * names no sheet has. The workbook's meta is shared by the lists themselves: combine adds to its stored
 * corrections only what the new sheet needs to be read as built.
 */
import { addNotSame, NOT_SAME_META, readNotSame } from '../../dedupe';
import { combineLists, type ListSource } from '../../operations/combine-lists';
import { findCombinedDuplicates, listsOf } from '../../operations/combined-duplicates';
import { orderClusters, planCombinedWorkbook, planCompareStatus } from '../../operations/combine-plans';
import { COMBINE_WORDS } from '../../operations/combine-words';
import { compareLists, type CompareStatus } from '../../operations/compare-lists';
import { copySheetName } from '../../operations/duplicate-actions/copy-sheet';
import { META_KEYS } from '../../operations/meta-keys';
import { storedOverrides } from '../../operations/options';
import { emptyPlan, type Plan } from '../../plan/plan';
import { invertPlan } from '../../plan/invert-plan';
import type { SheetSnapshot } from '../../sheet/snapshot';

export interface CombineSheetsOptions {
  /** The other lists after `snapshot`, in tab order. */
  others: readonly SheetSnapshot[];
  /** The workbook's sheet names: the new sheets get names none of them has. */
  sheetNames: readonly string[];
  now: Date;
}

export interface CombinedSheets {
  plan: Plan;
  /** Deletes the new sheets and puts back the column mapping the workbook held before. */
  undo: Plan;
  /** The new combined sheet and, when duplicates were found, the sheet listing them. */
  sheet: string;
  duplicatesSheet?: string;
  lists: number;
  rows: number;
  /** Groups sure enough to merge, and how many of them span lists. */
  groups: number;
  across: number;
}

const asSource = (snapshot: SheetSnapshot): ListSource => ({ name: snapshot.name, snapshot });

export function planCombineSheets(snapshot: SheetSnapshot, options: CombineSheetsOptions): CombinedSheets {
  const meta = snapshot.meta ?? {};
  const stored = storedOverrides(snapshot) ?? {};
  const list = combineLists([snapshot, ...options.others].map(asSource), { readWith: stored });
  const words = COMBINE_WORDS[list.locale];
  const sheet = copySheetName(words.combinedSheet, options.now, meta, options.sheetNames);
  const named = { ...list, snapshot: { ...list.snapshot, name: sheet } };
  const clusters = orderClusters(
    named,
    findCombinedDuplicates(named).clusters.filter((c) => c.band === 'merge'),
  );
  const duplicatesSheet =
    clusters.length > 0
      ? copySheetName(words.duplicatesSheet, options.now, meta, [...options.sheetNames, sheet])
      : undefined;
  // The plan's own sheet is a list that exists; the new sheets are created, never written over.
  const plan = emptyPlan(snapshot.name);
  plan.sheets = planCombinedWorkbook(named, clusters).sheets.map((write, i) => ({
    ...write,
    name: i === 0 ? sheet : duplicatesSheet!,
    mode: 'create',
  }));
  // So Check and Set up read the new sheet as built: a list's own IDs read as the customer ID column
  // would have setup fill the other lists' rows into one system's IDs.
  if (Object.keys(list.overrides).length > 0)
    plan.meta[META_KEYS.overrides] = JSON.stringify({ ...stored, ...list.overrides });
  // Rows a list marked as different customers stay apart on the new sheet: its rows are marked as the
  // new sheet's columns name them, beside the marks the lists already hold.
  const carried = readNotSame(list.snapshot.meta);
  if (carried.length > 0)
    plan.meta[NOT_SAME_META] = carried.reduce(
      (json, mark) => addNotSame({ [NOT_SAME_META]: json }, mark),
      meta[NOT_SAME_META] ?? '[]',
    );
  const undo = invertPlan(plan);
  // '' removes the key: the workbook stored none before.
  for (const key of [META_KEYS.overrides, NOT_SAME_META])
    if (plan.meta[key] !== undefined) undo.meta[key] = meta[key] ?? '';
  return {
    plan,
    undo,
    sheet,
    ...(duplicatesSheet ? { duplicatesSheet } : {}),
    lists: list.lists.length,
    rows: list.snapshot.values.length - 1,
    groups: clusters.length,
    across: clusters.filter((c) => listsOf(named, c).length > 1).length,
  };
}

export interface CompareSheetsOptions {
  /** List A, the one looked in; `snapshot` is list B, which gets the status column. */
  a: SheetSnapshot;
}

export interface ComparedSheets {
  plan: Plan;
  counts: Record<CompareStatus, number>;
}

export function planCompareSheets(b: SheetSnapshot, options: CompareSheetsOptions): ComparedSheets {
  const comparison = compareLists(asSource(options.a), asSource(b));
  return { plan: planCompareStatus(b, comparison, options.a.name), counts: comparison.counts };
}
