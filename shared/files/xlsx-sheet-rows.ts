/**
 * One worksheet's XML → its rows, one at a time, each cell's value as exceljs's loader gives it and
 * shared/files/exceljs-cells.ts turns it into the core's CellValue: shared strings resolved, numbers
 * under a date format made Dates (UTC, the workbook's date system), formulas with their cached result
 * (exceljs drops a result of 0, false or '' and so does this) and shared formulas moved to each cell.
 * Links are listed in the tail (their targets are in the sheet's relationships); notes are not read:
 * the commands that read this way never use them; per-cell formats only of the number cells whose
 * format is not their column's, when asked.
 */
import type { CellValue } from '../sheet/cell-value';
import { columnLetter, columnNumber } from '../sheet/a1';
import { toCellValue } from './exceljs-cells';
import { attribute } from './xml-tokens';
import { readPart, type XlsxBook } from './xlsx-parts';
import type { ZipEntry } from './xlsx-scan';
import type { SheetLookReader } from './xlsx-sheet-look';

export interface SheetRow {
  number: number;
  /** Values from column A, null where empty, up to the last cell with a value or formula. */
  values: CellValue[];
  /** The row's formulas with a leading "=", in column order. */
  formulas?: Array<{ col: number; formula: string }>;
  /** The number format of each cell the row holds (asked for the first rows: the column formats' row 2, or the row under a lower header). */
  formats?: Map<number, string | undefined>;
  /**
   * The number cells below row 2 whose number format is not their column's (row 2's, else the column's
   * own style), with theirs (undefined: General); asked for by `ownFormats`. What a code stored as a
   * number shows depends on its own cell's format.
   */
  ownFormats?: Array<{ col: number; format: string | undefined }>;
  /** The last column holding a cell exceljs keeps (a value, a formula or a style): its cellCount. */
  lastCell: number;
}

export interface SheetTail {
  /** Merged ranges (`A1:C1`); their cells other than the top-left show nothing. */
  merges: string[];
  /** Hyperlinks: the cells (`E2`, `E2:E4`), and the relationship holding the target or the place in the workbook. */
  links: Array<{ ref: string; id: string | undefined; location: string | undefined }>;
  /** The number format of each column's own style (`<col style>`), by column number. */
  columnFormats: Map<number, string>;
}

/** exceljs's test for a date format: date letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function excelToDate(serial: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(serial) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A `<c>` tag's r, s and t (it runs for every cell: plain `name="value"` text is cut without a pattern). */
function cellAttributes(attrs: string): { r?: string; s?: string; t?: string } {
  if (/['\n\r\t:]|\s=|=\s/.test(attrs))
    return { r: attribute(attrs, 'r'), s: attribute(attrs, 's'), t: attribute(attrs, 't') };
  return { r: quoted(attrs, ' r="'), s: quoted(attrs, ' s="'), t: quoted(attrs, ' t="') };
}

function quoted(attrs: string, key: string): string | undefined {
  const at = attrs.indexOf(key);
  if (at < 0) return undefined;
  const end = attrs.indexOf('"', at + key.length);
  return end < 0 ? undefined : attrs.slice(at + key.length, end);
}

/** The column of a cell reference (`B12`, `$B$12`), 0 when it is none; a loop, as it runs for every cell. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let col = 0;
  let i = ref.charCodeAt(0) === 0x24 ? 1 : 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  const letters = i - (ref.charCodeAt(0) === 0x24 ? 1 : 0);
  return letters >= 1 && letters <= 3 && /^\$?[1-9][0-9]*$/.test(ref.slice(i)) ? col : 0;
}
const REFERENCE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A shared formula written for `from`, moved to `to` the way exceljs moves it. */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }) {
  return formula.replace(REFERENCE, (whole, sheet: string | undefined, _name, part: string, paren?: string) => {
    const match = paren ? null : CELL_REF.exec(part);
    if (!match) return whole;
    const [, colDollar = '', letters, rowDollar = '', digits] = match;
    const upper = letters.toUpperCase();
    if (upper.length > 3 || (upper.length === 3 && upper > 'XFD')) return whole; // a name, not a cell
    const col = columnNumber(upper) + (colDollar ? 0 : to.col - from.col);
    const row = Number(digits) + (rowDollar ? 0 : to.row - from.row);
    if (col < 1 || row < 1) return whole;
    return `${sheet ?? ''}${colDollar}${columnLetter(col)}${rowDollar}${row}`;
  });
}

/** The value a cell's `<v>`, or an inline string's `<t>` text, stands for. */
function plainValue(text: string, type: string | undefined, format: string | undefined, book: XlsxBook): CellValue {
  switch (type) {
    case 's':
      return book.strings[parseInt(text, 10)] ?? null;
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return text;
    default: {
      const n = parseFloat(text);
      return toCellValue(isDateFormat(format) ? excelToDate(n, book.date1904) : n);
    }
  }
}

/** A formula cell's cached result, as a value; exceljs keeps only a truthy result. */
function formulaResult(text: string | undefined, type: string | undefined, format: string | undefined, book: XlsxBook) {
  if (!text) return null;
  let result: unknown =
    type === 'str' ? text : type === 'b' ? parseInt(text, 10) !== 0 : type === 'e' ? { error: text } : parseFloat(text);
  if (isDateFormat(format)) result = excelToDate(type === 'e' ? NaN : result, book.date1904);
  return result ? toCellValue(result) : null;
}

/**
 * Streams the sheet's rows to `onRow` in file order; `onRow` returning true stops the read there
 * (the tail is then incomplete). Rows 2 to `formatsThrough` carry their cells' number formats, and
 * with `ownFormats` every row its number cells' formats where they are not their column's;
 * `look` reads how the sheet looks in the same pass.
 */
export async function readSheetRows(
  book: XlsxBook,
  part: ZipEntry,
  onRow: (row: SheetRow) => boolean | void,
  formatsThrough = 2,
  look?: SheetLookReader,
  ownFormats = false,
): Promise<SheetTail> {
  const tail: SheetTail = { merges: [], links: [], columnFormats: new Map() };
  // Row 2's formats, which with the columns' own styles (read before the rows) are the columns' formats.
  let rowTwo: Map<number, string | undefined> | undefined;
  const columnFormat = (c: number) => rowTwo?.get(c) ?? tail.columnFormats.get(c);
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  let stop = false;
  let row: SheetRow | undefined;
  let rowNumber = 0;
  // The open cell.
  let col = 0;
  let type: string | undefined;
  let style = 0;
  // Text of the open cell's <v> (or inline <t>) and <f>, set by text only (an empty <v/> holds no value).
  let value: string | undefined;
  let formula: string | undefined;
  let formulaType: string | undefined;
  let shared: { si: string; ref: string | undefined } | undefined;
  let collect: 'v' | 'f' | undefined;
  let inPhonetic = false;

  const closeCell = () => {
    if (!row) return;
    const format = style ? book.styleFormats[style] : undefined;
    const text = value;
    let cell: CellValue = null;
    let kept = style !== 0;
    if (formula !== undefined && (formula !== '' || formulaType !== undefined)) {
      kept = true;
      cell = formulaResult(text, type, format, book);
      let own = formula;
      if (shared) {
        if (shared.ref !== undefined) masters.set(shared.si, { row: row.number, col, formula: own });
        else if (!own) {
          const master = masters.get(shared.si);
          if (master) own = slideFormula(master.formula, master, { row: row.number, col });
        }
      }
      if (own) (row.formulas ??= []).push({ col, formula: `=${own}` });
      if (own || cell !== null) setValue(row, col, cell);
    } else if (text !== undefined) {
      kept = true;
      cell = plainValue(text, type, format, book);
      if (cell !== null) setValue(row, col, cell);
    }
    if (kept && col > row.lastCell) row.lastCell = col;
    if (kept && row.formats) row.formats.set(col, format);
    if (ownFormats && row.number > 2 && typeof cell === 'number' && (format || undefined) !== columnFormat(col))
      (row.ownFormats ??= []).push({ col, format });
  };

  await readPart(
    book.bytes,
    part,
    {
      open(name, attrs) {
        if (look && name !== 'c') look.open(name, attrs);
        switch (name) {
          case 'row': {
            const r = attribute(attrs, 'r');
            rowNumber = r ? Number(r) : rowNumber + 1;
            row = { number: rowNumber, values: [], lastCell: 0 };
            if ((rowNumber >= 2 && rowNumber <= formatsThrough) || (ownFormats && rowNumber === 2))
              row.formats = new Map();
            if (rowNumber === 2) rowTwo = row.formats;
            col = 0;
            break;
          }
          case 'c': {
            const cell = cellAttributes(attrs);
            col = columnOf(cell.r) || col + 1;
            type = cell.t;
            style = Number(cell.s ?? 0) || 0;
            look?.cell(col, style);
            value = formula = formulaType = shared = undefined;
            break;
          }
          case 'v':
            collect = 'v';
            break;
          case 'f': {
            collect = 'f';
            formula = '';
            formulaType = attribute(attrs, 't');
            shared =
              formulaType === 'shared' ? { si: attribute(attrs, 'si') ?? '', ref: attribute(attrs, 'ref') } : undefined;
            break;
          }
          case 'rPh':
            inPhonetic = true;
            break;
          case 't':
            if (!inPhonetic) collect = 'v';
            break;
          case 'mergeCell':
            tail.merges.push(attribute(attrs, 'ref') ?? '');
            break;
          case 'hyperlink':
            tail.links.push({
              ref: attribute(attrs, 'ref') ?? '',
              id: attribute(attrs, 'id'),
              location: attribute(attrs, 'location'),
            });
            break;
          case 'col': {
            const format = book.styleFormats[Number(attribute(attrs, 'style') ?? 0)];
            const [min, max] = [Number(attribute(attrs, 'min')), Number(attribute(attrs, 'max'))];
            if (format && min >= 1) for (let c = min; c <= Math.min(max, 16384); c++) tail.columnFormats.set(c, format);
            break;
          }
        }
      },
      close(name) {
        if (name === 'v' || name === 'f' || name === 't') collect = undefined;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c') closeCell();
        else if (name === 'row' && row) {
          look?.endRow(row.values);
          stop = onRow(row) === true;
          row = undefined;
        }
      },
      text(text) {
        if (collect === 'v') value = value === undefined ? text : value + text;
        else if (collect === 'f') formula += text;
      },
    },
    () => stop,
    book.meter,
  );
  return tail;
}

function setValue(row: SheetRow, col: number, value: CellValue): void {
  const { values } = row;
  while (values.length < col - 1) values.push(null);
  values[col - 1] = value;
}
