/**
 * The archive: every row of a merged cluster as it was before the merge, all its cells, under the
 * merge id, time, surviving customer ID and rows, and the row's own ID as an alias. The survivor's
 * row is archived too (role "kept"), so no overwritten value is lost. Each cell keeps its value, link,
 * note, number format and look (each its own or its column's, so dates read as they did and a team's
 * red "do not call" fill stays, where the host reads looks); a formula cell keeps
 * its value, with the formula in its note: written as a formula on the archive sheet, its references
 * would point at the archive's own cells and recompute to something else.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import { isPlainLook, type CellLook } from '../sheet/cell-look';
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
  /** The row's links, notes, own formats and looks by sheet column (index 0 = column A), when it has any. */
  extras?: readonly (CellExtras | null)[];
}

export function archiveHeader(labels: MergeLabels, columns: readonly SheetColumn[]): string[] {
  return [...labels.archiveColumns, ...columns.map((c) => c.header)];
}

/**
 * How the archive shows when a row was archived: a real date-time, so the archive sorts and filters by it,
 * in UTC as the merge records it, which the format says.
 */
export const ARCHIVE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"';
/** The archive's column of merge times (0-based), after the merge ID. */
const TIME_COLUMN = 1;

export function archiveRow(labels: MergeLabels, entry: ArchiveEntry): CellValue[] {
  return [
    entry.mergeId,
    new Date(entry.at),
    entry.survivorId ?? '',
    entry.survivorRow,
    entry.shownRow ?? entry.record.row,
    entry.isSurvivor ? '' : (entry.ownId ?? ''),
    entry.isSurvivor ? labels.roleSurvivor : labels.roleMerged,
    ...entry.record.values,
  ];
}

/**
 * The archive row's links, notes, formats and looks (for its leading columns the merge time's format
 * alone). A filled cell without a look of its own has its column's (snapshot `columnLooks`); an empty one is plain.
 */
export function archiveExtras(
  labels: MergeLabels,
  entry: Pick<ArchiveEntry, 'record' | 'extras'>,
  columns: readonly SheetColumn[],
  columnFormats: readonly (string | null)[] | undefined,
  columnLooks: readonly (CellLook | null)[] | undefined,
): (CellExtras | null)[] {
  const cells = columns.map((column, i): CellExtras | null => {
    const own = entry.extras?.[column.col - 1] ?? null;
    const formula = entry.record.formulas[i] ?? null;
    const note = formula !== null ? [formula, own?.note].filter(Boolean).join('\n') : own?.note;
    const format = own?.format ?? columnFormats?.[column.col - 1] ?? undefined;
    const filled = formula !== null || !isBlank(entry.record.values[i] ?? null);
    const shown = own?.look ?? (filled ? columnLooks?.[column.col - 1] : null);
    const look = shown && !isPlainLook(shown) ? shown : undefined;
    if (!own?.link && !note && !format && !look) return null;
    return {
      ...(own?.link ? { link: own.link } : {}),
      ...(note ? { note } : {}),
      ...(format ? { format } : {}),
      ...(look ? { look } : {}),
    };
  });
  const leading = labels.archiveColumns.map((_, i): CellExtras | null =>
    i === TIME_COLUMN ? { format: ARCHIVE_TIME_FORMAT } : null,
  );
  return [...leading, ...cells];
}
