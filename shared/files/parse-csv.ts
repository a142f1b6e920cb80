/**
 * CSV bytes → rows of strings, plus the format details needed to write the file back the same
 * way. Delimiter detection (papaparse) chooses among , ; tab and |. A field Custodian escaped on
 * writing ('=…, '+… : see write-csv) is read back without its apostrophe. Rows are taken one at a
 * time as papaparse splits them, kept compact (an array of exactly the row's fields, repeated
 * values of a column as one string, and each column's codes: column-codes.ts), and no longer kept
 * once the file holds more fields than the caller will read: the rest is only counted, for the
 * refusal's message. A quote papaparse cannot follow (`"北京市"朝阳区`) has the file read again as
 * LibreOffice reads it (split-csv-lenient.ts).
 */
import Papa from 'papaparse';
import { decodeText, junkRatio, type TextEncoding } from './decode-text';
import { displayName, fileError } from './file-input-error';
import { readFormulaEscape } from '../sheet/csv-text';
import { ColumnCoder, type ColumnCodes } from '../sheet/column-codes';
import { markShown } from '../normalise/decimal-mark';
import { splitCsvLenient, type StrayQuote } from './split-csv-lenient';

export type LineEnding = '\r\n' | '\n' | '\r';

export interface CsvFormat {
  encoding: TextEncoding;
  bom: boolean;
  delimiter: string;
  lineEnding: LineEnding;
  /**
   * The file's numbers are written with a decimal comma (1.234,50; 0,5), as German, French or
   * Spanish Excel saves a `;` file: a CSV written back writes its numbers so.
   */
  decimalComma?: true;
  /** The file starts with Excel's `sep=;` line, which a CSV written back keeps. */
  sepLine?: true;
  /** Fields of a quote closed and followed by more text (`"北京市"朝阳区`), read as typed: commands say so. */
  strayQuotes?: StrayQuote[];
}

export interface ParsedCsv {
  /**
   * Every field as written, '' for an empty field; rows may have different lengths. Only the
   * rows read before the file passed `maxFields`, when it did.
   */
  rows: string[][];
  /** The kept rows' columns as codes. */
  codes: ColumnCodes;
  /** Fields and rows of the whole file, blank lines aside. */
  fields: number;
  rowCount: number;
  format: CsvFormat;
}

export interface ParseCsvOptions {
  /** Fields to keep at most; beyond them rows are counted, not kept. */
  maxFields?: number;
}

const DELIMITERS = [',', ';', '\t', '|'];

// A number as a spreadsheet writes it: digits grouped by . , or a space (1 234,50), a sign before.
const NUMBER_FIELD = /^[-+]?\d[\d.,\u00a0\u202f ]*$/;

/** The decimal mark a number field shows by reading only one way (0,5 or 1.234,50: the comma). */
function numberMark(field: string): ',' | '.' | undefined {
  if (!NUMBER_FIELD.test(field)) return undefined;
  return markShown(field.replace(/^[-+]/, '').replace(/[\u00a0\u202f ]/g, ''));
}

/** Han characters in the first lines: the file's messages are then in Chinese. */
function chineseText(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text.slice(0, 4000));
}

function lineEndingOf(text: string, guessed: string): LineEnding {
  if (guessed === '\r\n' || guessed === '\n' || guessed === '\r') return guessed;
  const first = text.search(/\r\n|\n|\r/);
  if (first < 0) return '\r\n';
  if (text[first] === '\r') return text[first + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/** More than 1% of bytes are C0 controls no text file holds (tab, line feed, CR and form feed aside). */
function hasControlBytes(buffer: Uint8Array): boolean {
  const n = Math.min(buffer.length, 200_000);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buffer[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++;
  }
  return controls > n * 0.01;
}

export function parseCsv(buffer: Uint8Array, file: string, options: ParseCsvOptions = {}): ParsedCsv {
  const decoded = decodeText(buffer);
  const name = displayName(file);
  // Binary bytes also split into "lines" of both kinds: control bytes tell them apart (the
  // decoded text cannot, as each encoding's lines decode to U+FFFD in the other).
  if (decoded.mixed && !hasControlBytes(buffer))
    throw fileError('csv.mixedEncoding', { key: 'mixedEncoding', params: { file: name, ...decoded.mixed } }, file);
  if (junkRatio(decoded.text) > 0.01)
    throw fileError('file.notSpreadsheet', { key: 'binaryData', params: { file: name } }, file);
  // Excel writes (and honours) a first line "sep=;" naming the delimiter.
  const sep = /^sep=(.)(\r\n|\n|\r)/.exec(decoded.text);
  const text = sep ? decoded.text.slice(sep[0].length) : decoded.text;
  const maxFields = options.maxFields ?? Infinity;
  // Guessed with blank lines skipped: papaparse counts the one after a short file's last line
  // break as a one-field row, which made a tab before each order number (Pinduoduo, Douyin) look
  // the steadier delimiter than the comma. The rows themselves keep their blank lines.
  const delimiterToUse =
    sep?.[1] ??
    Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, skipEmptyLines: true, preview: 1 }).meta.delimiter;
  let rows: string[][] = [];
  let coder = new ColumnCoder();
  let fields = 0;
  let rowCount = 0;
  let marks = { comma: 0, point: 0 };
  const countsMarks = delimiterToUse !== ',';
  const take = (parsed: string[]) => {
    // A blank line (the one after the last line break, say) is no row of the message's count.
    if (parsed.length > 1 || parsed[0] !== '') {
      fields += parsed.length;
      rowCount++;
    }
    if (fields > maxFields) return;
    // A fresh array of exactly the row's length: papaparse's own has room to spare.
    const row = new Array<string>(parsed.length);
    for (let c = 0; c < parsed.length; c++) {
      let value = parsed[c]!;
      const first = value.charCodeAt(0);
      if (first === 0x27 || first === 0x3d) value = readFormulaEscape(value);
      else if (countsMarks && first >= 0x2b && first <= 0x39) {
        const mark = numberMark(value);
        if (mark === ',') marks.comma++;
        else if (mark === '.') marks.point++;
      }
      row[c] = value;
    }
    coder.add(row);
    rows.push(row);
  };
  let quoteTrouble = false;
  let meta: Papa.ParseMeta | undefined;
  Papa.parse<string[]>(text, {
    delimiter: delimiterToUse,
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
    step: (result, parser) => {
      meta = result.meta;
      // A quote closed and followed by text makes papaparse run the next lines into the field.
      if (result.errors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')) {
        quoteTrouble = true;
        parser.abort();
        return;
      }
      take(result.data);
    },
  });
  let strayQuotes: StrayQuote[] = [];
  if (quoteTrouble) {
    [rows, coder, fields, rowCount, marks] = [[], new ColumnCoder(), 0, 0, { comma: 0, point: 0 }];
    const split = splitCsvLenient(text, delimiterToUse, take);
    if ('unclosedRow' in split)
      throw fileError(
        'csv.unclosedQuote',
        { key: 'unclosedQuote', params: { file: name, row: split.unclosedRow, chinese: chineseText(text) } },
        file,
      );
    strayQuotes = split.strayQuotes;
  }
  // V8 keeps the subject of the last successful regular expression match (RegExp.input): after
  // papaparse and lineEndingOf that is the whole file's text, held until some other match succeeds.
  const lineEnding = lineEndingOf(text, meta?.linebreak ?? '');
  /^/.exec('');
  const guessed = meta?.delimiter ?? ',';
  const delimiter = sep ? sep[1] : DELIMITERS.includes(guessed) ? guessed : ',';
  return {
    rows,
    codes: coder.finish(),
    fields,
    rowCount,
    format: {
      encoding: decoded.encoding,
      bom: decoded.bom,
      delimiter,
      lineEnding,
      // Only where the comma is no delimiter: a `,` file's numbers are not written 0,5.
      ...(delimiter !== ',' && marks.comma > marks.point ? { decimalComma: true as const } : {}),
      ...(sep ? { sepLine: true as const } : {}),
      ...(strayQuotes.length > 0 ? { strayQuotes } : {}),
    },
  };
}
