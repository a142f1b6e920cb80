/** A1 notation helpers shared by every host (rows and columns are 1-based). */

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
