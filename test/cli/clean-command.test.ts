import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { MESSY_ROWS, readXlsx, writeGbkCsv, writeUtf8Csv, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('custodian clean', () => {
  const dir = tempDir();
  const input = join(dir, 'customers.xlsx');

  beforeAll(async () => {
    await writeXlsx(input, MESSY_ROWS, { formula: { address: 'I3', formula: 'UPPER("x-2")', result: 0 } });
  });

  test('writes the cleaned, governed workbook and never touches the input', async () => {
    const before = hash(input);
    const result = await run(['clean', 'customers.xlsx', '-o', 'clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(result.stdout).toMatch(/已清理 customers\.xlsx → .*clean\.xlsx/);
    expect(result.stdout).toMatch(/电话号码统一/);
    expect(result.stdout).toMatch(/无法自动修正/);

    const sheet = (await readXlsx(join(dir, 'clean.xlsx'))).getWorksheet('客户')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (label: string) => headers.indexOf(label) + 1;
    expect(headers.slice(0, 9)).toEqual([
      '客户编号',
      '姓名',
      '性别',
      '手机',
      '邮箱',
      '价值等级',
      '最近联系日期',
      '累计消费金额',
      '内部代码',
    ]);
    expect(sheet.getCell(2, col('手机')).value).toBe('13800138000');
    expect(sheet.getCell(3, col('手机')).value).toBe('13900139000');
    expect(sheet.getCell(2, col('邮箱')).value).toBe('zhang.wei@example.com');
    expect(sheet.getCell(2, col('姓名')).value).toBe('张伟');
    expect(sheet.getCell(3, col('性别')).value).toBe('女');
    expect(sheet.getCell(2, col('累计消费金额')).value).toBe(1234.5);
    expect(sheet.getCell(2, col('最近联系日期')).value).toEqual(new Date(Date.UTC(2024, 5, 1)));
    expect(sheet.getCell(4, col('客户编号')).value).toBe('C000003');
    // Unfixable values stay; formulas and unmapped columns are untouched.
    expect(sheet.getCell(4, col('邮箱')).value).toBe('wang@');
    expect(sheet.getCell('I3').formula).toBe('UPPER("x-2")');
    expect(sheet.getCell('I2').value).toBe('x-1');
  });

  test('adds dropdowns, required marks, formats, a frozen header and a filter', async () => {
    const sheet = (await readXlsx(join(dir, 'clean.xlsx'))).getWorksheet('客户')!;
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    const gender = Object.entries(validations).find(([address]) => address.startsWith('C'));
    expect(gender?.[1]).toMatchObject({ type: 'list', formulae: ['"男,女,其他"'] });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell('B1').note).toBeTruthy();
    expect(sheet.getCell('D2').numFmt).toBe('@');
  });

  test('cleans a GBK CSV into a CSV whose formula-like cells cannot run', async () => {
    writeGbkCsv(join(dir, 'export.csv'), [
      ...MESSY_ROWS,
      ['C000009', '=HYPERLINK("http://x","点我")', '男', '13800138001', 'a@b.cn', 'B', '2024-06-01', '@SUM(1)', '+x'],
    ]);
    const result = await run(['clean', 'export.csv', '-o', 'out.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('13800138000');
    expect(text).toContain("'=HYPERLINK");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).toContain("'+x");
  });

  test('turns a CSV into a governed .xlsx', async () => {
    writeUtf8Csv(join(dir, 'plain.csv'), MESSY_ROWS);
    expect((await run(['clean', 'plain.csv', '-o', 'from-csv.xlsx', ...TODAY], dir)).code).toBe(0);
    const workbook = await readXlsx(join(dir, 'from-csv.xlsx'));
    const sheet = workbook.worksheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden')!;
    expect(sheet.getCell('D2').value).toBe('13800138000');
  });

  test.each([
    ['no -o', ['clean', 'customers.xlsx'], /name the file to write with -o/],
    [
      'an output that is not .xlsx or .csv',
      ['clean', 'customers.xlsx', '-o', 'out.txt'],
      /must be a \.xlsx or \.csv file/,
    ],
    ['the input as output', ['clean', 'customers.xlsx', '-o', 'customers.xlsx'], /customers\.xlsx/],
  ])('exits 2 for %s', async (_name, args, message) => {
    const before = hash(input);
    const result = await run(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(hash(input)).toBe(before);
  });
});

describe('custodian template', () => {
  const dir = tempDir();

  test.each([
    ['zh-CN', '客户', ['客户编号', '姓名', '性别']],
    ['en-US', 'Customers', ['Customer ID', 'Name', 'Gender']],
  ])('writes an empty governed workbook in %s', async (locale, sheetName, firstHeaders) => {
    const result = await run(['template', '-o', `t-${locale}.xlsx`, '--locale', locale], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, `t-${locale}.xlsx`))).getWorksheet(sheetName)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(firstHeaders);
    expect(sheet.getRow(2).values).toEqual([]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
