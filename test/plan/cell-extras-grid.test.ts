import {
  EditedCells,
  editFormat,
  extrasFromGrids,
  extrasWrites,
  linkOf,
  linkTarget,
  shownFormat,
  writtenFormat,
} from '../../shared/host/cell-extras-grid';
import { formatFirstCells } from '../../shared/host/format-first-cells';
import { cellInput } from '../../shared/host/cell-input';
import type { CellEdit } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { hostCells, rowsBlock } from '../../shared/host/row-inputs';
import { PLAIN_CELL } from '../../shared/sheet/typed-input';

const YUAN = '¥#,##0.00';
const CN_DATE = 'yyyy"年"m"月"d"日"';

describe('cell extras from a host grid', () => {
  test('keeps links, notes and formats that differ from the column, on the cells that have them', () => {
    const extras = extrasFromGrids({
      values: [
        // The header row is plain in formatted columns, and says nothing about it.
        ['客户名称 / Name', '官网 / Website', '累计消费 / Spend', '首次购买 / First order'],
        ['张伟', 'zhangwei.cn', 1200.5, 45000],
        ['Mary Smith', 'mary.example.com', 300, 45100],
        ['李娜', null, 88, 45200],
      ],
      formats: [
        ['General', 'General', 'General', 'General'],
        ['General', 'General', YUAN, CN_DATE],
        ['General', 'General', '0.00', CN_DATE],
        ['General', 'General', YUAN, 'General'],
      ],
      links: [[], [null, 'https://zhangwei.cn'], [null, 'https://mary.example.com'], [null, 'https://gone.example']],
      notes: [
        { row: 3, col: 1, note: '老客户，喜欢绿茶' },
        { row: 4, col: 2, note: 'Website closed' },
      ],
      columnFormats: [null, null, YUAN, CN_DATE],
    });
    expect(extras).toEqual([
      { row: 2, col: 2, link: 'https://zhangwei.cn' },
      { row: 3, col: 1, note: '老客户，喜欢绿茶' },
      { row: 3, col: 2, link: 'https://mary.example.com' },
      { row: 3, col: 3, format: '0.00' },
      // An empty cell keeps its note, not a stale link; a plain cell in a date column says it is plain.
      { row: 4, col: 2, note: 'Website closed' },
      { row: 4, col: 4, format: 'General' },
    ]);
  });

  test('counts formula cells as filled and keeps notes past the grid', () => {
    const extras = extrasFromGrids({
      firstRow: 5,
      values: [[null, null]],
      formats: [[YUAN, YUAN]],
      formulas: [{ row: 5, col: 2 }],
      notes: [{ row: 9, col: 7, note: 'far away' }],
    });
    expect(extras).toEqual([
      { row: 5, col: 2, format: YUAN },
      { row: 9, col: 7, note: 'far away' },
    ]);
  });
});

describe('cell extras written with plan rows', () => {
  test('a restored row takes its own formats, a date format where a date needs one, and General elsewhere', () => {
    expect(writtenFormat({ format: YUAN }, 12, null)).toBe(YUAN);
    expect(writtenFormat(null, new Date(Date.UTC(2024, 2, 5)), 'yyyy-mm-dd')).toBe('yyyy-mm-dd');
    expect(writtenFormat(null, 'Ada', null)).toBe('General');
    expect(writtenFormat(null, '', null)).toBeNull();
    // Rows without extras (plans saved before them) leave formats as they are.
    expect(writtenFormat(undefined, 'Ada', null)).toBeNull();
    const block = rowsBlock(7, [['张伟', 1200.5, null]], [[null, null, null]], [[null, { format: YUAN }]])!;
    expect(
      hostCells(
        block,
        () => PLAIN_CELL,
        (v) => v,
      ).map((r) => r.map((c) => c.numberFormat)),
    ).toEqual([['General', YUAN, null]]);
  });

  test('lists the cells that get a link or a note, by sheet row', () => {
    expect(
      extrasWrites(10, [
        null,
        [{ link: 'https://zhangwei.cn' }, { format: YUAN }, { note: '请回访 / Call back', link: 'mailto:a@b.cn' }],
      ]),
    ).toEqual([
      { row: 11, col: 1, address: 'A11', link: 'https://zhangwei.cn' },
      { row: 11, col: 3, address: 'C11', link: 'mailto:a@b.cn', note: '请回访 / Call back' },
    ]);
  });
});

describe('edits over formatted cells', () => {
  const edit = (row: number, col: number, after: CellValue): CellEdit => ({ row, col, before: null, after });

  test('a blank plain cell takes its column’s format, a filled one keeps its own, a plain filled one stays plain', () => {
    expect(editFormat('General', '', YUAN)).toBe(YUAN);
    expect(editFormat(CN_DATE, 45000, 'yyyy-mm-dd')).toBe(CN_DATE);
    expect(editFormat('General', '老客户', YUAN)).toBeNull();
    expect(shownFormat(undefined, 'General')).toBeNull();
  });

  test('keeps what was read under each edit by the edit, so rows the plan inserts first do not shift it', () => {
    const phone = edit(5, 2, '13800138000');
    const spend = edit(5, 3, 300);
    const edited = new EditedCells();
    edited.add({ row: 4, col: 2, cells: [[phone, spend]] }, [['@', 'General']], [['', 120]]);
    expect(edited.input(phone, null)).toEqual({ value: '13800138000', extras: { format: '@' } });
    expect(edited.input(spend, YUAN)).toEqual({ value: 300 });
    expect(edited.input(edit(9, 1, 'x'), null)).toEqual({ value: 'x' });
  });

  test('a text-formatted cell takes text as typed and a restored row keeps date text as text, while an edit makes it a date', () => {
    const restored = rowsBlock(3, [['00123', '2024-03-05']], undefined, [[{ format: '@' }, { format: CN_DATE }]])!;
    const typed = (block: typeof restored, restore: boolean) =>
      formatFirstCells(
        block,
        () => PLAIN_CELL,
        (v, kind) => cellInput(v, kind, (d) => d.getTime()),
        restore,
      ).map((r) => r.map((c) => [c.input, c.numberFormat]));
    expect(typed(restored, true)).toEqual([
      [
        ['00123', '@'],
        ["'2024-03-05", CN_DATE],
      ],
    ]);
    expect(typed(restored, false)).toEqual([
      [
        ['00123', '@'],
        [Date.UTC(2024, 2, 5), CN_DATE],
      ],
    ]);
  });

  test('reads and writes a link into the workbook as #Sheet!A1', () => {
    expect(linkTarget('#客户!A5')).toEqual({ documentReference: '客户!A5' });
    expect(linkTarget('https://zhangwei.cn/')).toEqual({ address: 'https://zhangwei.cn/' });
    expect(linkOf({ documentReference: '客户!A5' })).toBe('#客户!A5');
    expect(linkOf({ address: '' })).toBeUndefined();
  });
});
