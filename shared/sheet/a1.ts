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
