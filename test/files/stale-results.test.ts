import ExcelJS from 'exceljs';
import { dropStaleResults, formulaReferences, readsSameCells } from '../../shared/files/stale-results';

describe('readsSameCells', () => {
  test.each([
    ['F4*G4', 'F3*G3', true],
    ['SUM(F2:F17)', 'SUM(F2:F14)', false],
    ['SUM($H$2:$H$17)', 'SUM($H$3:$H$18)', true],
    ['客户!F4+1', '客户!#REF!+1', false],
    ['SUM(4:6)', 'SUM(3:4)', false],
    ['"F2:F17 合计"&F20', '"F2:F17 合计"&F17', true],
  ])('%s → %s: %s', (before, after, same) => {
    expect(readsSameCells(before, after)).toBe(same);
  });
});

describe('formulaReferences', () => {
  test('reads sheets, ranges and whole columns, not strings or functions', () => {
    const refs = formulaReferences(`SUM('客户 表'!F2:G17)+COUNTA(A:A)+LOG10(B3)+"C9"`);
    expect(refs.map((r) => [r.sheet, r.cols, r.rows[0]])).toEqual([
      ['客户 表', [6, 7], 2],
      [null, [1, 1], 1],
      [null, [2, 2], 3],
    ]);
  });
});

/** 客户 rows 2-4 with 累计消费金额 (H) = F×G, a 合计 row 5, and a summary sheet reading the total. */
function shopWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['客户名称', '联系人', '手机', '城市', '客户等级', '订单数', '客单价', '累计消费金额']);
  sheet.addRow([
    '杭州源泉科技有限公司',
    '张伟',
    '13800138000',
    '杭州',
    'A',
    12,
    1500,
    { formula: 'F2*G2', result: 18000 },
  ]);
  sheet.addRow([
    '上海明德贸易有限公司',
    '李娜',
    '13912345678',
    '上海',
    'B',
    5,
    800,
    { formula: 'F3*G3', result: 4000 },
  ]);
  sheet.addRow(['北京华信咨询有限公司', '王强', '13700001111', '北京', 'C', 1, 300, { formula: 'F4*G4', result: 300 }]);
  sheet.addRow([
    '合计',
    '',
    '',
    '',
    '',
    { formula: 'SUM(F2:F4)', result: 18 },
    '',
    { formula: 'SUM(H2:H4)', result: 22300 },
  ]);
  workbook
    .addWorksheet('汇总')
    .addRow(['总消费', { formula: '客户!H5', result: 22300 }, { formula: 'TODAY()', result: 1 }]);
  return workbook;
}

const resultOf = (workbook: ExcelJS.Workbook, sheet: string, address: string) =>
  (workbook.getWorksheet(sheet)!.getCell(address).value as ExcelJS.CellFormulaValue).result;

describe('dropStaleResults', () => {
  test('drops a total over a rewritten cell, and what reads it, on every sheet; keeps a row’s own arithmetic', () => {
    const workbook = shopWorkbook();
    workbook.getWorksheet('汇总')!.getCell('D1').value = { formula: '客户!F5*2', result: 36 };
    // Clean wrote 李娜's order count.
    expect(dropStaleResults(workbook, { sheet: '客户', cells: [{ row: 3, col: 6 }], rowsMoved: false })).toBe(2);
    expect(resultOf(workbook, '客户', 'F5')).toBeUndefined();
    expect(resultOf(workbook, '汇总', 'D1')).toBeUndefined();
    // =F3*G3 is recalculated by Excel on open, and every host's next read still shows a value.
    expect(resultOf(workbook, '客户', 'H3')).toBe(4000);
    expect(resultOf(workbook, '客户', 'H5')).toBe(22300);
    expect(resultOf(workbook, '客户', 'H2')).toBe(18000);
    expect(resultOf(workbook, '客户', 'H4')).toBe(300);
    expect(resultOf(workbook, '汇总', 'C1')).toBe(1);
  });

  test('after rows moved, a whole column counts as changed', () => {
    const workbook = shopWorkbook();
    workbook.getWorksheet('汇总')!.getCell('D1').value = { formula: 'COUNTA(客户!A:A)', result: 5 };
    dropStaleResults(workbook, { sheet: '客户', cells: [], rowsMoved: true });
    expect(resultOf(workbook, '汇总', 'D1')).toBeUndefined();
    expect(resultOf(workbook, '客户', 'H2')).toBe(18000);
  });
});
