import { blockAddress, groupIntoBlocks, hasGaps, splitBlock } from '../../shared/plan/blocks';
import { consecutiveRuns } from '../../shared/sheet/row-runs';

/** A clean of a Chinese list: 手机 (column C) fixed on 100 rows, two cells of one row, one name. */
const cells = [
  ...Array.from({ length: 100 }, (_, i) => ({ row: i + 2, col: 3, value: `138${i}` })),
  { row: 5, col: 7, value: '上海' },
  { row: 5, col: 8, value: '浦东' },
  { row: 9, col: 1, value: '张伟' },
];

describe('blocks', () => {
  test('groups a column of edits into one block and scattered cells into small ones when the strategy is runs', () => {
    const blocks = groupIntoBlocks(cells, 'runs');
    expect(blocks.map((b) => [b.row, b.col, b.cells.length, b.cells[0]!.length])).toEqual([
      [2, 3, 100, 1],
      [5, 7, 1, 2],
      [9, 1, 1, 1],
    ]);
    expect(blocks.some(hasGaps)).toBe(false);
  });

  test('spans each column from its first to its last written row, with gaps, when the strategy is columnSpans', () => {
    const blocks = groupIntoBlocks(cells, 'columnSpans');
    expect(blocks.map(blockAddress)).toEqual(['A9:A9', 'C2:C101', 'G5:H5']);
    expect(blocks[0]!.cells).toEqual([['张伟']]);
    expect(blocks.some(hasGaps)).toBe(false);
    const sparse = groupIntoBlocks(
      [
        { row: 2, col: 2, value: 'Ada' },
        { row: 4, col: 2, value: 'Bob' },
        { row: 2, col: 3, value: 'x' },
        { row: 4, col: 3, value: 'y' },
      ],
      'columnSpans',
    );
    expect(sparse).toEqual([
      {
        row: 2,
        col: 2,
        cells: [
          ['Ada', 'x'],
          [undefined, undefined],
          ['Bob', 'y'],
        ],
      },
    ]);
    expect(hasGaps(sparse[0]!)).toBe(true);
  });

  test('keeps the later write when a plan writes one cell twice', () => {
    const writes = [
      { row: 2, col: 1, value: 'old' },
      { row: 2, col: 1, value: 'new' },
    ];
    expect(groupIntoBlocks(writes, 'runs')[0]!.cells).toEqual([['new']]);
    expect(groupIntoBlocks(writes, 'columnSpans')[0]!.cells).toEqual([['new']]);
  });

  test('splits a block by size without splitting a row', () => {
    const block = { row: 1, col: 1, cells: Array.from({ length: 10 }, () => ['x']) };
    expect(splitBlock(block, 30, () => 10).map((b) => [b.row, b.cells.length])).toEqual([
      [1, 3],
      [4, 3],
      [7, 3],
      [10, 1],
    ]);
  });

  test('finds runs of consecutive rows', () => {
    expect(consecutiveRuns([2, 3, 4, 8, 10, 11])).toEqual([
      { first: 2, count: 3 },
      { first: 8, count: 1 },
      { first: 10, count: 2 },
    ]);
  });
});
