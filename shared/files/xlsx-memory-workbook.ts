/**
 * An .xlsx too large for exceljs's model, read for clean: every sheet streamed into the in-memory
 * workbook plans are applied to (shared/plan/apply-plan.ts), the governed sheet's rows being its
 * snapshot's own (held once), with how each sheet looks (cell styles, widths, heights, merges) kept
 * beside it for the writer. What such a read cannot carry (other sheets' links, notes, pictures, tables, rules and
 * conditional formats of the team's own, protection, named ranges, pivot tables) is listed, so the
 * command says what the written file lacks; the input file keeps all of it.
 */
import type ExcelJS from 'exceljs';
import { emptySheet, type MemorySheet, type MemoryWorkbook } from '../plan/apply-plan';
import { cellAddress } from '../sheet/a1';
import type { CellValue } from '../sheet/cell-value';
import { META_SHEET } from './workbook-meta';
import type { OpenOptions } from './open-spreadsheet';
import type { ReadLimits } from './read-limits';
import { readPart, type XlsxBook, type XlsxSheetEntry } from './xlsx-parts';
import { XlsxLimitReached, zipEntries, type XlsxExcess } from './xlsx-scan';
import { SheetLookReader, type LeftOutPart, type SheetLook } from './xlsx-sheet-look';
import { readSheetRows, type SheetRow } from './xlsx-sheet-rows';
import { readXlsxSnapshot, snapshotLimits, type StreamedXlsx } from './xlsx-snapshot';
import { attribute } from './xml-tokens';

export type CellStyle = Partial<ExcelJS.Style>;

/** Reads an .xlsx's cell styles by cellXfs index (the CLI's cli/xlsx-styles.ts: exceljs's reader is Node code). */
export type CellStyleReader = (bytes: Uint8Array) => Promise<CellStyle[]>;

/** How a streamed workbook's sheets look, for the writer (shared/files/write-memory-workbook.ts). */
export interface WorkbookLooks {
  /** Cell styles by cellXfs index. */
  styles: CellStyle[];
  /** By sheet name as read. */
  sheets: Map<string, SheetLook>;
}

export interface StreamedWorkbook {
  workbook: MemoryWorkbook;
  looks: WorkbookLooks;
  /** What the written file will lack, in a fixed order. */
  leftOut: LeftOutPart[];
}

const ORDER: LeftOutPart[] = [
  'links',
  'notes',
  'pictures',
  'tables',
  'pivots',
  'rules',
  'conditionalFormats',
  'protection',
  'names',
];

/** A sheet other than the governed one: its values padded to one width, its formulas by address. */
async function readOtherSheet(book: XlsxBook, entry: XlsxSheetEntry, look: SheetLookReader): Promise<MemorySheet> {
  const sheet = emptySheet(entry.name, entry.state !== 'visible');
  const rows: CellValue[][] = [];
  let width = 0;
  const onRow = (row: SheetRow) => {
    rows[row.number - 1] = row.values;
    width = Math.max(width, row.values.length);
    for (const { col, formula } of row.formulas ?? []) sheet.formulas[cellAddress(row.number, col)] = formula;
  };
  await readSheetRows(book, entry.part!, onRow, 2, look);
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    while (row.length < width) row.push(null);
  }
  sheet.values = rows;
  return sheet;
}

/** Workbook parts the written file will lack: named ranges of the team's own and pivot tables. */
async function workbookLeftOut(book: XlsxBook): Promise<LeftOutPart[]> {
  const entries = zipEntries(book.bytes) ?? [];
  const parts: LeftOutPart[] = [];
  if (entries.some((e) => /^\/?xl\/pivotTables\//.test(e.name))) parts.push('pivots');
  const workbook = entries.find((e) => e.name.replace(/^\//, '') === 'xl/workbook.xml');
  let names = false;
  if (workbook)
    await readPart(book.bytes, workbook, {
      // The filter's range is Excel's own name, rebuilt from the sheet's filter; print areas are not.
      open: (name, attrs) =>
        void (names ||= name === 'definedName' && attribute(attrs, 'name') !== '_xlnm._FilterDatabase'),
      close: () => undefined,
      text: () => undefined,
    });
  if (names) parts.push('names');
  return parts;
}

/**
 * The governed sheet streamed as readXlsxSnapshot reads it, and every other sheet with it, under the
 * field budget. `{ excess }` when over it; undefined when the parts cannot be followed.
 */
export async function readXlsxMemoryWorkbook(
  bytes: Uint8Array,
  file: string,
  options: OpenOptions,
  readCellStyles: CellStyleReader,
): Promise<
  | { opened: Omit<StreamedXlsx, 'book' | 'sheet'>; streamed: StreamedWorkbook }
  | { excess: XlsxExcess; limits: ReadLimits }
  | undefined
> {
  const governedLook = new SheetLookReader();
  const read = await readXlsxSnapshot(bytes, file, options, governedLook);
  if (!read || 'excess' in read) return read;
  const { book, sheet: governed, ...opened } = read;
  try {
    const looks: WorkbookLooks = { styles: await readCellStyles(bytes), sheets: new Map() };
    const leftOut = new Set(await workbookLeftOut(book));
    const sheets: MemorySheet[] = [];
    for (const entry of book.sheets) {
      if (entry.name === META_SHEET || !entry.part) continue;
      let sheet: MemorySheet;
      let look: SheetLook;
      if (entry === governed) {
        sheet = emptySheet(entry.name, entry.state !== 'visible');
        sheet.values = opened.snapshot.values as CellValue[][];
        for (const f of opened.snapshot.formulas ?? []) sheet.formulas[cellAddress(f.row, f.col)] = f.formula;
        // The governed sheet's links are in its snapshot (xlsx-snapshot.ts): written back, none left out.
        for (const { row, col, link } of opened.snapshot.extras ?? [])
          if (link !== undefined) (sheet.extras ??= {})[cellAddress(row, col)] = { link };
        look = governedLook.look;
        look.leftOut.delete('links');
      } else {
        const reader = new SheetLookReader();
        sheet = await readOtherSheet(book, entry, reader);
        look = reader.look;
      }
      look.leftOut.forEach((part) => leftOut.add(part));
      looks.sheets.set(entry.name, look);
      sheets.push(sheet);
    }
    const workbook: MemoryWorkbook = { sheets, meta: { ...(opened.snapshot.meta ?? {}) } };
    return { opened, streamed: { workbook, looks, leftOut: ORDER.filter((part) => leftOut.has(part)) } };
  } catch (error) {
    if (error instanceof XlsxLimitReached) return { excess: error.excess, limits: snapshotLimits(options.limits) };
    throw error;
  }
}
