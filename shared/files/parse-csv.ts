/**
 * CSV bytes → rows of strings, plus the format details needed to write the file back the same
 * way. Delimiter detection (papaparse) chooses among , ; tab and |. A field Custodian escaped on
 * writing ('=…, '+… : see write-csv) is read back without its apostrophe.
 */
import Papa from 'papaparse';
import { decodeText, junkRatio, type TextEncoding } from './decode-text';
import { displayName, fileError } from './file-input-error';
import { readFormulaEscape } from '../sheet/csv-text';

export type LineEnding = '\r\n' | '\n' | '\r';

export interface CsvFormat {
  encoding: TextEncoding;
  bom: boolean;
  delimiter: string;
  lineEnding: LineEnding;
}

export interface ParsedCsv {
  /** Every field as written, '' for an empty field; rows may have different lengths. */
  rows: string[][];
  format: CsvFormat;
}

const DELIMITERS = [',', ';', '\t', '|'];

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

export function parseCsv(buffer: Uint8Array, file: string): ParsedCsv {
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
  const result = Papa.parse<string[]>(text, {
    ...(sep ? { delimiter: sep[1] } : { delimitersToGuess: DELIMITERS }),
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const row = unclosed.row === undefined ? undefined : unclosed.row + 1;
    throw fileError('csv.unclosedQuote', { key: 'unclosedQuote', params: { file: name, row } }, file);
  }
  for (const row of result.data) {
    for (let i = 0; i < row.length; i++) if (row[i].charCodeAt(0) === 0x27) row[i] = readFormulaEscape(row[i]);
  }
  const delimiter = sep ? sep[1] : DELIMITERS.includes(result.meta.delimiter) ? result.meta.delimiter : ',';
  return {
    rows: result.data,
    format: {
      encoding: decoded.encoding,
      bom: decoded.bom,
      delimiter,
      lineEnding: lineEndingOf(text, result.meta.linebreak),
    },
  };
}
