/**
 * CSV bytes → rows of strings, plus the format details needed to write the file back the same
 * way. Delimiter detection (papaparse) chooses among , ; tab and |.
 */
import Papa from 'papaparse';
import { decodeText, junkRatio, type TextEncoding } from './decode-text';
import { FileInputError, displayName } from './file-input-error';

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

export function parseCsv(buffer: Buffer, file: string): ParsedCsv {
  const decoded = decodeText(buffer);
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
  const delimiter = sep ? sep[1] : DELIMITERS.includes(result.meta.delimiter) ? result.meta.delimiter : ',';
  return {
    rows: result.data,
    format: { encoding: decoded.encoding, bom: decoded.bom, delimiter, lineEnding: lineEndingOf(text, result.meta.linebreak) },
  };
}
