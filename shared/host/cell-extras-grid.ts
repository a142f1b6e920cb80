/**
 * Cell extras (a link's target, a note, a cell's own number format: shared/sheet/snapshot.ts)
 * between the core and a host that reads and writes rectangles of cells (Excel, Google Sheets).
 *
 * Reading: `extrasFromGrids` turns what a host loads for the used range (each cell's number format
 * and link target, as 2-D grids like its values, and the notes it finds) into `SheetSnapshot.extras`,
 * by the file host's rules (shared/files/read-worksheet.ts): only cells with a value, a formula or a
 * note count, and a filled cell's format only when it is not its column's (row 2's). A filled data
 * cell left plain in a formatted column says so with the plain format (General): else undo would give it
 * its column's format, and a number in a date column would come back as a date.
 *
 * Writing: a plan's rows carry extras by column (`RowContent.extras`, `SheetWrite.extras`).
 * `writtenFormat` is the number format a written cell takes (its own, else a date's, else the plain
 * format for a filled cell of a row that carries extras: a restored row must not keep what it took
 * from the row it was inserted under), and `extrasWrites` lists the cells that get a link or a note.
 */
import type { CellValue } from '../sheet/cell-value';
import type { CellExtras, ExtrasCell } from '../sheet/snapshot';
import { GENERAL_FORMAT } from '../plan/plan';
import { cellAddress } from '../sheet/a1';
import { isDate } from './cell-input';
import type { CellInput } from './row-inputs';
import type { Block } from '../plan/blocks';
import type { CellEdit } from '../plan/plan';

/** A plan row's extras by column (index 0 = column A); null where a cell has none. */
export type ExtrasRow = readonly (CellExtras | null)[];

export interface NoteAt {
  row: number;
  col: number;
  note: string;
}

export interface ExtrasGrids {
  /** Sheet row of the grids' first row (1 when they start at A1). */
  firstRow?: number;
  values: readonly (readonly CellValue[])[];
  /** Each cell's number format, shaped like `values` (missing: unknown). */
  formats?: readonly (readonly unknown[] | undefined)[];
  /** Each cell's link target, shaped like `values` (null, undefined or '': none). */
  links?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Notes by cell, in any order. */
  notes?: readonly NoteAt[];
  /** Formula cells: they count as filled whatever their value. */
  formulas?: readonly { row: number; col: number }[];
  /** The snapshot's column formats (index 0 = column A, null: plain): a cell's format equal to its column's is left out. */
  columnFormats?: readonly (string | null)[];
  /** The host's format for "no format" (Excel's General), never kept as a cell's own. */
  plainFormat?: string;
}

const KEY = (row: number, col: number) => `${row}:${col}`;

function filled(value: CellValue | undefined): boolean {
  return value !== null && value !== undefined && value !== '';
}

/** The snapshot's sparse extras, sorted by row then column. */
export function extrasFromGrids(grids: ExtrasGrids): ExtrasCell[] {
  const first = grids.firstRow ?? 1;
  const plain = grids.plainFormat ?? GENERAL_FORMAT;
  const notes = new Map((grids.notes ?? []).map((n) => [KEY(n.row, n.col), n.note]));
  const formulas = new Set((grids.formulas ?? []).map((f) => KEY(f.row, f.col)));
  const out: ExtrasCell[] = [];
  grids.values.forEach((cells, i) => {
    const row = first + i;
    const width = Math.max(cells.length, grids.formats?.[i]?.length ?? 0, grids.links?.[i]?.length ?? 0);
    for (let j = 0; j < width; j++) {
      const key = KEY(row, j + 1);
      const note = notes.get(key) || undefined;
      notes.delete(key);
      const full = filled(cells[j]) || formulas.has(key);
      if (!note && !full) continue;
      const link = (full && grids.links?.[i]?.[j]) || undefined;
      const raw = grids.formats?.[i]?.[j];
      const own = typeof raw === 'string' && raw !== '' && raw !== plain ? raw : null;
      const column = grids.columnFormats?.[j] ?? null;
      // The header row (row 1) is plain by nature: only a format of its own is worth keeping there.
      const format = full && raw !== undefined && own !== column && (own || row > 1) ? (own ?? plain) : undefined;
      if (link || note || format)
        out.push({
          row,
          col: j + 1,
          ...(link ? { link } : {}),
          ...(note ? { note } : {}),
          ...(format ? { format } : {}),
        });
    }
  });
  // Notes outside the grids (past the used range's values) still belong to their cells.
  for (const [key, note] of notes) {
    const [row, col] = key.split(':').map(Number) as [number, number];
    if (note) out.push({ row, col, note });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The format a cell shows: its own, else its column's; null for the plain one (General). */
export function shownFormat(own: unknown, column: unknown, plainFormat: string = GENERAL_FORMAT): string | null {
  const pick = (format: unknown) =>
    typeof format === 'string' && format !== '' && format !== plainFormat ? format : null;
  return pick(own) ?? pick(column);
}

/**
 * The format an edit gives its cell, from what the host read there (its format and current content):
 * its own, or for a blank plain cell its column's, as a snapshot without extras for the cell says it
 * shows; null leaves a plain filled cell plain.
 */
export function editFormat(own: unknown, current: unknown, column: unknown): string | null {
  return shownFormat(own, current === '' || current === null || current === undefined ? column : null);
}

/**
 * What a host read under a plan's edits (each cell's format and content), kept by edit, since the plan
 * driver numbers those cells as they are before the plan's inserts: each edit's value then goes in with
 * the format its cell shows (`editFormat`), the way restored rows carry theirs.
 */
export class EditedCells {
  private readonly cells = new Map<CellEdit, [format: unknown, content: unknown]>();

  /** A block of edits and the formats and contents (formulas or values) read over it. */
  add(
    block: Block<CellEdit>,
    formats: readonly (readonly unknown[])[],
    contents: readonly (readonly unknown[])[],
  ): void {
    block.cells.forEach((row, i) =>
      row.forEach((edit, j) => edit && this.cells.set(edit, [formats[i]?.[j], contents[i]?.[j]])),
    );
  }

  /** The edit as cell input, with the format it gives back (an undo's) or its cell shows (`columnFormat`: row 2's). */
  input(edit: CellEdit, columnFormat: unknown): CellInput {
    const [own, content] = this.cells.get(edit) ?? [null, null];
    const format = edit.format ?? editFormat(own, content, columnFormat);
    return format ? { value: edit.after, extras: { format } } : { value: edit.after };
  }
}

/** A cell of a plan row that gets a link or a note. */
export interface ExtrasWrite {
  row: number;
  col: number;
  /** The cell's A1 address. */
  address: string;
  link?: string;
  note?: string;
}

/**
 * The number format a host writes into a cell of a plan row: its own (`extras.format`), else the
 * date format its value needs (`dateFormat`), else the plain format where the row carries extras
 * (`extras` not undefined) and the cell holds something other than a date; null leaves the cell's
 * format as it is.
 */
export function writtenFormat(
  extras: CellExtras | null | undefined,
  value: CellValue,
  dateFormat: string | null,
  plainFormat: string = GENERAL_FORMAT,
): string | null {
  if (extras?.format) return extras.format;
  if (dateFormat) return dateFormat;
  // A date keeps the date format its column gave it.
  return extras !== undefined && filled(value) && !isDate(value) ? plainFormat : null;
}

/** The cells of restored rows (plan RowContent) that get a link or a note. */
export function restoredExtrasWrites(rows: readonly { row: number; extras?: ExtrasRow }[]): ExtrasWrite[] {
  return rows.flatMap((r) => extrasWrites(r.row, [r.extras]));
}

/**
 * A link as hosts hold it: a web or mail address, or a place in the workbook written `#Sheet!A1`
 * (as exceljs and the file host write it).
 */
export function linkTarget(link: string): { address: string } | { documentReference: string } {
  return link.startsWith('#') ? { documentReference: link.slice(1) } : { address: link };
}

/** The link a host's address / in-workbook reference pair stands for (undefined: none). */
export function linkOf(target: { address?: string; documentReference?: string } | undefined): string | undefined {
  return target?.address || (target?.documentReference ? `#${target.documentReference}` : undefined);
}

/** The cells of rows written from `firstRow` (one entry per row, as in a plan) that get a link or a note. */
export function extrasWrites(
  firstRow: number,
  rows: readonly (ExtrasRow | null | undefined)[] | undefined,
): ExtrasWrite[] {
  const out: ExtrasWrite[] = [];
  rows?.forEach((extras, i) =>
    extras?.forEach((more, j) => {
      if (!more?.link && !more?.note) return;
      out.push({
        row: firstRow + i,
        col: j + 1,
        address: cellAddress(firstRow + i, j + 1),
        ...(more.link ? { link: more.link } : {}),
        ...(more.note ? { note: more.note } : {}),
      });
    }),
  );
  return out;
}
