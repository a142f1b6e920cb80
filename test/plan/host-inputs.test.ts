import { cellInput, cellKind, dateFormatFor } from '../../shared/host/cell-input';
import { hostCells, insertedBlocks, rowsBlock } from '../../shared/host/row-inputs';
import { WallClock } from '../../shared/host/wall-clock';
import { readInChunks, type ChunkSource } from '../../shared/host/chunked-read';
import { PLAIN_CELL } from '../../shared/sheet/typed-input';

/** What Utilities.formatDate answers, from Intl. */
function formatterIn(timeZone: string): (instant: number) => string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    ...{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  } as const);
  return (instant) => {
    const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.000`;
  };
}

describe('cell-input', () => {
  const serial = (d: Date) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

  test.each([
    ['13800138000', PLAIN_CELL, "'13800138000"],
    ['张伟', PLAIN_CELL, '张伟'],
    ['2024-03-05', cellKind('yyyy-mm-dd'), 45356],
    ['2024-03-05', cellKind('@'), '2024-03-05'],
    ['2024-03-05', cellKind(null, 'yyyy"年"m"月"d"日"'), 45356],
    [null, PLAIN_CELL, ''],
    [42, PLAIN_CELL, 42],
  ] as const)('writes %p as a host would store it exactly', (value, kind, expected) => {
    expect(cellInput(value, kind, serial)).toBe(expected);
  });

  test('gives a date written into a general column a date format, and leaves date columns alone', () => {
    const day = new Date(Date.UTC(2024, 2, 5));
    expect(dateFormatFor(day, PLAIN_CELL)).toBe('yyyy-mm-dd');
    expect(dateFormatFor(day, cellKind('m/d/yyyy'))).toBeNull();
    expect(dateFormatFor('2024-03-05', PLAIN_CELL)).toBeNull();
  });
});

describe('row-inputs', () => {
  test('puts formulas over values and pads a helper sheet to its widest row', () => {
    expect(
      rowsBlock(
        3,
        [['区号', '城市'], ['010']],
        [
          [null, null],
          [null, '=VLOOKUP(A4,区号!A:B,2,0)'],
        ],
      ),
    ).toEqual({
      row: 3,
      col: 1,
      cells: [
        [
          { value: '区号', formula: null },
          { value: '城市', formula: null },
        ],
        [
          { value: '010', formula: null },
          { value: null, formula: '=VLOOKUP(A4,区号!A:B,2,0)' },
        ],
      ],
    });
    expect(rowsBlock(1, [[], []])).toBeNull();
  });

  test('gives a host its input per cell: a formula as it is, a date with the format its column lacks', () => {
    const block = rowsBlock(2, [['张伟', new Date(Date.UTC(2024, 2, 5)), null]], [[null, null, '=B2+30']])!;
    const kinds = [PLAIN_CELL, PLAIN_CELL, cellKind('yyyy-mm-dd')];
    const serial = (d: Date) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(
      hostCells(
        block,
        (col) => kinds[col - 1]!,
        (value, kind) => cellInput(value, kind, serial),
      ),
    ).toEqual([
      [
        { input: '张伟', format: null, numberFormat: null, formula: false },
        { input: 45356, format: 'yyyy-mm-dd', numberFormat: 'yyyy-mm-dd', formula: false },
        { input: '=B2+30', format: null, numberFormat: null, formula: true },
      ],
    ]);
  });

  test('writes each run of restored rows as one block when a merge is undone', () => {
    const rows = [
      { row: 3, values: ['王芳', '13600136000'] },
      { row: 4, values: ['李娜'] },
      { row: 9, values: ['Ada Lovelace', '+44 20 7946 0000', 'London'] },
    ];
    const blocks = insertedBlocks(rows, [
      { first: 3, count: 2 },
      { first: 9, count: 1 },
    ]);
    expect(blocks.map((b) => [b.row, b.cells.length, b.cells[0]!.length])).toEqual([
      [3, 2, 2],
      [9, 1, 3],
    ]);
    expect(blocks[0]!.cells[1]![1]).toEqual({ value: null, formula: null });
  });
});

describe('wall-clock', () => {
  test('reads the date a Shanghai sheet shows and writes midnight there back', () => {
    const clock = new WallClock(formatterIn('Asia/Shanghai'));
    const shown = Date.UTC(2024, 2, 4, 16, 30); // 00:30 on 5 March in Shanghai
    expect(clock.dateShown(shown).toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(clock.localMidnight(Date.UTC(2024, 2, 5)).toISOString()).toBe('2024-03-04T16:00:00.000Z');
  });

  test('finds local midnight on the day New York moves its clocks', () => {
    const clock = new WallClock(formatterIn('America/New_York'));
    expect(clock.localMidnight(Date.UTC(2024, 2, 10)).toISOString()).toBe('2024-03-10T05:00:00.000Z');
    expect(clock.localMidnight(Date.UTC(2024, 2, 11)).toISOString()).toBe('2024-03-11T04:00:00.000Z');
  });
});

describe('chunked-read', () => {
  /** A 10,000-row customer sheet whose responses over `limit` bytes are refused, 100 bytes a row. */
  function source(limit: number) {
    const asked: string[] = [];
    let pending: { first: number; last: number } | null = null;
    const chunks: ChunkSource<{ first: number; last: number }> = {
      queue: (first, last) => (pending = { first, last }),
      send: async () => {
        asked.push(`${pending!.first}-${pending!.last}`);
        if ((pending!.last - pending!.first + 1) * 100 > limit) throw Object.assign(new Error('big'), { big: true });
      },
      tooLarge: (error) => (error as { big?: boolean }).big === true,
      bytes: (chunk) => (chunk.last - chunk.first + 1) * 100,
    };
    return { asked, chunks };
  }

  test('halves a chunk the host refuses as too big, then sizes the next ones from what it measured', async () => {
    const { asked, chunks } = source(250_000);
    const progress: number[] = [];
    const read: number[] = [];
    const perRow = await readInChunks(
      chunks,
      { from: 1, to: 6_000, bytesPerRow: 50, byteBudget: 400_000 },
      { onProgress: (p) => progress.push(p.done) },
      (first) => read.push(first),
    );
    expect(asked.slice(0, 3)).toEqual(['1-6000', '1-3000', '1-1500']);
    expect(read[0]).toBe(1);
    expect(read[1]).toBe(1_501);
    expect(progress[progress.length - 1]).toBe(6_000);
    expect(perRow).toBeCloseTo(110);
  });

  test('stops between chunks when cancelled', async () => {
    const { chunks } = source(1_000_000);
    const controller = new AbortController();
    const reading = readInChunks(
      chunks,
      { from: 1, to: 6_000, bytesPerRow: 100, byteBudget: 100_000 },
      { signal: controller.signal },
      () => controller.abort(),
    );
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
