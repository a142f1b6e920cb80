/**
 * planMerge: clusters of duplicate rows -> one plan that rewrites each survivor, deletes the
 * merged-away rows, appends them (and the survivor's former row) to the archive, logs each merge
 * and stores its inverse in meta for undo. Merges are planned in cluster order; each stored
 * inverse is numbered as the sheet is after the earlier merges of the run (see docs/merge.md).
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { CellExtras, ExtrasCell, FormulaCell, SheetSnapshot } from '../sheet/snapshot';
import { PLAIN_LOOK } from '../sheet/cell-look';
import { cellAddress } from '../sheet/a1';
import { emptyPlan, type CellEdit, type Plan, type RowContent } from '../plan/plan';
import { invertPlan } from '../plan/invert-plan';
import { withFormatsBefore } from '../plan/edit-formats';
import { archiveExtras, archiveHeader, archiveRow } from './archive';
import { logChanges, logHeader, logRow, reasonText } from './audit-log';
import { chooseSurvivor, readRecords, type RowRecord } from './choose-survivor';
import { sheetColumns } from './columns';
import { appendToHelperSheet } from './helper-sheet';
import { encodeHistory, historyKey, lastSequence, MERGE_META, nextMergeIds } from './history';
import { mergeLabels } from './labels';
import { DeletedRows } from './row-shift';
import { remapFormulaRows, type RowRemap } from '../sheet/formula-rows';
import { resolveSurvivor, type SurvivorOutcome } from './survivorship';
import { mergeProblem, validateClusters, type AcceptedCluster } from './validate-clusters';
import { brokenReferences } from './formula-references';
import { survivorExtras } from './survivor-extras';
import { newestUndated } from './newest-undated';
import { recordOperation } from '../history/record-operation';
import type { MergeCluster, MergeOptions, MergeRecord, MergeResult } from './types';

interface Planned {
  accepted: AcceptedCluster;
  records: RowRecord[];
  survivor: RowRecord;
  outcome: SurvivorOutcome;
}

/** Cells (formulas, extras) grouped by row, built once per snapshot. */
export function byRow<T extends { row: number }>(cells: readonly T[] | undefined): Map<number, T[]> {
  const rows = new Map<number, T[]>();
  for (const cell of cells ?? []) {
    const list = rows.get(cell.row);
    if (list) list.push(cell);
    else rows.set(cell.row, [cell]);
  }
  return rows;
}

/** Formula cells by row, built once per snapshot. */
export function formulasByRow(snapshot: Pick<SheetSnapshot, 'formulas'>): Map<number, FormulaCell[]> {
  return byRow(snapshot.formulas);
}

/** A row's links, notes and own formats by column (index 0 = column A), or undefined when it has none. */
export function rowExtras(cells: readonly ExtrasCell[] | undefined): (CellExtras | null)[] | undefined {
  if (!cells?.length) return undefined;
  const extras = new Array<CellExtras | null>(Math.max(...cells.map((e) => e.col))).fill(null);
  for (const { row: _row, col, ...more } of cells) extras[col - 1] = more;
  return extras;
}

/**
 * A deleted row's extras with each filled cell's format made explicit (its own, else its column's),
 * so a restored row looks as it did whatever its new neighbours look like: hosts read a column's
 * format from row 2, and the merge may delete row 2 or write a date into it. Only where some cell
 * or column has a format; deleted rows are few; trailing nulls are left out. Where the host read
 * looks and the sheet has some (`columnLooks`), every cell's look is spelt out the same way (its own,
 * else a filled cell's column's, else plain), so a restored row does not keep the look of the row it
 * was inserted next to.
 */
function restorableExtras(
  snapshot: Pick<SheetSnapshot, 'values' | 'columnFormats' | 'extras' | 'columnLooks'>,
  row: number,
  cells: readonly ExtrasCell[] | undefined,
  formulaCols: readonly number[],
): (CellExtras | null)[] | undefined {
  const looks = snapshot.columnLooks;
  if (!snapshot.extras && !snapshot.columnFormats?.some((f) => f) && !looks) return undefined;
  const own = rowExtras(cells) ?? [];
  const values = snapshot.values[row - 1] ?? [];
  // A formula cell shows its column's format too, though its cached result may read as blank (0 does).
  const filled = (i: number) => !isBlank(values[i] ?? null) || formulaCols.includes(i + 1);
  const extras = Array.from({ length: Math.max(own.length, values.length, ...formulaCols) }, (_, i) => {
    const format = own[i]?.format ?? (filled(i) ? snapshot.columnFormats?.[i] : null);
    const look = looks && (own[i]?.look ?? (filled(i) ? looks[i] : null) ?? PLAIN_LOOK);
    if (!format && !look) return own[i] ?? null;
    return { ...own[i], ...(format ? { format } : {}), ...(look ? { look } : {}) };
  });
  while (extras.length > 0 && extras[extras.length - 1] === null) extras.pop();
  return extras.length > 0 || snapshot.extras ? extras : undefined;
}

/** The row exactly as the snapshot has it: values, formulas, links, notes and formats, for deleting and restoring. */
export function rowContent(
  snapshot: Pick<SheetSnapshot, 'values' | 'columnFormats' | 'extras'>,
  formulas: ReadonlyMap<number, readonly FormulaCell[]>,
  row: number,
  numberAs = row,
  extrasOfRow?: readonly ExtrasCell[],
): RowContent {
  const values: CellValue[] = [...(snapshot.values[row - 1] ?? [])];
  const cells = formulas.get(row) ?? [];
  const extras = restorableExtras(
    snapshot,
    row,
    extrasOfRow,
    cells.map((f) => f.col),
  );
  const content: RowContent = { row: numberAs, values, ...(extras ? { extras } : {}) };
  if (cells.length === 0) return content;
  const width = Math.max(values.length, ...cells.map((f) => f.col));
  content.formulas = new Array<string | null>(width).fill(null);
  for (const f of cells) content.formulas[f.col - 1] = f.formula;
  return content;
}

/**
 * On an order export where newest or latest was asked and no order has a readable date: the first
 * such cluster's index, so the run says it once rather than once per group.
 */
function undatedOrders(planned: readonly Planned[], options: MergeOptions): number | undefined {
  const asked =
    options.keep === 'newest' || Object.values(options.rules ?? {}).some((r) => r === 'latest' || r === 'earliest');
  const records = planned.flatMap((p) => p.records);
  if (!asked || !records.every((r) => r.order && r.order.date === '')) return undefined;
  return planned[0]!.accepted.index;
}

export function planMerge(
  snapshot: SheetSnapshot,
  clusters: readonly MergeCluster[],
  options: MergeOptions,
): MergeResult {
  const labels = mergeLabels(options.locale);
  const meta = snapshot.meta ?? {};
  const plan: Plan = emptyPlan(snapshot.name);
  const { accepted, problems } = validateClusters(snapshot, clusters, options);
  const columns = sheetColumns(snapshot, options);

  const formulas = formulasByRow(snapshot);
  const extrasByRow = byRow(snapshot.extras);
  const planned: Planned[] = [];
  for (const cluster of accepted) {
    const records = readRecords(snapshot, formulas, cluster.rows, columns);
    const chosen = options.masters?.[cluster.index];
    const survivor = records.find((r) => r.row === chosen) ?? chooseSurvivor(records, options.keep);
    const outcome = resolveSurvivor(records, survivor, columns, cluster.index, options);
    problems.push(...outcome.problems);
    if (!outcome.problems.some((p) => p.severity === 'error'))
      planned.push({ accepted: cluster, records, survivor, outcome });
  }
  if (planned.length === 0) return { plan, merges: [], problems };
  const undated = undatedOrders(planned, options);
  if (undated !== undefined) problems.push(mergeProblem(options, 'order.noDate', 'warning', undated));
  problems.push(
    ...newestUndated(
      planned.map((p) => ({ index: p.accepted.index, records: p.records })),
      columns,
      options,
    ),
  );

  const clusterOf = new Map<number, number>();
  for (const { accepted: cluster, survivor } of planned)
    for (const row of cluster.rows) if (row !== survivor.row) clusterOf.set(row, cluster.index);
  // The cells are named where the user sees them now and, where the rows deleted above move them, where
  // the merged sheet has them.
  const removed = new DeletedRows(snapshot.values.length);
  for (const row of clusterOf.keys()) removed.add(row);
  const shownAt = options.shownRow ?? ((row: number) => row);
  for (const [index, cells] of brokenReferences(snapshot.name, snapshot.formulas ?? [], clusterOf)) {
    const before = cells.map((c) => cellAddress(shownAt(c.row), c.col));
    const after = cells.map((c) => cellAddress(shownAt(c.row) - removed.countBelow(c.row), c.col));
    const moved = after.some((a, k) => a !== before[k]);
    problems.push(
      mergeProblem(options, 'formula.refersToMergedRow', 'warning', index, {
        detail: before.join(', '),
        ...(moved ? { values: after.join(', ') } : {}),
      }),
    );
  }

  // Rows as the user's sheet numbers them, for what they read: the archive, the log, the undo's log row.
  const shown = options.shownRow ?? ((row: number) => row);
  const at = options.now.toISOString();
  const ids = nextMergeIds(meta, options.now, planned.length);
  let seq = lastSequence(meta);
  const deletedEarlier = new DeletedRows(snapshot.values.length);
  const earlierRows = new Set<number>();
  // References in a restored row's formulas are numbered as the sheet is when it comes back.
  const numberedAfterEarlier: RowRemap = {
    sheet: snapshot.name,
    map: (row) => (earlierRows.has(row) ? null : deletedEarlier.shift(row)),
  };
  const archiveRows: CellValue[][] = [];
  const archiveCells: ((CellExtras | null)[] | null)[] = [];
  const logRows: CellValue[][] = [];
  const merges: MergeRecord[] = [];

  planned.forEach(({ accepted: cluster, records, survivor, outcome }, k) => {
    const mergeId = ids[k]!;
    seq += 1;
    const mergedAway = records.filter((r) => r !== survivor).map((r) => r.row);
    const edits: CellEdit[] = withFormatsBefore(
      outcome.changes.map((c) => ({
        row: survivor.row,
        col: c.col,
        before: c.before,
        after: c.after,
        reason: 'merge',
      })),
      snapshot,
    );
    plan.edits.push(...edits);
    const deleted = mergedAway.map((row) => rowContent(snapshot, formulas, row, row, extrasByRow.get(row)));
    plan.deleteRows.push(...deleted);

    // This merge alone, numbered as the sheet is once the run's earlier merges are applied.
    const alone: Plan = {
      ...emptyPlan(snapshot.name),
      edits: edits.map((e) => ({ ...e, row: deletedEarlier.shift(e.row) })),
      deleteRows: deleted.map((content) => ({
        ...content,
        row: deletedEarlier.shift(content.row),
        ...(content.formulas
          ? {
              formulas: content.formulas.map((f) =>
                f === null || earlierRows.size === 0 ? f : remapFormulaRows(f, snapshot.name, numberedAfterEarlier),
              ),
            }
          : {}),
      })),
    };
    const extrasBefore = survivorExtras(snapshot, edits, (row) => deletedEarlier.shift(row));
    for (const row of mergedAway) {
      deletedEarlier.add(row);
      earlierRows.add(row);
    }

    const confidence = typeof cluster.cluster.confidence === 'number' ? cluster.cluster.confidence : null;
    const reasons = (cluster.cluster.reasons ?? []).map((r) => reasonText(r, labels.reason));
    const shortened = (length: number) => labels.shortened(length, mergeId);
    plan.meta[historyKey(mergeId)] = encodeHistory({
      version: 1,
      kind: 'merge',
      mergeId,
      sheet: snapshot.name,
      seq,
      at,
      locale: options.locale,
      logSheet: labels.logSheet,
      survivorId: outcome.survivorId,
      survivorRow: shown(survivor.row),
      mergedRows: mergedAway.map(shown),
      undoChanges: logChanges(outcome.changes, [], shortened, true),
      inverse: invertPlan(alone),
      survivorExtras: extrasBefore,
    });

    // The survivor's former row first, then the merged-away rows.
    for (const record of [survivor, ...records.filter((r) => r !== survivor)]) {
      const entry = {
        mergeId,
        at,
        survivorId: outcome.survivorId,
        survivorRow: shown(survivor.row),
        record,
        shownRow: shown(record.row),
        isSurvivor: record === survivor,
        ownId: outcome.ids.get(record.row),
        extras: rowExtras(extrasByRow.get(record.row)),
      };
      archiveRows.push(archiveRow(labels, entry));
      archiveCells.push(archiveExtras(labels, entry, columns, snapshot.columnFormats, snapshot.columnLooks));
    }
    logRows.push(
      logRow(labels, {
        mergeId,
        at,
        action: 'merge',
        sheet: snapshot.name,
        survivorId: outcome.survivorId,
        survivorRow: shown(survivor.row),
        mergedRows: mergedAway.map(shown),
        changes: logChanges(outcome.changes, outcome.logNotes, shortened),
        confidence,
        reasons,
        ...(options.by ? { by: options.by } : {}),
      }),
    );
    merges.push({
      mergeId,
      clusterIndex: cluster.index,
      sheet: snapshot.name,
      survivorRow: survivor.row,
      mergedRows: mergedAway,
      survivorId: outcome.survivorId,
      aliases: outcome.aliases,
      changes: outcome.changes,
      confidence,
      reasons,
    });
  });

  plan.deleteRows.sort((a, b) => a.row - b.row);
  for (const append of [
    appendToHelperSheet(meta, labels.archiveSheet, archiveHeader(labels, columns), archiveRows, archiveCells),
    appendToHelperSheet(meta, labels.logSheet, logHeader(labels), logRows),
  ]) {
    plan.sheets.push(append.write);
    Object.assign(plan.meta, append.meta);
  }
  plan.meta[MERGE_META.lastMergeId] = ids[ids.length - 1]!;
  plan.meta[MERGE_META.sequence] = String(seq);
  // One workbook history entry for the run (each merge is logged above), in every host.
  const recorded = recordOperation(plan, meta, {
    kind: 'merge',
    at: options.now,
    locale: options.locale,
    mergeIds: ids,
    log: false,
    cellExtras: survivorExtras(snapshot, plan.edits, (row) => row),
  });
  return { plan: recorded, merges, problems };
}
