/** A1 notation helpers shared by every host (rows and columns are 1-based). */

/** The last row of an Excel sheet (and the most rows a workbook file can hold). */
export const MAX_SHEET_ROWS = 1_048_576;
/** The last column of an Excel sheet (XFD). */
export const MAX_SHEET_COLUMNS = 16_384;

export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`Column number must be a positive integer, got ${col}`);
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new RangeError(`Not a column name: "${letters}"`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeAddress(firstRow: number, firstCol: number, lastRow: number, lastCol: number): string {
  return `${cellAddress(firstRow, firstCol)}:${cellAddress(lastRow, lastCol)}`;
}

/** A sheet name quoted for use in a formula or a range reference. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The cells part of a range reference: "'Lists'!$A$1:$A$5" -> "$A$1:$A$5" (a plan may carry either). */
export function rangeWithoutSheet(reference: string): string {
  return reference.slice(reference.lastIndexOf('!') + 1);
}

/** Every row and column of a range made absolute: "a1:A5" -> "$A$1:$A$5" (a sheet prefix is kept). */
export function absoluteRange(reference: string): string {
  const bang = reference.lastIndexOf('!') + 1;
  return (
    reference.slice(0, bang) +
    reference
      .slice(bang)
      .replace(/\$?([A-Za-z]{1,3})\$?(\d+)/g, (_m, col: string, row: string) => `$${col.toUpperCase()}$${row}`)
  );
}

/** The rows and columns a range covers, corners in order. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D9", "$C$5" or "d9:b2" as the rows and columns it covers; null when the text is not such a range. */
export function parseRange(text: string): CellRange | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(text);
  if (!match) return null;
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
