/**
 * planDuplicateAction: what Excel's Remove Duplicates and Ablebits users expect beyond merge, as one
 * plan built from existing plan parts only (edits, sheets with mode create/append, deleteRows with
 * row content, meta), so every host applies it through the one driver:
 * - status: a status column (重复（第 3 组）/ 唯一), rewritten in place on a re-run;
 * - copy: every row of each group to a new sheet, with the group number and the source row;
 * - move: copy, then each group's rows other than its survivor are deleted and archived;
 * - delete: the same without the copy.
 * - highlight: a fill over each group's rows as Custodian's own rules; unhighlight removes only them.
 * Every action is recorded in the workbook's history (undoable after a reload; undoing a copy or a
 * move deletes the sheet it made, unless it changed since).
 */
import type { Plan } from '../../plan/plan';
import { emptyPlan } from '../../plan/plan';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { recordOperation } from '../../history/record-operation';
import { lastOperationSeq, type OperationKind } from '../../history/operation-entry';
import { chooseSurvivor, readRecords } from '../../merge/choose-survivor';
import { sheetColumns } from '../../merge/columns';
import { mergeLabels } from '../../merge/labels';
import { formulasByRow } from '../../merge/plan-merge';
import { validateClusters } from '../../merge/validate-clusters';
import type { MergeCluster, MergeOptions, MergeProblem } from '../../merge/types';
import { copySheetName, copySheetWrite, rememberCopySheet } from './copy-sheet';
import { duplicateActionLabels, summariseAction, type ActionCounts, type DuplicateAction } from './labels';
import { planRemoval, type RemovalGroup } from './remove-rows';
import { customerRows, planStatusEdits } from './status-column';
import { planHighlights, planUnhighlight } from './highlight-rows';
import { columnCount } from '../../sheet/snapshot';

export interface DuplicateActionOptions extends Pick<MergeOptions, 'template' | 'mapping' | 'locale' | 'keep' | 'by'> {
  action: DuplicateAction;
  /** Every group as the user sees them: group n is clusters[n - 1]. */
  clusters: readonly MergeCluster[];
  /** Indices of the clusters to act on (one group, or the merge band); all when absent. */
  only?: readonly number[];
  /** Cluster index -> the row the user chose to keep; else `keep`, else the merge stage's default. */
  survivors?: Record<number, number>;
  /** Time of the action (archive, log, history). */
  now: Date;
  /** The workbook's sheet names, when the host can list them: the copy sheet gets a free plain name. */
  sheetNames?: readonly string[];
}

export interface DuplicateActionResult extends ActionCounts {
  action: DuplicateAction;
  plan: Plan;
  /** The summary in the options' language. */
  summary: string;
  /** Groups left out (rows outside the sheet, a row in two groups …), as merge reports them. */
  problems: MergeProblem[];
}

const HISTORY_KIND: Record<DuplicateAction, OperationKind> = {
  status: 'duplicateStatus',
  copy: 'duplicateCopy',
  move: 'duplicateMove',
  delete: 'duplicateDelete',
  highlight: 'duplicateHighlight',
  unhighlight: 'duplicateUnhighlight',
};

export function planDuplicateAction(snapshot: SheetSnapshot, options: DuplicateActionOptions): DuplicateActionResult {
  const { action, locale, now } = options;
  const labels = duplicateActionLabels(locale);
  const meta = snapshot.meta ?? {};
  const { accepted, problems } = validateClusters(snapshot, options.clusters, {
    locale,
    ...(options.survivors ? { masters: options.survivors } : {}),
  });
  const only = options.only ? new Set(options.only) : null;
  const columns = sheetColumns(snapshot, options);
  const formulas = formulasByRow(snapshot);
  // Only a delete or a move reads the rows (to choose survivors and archive the others).
  const removes = action === 'move' || action === 'delete';
  const groups: RemovalGroup[] = accepted
    .filter((c) => only === null || only.has(c.index))
    .map((c) => {
      const records = removes ? readRecords(snapshot, formulas, c.rows, columns) : [];
      const chosen = options.survivors?.[c.index];
      const survivor = !removes ? c.rows[0]! : (chosen ?? chooseSurvivor(records, options.keep ?? 'mostComplete').row);
      return { number: c.index + 1, rows: c.rows, survivor, cluster: c.cluster, records };
    });

  let plan = emptyPlan(snapshot.name);
  let counts: ActionCounts;
  if (action === 'status') {
    const groupOf = new Map<number, number>();
    for (const group of groups) for (const row of group.rows) groupOf.set(row, group.number);
    const status = planStatusEdits(snapshot, groupOf, labels);
    plan.edits = status.edits;
    Object.assign(plan.meta, status.meta);
    counts = { action, groups: groups.length, rows: groupOf.size, remaining: status.customers };
  } else if (action === 'highlight' || action === 'unhighlight') {
    const painted =
      action === 'highlight'
        ? {
            ...planHighlights(groups, columnCount(snapshot.values), meta),
            rows: groups.reduce((n, g) => n + g.rows.length, 0),
          }
        : planUnhighlight(meta);
    plan.highlights = painted.highlights;
    Object.assign(plan.meta, painted.meta);
    const rows = painted.rows;
    counts = { action, groups: action === 'highlight' ? groups.length : 0, rows, remaining: countCustomers(snapshot) };
  } else {
    const customers = countCustomers(snapshot);
    const copied = groups.reduce((n, g) => n + g.rows.length, 0);
    const removed = action === 'copy' ? 0 : copied - groups.length;
    let sheet: string | undefined;
    if (action !== 'delete' && groups.length > 0) {
      sheet = copySheetName(labels.copySheet, now, meta, options.sheetNames);
      plan.sheets.push(copySheetWrite(snapshot, groups, sheet, labels));
      Object.assign(plan.meta, rememberCopySheet(meta, sheet));
    }
    if (action !== 'copy' && groups.length > 0) {
      const removal = planRemoval(snapshot, groups, {
        id: String(lastOperationSeq(meta) + 1),
        at: now.toISOString(),
        merge: mergeLabels(locale),
        labels,
        columns,
        ...(sheet !== undefined ? { movedTo: sheet } : {}),
        ...(options.by ? { by: options.by } : {}),
      });
      plan.deleteRows = removal.deleteRows;
      plan.sheets.push(...removal.sheets);
      Object.assign(plan.meta, removal.meta);
    }
    counts = {
      action,
      groups: groups.length,
      rows: action === 'copy' ? copied : removed,
      remaining: customers - removed,
      ...(sheet !== undefined ? { sheet } : {}),
    };
  }
  const summary = summariseAction(locale, counts);
  // Status, copy and highlights log one row (their summary); move and delete logged a row per group above.
  plan = recordOperation(plan, meta, {
    kind: HISTORY_KIND[action],
    at: now,
    locale,
    ...(options.by ? { by: options.by } : {}),
    ...(action === 'move' || action === 'delete' ? { log: false } : { notes: [summary] }),
  });
  return { ...counts, action, plan, summary, problems };
}

/** Data rows holding a customer. */
function countCustomers(snapshot: Pick<SheetSnapshot, 'values'>): number {
  return customerRows(snapshot, 0).size;
}
