/**
 * CSV bytes → rows of strings, plus the format details needed to write the file back the same
 * way. Delimiter detection (papaparse) chooses among , ; tab and |. A field Custodian escaped on
 * writing ('=…, '+… : see write-csv) is read back without its apostrophe.
 */
import Papa from 'papaparse';
import { decodeText, junkRatio, type MixedEncoding, type TextEncoding } from './decode-text';
import { FileInputError, displayName, joinAnd } from './file-input-error';
import { readFormulaEscape } from '../../shared/sheet/csv-text';

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

/** How a line's encoding is named: lines that are not UTF-8 are read as GBK, but may be any legacy code page. */
const ENCODING_NAMES = { utf8: 'UTF-8', gb18030: 'in another encoding (GBK or a Windows code page)' } as const;

function mixedEncodingError(mixed: MixedEncoding, file: string): FileInputError {
  const other = mixed.majority === 'utf8' ? 'gb18030' : 'utf8';
  const lines = mixed.otherLines;
  const shown = lines.slice(0, 10).map(String);
  const list = lines.length > 10 ? `${shown.join(', ')} and ${lines.length - 10} more` : joinAnd(shown);
  return new FileInputError(
    'csv.mixedEncoding',
    `${displayName(file)} mixes two text encodings: ${mixed.majorityLines} line${mixed.majorityLines === 1 ? '' : 's'} with Chinese or accented letters ${mixed.majorityLines === 1 ? 'is' : 'are'} ${mixed.majority === 'utf8' ? 'UTF-8' : 'GBK'} ` +
      `but line${lines.length === 1 ? '' : 's'} ${list} ${lines.length === 1 ? 'is' : 'are'} ${ENCODING_NAMES[other]}, so one part would be read garbled. ` +
      'Open each source in Excel or a text editor, save it as CSV UTF-8, and combine them again.',
    file,
  );
}

/** More than 1% of bytes are C0 controls no text file holds (tab, line feed, CR and form feed aside). */
function hasControlBytes(buffer: Buffer): boolean {
  const n = Math.min(buffer.length, 200_000);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buffer[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++;
  }
  return controls > n * 0.01;
}

export function parseCsv(buffer: Buffer, file: string): ParsedCsv {
  const decoded = decodeText(buffer);
  // Binary bytes also split into "lines" of both kinds: control bytes tell them apart (the
  // decoded text cannot, as each encoding's lines decode to U+FFFD in the other).
  if (decoded.mixed && !hasControlBytes(buffer)) throw mixedEncodingError(decoded.mixed, file);
  if (junkRatio(decoded.text) > 0.01) {
    throw new FileInputError(
      'file.notSpreadsheet',
      `${displayName(file)} is not a spreadsheet: it holds binary data, not .xlsx or CSV text. Custodian reads .xlsx and .csv files.`,
      file,
    );
  }
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
    const line = unclosed.row === undefined ? '' : ` on row ${unclosed.row + 1}`;
    throw new FileInputError(
      'csv.unclosedQuote',
      `${displayName(file)} has a quote (") opened${line} that is never closed, so the rest of the file cannot be split into cells. Fix or remove that quote and try again.`,
      file,
    );
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
