import { snapshotFromParts } from '../../shared/sheet/snapshot-parts';

describe('snapshotFromParts', () => {
  test('keeps formulas and row-2 formats when a Chinese list has a total column and dated rows', () => {
    const snapshot = snapshotFromParts({
      name: '客户',
      values: [
        ['姓名', '最近购买日期', '合计'],
        ['张伟', '2024-03-05', 300],
      ],
      formulas: [{ row: 2, col: 3, formula: '=SUM(D2:E2)' }],
      columnFormats: [null, 'yyyy-mm-dd', '#,##0.00'],
      meta: { 'customerId.next': '7' },
    });
    expect(snapshot).toEqual({
      name: '客户',
      values: [
        ['姓名', '最近购买日期', '合计'],
        ['张伟', '2024-03-05', 300],
      ],
      formulas: [{ row: 2, col: 3, formula: '=SUM(D2:E2)' }],
      columnFormats: [null, 'yyyy-mm-dd', '#,##0.00'],
      meta: { 'customerId.next': '7' },
    });
  });

  test('leaves out formulas and formats when an English list has none', () => {
    const snapshot = snapshotFromParts({
      name: 'Customers',
      values: [['Name'], ['Zhang Wei']],
      formulas: [],
      columnFormats: [null],
      meta: {},
    });
    expect(snapshot).toEqual({ name: 'Customers', values: [['Name'], ['Zhang Wei']], meta: {} });
    expect('formulas' in snapshot || 'columnFormats' in snapshot).toBe(false);
  });

  test('leaves out column formats when the sheet has no second row', () => {
    const snapshot = snapshotFromParts({
      name: 'Customers',
      values: [['Name']],
      formulas: [],
      columnFormats: undefined,
      meta: {},
    });
    expect('columnFormats' in snapshot).toBe(false);
  });
});
