/**
 * Rows → CSV text (RFC 4180 quoting), with spreadsheet formula injection neutralised: a text
 * cell starting with = + - @ tab or CR gets a leading apostrophe (OWASP "CSV injection").
 * Choice: text that is exactly a plain number ("-12", "+8613800138000", "-1.5e3") is left
 * as it is — it cannot call a function or reference a cell — so negative amounts survive a
 * CSV → CSV clean unchanged; so is a phone of digit groups after a + ("+49 30 1234567"), which a
 * spreadsheet cannot read as a formula (the spaces between numbers are no operator) and shows as
 * typed, where an apostrophe would show in every other program. "+49-30-1234567" is a sum and keeps it. Numeric cells (numbers, not text) are never prefixed. Text of more
 * than 15 digits (an ID or order number) is written `="…"`, as Chinese e-commerce exports do, so a
 * spreadsheet opening the file shows every digit instead of rounding it to a number.
 */
import { isoDate, type CellValue } from './cell-value';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** An international phone written in digit groups: +49 30 1234567, +86 138 0013 8000. */
const SPACED_PHONE = /^\+\d+(?: \d+)+$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The text a CSV field holds for a value: dates as yyyy-mm-dd (plus time when not midnight UTC). */
export function csvFieldText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const time = value.getTime() % 86_400_000;
    if (time === 0) return isoDate(value);
    return `${isoDate(value)} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  }
  return value;
}

/** A cell of dashes alone ("-", "--", the way lists write "none"): no spreadsheet runs it. */
const DASHES_ONLY = /^[-+]+$/;

/** Text that a spreadsheet would not run as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) && !PLAIN_NUMBER.test(text) && !DASHES_ONLY.test(text) && !SPACED_PHONE.test(text)
    ? `'${text}`
    : text;
}

/**
 * A text formula `="…"`: how Taobao, JD, Kingdee and others keep an order or ID number of more
 * digits than Excel holds (2201938475610293847) from turning into 2.20194E+18 when the CSV is
 * opened. Its value is the quoted text.
 */
const TEXT_FORMULA = /^="((?:[^"]|"")*)"$/;
/** Digits only, more than the 15 significant digits a spreadsheet keeps of a number. */
const LONG_DIGITS = /^\d{16,}$/;

/**
 * The inverse of neutraliseFormula, applied when reading a CSV: a field that is exactly what
 * neutraliseFormula writes (' then = + - @ tab or CR, not a plain number) loses the apostrophe.
 * Any other leading apostrophe ('-12, 'abc) is data as typed and stays. Writing the field again
 * adds the same apostrophe back, so a CSV → CSV round trip is byte-for-byte the same. A text
 * formula `="…"` is its text; written again, long digits get the same guard (formatCsv).
 */
export function readFormulaEscape(field: string): string {
  if (field.charCodeAt(0) === 0x3d) {
    const text = TEXT_FORMULA.exec(field);
    return text ? text[1]!.replace(/""/g, '"') : field;
  }
  if (field.charCodeAt(0) !== 0x27) return field;
  const rest = field.slice(1);
  // '- and '+49 30 1234567 are how a lone dash and a spaced phone were written before they went
  // unescaped: they read back without the apostrophe.
  return neutraliseFormula(rest) === field || DASHES_ONLY.test(rest) || SPACED_PHONE.test(rest) ? rest : field;
}

export interface CsvWriteFormat {
  delimiter: string;
  lineEnding: string;
  /**
   * Write text a spreadsheet would run as a formula (= + - @) with a leading ', and digits longer
   * than a spreadsheet's numbers as `="…"` (the default). A CRM's importer stores either as part of
   * the value, so its files go without.
   */
  formulaGuard?: boolean;
  /** Numbers with a decimal comma (1234,5), as the file read was written (parse-csv.ts `decimalComma`). */
  decimalComma?: boolean;
  /** An Excel `sep=;` line first, as the file read had: Excel in a comma locale splits the lines by it. */
  sepLine?: boolean;
  /** Counts the text cells written with a leading ' (the summary says so only when there were any). */
  guarded?: { cells: number };
}

function quoteField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text for `rows`, every row padded to the widest, each line ended with `lineEnding`. */
export function formatCsv(rows: readonly (readonly CellValue[])[], format: CsvWriteFormat): string {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  const lines: string[] = [];
  for (const row of rows) {
    const fields: string[] = [];
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? null;
      const text =
        format.decimalComma && typeof value === 'number' ? csvFieldText(value).replace('.', ',') : csvFieldText(value);
      const guarded =
        typeof value !== 'string' || format.formulaGuard === false
          ? text
          : LONG_DIGITS.test(text)
            ? `="${text}"`
            : neutraliseFormula(text);
      if (format.guarded && guarded !== text && guarded.charCodeAt(0) === 0x27) format.guarded.cells++;
      fields.push(quoteField(guarded, format.delimiter));
    }
    lines.push(fields.join(format.delimiter) + format.lineEnding);
  }
  return lines.join('');
}

/**
 * What a CSV file starts with: a BOM, so Excel reads Chinese correctly, then the `sep=` line when
 * asked. (Excel then takes the file as its code page rather than UTF-8, but splits it into columns,
 * as it did the file read.)
 */
export function csvPreamble(format: CsvWriteFormat): string {
  return format.sepLine ? `\uFEFFsep=${format.delimiter}${format.lineEnding}` : '\uFEFF';
}
