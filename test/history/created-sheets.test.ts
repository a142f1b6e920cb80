import { firstChangedCell } from '../../shared/history/created-sheets';
import { historyLabels } from '../../shared/history/history-labels';
import type { SheetRemoval } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

/** A copy of duplicates as Custodian wrote it: group, source row, then the customer's cells. */
const WRITTEN: SheetRemoval = {
  name: '重复客户',
  hidden: false,
  rows: [
    ['组号', '原行号', '姓名', '手机', '首次购买', '消费'],
    [1, 2, '张伟', '13800138000', new Date(Date.UTC(2024, 2, 5)), 1200],
    [1, 4, '张 伟', '138-0013-8000', null, null],
  ],
  formulas: [
    [null, null, null, null, null, null],
    [null, null, null, null, null, null],
    [null, null, null, null, null, '=SUM(F2:F2)'],
  ],
};

function now(values: SheetSnapshot['values'], formulas: SheetSnapshot['formulas'] = []): SheetSnapshot {
  return { name: '重复客户', values, formulas };
}

const AS_WRITTEN = WRITTEN.rows.map((row) => [...row]);

describe('firstChangedCell', () => {
  test.each([
    ['the sheet as written', AS_WRITTEN],
    // A host may keep a phone typed as digits as a number, and a date as the text Custodian writes.
    [
      'a phone read back as a number and a date as yyyy-mm-dd text',
      [AS_WRITTEN[0]!, [1, 2, '张伟', 13800138000, '2024-03-05', 1200], AS_WRITTEN[2]!],
    ],
    ['trailing empty cells and rows a host reads', [...AS_WRITTEN.map((r) => [...r, '']), ['', null]]],
    // A file written without the date's format holds its serial number: what was written, stored another way.
    [
      'a date read back as its serial number',
      [AS_WRITTEN[0]!, [1, 2, '张伟', '13800138000', 45356, 1200], AS_WRITTEN[2]!],
    ],
  ])('finds no change in %s', (_what, values) => {
    expect(firstChangedCell(WRITTEN, now(values, [{ row: 3, col: 6, formula: '=sum( $F$2:F2 )' }]))).toBeNull();
  });

  test.each([
    [
      'a value typed over',
      [AS_WRITTEN[0]!, AS_WRITTEN[1]!, [1, 4, '张伟伟', '138-0013-8000', null, null]],
      'C3: 张伟伟',
    ],
    ['a row added below', [...AS_WRITTEN, [null, null, '王芳']], 'C4: 王芳'],
    ['a row deleted', [AS_WRITTEN[0]!, AS_WRITTEN[2]!], 'B2: 4'],
    ['a column added', [AS_WRITTEN[0]!.concat('回访'), ...AS_WRITTEN.slice(1)], 'G1: 回访'],
    ['a cell emptied', [AS_WRITTEN[0]!, [1, 2, '张伟', '', AS_WRITTEN[1]![4]!, 1200], AS_WRITTEN[2]!], 'D2: '],
    [
      'a date replaced by another day’s number',
      [AS_WRITTEN[0]!, [1, 2, '张伟', '13800138000', 45357, 1200], AS_WRITTEN[2]!],
      'E2: 45357',
    ],
  ])('names the first changed cell when %s', (_what, values, cell) => {
    expect(firstChangedCell(WRITTEN, now(values, [{ row: 3, col: 6, formula: '=SUM(F2:F2)' }]))).toBe(cell);
  });

  test('names a formula that replaced a value, and a value that replaced a formula', () => {
    expect(firstChangedCell(WRITTEN, now(AS_WRITTEN, [{ row: 3, col: 6, formula: '=SUM(F2:F3)' }]))).toBe(
      'F3: =SUM(F2:F3)',
    );
    expect(firstChangedCell(WRITTEN, now(AS_WRITTEN))).toBe('F3: ');
    expect(
      firstChangedCell(
        WRITTEN,
        now(AS_WRITTEN, [
          { row: 2, col: 6, formula: '=1000+200' },
          { row: 3, col: 6, formula: '=SUM(F2:F2)' },
        ]),
      ),
    ).toBe('F2: =1000+200');
  });
});

describe('history labels of created sheets', () => {
  test.each([
    ['zh-CN', '0 个单元格，移除 2 行，新建工作表“重复客户”', '0 个单元格，删除工作表“重复客户”、“合并名单”'],
    ['en-US', '0 cells, 2 rows removed, new sheet "重复客户"', '0 cells, sheets "重复客户", "合并名单" deleted'],
  ] as const)('words the sheets an operation created and an undo deleted in %s', (locale, made, deleted) => {
    const labels = historyLabels(locale);
    expect(labels.changed(0, 0, 2, { added: ['重复客户'], removed: [] })).toBe(made);
    expect(labels.changed(0, 0, 0, { added: [], removed: ['重复客户', '合并名单'] })).toBe(deleted);
    expect(labels.changed(3, 0, 0)).toBe(locale === 'zh-CN' ? '3 个单元格' : '3 cells');
  });
});
