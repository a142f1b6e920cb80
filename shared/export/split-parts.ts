/**
 * Splits exported rows into parts no larger than a CRM's import caps: at most `rowCap` rows and
 * about `byteCap` bytes each (the UTF-8 size of the cells plus a separator each, an estimate
 * within the quoting a CSV adds). A part always holds at least one row.
 */
import type { CellValue } from '../sheet/cell-value';

export interface PartCaps {
  rowCap: number;
  byteCap: number;
}

/** [start, end) row ranges of each part; one empty range when there are no rows. */
export function splitParts(
  rows: readonly (readonly CellValue[])[],
  caps: PartCaps,
  headerBytes = 0,
): Array<[start: number, end: number]> {
  const parts: Array<[number, number]> = [];
  const rowCap = Math.max(1, Math.floor(caps.rowCap));
  let start = 0;
  let bytes = headerBytes;
  for (let i = 0; i < rows.length; i++) {
    const size = rowBytes(rows[i]);
    if (i > start && (i - start >= rowCap || bytes + size > caps.byteCap)) {
      parts.push([start, i]);
      start = i;
      bytes = headerBytes;
    }
    bytes += size;
  }
  parts.push([start, rows.length]);
  return parts;
}

export function rowBytes(row: readonly CellValue[]): number {
  let bytes = 2; // line ending
  for (const value of row) {
    bytes += 1; // separator
    if (typeof value === 'string') bytes += utf8Length(value);
    else if (typeof value === 'number') bytes += String(value).length;
    else if (value !== null) bytes += 10;
  }
  return bytes;
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}
