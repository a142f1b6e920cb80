/**
 * Taking a group's other rows out of the list (delete, move): each row deleted with its values,
 * formulas, links, notes, formats and looks (so undo restores it exactly), archived in the merge archive's layout with its role, and
 * one log row per group (kept row, removed rows, group, reasons) in the sheet's language.
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellText } from '../../sheet/cell-value';
import type { CellExtras, SheetSnapshot } from '../../sheet/snapshot';
import type { RowContent, SheetWrite } from '../../plan/plan';
import { archiveExtras, archiveHeader } from '../../merge/archive';
import { logHeader, reasonText } from '../../merge/audit-log';
import type { RowRecord } from '../../merge/choose-survivor';
import { columnByField, type SheetColumn } from '../../merge/columns';
import { appendToHelperSheet } from '../../merge/helper-sheet';
import type { MergeLabels } from '../../merge/labels';
import { byRow, formulasByRow, rowContent, rowExtras } from '../../merge/plan-merge';
import type { MergeCluster } from '../../merge/types';
import type { DuplicateActionLabels } from './labels';

export interface RemovalGroup {
  number: number;
  rows: readonly number[];
  survivor: number;
  cluster: MergeCluster;
  /** The group's rows as the merge stage reads them (readRecords). */
  records: readonly RowRecord[];
}

export interface RemovalContext {
  /** The operation id the history gives this run: the archive's and log's first column. */
  id: string;
  at: string;
  merge: MergeLabels;
  labels: DuplicateActionLabels;
  columns: readonly SheetColumn[];
  /** For a move: the sheet the rows were copied to. */
  movedTo?: string;
  /** Who did it, where the host can tell. */
  by?: string;
}

export interface Removal {
  deleteRows: RowContent[];
  sheets: SheetWrite[];
  meta: Record<string, string>;
}

export function planRemoval(snapshot: SheetSnapshot, groups: readonly RemovalGroup[], ctx: RemovalContext): Removal {
  const formulas = formulasByRow(snapshot);
  const extras = byRow(snapshot.extras);
  const idColumn = columnByField(ctx.columns, 'customerId');
  const idOf = (record: RowRecord) => (idColumn ? cellText(record.values[idColumn.col - 1] ?? null).trim() : '');
  const role = ctx.movedTo === undefined ? ctx.labels.roleDeleted : ctx.labels.roleMoved;
  const deleteRows: RowContent[] = [];
  const archive: CellValue[][] = [];
  const archiveCells: ((CellExtras | null)[] | null)[] = [];
  const log: CellValue[][] = [];
  for (const group of groups) {
    const kept = group.records.find((r) => r.row === group.survivor)!;
    const keptId = idOf(kept);
    const removed = group.records.filter((r) => r !== kept);
    for (const record of removed) {
      deleteRows.push(rowContent(snapshot, formulas, record.row, record.row, extras.get(record.row)));
      const ownId = idOf(record);
      // As in the merge archive: values, and each cell's link, note, format (a formula in its note).
      archive.push([
        ctx.id,
        ctx.at,
        keptId,
        kept.row,
        record.row,
        ownId === keptId ? '' : ownId,
        role,
        ...record.values,
      ]);
      const entry = { record, extras: rowExtras(extras.get(record.row)) };
      archiveCells.push(archiveExtras(ctx.merge, entry, ctx.columns, snapshot.columnFormats, snapshot.columnLooks));
    }
    const confidence = typeof group.cluster.confidence === 'number' ? group.cluster.confidence : '';
    log.push([
      ctx.id,
      ctx.at,
      ctx.labels.logAction[ctx.movedTo === undefined ? 'delete' : 'move'],
      snapshot.name,
      ctx.merge.survivorWithRow(keptId, kept.row),
      removed.map((r) => r.row).join(', '),
      ctx.labels.logGroup(group.number, ctx.movedTo),
      confidence,
      (group.cluster.reasons ?? []).map((r) => reasonText(r, ctx.merge.reason ?? undefined)).join('; '),
      ctx.by ?? '',
    ]);
  }
  deleteRows.sort((a, b) => a.row - b.row);
  const meta = snapshot.meta ?? {};
  const appends = [
    appendToHelperSheet(meta, ctx.merge.archiveSheet, archiveHeader(ctx.merge, ctx.columns), archive, archiveCells),
    appendToHelperSheet(meta, ctx.merge.logSheet, logHeader(ctx.merge), log),
  ];
  return {
    deleteRows,
    sheets: appends.map((a) => a.write),
    meta: Object.assign({}, ...appends.map((a) => a.meta)) as Record<string, string>,
  };
}
