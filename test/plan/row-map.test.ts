import { deletionMap, insertionMap, rowBeforeInserts } from '../../shared/plan/row-map';

/** Moves rows one at a time, the slow obvious way, to check the binary searches against. */
function insertOneByOne(rowCount: number, positions: number[]): number[] {
  const rows: (number | null)[] = Array.from({ length: rowCount }, (_, i) => i + 1);
  for (const p of positions) rows.splice(p - 1, 0, null);
  const where: number[] = [];
  rows.forEach((old, i) => {
    if (old !== null) where[old] = i + 1;
  });
  return where;
}

describe('row-map', () => {
  test('maps existing rows past restored rows as inserting them one by one does when the inserts are scattered', () => {
    const positions = [2, 3, 7, 12];
    const expected = insertOneByOne(20, positions);
    const map = insertionMap(positions);
    for (let row = 1; row <= 20; row++) expect(map(row)).toBe(expected[row]);
  });

  test('numbers a row as it was before the inserts, and refuses an inserted row', () => {
    const positions = [2, 3, 7, 12];
    const map = insertionMap(positions);
    for (let row = 1; row <= 20; row++) expect(rowBeforeInserts(positions, map(row)!)).toBe(row);
    for (const p of positions) expect(rowBeforeInserts(positions, p)).toBeNull();
  });

  test('moves rows up past deleted duplicates, and maps a deleted row to null', () => {
    const map = deletionMap([3, 4, 9]);
    expect([1, 2, 3, 4, 5, 8, 9, 10].map(map)).toEqual([1, 2, null, null, 3, 6, null, 7]);
  });
});
