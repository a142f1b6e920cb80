/**
 * Workbooks written by openpyxl (what pandas' `to_excel` uses) with a note or a chart: every
 * command that writes a workbook used to refuse them as damaged, because exceljs cannot follow
 * openpyxl's valid package layout (see shared/files/exceljs-package.ts). Clean writes the cleaned
 * list with the note kept; the other commands that write an .xlsx open them too.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';
import { asOpenpyxlWrites } from '../files/openpyxl-layout';

const TODAY = ['--today', '2024-06-30'];

const ROWS = [
  ['姓名', '手机', '邮箱', '累计消费金额'],
  ['张伟', '13800138000', 'zw@example.com', 1000],
  ['李娜', '139 1234 5678', 'LN@Example.com ', 200],
  ['王芳', '+86 137 0013 7000', 'wangfang@example.cn', 350],
];

/** The list as pandas and openpyxl write it, a note on 张伟 ("VIP 客户") and, with `chart`, a chart beside it. */
async function writeOpenpyxl(path: string, options: { chart?: boolean } = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRows(ROWS);
  sheet.getCell('A2').note = 'VIP 客户';
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  writeFileSync(path, await asOpenpyxlWrites(bytes, options));
}

/** The cleaned sheet's column of a header, rows 2 on. */
function column(sheet: ExcelJS.Worksheet, header: string): unknown[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = headers.indexOf(header) + 1;
  expect(col).toBeGreaterThan(0);
  return [2, 3, 4].map((row) => sheet.getCell(row, col).value);
}

describe('custodian on a workbook openpyxl wrote', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeOpenpyxl(join(dir, 'note.xlsx'));
    await writeOpenpyxl(join(dir, 'chart.xlsx'), { chart: true });
  });

  test('clean writes the cleaned list and keeps the note when a cell has a note', async () => {
    const result = await run(['clean', 'note.xlsx', '-o', 'note-clean.xlsx', ...TODAY], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const sheet = (await readXlsx(join(dir, 'note-clean.xlsx'))).getWorksheet('客户')!;
    expect(sheet.getCell('A2').value).toBe('张伟');
    expect(sheet.getCell('A2').note).toBe('VIP 客户');
    expect(column(sheet, '手机')).toEqual(['13800138000', '13912345678', '13700137000']);
    expect(column(sheet, '邮箱')).toEqual(['zw@example.com', 'ln@example.com', 'wangfang@example.cn']);
    expect(column(sheet, '客户编号')).toEqual(['C000001', 'C000002', 'C000003']);
  });

  test('clean writes the cleaned list when the sheet has a chart', async () => {
    const result = await run(['clean', 'chart.xlsx', '-o', 'chart-clean.xlsx', ...TODAY], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const sheet = (await readXlsx(join(dir, 'chart-clean.xlsx'))).getWorksheet('客户')!;
    expect(column(sheet, '手机')).toEqual(['13800138000', '13912345678', '13700137000']);
    expect(sheet.getCell('A2').note).toBe('VIP 客户');
  });

  // The list-keeping commands keep the note on the governed sheet; export writes the CRM's columns.
  test.each([
    ['dedupe --action', ['dedupe', 'chart.xlsx', '--exact', '--columns', '手机', '--action', 'status', '-o', 'd.xlsx']],
    ['merge', ['merge', 'note.xlsx', '-o', 'm.xlsx']],
    ['report -o .xlsx', ['report', 'chart.xlsx', '-o', 'r.xlsx']],
  ])('%s opens it and writes the list with its note', async (_, args) => {
    const result = await run([...args, ...TODAY], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const sheet = (await readXlsx(join(dir, args[args.length - 1]!))).getWorksheet('客户')!;
    expect(sheet.getCell('B3').value).toBe('139 1234 5678');
    expect(sheet.getCell('A2').note).toBe('VIP 客户');
  });

  test('export -o .xlsx opens it and writes the CRM import', async () => {
    const result = await run(['export', 'note.xlsx', '--to', 'salesforce', '-o', 'e.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'e.xlsx'))).getWorksheet('Salesforce')!;
    expect(sheet.getRow(3).values).toContain('+8613912345678');
  });
});
