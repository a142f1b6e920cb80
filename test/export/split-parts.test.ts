import { rowBytes, splitParts } from '../../shared/export/split-parts';

describe('split-parts', () => {
  test('cuts at the row cap when there are more rows than it allows', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`row ${i}`]);
    expect(splitParts(rows, { rowCap: 3, byteCap: Infinity })).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(splitParts(rows, { rowCap: 7, byteCap: Infinity })).toEqual([[0, 7]]);
  });

  test('cuts at the byte cap counting Chinese characters as three bytes when rows are large', () => {
    const row = ['欧阳娜', '杭州云栖科技有限公司'];
    expect(rowBytes(row)).toBe(2 + 1 + 9 + 1 + 30);
    const rows = Array.from({ length: 5 }, () => row);
    expect(splitParts(rows, { rowCap: 100, byteCap: 100 }, 10)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  test('keeps one row per part when a single row is over the byte cap', () => {
    expect(splitParts([['x'.repeat(50)], ['y']], { rowCap: 10, byteCap: 20 })).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  test('returns one empty part when there are no rows', () => {
    expect(splitParts([], { rowCap: 10, byteCap: 10 })).toEqual([[0, 0]]);
  });
});
