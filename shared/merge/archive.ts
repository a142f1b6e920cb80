/**
 * The archive: every row of a merged cluster as it was before the merge, all its cells, under the
 * merge id, time, surviving customer ID and rows, and the row's own ID as an alias. The survivor's
 * row is archived too (role "kept"), so no overwritten value is lost. Each cell keeps its value, link,
 * note and number format (its own or its column's, so dates read as they did); a formula cell keeps
 * its value, with the formula in its note: written as a formula on the archive sheet, its references
 * would point at the archive's own cells and recompute to something else.
 */
import type { CellValue } from '../sheet/cell-value';
import type { CellExtras } from '../sheet/snapshot';
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
  /** The row as the user's sheet numbers it (MergeOptions.shownRow), when not `record.row`. */
  shownRow?: number;
  /** The row's links, notes and own formats by sheet column (index 0 = column A), when it has any. */
  extras?: readonly (CellExtras | null)[];
}

export function archiveHeader(labels: MergeLabels, columns: readonly SheetColumn[]): string[] {
  return [...labels.archiveColumns, ...columns.map((c) => c.header)];
}

export function archiveRow(labels: MergeLabels, entry: ArchiveEntry): CellValue[] {
  return [
    entry.mergeId,
    entry.at,
    entry.survivorId ?? '',
    entry.survivorRow,
    entry.shownRow ?? entry.record.row,
    entry.isSurvivor ? '' : (entry.ownId ?? ''),
    entry.isSurvivor ? labels.roleSurvivor : labels.roleMerged,
    ...entry.record.values,
  ];
}

/** The archive row's links, notes and formats (null for its leading columns), or null when it has none. */
export function archiveExtras(
  labels: MergeLabels,
  entry: Pick<ArchiveEntry, 'record' | 'extras'>,
  columns: readonly SheetColumn[],
  columnFormats: readonly (string | null)[] | undefined,
): (CellExtras | null)[] | null {
  const cells = columns.map((column, i): CellExtras | null => {
    const own = entry.extras?.[column.col - 1] ?? null;
    const formula = entry.record.formulas[i] ?? null;
    const note = formula !== null ? [formula, own?.note].filter(Boolean).join('\n') : own?.note;
    const format = own?.format ?? columnFormats?.[column.col - 1] ?? undefined;
    if (!own?.link && !note && !format) return null;
    return { ...(own?.link ? { link: own.link } : {}), ...(note ? { note } : {}), ...(format ? { format } : {}) };
  });
  if (cells.every((c) => c === null)) return null;
  return [...labels.archiveColumns.map(() => null), ...cells];
}
