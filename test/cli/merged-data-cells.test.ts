/**
 * A Chinese B2B list merges 公司 (and 城市) down over each company's contacts. The screen shows the
 * company on every contact's row; commands that only read the file (check, dedupe, export) read it
 * so, and clean leaves the merges and their cells as they are.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

async function writeMergedList(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户');
  sheet.addRows([
    ['公司', '联系人', '手机', '城市'],
    ['杭州蓝海贸易有限公司', '陈静', '13912345678', '杭州'],
    [null, '王强', '13698765432', null],
    [null, '李娜', '13511112222', null],
    ['宁波恒通物流有限公司', '刘洋', '18622223333', '宁波'],
    [null, '赵敏', '15033334444', null],
    ['上海中联咨询有限公司', '孙磊', '13344445555', '上海'],
  ]);
  for (const range of ['A2:A4', 'D2:D4', 'A5:A6', 'D5:D6']) sheet.mergeCells(range);
  await book.xlsx.writeFile(path);
}

describe('cells merged down over data rows', () => {
  const dir = tempDir();
  beforeAll(() => writeMergedList(join(dir, '客户.xlsx')));

  test('export gives every contact its merged company and city', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'hubspot', '-o', 'hubspot.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const lines = readFileSync(join(dir, 'hubspot.csv'), 'utf8').trim().split(/\r?\n/);
    expect(lines.slice(1).map((l) => l.split(',').slice(-2).join(','))).toEqual([
      '杭州蓝海贸易有限公司,杭州',
      '杭州蓝海贸易有限公司,杭州',
      '杭州蓝海贸易有限公司,杭州',
      '宁波恒通物流有限公司,宁波',
      '宁波恒通物流有限公司,宁波',
      '上海中联咨询有限公司,上海',
    ]);
  });

  test('an export to .xlsx (the workbook loaded whole) gives them too', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'salesforce', '-o', 'salesforce.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'salesforce.xlsx'))).worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const [account, city] = [header.indexOf('Account Name') + 1, header.indexOf('Mailing City') + 1];
    const column = (c: number) => [2, 3, 4, 5, 6, 7].map((r) => sheet.getCell(r, c).value);
    expect(column(account)).toEqual([
      '杭州蓝海贸易有限公司',
      '杭州蓝海贸易有限公司',
      '杭州蓝海贸易有限公司',
      '宁波恒通物流有限公司',
      '宁波恒通物流有限公司',
      '上海中联咨询有限公司',
    ]);
    expect(column(city)).toEqual(['杭州', '杭州', '杭州', '宁波', '宁波', '上海']);
  });

  test('check reads the rows of a merge as filled, and clean keeps the merges as they were', async () => {
    const check = await run(['check', '客户.xlsx', '--json', ...TODAY], dir);
    expect(JSON.parse(check.stdout).issues).toEqual([]);
    const clean = await run(['clean', '客户.xlsx', '-o', 'clean.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'clean.xlsx'))).getWorksheet('客户')!;
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    expect([...merges].sort()).toEqual(['A2:A4', 'A5:A6', 'D2:D4', 'D5:D6']);
    expect(sheet.getCell('A2').value).toBe('杭州蓝海贸易有限公司');
  });
});
