/**
 * The sheet duplicates are copied or moved to: every row of each group under its group number and
 * its row in the list, values as the list shows them (a formula's result: its references would point
 * elsewhere on another sheet), each cell with its link, note and number format (its own, else its
 * column's: a date needs one to stay a date). Written with mode 'create' under a name no sheet has, so
 * a user's own sheet is never overwritten.
 */
import { cellText, isBlank, type CellValue } from '../../sheet/cell-value';
import { columnCount, type CellExtras, type SheetSnapshot } from '../../sheet/snapshot';
import type { SheetWrite } from '../../plan/plan';
import { byRow, rowExtras } from '../../merge/plan-merge';
import type { DuplicateActionLabels } from './labels';

/** Names of the copy sheets made so far (JSON list): a later copy in the same minute gets another name. */
export const COPY_SHEETS_META = 'duplicates.copySheets';

export interface CopyGroup {
  number: number;
  rows: readonly number[];
}

/** Excel's limit on a sheet name's length. */
const MAX_NAME = 31;

function madeBefore(meta: Readonly<Record<string, string>>): string[] {
  try {
    const list: unknown = JSON.parse(meta[COPY_SHEETS_META] ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * `base` when the workbook's sheet names are known and it is free, else `base (2)` …; when they
 * are not known (a host lists no sheets), `base` with the time (UTC), which no user sheet is likely to have.
 */
export function copySheetName(
  base: string,
  now: Date,
  meta: Readonly<Record<string, string>>,
  sheetNames?: readonly string[],
): string {
  // Sheet names compare without case in Excel and Google Sheets.
  const taken = new Set([...(sheetNames ?? []), ...madeBefore(meta)].map((s) => s.toLowerCase()));
  const stem = sheetNames ? base : `${base} ${now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '.')}`;
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    const name = stem.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function copySheetWrite(
  snapshot: SheetSnapshot,
  groups: readonly CopyGroup[],
  name: string,
  labels: DuplicateActionLabels,
): SheetWrite {
  const width = columnCount(snapshot.values);
  const header = snapshot.values[0] ?? [];
  const rows: CellValue[][] = [
    [...labels.copyColumns, ...Array.from({ length: width }, (_, i) => cellText(header[i] ?? null))],
  ];
  const extras: ((CellExtras | null)[] | null)[] = [null];
  const extrasByRow = byRow(snapshot.extras);
  for (const group of groups)
    for (const row of group.rows) {
      const cells = snapshot.values[row - 1] ?? [];
      rows.push([group.number, row, ...Array.from({ length: width }, (_, i) => cells[i] ?? null)]);
      const more = copiedExtras(cells, rowExtras(extrasByRow.get(row)), snapshot.columnFormats, width);
      extras.push(more && [...labels.copyColumns.map(() => null), ...more]);
    }
  const withExtras = extras.some((e) => e !== null) ? { extras } : {};
  return { name, hidden: false, mode: 'create', rows, ...withExtras };
}

/** A copied row's links, notes and formats by column, or null when it has none. */
function copiedExtras(
  values: readonly CellValue[],
  own: readonly (CellExtras | null)[] | undefined,
  columnFormats: readonly (string | null)[] | undefined,
  width: number,
): (CellExtras | null)[] | null {
  const cells = Array.from({ length: width }, (_, i): CellExtras | null => {
    const { link, note } = own?.[i] ?? {};
    const format = own?.[i]?.format ?? (isBlank(values[i] ?? null) ? undefined : (columnFormats?.[i] ?? undefined));
    if (!link && !note && !format) return null;
    return { ...(link ? { link } : {}), ...(note ? { note } : {}), ...(format ? { format } : {}) };
  });
  return cells.some((c) => c !== null) ? cells : null;
}

/** The meta that remembers a new copy sheet's name. */
export function rememberCopySheet(meta: Readonly<Record<string, string>>, name: string): Record<string, string> {
  return { [COPY_SHEETS_META]: JSON.stringify([...madeBefore(meta), name]) };
}
