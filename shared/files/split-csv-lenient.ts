/**
 * CSV text → rows, for a file whose quotes papaparse cannot follow: a field opened with a quote that
 * closes before the delimiter and goes on (`"北京市"朝阳区`, `"Acme" Ltd`). Papaparse then looks for a
 * closing quote further on and runs the following lines into one cell. Read as LibreOffice Calc reads
 * it instead: a quote inside a quoted field stays a quote when the field closes properly later on the
 * same line (`"a"b"c",` is a"b"c); otherwise the field is taken as typed, quotes and all, up to the
 * delimiter (`"北京市"朝阳区`). Only a quote opened and never closed to the end of the file is an error.
 */

export interface StrayQuote {
  /** The field's row and column (1-based: a blank line is a row, as in the sheet). */
  row: number;
  col: number;
}

export type LenientSplit = { strayQuotes: StrayQuote[] } | { unclosedRow: number };

function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

/** The end of an unquoted field: the next delimiter or line break. */
function fieldEndAt(text: string, from: number, delimiter: string): number {
  const end = lineEndAt(text, from);
  const next = text.indexOf(delimiter, from);
  return next >= 0 && next < end ? next : end;
}

/** A quote ending a quoted field: followed by the delimiter, a line break or the end of the text. */
function closes(text: string, at: number, delimiter: string): boolean {
  const after = at + 1;
  if (after >= text.length) return true;
  const c = text.charCodeAt(after);
  return c === 0x0a || c === 0x0d || text.startsWith(delimiter, after);
}

/** A quote that closes the field somewhere on the line from `from` on. */
function closesLaterOnLine(text: string, from: number, delimiter: string): boolean {
  const end = lineEndAt(text, from);
  for (let q = text.indexOf('"', from); q >= 0 && q < end; q = text.indexOf('"', q + 1)) {
    if (text[q + 1] === '"') {
      q++;
      continue;
    }
    if (closes(text, q, delimiter)) return true;
  }
  return false;
}

/**
 * Splits `text` into rows of fields, handing each to `onRow` in order, as papaparse would (a blank
 * line is the row `['']`, and so is what follows a final line break).
 */
export function splitCsvLenient(text: string, delimiter: string, onRow: (fields: string[]) => void): LenientSplit {
  const strayQuotes: StrayQuote[] = [];
  const n = text.length;
  let i = 0;
  let row = 0;
  for (;;) {
    row++;
    const fields: string[] = [];
    for (;;) {
      if (text[i] !== '"') {
        const end = fieldEndAt(text, i, delimiter);
        fields.push(text.slice(i, end));
        i = end;
      } else {
        const start = i;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) return { unclosedRow: row };
          if (text[q + 1] === '"') {
            value += text.slice(from, q + 1);
            from = q + 2;
          } else if (closes(text, q, delimiter)) {
            value += text.slice(from, q);
            i = q + 1;
            break;
          } else if (closesLaterOnLine(text, q + 1, delimiter)) {
            value += text.slice(from, q + 1);
            from = q + 1;
          } else {
            // Closed and followed by more text: the field as typed, up to the delimiter.
            const end = fieldEndAt(text, start, delimiter);
            value = text.slice(start, end);
            strayQuotes.push({ row, col: fields.length + 1 });
            i = end;
            break;
          }
        }
        fields.push(value);
      }
      if (i < n && text.startsWith(delimiter, i)) {
        i += delimiter.length;
        continue;
      }
      break;
    }
    onRow(fields);
    if (i >= n) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  return { strayQuotes };
}
