import ExcelJS from 'exceljs';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { macroWorkbookBytes } from '../support/macro-workbook';
import { DUPLICATE_CUSTOMERS_ZH, readXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

/** A sales team's list kept in a macro workbook: a button's macro stamps 最近联系 on the selected row. */
async function writeMacroList(path: string, rows: ExcelJS.CellValue[][], sheet = '客户'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(sheet).addRows(rows);
  writeFileSync(path, await macroWorkbookBytes(workbook));
}

const EN_ROWS = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Company'],
  ['C000001', 'Ann Lee', '+1 415 555 2671', 'ann@acme.com', 'Acme Inc'],
  ['C000002', 'Bob Tan', '+1 415 555 2672', 'bob@bell.com', 'Bell LLC'],
  ['C000003', 'Ann  Lee', '(415) 555-2671', 'ANN@ACME.COM', 'Acme'],
];

const zhRefusal = (file: string, out: string) =>
  `custodian: ${file} 含有宏（VBA 工程），而 ${out} 不能保存宏：Custodian 写入的是 .xlsx 文件，不含宏，也从不写出丢了宏的 .xlsm。` +
  `如确认不需要宏，请加上 --drop-macros 重新运行，写出不含宏的 ${out}；${file} 中的宏保持不变。\n`;
const enRefusal = (file: string, out: string) =>
  `custodian: ${file} holds macros (a VBA project) that ${out} cannot hold: Custodian writes .xlsx files, which have no macros, and never an .xlsm without its macros. ` +
  `To write ${out} without the macros, run again with --drop-macros; ${file} keeps them unchanged.\n`;

describe('custodian on a macro workbook (.xlsm)', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('clean refuses to drop the macros unasked, in the list’s language, and writes nothing', async () => {
    await writeMacroList(join(dir, 'sales.xlsm'), DUPLICATE_CUSTOMERS_ZH);
    const result = await run(['clean', 'sales.xlsm', '-o', 'sales-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(zhRefusal('sales.xlsm', 'sales-clean.xlsx'));
    expect(result.stdout).toBe('');
    expect(existsSync(join(dir, 'sales-clean.xlsx'))).toBe(false);
  });

  test('clean with --drop-macros writes the cleaned .xlsx without them', async () => {
    await writeMacroList(join(dir, 'sales2.xlsm'), DUPLICATE_CUSTOMERS_ZH);
    const result = await run(['clean', 'sales2.xlsm', '-o', 'sales2-clean.xlsx', '--drop-macros', ...TODAY], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'sales2-clean.xlsx'))).getWorksheet('客户')!;
    expect(sheet.getCell('B4').value).toBe('张伟');
  });

  test('a CSV output is values alone by its nature: no refusal', async () => {
    await writeMacroList(join(dir, 'sales3.xlsm'), DUPLICATE_CUSTOMERS_ZH);
    const result = await run(['clean', 'sales3.xlsm', '-o', 'sales3.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'sales3.csv'))).toBe(true);
  });

  test.each([
    ['merge', ['merge', 'leads.xlsm', '-o', 'leads-merged.xlsx'], 'leads-merged.xlsx'],
    ['mark', ['mark', 'leads.xlsm', '-o', 'leads-marked.xlsx', '--not-same', '2,4'], 'leads-marked.xlsx'],
    ['combine', ['combine', 'leads.xlsm', 'fair.csv', '-o', 'all.xlsx'], 'all.xlsx'],
    ['dedupe --action', ['dedupe', 'leads.xlsm', '--action', 'status', '-o', 'leads-status.xlsx'], 'leads-status.xlsx'],
    ['undo', ['undo', 'leads.xlsm', '-o', 'leads-undone.xlsx'], 'leads-undone.xlsx'],
    ['compare -o', ['compare', 'fair.csv', 'leads.xlsm', '-o', 'leads-compared.xlsx'], 'leads-compared.xlsx'],
    ['report -o .xlsx', ['report', 'leads.xlsm', '-o', 'leads-report.xlsx'], 'leads-report.xlsx'],
  ])('%s refuses in English for an English list, and --drop-macros lets it write', async (_name, args, out) => {
    await writeMacroList(join(dir, 'leads.xlsm'), EN_ROWS, 'Customers');
    writeFileSync(join(dir, 'fair.csv'), 'Name,Email\r\nCara Wu,cara@wu.io\r\n');
    const refused = await run([...args, ...TODAY], dir);
    expect(refused.stderr).toBe(enRefusal('leads.xlsm', out));
    expect(refused.code).toBe(2);
    expect(existsSync(join(dir, out))).toBe(false);
    const written = await run([...args, '--drop-macros', ...TODAY], dir);
    expect(written.stderr).not.toMatch(/macros/);
    // undo of a workbook with no operation recorded has nothing to undo, so writes nothing.
    if (args[0] !== 'undo') expect(existsSync(join(dir, out))).toBe(true);
  });

  test('an .xlsm output is refused with the .xlsx to write instead', async () => {
    await writeMacroList(join(dir, 'book.xlsm'), EN_ROWS, 'Customers');
    const result = await run(['clean', 'book.xlsm', '-o', 'book.xlsm'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'custodian clean: Custodian does not write macro workbooks (.xlsm), as it cannot carry their macros over; name an .xlsx output, e.g. -o book-clean.xlsx (with --drop-macros when the input holds macros)\n',
    );
  });

  test('an .xlsx with no macros is written as before, without --drop-macros', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Customers').addRows(EN_ROWS);
    await workbook.xlsx.writeFile(join(dir, 'plain.xlsx'));
    const result = await run(['clean', 'plain.xlsx', '-o', 'plain-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
  });
});
