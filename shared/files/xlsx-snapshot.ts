/**
 * An .xlsx read for a command that only reads it (check, dedupe, report to the terminal or .html,
 * export to .csv): the governed sheet's rows stream from the zip straight into the snapshot, with no
 * exceljs workbook (about 400 bytes a cell), so the field budget applies as for a CSV. The snapshot
 * equals the full read's in what those commands use: values, formulas, column formats, the meta and
 * the sheet choice, and the own formats (extras) of the number cells that have one: a code stored as a
 * number is what its own cell shows, and the cells' links (an export writes a label's target). It has
 * no notes, other cells' formats or view: none of them reads those.
 * A cell merged down a column over data rows reads as the merge's value, in its format, in each of its rows, and the
 * text columns are coded (column-codes.ts) for matching.
 */
import type ExcelJS from 'exceljs';
import { cellAddress, parseRange } from '../sheet/a1';
import { cellText, type CellValue } from '../sheet/cell-value';
import { attachColumnCodes, ColumnCoder } from '../sheet/column-codes';
import { cellKey, type ExtrasCell, type FormulaCell, type SheetSnapshot } from '../sheet/snapshot';
import { GENERAL_FORMAT } from '../plan/plan';
import { readMetaRows, META_SHEET } from '../host/meta-sheet';
import type { SheetLookReader } from './xlsx-sheet-look';
import { chooseAmong, isCandidateSheet, JUDGE_ROWS, type SheetChoice } from './choose-sheet';
import { displayName, fileError, FileInputError } from './file-input-error';
import type { ReadLimits } from './read-limits';
import { readXlsxBook, sheetRelationships, type XlsxBook, type XlsxSheetEntry } from './xlsx-parts';
import { PartsMeter, XlsxLimitReached, type XlsxExcess } from './xlsx-scan';
import { readSheetRows, type SheetRow, type SheetTail } from './xlsx-sheet-rows';
import type { OpenOptions } from './open-spreadsheet';
import { TITLE_ROWS } from '../operations/customer-list';

export interface StreamedXlsx {
  sheetName: string;
  snapshot: SheetSnapshot;
  sheetChoice: SheetChoice;
  /** The other sheets that could have been chosen (for the header message), none with --sheet. */
  others: string[];
  /** The workbook's parts, for a caller that reads on (clean of a large .xlsx), and the governed sheet's. */
  book: XlsxBook;
  sheet: XlsxSheetEntry;
  /** The column formats as one of the first rows shows them (a header below a title: the row under it). */
  formatsOfRow?: (row: number) => (string | null)[];
}

/**
 * The budget of a snapshot-only read: the field budget for cells, and uncompressed bytes in proportion
 * (the XML streams through; only the snapshot and the shared strings stay).
 */
export function snapshotLimits(limits: ReadLimits): ReadLimits {
  const scale = limits.fields / limits.cells;
  return { ...limits, cells: limits.fields, fileBytes: Math.floor(limits.fileBytes * scale) };
}

function hasContent(value: CellValue): boolean {
  return value !== null && value !== '';
}

const SAMPLE_SLOTS = 1_000_000;

/** Row 1 and up to JUDGE_ROWS rows below it, cut to the header's width, as readSheetSample gives them. */
async function sampleSheet(book: XlsxBook, sheet: XlsxSheetEntry): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  // A blank row 1 is not in the file at all: no width then, as readSheetSample reads it (a table from B2).
  let width = Infinity;
  let walked = 0; // as readSheetSample: rows reaching far right end the sample early
  await readSheetRows(book, sheet.part!, (row) => {
    walked += row.lastCell;
    if (row.number > JUDGE_ROWS + 1 || (row.number > 1 && walked > SAMPLE_SLOTS)) return true;
    while (rows.length < row.number - 1) rows.push([]);
    // A title above the list (one or two cells) is no header's width: the header is further down.
    if (row.number === 1) width = row.values.filter(hasContent).length > 2 ? row.values.length : Infinity;
    rows[row.number - 1] = row.values.slice(0, width);
    return false;
  });
  return rows;
}

async function readMeta(book: XlsxBook): Promise<Record<string, string> | undefined> {
  const sheet = book.sheets.find((s) => s.name === META_SHEET);
  if (!sheet?.part) return undefined;
  const rows: string[][] = [];
  await readSheetRows(book, sheet.part, (row) => {
    if (!row.values.some((v) => v !== null) && !row.formulas) return;
    const cells = [cellText(row.values[0] ?? null).trim()];
    for (let col = 2; col <= Math.max(2, row.lastCell); col++) cells.push(cellText(row.values[col - 1] ?? null));
    rows.push(cells);
  });
  return readMetaRows(rows);
}

/**
 * The whole sheet: values padded to one width from A1, trailing empty rows and columns trimmed. For a
 * command that only reads (`snapshotOnly`), merges down a column are filled and text columns coded.
 */
async function readSheet(
  book: XlsxBook,
  sheet: XlsxSheetEntry,
  maxGridCells: number,
  file: string,
  look?: SheetLookReader,
  snapshotOnly = false,
) {
  const rows: CellValue[][] = [];
  const formulasOf: (SheetRow['formulas'] | undefined)[] = [];
  const extras = new Map<number, ExtrasCell>();
  // Formats of the first rows: row 2's are the columns', or the row's under a header below a title.
  const formatsOf: SheetRow['formats'][] = [];
  // Slots up to each row's last cell, refused past the grid as the full read refuses them (rowsTooWide).
  const walk = { slots: 0, width: 0, lowest: '', rightmost: '' };
  const tail = await readSheetRows(
    book,
    sheet.part!,
    (row) => {
      if (row.lastCell > 0) {
        walk.slots += row.lastCell;
        walk.lowest = cellAddress(row.number, row.lastCell);
        if (row.lastCell > walk.width) [walk.width, walk.rightmost] = [row.lastCell, walk.lowest];
      }
      if (walk.slots > maxGridCells) return; // refused below: hold nothing more
      rows[row.number - 1] = row.values;
      if (row.formulas) formulasOf[row.number - 1] = row.formulas;
      if (row.formats) formatsOf[row.number] = row.formats;
      for (const { col, format } of row.ownFormats ?? [])
        extras.set(cellKey(row.number, col), { row: row.number, col, format: format ?? GENERAL_FORMAT });
    },
    TITLE_ROWS + 1,
    look,
    true,
  );
  if (walk.slots > maxGridCells) {
    const { slots, width, lowest, rightmost } = walk;
    const params = { file: displayName(file), sheet: sheet.name, width, lowest, rightmost, slots, max: maxGridCells };
    throw fileError('sheet.tooLarge', { key: 'rowsTooWide', params }, file);
  }
  // The cells a merge covers show nothing but its top-left cell, as in Excel. A command that only
  // reads gives each data row of a merge down a column its value, as the row shows it on screen (one
  // 公司 merged over its three contacts is each contact's company); the other columns stay empty.
  for (const range of tail.merges.map(parseRange)) {
    if (!range) continue;
    const master = snapshotOnly && range.top > 1 ? (rows[range.top - 1]?.[range.left - 1] ?? null) : null;
    for (let r = range.top; r <= Math.min(range.bottom, rows.length); r++) {
      const values = rows[r - 1];
      const last = Math.min(range.right, values?.length ?? 0);
      for (let c = r === range.top ? range.left + 1 : range.left; c <= last; c++) values![c - 1] = null;
      if (master !== null && r > range.top) {
        const row = (rows[r - 1] ??= []);
        while (row.length < range.left) row.push(null);
        row[range.left - 1] = master;
        // The row shows the merge's cell, in its format: a covered cell's own is no value's.
        const own = extras.get(cellKey(range.top, range.left));
        if (own) extras.set(cellKey(r, range.left), { ...own, row: r });
        else extras.delete(cellKey(r, range.left));
      }
      const formulas = formulasOf[r - 1];
      if (formulas)
        formulasOf[r - 1] = formulas.filter(
          (f) => f.col < range.left || f.col > range.right || (r === range.top && f.col === range.left),
        );
    }
  }
  await addLinks(book, sheet, tail.links, extras);
  let [height, width, lowestCol, rightmostRow] = [0, 0, 0, 0];
  rows.forEach((values, i) => {
    const withFormula = new Set(formulasOf[i]?.map((f) => f.col));
    values.forEach((value, c) => {
      if (!hasContent(value) && !withFormula.has(c + 1)) {
        values[c] = null; // '' reads as empty
        return;
      }
      if (c + 1 > width) [width, rightmostRow] = [c + 1, i + 1];
      if (i + 1 > height) [height, lowestCol] = [i + 1, c + 1];
    });
  });
  if (height * width > maxGridCells) {
    const [lowest, rightmost] = [cellAddress(height, lowestCol), cellAddress(rightmostRow, width)];
    const params = { file: displayName(file), sheet: sheet.name, height, width, lowest, rightmost, max: maxGridCells };
    throw fileError('sheet.tooLarge', { key: 'gridTooLarge', params }, file);
  }
  const values: CellValue[][] = [];
  // Coded from the rows as they are final, so the codes cannot miss a merge or a trim. Not for a read
  // that goes on to change the sheet (xlsx-memory-workbook.ts): its plans edit these rows in place.
  const coder = snapshotOnly ? new ColumnCoder() : undefined;
  for (let r = 0; r < height; r++) {
    // The row's own array, cut or filled with nulls to the width: no second copy of a large sheet.
    const row = rows[r] ?? [];
    if (row.length > width) row.length = width;
    while (row.length < width) row.push(null);
    coder?.addCells(row);
    values.push(row);
  }
  if (coder) attachColumnCodes(values, coder.finish());
  const formulas: FormulaCell[] = [];
  formulasOf.forEach((list, i) => list?.forEach((f) => formulas.push({ row: i + 1, col: f.col, formula: f.formula })));
  const formatsOfRow = (row: number) =>
    Array.from({ length: width }, (_, i) => (formatsOf[row]?.get(i + 1) ?? tail.columnFormats.get(i + 1)) || null);
  // A merge's covered cells show nothing, and their formats are no value's; a link is kept on any cell.
  const own: ExtrasCell[] = [];
  for (const e of extras.values()) {
    const number = typeof values[e.row - 1]?.[e.col - 1] === 'number';
    if (number) own.push(e);
    else if (e.link !== undefined) own.push({ row: e.row, col: e.col, link: e.link });
  }
  return { values, formulas, columnFormats: formatsOfRow(2), formatsOfRow, extras: own };
}

/** The sheet's hyperlinks into `extras`, each cell of a linked range: the target, or `#place` in the workbook. */
async function addLinks(
  book: XlsxBook,
  sheet: XlsxSheetEntry,
  links: SheetTail['links'],
  extras: Map<number, ExtrasCell>,
): Promise<void> {
  if (links.length === 0) return;
  const targets = await sheetRelationships(book, sheet.part!);
  for (const { ref, id, location } of links) {
    const range = parseRange(ref);
    const link = (id !== undefined ? targets.get(id) : undefined) ?? (location ? `#${location}` : undefined);
    if (!range || link === undefined || link === '') continue;
    for (let row = range.top; row <= range.bottom; row++)
      for (let col = range.left; col <= range.right; col++) {
        const key = cellKey(row, col);
        extras.set(key, { ...(extras.get(key) ?? { row, col }), link });
      }
  }
}

/**
 * Reads the .xlsx as a snapshot only: `{ excess }` when it is over the field budget, undefined when
 * its parts cannot be followed (the full read then reports the damage in exceljs's words).
 */
export async function readXlsxSnapshot(
  bytes: Uint8Array,
  file: string,
  options: OpenOptions,
  look?: SheetLookReader,
): Promise<StreamedXlsx | { excess: XlsxExcess; limits: ReadLimits } | undefined> {
  const limits = snapshotLimits(options.limits);
  try {
    return await streamXlsx(bytes, file, options, limits, look);
  } catch (error) {
    // The limits are checked on the parts as they are read (PartsMeter): no scan of the whole zip first.
    if (error instanceof XlsxLimitReached) return { excess: error.excess, limits };
    // Damaged parts (bad deflate data, say): the full read reports them in exceljs's words.
    if (error instanceof FileInputError) throw error;
    return undefined;
  }
}

async function streamXlsx(
  bytes: Uint8Array,
  file: string,
  options: OpenOptions,
  limits: ReadLimits,
  look?: SheetLookReader,
) {
  const book = await readXlsxBook(bytes, new PartsMeter(limits));
  if (!book || book.sheets.length === 0 || book.sheets.some((s) => !s.part)) return undefined;
  const meta = await readMeta(book);
  const samples = new Map<XlsxSheetEntry, CellValue[][]>();
  if (options.sheet === undefined)
    for (const sheet of book.sheets.filter((s) => isCandidateSheet(s, meta)))
      samples.set(sheet, await sampleSheet(book, sheet));
  const { sheet, choice } = chooseAmong(book.sheets, file, meta, options, (s) => samples.get(s) ?? []);
  const content = await readSheet(book, sheet, limits.gridCells, file, look, options.snapshotOnly === true);
  const snapshot: SheetSnapshot = { name: sheet.name, values: content.values, columnFormats: content.columnFormats };
  if (content.formulas.length) snapshot.formulas = content.formulas;
  if (content.extras.length) snapshot.extras = content.extras;
  if (meta) snapshot.meta = meta;
  const others = options.sheet === undefined ? choice.sheets.filter((s) => s !== sheet.name) : [];
  const { formatsOfRow } = content;
  return { sheetName: sheet.name, snapshot, sheetChoice: choice, others, book, sheet, formatsOfRow };
}

/** The workbook of a snapshot-only read: never built (a caller that needs one must not ask for snapshotOnly). */
export function noWorkbook(file: string): ExcelJS.Workbook {
  throw new Error(
    `${displayName(file)} was read as a snapshot only (snapshotOnly): its exceljs workbook was not loaded; read it without snapshotOnly to change or write it`,
  );
}
