import fc from 'fast-check';
import { applyPlan, emptySheet, findSheet } from '../../shared/plan/apply-plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import { emptyPlan, planSchema, type Plan } from '../../shared/plan/plan';
import { planArb, sheetArb } from './plan-arbitraries';

const RUNS = { numRuns: 200 };

describe('invertPlan', () => {
  test('swaps before and after, reverts edits last first, and swaps inserted and deleted rows', () => {
    const plan: Plan = {
      ...emptyPlan('客户'),
      insertRows: [{ row: 3, values: ['王芳', '13600136000'] }],
      edits: [
        { row: 2, col: 2, before: '138 0013 8000', after: '13800138000', reason: 'phone.nonCanonical' },
        { row: 2, col: 2, before: '13800138000', after: '13900139000', reason: 'merge' },
      ],
      deleteRows: [{ row: 4, values: ['张伟', '13900139000'], formulas: [null, null] }],
    };
    const inverse = invertPlan(plan);
    expect(inverse.insertRows).toEqual(plan.deleteRows);
    expect(inverse.deleteRows).toEqual(plan.insertRows);
    expect(inverse.edits).toEqual([
      { row: 2, col: 2, before: '13900139000', after: '13800138000', reason: 'merge' },
      { row: 2, col: 2, before: '13800138000', after: '138 0013 8000', reason: 'phone.nonCanonical' },
    ]);
  });

  test('leaves out helper-sheet writes, meta and formats whose previous one is unknown', () => {
    const plan: Plan = {
      ...emptyPlan('Customers'),
      sheets: [{ name: 'Custodian Log', hidden: false, mode: 'append', rows: [['M-20240601-1']] }],
      numberFormats: [{ col: 2, firstRow: 2, lastRow: 9, format: '0' }],
      freezeRows: 0,
      meta: { 'merge.lastId': 'M-20240601-1' },
    };
    expect(invertPlan(plan)).toEqual(emptyPlan('Customers'));
  });

  test('deletes the sheets a plan created, and its own inverse writes them again with what they held', () => {
    const copy = {
      name: '重复客户',
      hidden: false,
      rows: [
        ['组号', '原行号', '姓名'],
        [1, 2, '张伟'],
        [1, 4, '张 伟'],
      ],
      formulas: [
        [null, null, null],
        [null, null, `=UPPER("张伟")`],
        [null, null, null],
      ],
    };
    const plan: Plan = {
      ...emptyPlan('客户'),
      sheets: [
        { ...copy, mode: 'create' },
        { name: '分析', hidden: false, mode: 'create', rows: [['概览']], kept: true },
        { name: '操作日志', hidden: false, mode: 'append', rows: [['1']] },
      ],
    };
    const inverse = invertPlan(plan);
    // The analysis sheet (kept) and the log (append) stay.
    expect(inverse.deleteSheets).toEqual([copy]);
    expect(inverse.sheets).toEqual([]);
    const again = invertPlan(inverse);
    expect(again.sheets).toEqual([{ ...copy, mode: 'create' }]);
    expect(again.deleteSheets).toBeUndefined();

    const workbook = { sheets: [{ ...emptySheet('客户'), values: [['姓名'], ['张伟']] }], meta: {} };
    const created = applyPlan(workbook, plan);
    expect(created.sheets.map((s) => s.name)).toEqual(['客户', '重复客户', '分析', '操作日志']);
    const undone = applyPlan(created, inverse);
    expect(undone.sheets.map((s) => s.name)).toEqual(['客户', '分析', '操作日志']);
    expect(findSheet(applyPlan(undone, again), '重复客户')).toEqual(findSheet(created, '重复客户'));
  });

  test('reads a plan saved before sheet removals, and deletes nothing for it', () => {
    const saved = planSchema.parse(
      JSON.parse('{"sheet":"Customers","edits":[{"row":2,"col":1,"before":"a","after":"b"}]}'),
    );
    expect(saved.deleteSheets).toBeUndefined();
    expect(invertPlan(saved).deleteSheets).toBeUndefined();
  });

  test('undoes set up formatting when the plan says what each format replaced', () => {
    const plan: Plan = {
      ...emptyPlan('客户'),
      numberFormats: [
        { col: 6, firstRow: 2, lastRow: 1003, format: 'yyyy-mm-dd', previous: 'yyyy/m/d' },
        { col: 1, firstRow: 2, lastRow: 1003, format: '@', previous: null },
      ],
      validations: [
        {
          kind: 'list',
          col: 5,
          firstRow: 2,
          lastRow: 1_048_576,
          source: { kind: 'inline', values: ['VIP', '普通'] },
          allowBlank: true,
          strict: true,
        },
        { kind: 'decimal', col: 7, firstRow: 2, lastRow: 1_048_576, min: 0, allowBlank: true, strict: false },
      ],
      required: [{ col: 2, firstRow: 2, lastRow: 1003, note: '必填' }],
      freezeRows: 1,
      filter: { firstRow: 1, lastRow: 3, firstCol: 1, lastCol: 8 },
    };
    const inverse = invertPlan(plan);
    expect(inverse.numberFormats).toEqual([
      { col: 1, firstRow: 2, lastRow: 1003, format: 'General' },
      { col: 6, firstRow: 2, lastRow: 1003, format: 'yyyy/m/d' },
    ]);
    expect(inverse.validations).toEqual([
      { remove: true, col: 7, firstRow: 2, lastRow: 1_048_576 },
      { remove: true, col: 5, firstRow: 2, lastRow: 1_048_576 },
    ]);
    expect(inverse.required).toEqual([{ col: 2, firstRow: 2, lastRow: 1003, note: '必填', remove: true }]);
    expect(inverse).toMatchObject({ freezeRows: 0, filter: null });
    // Removals carry nothing to put back: inverting them again adds nothing.
    expect(invertPlan(inverse)).toMatchObject({ validations: [], required: [], numberFormats: [] });
  });

  test('does not share arrays with the plan it inverts', () => {
    const plan: Plan = { ...emptyPlan('S'), deleteRows: [{ row: 2, values: ['a'], formulas: ['=1'] }] };
    const inverse = invertPlan(plan);
    inverse.insertRows[0]!.values[0] = 'changed';
    inverse.insertRows[0]!.formulas![0] = '=2';
    expect(plan.deleteRows[0]).toEqual({ row: 2, values: ['a'], formulas: ['=1'] });
  });

  test('undoes any plan of inserts, edits and deletes exactly, formulas included (property)', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((sheet) => planArb(sheet).map((plan) => ({ sheet, plan }))),
        ({ sheet, plan }) => {
          const changed = applyPlan(sheet.workbook, plan, { verify: true });
          const restored = applyPlan(changed, invertPlan(plan), { verify: true });
          expect(restored).toEqual(sheet.workbook);
        },
      ),
      RUNS,
    );
  });

  test('is its own inverse for edits and rows (property)', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((sheet) => planArb(sheet)),
        (plan) => {
          expect(invertPlan(invertPlan(plan))).toEqual(plan);
        },
      ),
      RUNS,
    );
  });
});
