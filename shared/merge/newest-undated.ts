/**
 * `keep: 'newest'` tells the newest row by its updated or last-contact date (choose-survivor.ts). Where
 * the sheet has no such column, or a group's rows hold no date there, the order of most complete rows
 * decides instead: said, so the survivor is not taken for the newest. Order exports have `order.noDate`.
 */
import type { RowRecord } from './choose-survivor';
import { columnByField, type SheetColumn } from './columns';
import { mergeProblem } from './validate-clusters';
import type { MergeOptions, MergeProblem } from './types';

/** The columns `newest` reads: updated, then last contact. */
function recencyColumns(columns: readonly SheetColumn[]): SheetColumn[] {
  const updated = columnByField(columns, 'updatedAt');
  const contacted = columns.find(
    (c) => c.fieldKey !== null && (c.fieldKey === 'lastContact' || c.ctx.field?.role === 'lastContact'),
  );
  return [updated, contacted].filter((c): c is SheetColumn => c !== undefined);
}

/** Groups whose survivor `newest` chose without a date: once for the sheet without the columns, else per group. */
export function newestUndated(
  groups: readonly { index: number; records: readonly RowRecord[] }[],
  columns: readonly SheetColumn[],
  options: Pick<MergeOptions, 'keep' | 'masters' | 'locale' | 'shownRow'>,
): MergeProblem[] {
  if (options.keep !== 'newest') return [];
  const undated = groups.filter(
    ({ index, records }) =>
      options.masters?.[index] === undefined &&
      !records.some((r) => r.order) &&
      records.every((r) => r.recency[0] === '' && r.recency[1] === ''),
  );
  if (undated.length === 0) return [];
  const read = recencyColumns(columns);
  if (read.length === 0) return [mergeProblem(options, 'keep.noDateColumn', 'warning', undated[0]!.index)];
  const detail = read.map((c) => c.header).join(' / ');
  return undated.map(({ index }) => mergeProblem(options, 'keep.noDate', 'warning', index, { detail }));
}
