/**
 * The archive: every row of a merged cluster as it was before the merge, all its cells (formulas
 * as their text), under the merge id, time, surviving customer ID and rows, and the row's own ID
 * as an alias. The survivor's row is archived too (role "kept"), so no overwritten value is lost.
 */
import type { CellValue } from '../sheet/cell-value';
import type { MergeLabels } from './labels';
import type { SheetColumn } from './columns';
import type { RowRecord } from './choose-survivor';

export interface ArchiveEntry {
  mergeId: string;
  at: string;
  survivorId: string | null;
  survivorRow: number;
  record: RowRecord;
  isSurvivor: boolean;
  /** The row's own customer ID. */
  ownId: string | undefined;
}

export function archiveHeader(labels: MergeLabels, columns: readonly SheetColumn[]): string[] {
  return [...labels.archiveColumns, ...columns.map((c) => c.header)];
}

export function archiveRow(labels: MergeLabels, entry: ArchiveEntry): CellValue[] {
  const cells = entry.record.values.map((value, i) => entry.record.formulas[i] ?? value);
  return [
    entry.mergeId,
    entry.at,
    entry.survivorId ?? '',
    entry.survivorRow,
    entry.record.row,
    entry.isSurvivor ? '' : (entry.ownId ?? ''),
    entry.isSurvivor ? labels.roleSurvivor : labels.roleMerged,
    ...cells,
  ];
}
