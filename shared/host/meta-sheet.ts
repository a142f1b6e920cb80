/**
 * Custodian's workbook meta in a hidden sheet `_custodian`, one layout for every host: row 1
 * `key | value`, then one key per row, the value in column B, continued in C, D … when it is
 * longer than 30,000 characters (an Excel cell holds at most 32,767, a Sheets cell 50,000). A
 * value of '' removes the key (as in plan/apply-plan.ts). Hosts only read and write the rows.
 */

export const META_SHEET = '_custodian';
export const META_CHUNK_CHARS = 30_000;
export const META_HEADER = ['key', 'value'];

function isKey(key: unknown, index: number): boolean {
  return key !== '' && key !== null && key !== undefined && !(index === 0 && key === META_HEADER[0]);
}

/** Reads key/value rows (Range.values of the sheet); the header and blank keys are skipped, later rows win. */
export function readMetaRows(rows: readonly (readonly unknown[])[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [index, row] of rows.entries()) {
    const key = row[0];
    if (!isKey(key, index)) continue;
    meta[String(key)] = row
      .slice(1)
      .map((part) => (part === null || part === undefined ? '' : String(part)))
      .join('');
  }
  return meta;
}

/** One row for a key: [key, chunk1, chunk2, …]. */
export function metaRow(key: string, value: string, chunkChars = META_CHUNK_CHARS): string[] {
  const row = [key];
  for (let i = 0; i < value.length; i += chunkChars) row.push(value.slice(i, i + chunkChars));
  if (row.length === 1) row.push('');
  return row;
}

export interface MetaChanges {
  /** Rows to rewrite in place (existing keys) or append (new keys), with their 1-based row. */
  writes: Array<{ row: number; cells: string[] }>;
  /** Rows of removed keys, to delete bottom-up after the writes. */
  deletes: number[];
}

/** Where each changed key goes, given the keys already in column A (keyRows: key → row). */
export function planMetaChanges(
  keyRows: ReadonlyMap<string, number>,
  lastRow: number,
  changes: Readonly<Record<string, string>>,
  chunkChars = META_CHUNK_CHARS,
): MetaChanges {
  const writes: MetaChanges['writes'] = [];
  const deletes: number[] = [];
  let next = lastRow + 1;
  for (const [key, value] of Object.entries(changes)) {
    const row = keyRows.get(key);
    if (value === '') {
      if (row !== undefined) deletes.push(row);
    } else {
      writes.push({ row: row ?? next++, cells: metaRow(key, value, chunkChars) });
    }
  }
  return { writes, deletes: deletes.sort((a, b) => b - a) };
}

/** Key → row from column A's values (the last occurrence wins, as in readMetaRows). */
export function metaKeyRows(columnA: readonly (readonly unknown[])[]): Map<string, number> {
  const rows = new Map<string, number>();
  columnA.forEach((cells, i) => {
    if (isKey(cells[0], i)) rows.set(String(cells[0]), i + 1);
  });
  return rows;
}

/** The last row of column A that holds a key (0 for none): where appended keys go below. */
export function lastMetaKeyRow(columnA: readonly (readonly unknown[])[]): number {
  for (let i = columnA.length - 1; i >= 0; i--) if (columnA[i]![0] !== '' && columnA[i]![0] !== null) return i + 1;
  return 0;
}
