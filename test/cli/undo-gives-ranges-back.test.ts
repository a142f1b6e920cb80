import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { conditionalFormattingsOf, dataValidationsOf } from '../../shared/files/exceljs-gaps';
import { run, tempDir } from './run';

/**
 * A team's list as it keeps it: a total under the list, a second sheet counting and reading it, a
 * defined name, its own dropdown and conditional format over the rows, a filter with a row filtered
 * out. Rows taken away at the list's edges (the first or the last) and given back by undo must be
 * inside every range again, as they were.
 */
async function writeTeamList(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const prices = workbook.addWorksheet('价格表');
  prices.addRows([
    ['产品', '单价'],
    ['笔记本', 5999],
    ['键盘', 399],
  ]);
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['客户编号', '姓名', '手机', '邮箱', '等级', '产品', '单价']);
  const people = [
    ['00123', '张伟', '13800138000', 'zhangwei@example.com', 'A', '笔记本'],
    ['00124', '李娜', '13900139000', 'lina@example.com', 'B', '键盘'],
    ['00125', '张伟', '+86 138 0013 8000', 'ZhangWei@Example.com', 'A', '键盘'],
    ['00126', 'John Smith', '13700137000', 'john@acme.com', 'C', '笔记本'],
    ['00127', '王芳', '13600136000', 'wangfang@example.com', 'B', '键盘'],
    ['00128', 'john smith', '137 0013 7000', 'JOHN@ACME.COM', 'C', '键盘'],
  ];
  for (const person of people) {
    const row = sheet.addRow(person);
    row.getCell(7).value = { formula: `VLOOKUP(F${row.number},价格表!$A$2:$B$3,2,FALSE)` };
    row.getCell(5).dataValidation = { type: 'list', allowBlank: true, formulae: ['"A,B,C"'] };
  }
  sheet.getRow(7).hidden = true; // filtered out
  sheet.autoFilter = 'A1:G7';
  sheet.addConditionalFormatting({
    ref: 'G2:G7',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['1000'],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  sheet.getCell('A9').value = '合计';
  sheet.getCell('G9').value = { formula: 'SUM(G2:G7)' };
  workbook.definedNames.add('客户!$E$2:$E$7', '等级列');
  const counts = workbook.addWorksheet('统计');
  counts.addRow(['A 级', { formula: 'COUNTIF(客户!E:E,"A")' }]);
  counts.addRow(['总额', { formula: 'SUM(客户!G2:G7)' }]);
  counts.addRow(['第一位客户', { formula: '客户!B2' }]);
  await workbook.xlsx.writeFile(file);
}

interface Ranges {
  names: string[];
  filter: unknown;
  formats: string[];
  dropdowns: string[];
  formulas: Record<string, string>;
  hiddenRows: number[];
}

async function rangesOf(file: string): Promise<Ranges> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('客户')!;
  const formulas: Record<string, string> = {};
  for (const ws of workbook.worksheets.filter((w) => w.name === '客户' || w.name === '统计'))
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas[`${ws.name}!${cell.address}`] = cell.formula;
      }),
    );
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    if (row.hidden) hiddenRows.push(row.number);
  });
  return {
    names: workbook.definedNames.model.flatMap((n) => n.ranges),
    filter: sheet.autoFilter,
    formats: conditionalFormattingsOf(sheet).map((cf) => cf.ref),
    dropdowns: Object.keys(dataValidationsOf(sheet).model).filter((address) => address.startsWith('E')),
    formulas,
    hiddenRows,
  };
}

describe('custodian undo of rows taken from the edges of a list', () => {
  const dir = tempDir();
  const input = join(dir, '客户.xlsx');
  beforeAll(() => writeTeamList(input));

  test.each([
    ['dedupe --action delete', ['dedupe', input, '--action', 'delete']],
    ['dedupe --action delete --keep last', ['dedupe', input, '--action', 'delete', '--keep', 'last']],
    ['dedupe --action move', ['dedupe', input, '--action', 'move']],
    ['merge', ['merge', input]],
  ])('gives back every range, formula and hidden row after %s', async (name, args) => {
    const done = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    const back = join(dir, `${name.replace(/\W+/g, '-')}-back.xlsx`);
    expect((await run([...args, '-o', done], dir)).code).toBe(0);
    const undo = await run(['undo', done, '-o', back], dir);
    expect(undo.stderr).toBe('');
    expect(await rangesOf(back)).toEqual(await rangesOf(input));
  });
});
