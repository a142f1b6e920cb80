import {
  applyPlan,
  emptySheet,
  PlanApplyError,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import { emptyPlan, type Plan } from '../../shared/plan/plan';

function workbook(): MemoryWorkbook {
  return workbookFromSnapshot({
    name: '客户',
    values: [
      ['姓名', '手机', '次数', '积分'],
      ['张伟', '13800138000', 2, 20],
      ['李娜', '13700137000', 1, 10],
      ['王芳', '13600136000', 4, 40],
    ],
    formulas: [
      { row: 2, col: 4, formula: '=C2*10' },
      { row: 3, col: 4, formula: '=C3*10' },
      { row: 4, col: 4, formula: '=C4*10' },
    ],
    meta: { 'customerId.last.C': '3' },
  });
}

const plan = (parts: Partial<Plan>): Plan => ({ ...emptyPlan('客户'), ...parts });
const customers = (wb: MemoryWorkbook) => wb.sheets.find((s) => s.name === '客户')!;

describe('applyPlan', () => {
  test('inserts rows at their final positions, moving the formulas below them and their references, as Excel does', () => {
    const result = applyPlan(
      workbook(),
      plan({
        insertRows: [
          { row: 5, values: ['赵强', '13500135000', 3, 30], formulas: [null, null, null, '=C5*10'] },
          { row: 2, values: ['陈静', '13400134000', 0, 0] },
        ],
      }),
    );
    expect(customers(result).values.map((r) => r[0])).toEqual(['姓名', '陈静', '张伟', '李娜', '赵强', '王芳']);
    expect(customers(result).formulas).toEqual({ D3: '=C3*10', D4: '=C4*10', D5: '=C5*10', D6: '=C6*10' });
  });

  test('numbers edits after the inserts and deletes before any row goes', () => {
    const result = applyPlan(
      workbook(),
      plan({
        insertRows: [{ row: 2, values: ['陈静', '13400134000', 0, 0] }],
        edits: [{ row: 3, col: 2, before: '13800138000', after: '13900139000', reason: 'merge' }],
        deleteRows: [
          // As the row is once the insert above it has moved it (and its formula's reference) down.
          { row: 4, values: ['李娜', '13700137000', 1, 10], formulas: [null, null, null, '=C4*10'] },
          { row: 2, values: ['陈静', '13400134000', 0, 0] },
        ],
      }),
      { verify: true },
    );
    expect(customers(result).values).toEqual([
      ['姓名', '手机', '次数', '积分'],
      ['张伟', '13900139000', 2, 20],
      ['王芳', '13600136000', 4, 40],
    ]);
    expect(customers(result).formulas).toEqual({ D2: '=C2*10', D3: '=C3*10' });
  });

  test('refuses to edit a formula cell, naming the cell and the formula', () => {
    const apply = () => applyPlan(workbook(), plan({ edits: [{ row: 3, col: 4, before: 10, after: 99 }] }));
    expect(apply).toThrow(PlanApplyError);
    expect(apply).toThrow('客户!D3, which holds the formula =C3*10');
  });

  test('leaves the input workbook as it was', () => {
    const input = workbook();
    const copy = structuredClone(input);
    applyPlan(
      input,
      plan({
        edits: [{ row: 2, col: 1, before: '张伟', after: '张三' }],
        deleteRows: [{ row: 3, values: ['李娜', '13700137000', 1, 10] }],
        meta: { x: '1' },
      }),
    );
    expect(input).toEqual(copy);
  });

  test('checks edits and deleted rows against the sheet when asked to verify', () => {
    const staleEdit = plan({ edits: [{ row: 2, col: 2, before: '13000000000', after: '1' }] });
    expect(() => applyPlan(workbook(), staleEdit, { verify: true })).toThrow('客户!B2 holds 13800138000');
    expect(() => applyPlan(workbook(), staleEdit)).not.toThrow();
    const staleRow = plan({ deleteRows: [{ row: 3, values: ['李娜', '13700137000', 1, 10] }] });
    expect(() => applyPlan(workbook(), staleRow, { verify: true })).toThrow('formula =C3*10, the plan expected none');
  });

  test('rejects a plan that deletes or inserts the same row twice', () => {
    const twice = plan({
      deleteRows: [
        { row: 3, values: [] },
        { row: 3, values: [] },
      ],
    });
    expect(() => applyPlan(workbook(), twice)).toThrow('deletes row 3 twice');
  });

  test('writes helper sheets first: replace, append below the rows there, create when missing', () => {
    const start = workbook();
    start.sheets.push({ ...emptySheet('Log'), values: [['Merge ID', 'Action']] });
    const result = applyPlan(
      start,
      plan({
        sheets: [
          { name: 'Log', hidden: false, mode: 'append', rows: [['M-20240601-1', 'merge']] },
          { name: 'Lists', hidden: true, mode: 'replace', rows: [['VIP'], ['A', 'extra']] },
        ],
      }),
    );
    expect(result.sheets.find((s) => s.name === 'Log')!.values).toEqual([
      ['Merge ID', 'Action'],
      ['M-20240601-1', 'merge'],
    ]);
    const lists = result.sheets.find((s) => s.name === 'Lists')!;
    expect(lists).toMatchObject({
      hidden: true,
      values: [
        ['VIP', null],
        ['A', 'extra'],
      ],
    });
  });

  test('sets meta keys and removes those set to an empty string', () => {
    const result = applyPlan({ ...workbook(), meta: { a: '1', b: '2' } }, plan({ meta: { a: '', c: '3' } }));
    expect(result.meta).toEqual({ b: '2', c: '3' });
  });

  test('records formatting last, replacing a range written before', () => {
    const format = { col: 3, firstRow: 2, lastRow: 4, format: '0' };
    const once = applyPlan(
      workbook(),
      plan({ numberFormats: [format], freezeRows: 1, filter: { firstRow: 1, lastRow: 4, firstCol: 1, lastCol: 4 } }),
    );
    const twice = applyPlan(once, plan({ numberFormats: [{ ...format, format: '0.00' }] }));
    expect(customers(twice).numberFormats).toEqual([{ ...format, format: '0.00' }]);
    expect(customers(twice).freezeRows).toBe(1);
  });

  test('fails with the sheet name when the target sheet is missing', () => {
    expect(() =>
      applyPlan(workbook(), { ...plan({ edits: [{ row: 2, col: 1, before: null, after: 'x' }] }), sheet: 'Sheet9' }),
    ).toThrow('"Sheet9"');
  });

  test('keeps every row the same width when an edit lands past the last column', () => {
    const result = applyPlan(workbook(), plan({ edits: [{ row: 2, col: 6, before: null, after: 'x' }] }));
    expect(customers(result).values.every((r) => r.length === 6)).toBe(true);
  });
});

describe('snapshotOf', () => {
  test('reads back what workbookFromSnapshot stored, formulas sorted by cell', () => {
    const snapshot = {
      name: 'Customers',
      values: [
        ['Name', 'Spend', 'Double'],
        ['Mary', 10, 20],
      ],
      formulas: [{ row: 2, col: 3, formula: '=B2*2' }],
      columnFormats: [null, '0.00', null],
      meta: { k: 'v' },
    };
    expect(snapshotOf(workbookFromSnapshot(snapshot), 'Customers')).toEqual(snapshot);
  });

  test('throws a named error for a sheet the workbook lacks', () => {
    expect(() => snapshotOf(workbook(), 'Nope')).toThrow('no sheet "Nope"');
  });
});
