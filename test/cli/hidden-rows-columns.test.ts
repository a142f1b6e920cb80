import ExcelJS from 'exceljs';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

/**
 * A list as a sales team keeps it: two test rows hidden rather than deleted (someone typed them to try
 * the CRM import), and a column of internal notes hidden before the file was passed on.
 */
async function writeList(path: string, rows: (string | null)[][], hiddenRows: number[], hiddenColumns: number[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(/[\u4e00-\u9fff]/.test(String(rows[0]![0])) ? '客户' : 'Customers');
  for (const row of rows) sheet.addRow(row.map((v) => v ?? undefined));
  for (const r of hiddenRows) sheet.getRow(r).hidden = true;
  for (const c of hiddenColumns) sheet.getColumn(c).hidden = true;
  await workbook.xlsx.writeFile(path);
}

const EN_ROWS = [
  ['Name', 'Phone', 'Email', 'Company', 'Internal notes'],
  ['Ann Lee', '+1 415 555 2671', 'ann@acme.com', 'Acme Inc', 'pays late'],
  ['TEST Do not call', '+1 415 555 0000', 'test@example.com', 'Test Co', null],
  ['Bob Tan', '+1 415 555 2672', 'bob@bell.com', 'Bell LLC', null],
  ['TEST Second', '+1 415 555 0001', 'test2@example.com', 'Test Co', null],
  ['Cara Wu', '+1 415 555 2673', 'cara@wu.io', 'Wu Labs', 'friend of the CEO'],
];
const ZH_ROWS = [
  ['姓名', '手机号', '邮箱', '公司', '内部备注'],
  ['张伟', '13800138000', 'zhangwei@xingchen.com', '北京星辰科技有限公司', '回款慢'],
  ['测试', '13800000000', 'test@example.com', '测试公司', null],
  ['李娜', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司', null],
];

describe('custodian on a list with hidden rows and columns', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('export to a CRM says how many hidden rows and columns it carried, and keeps them (English)', async () => {
    await writeList(join(dir, 'customers.xlsx'), EN_ROWS, [3, 5], [5]);
    const result = await run(['export', 'customers.xlsx', '--to', 'hubspot', '-o', 'hubspot.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '\n2 hidden rows (3, 5) and 1 hidden column (Internal notes) of customers.xlsx were exported like the others: a CRM import hides nothing. ' +
        'If they hold test or old customers, delete them from the list and export again.\n',
    );
    const text = readFileSync(join(dir, 'hubspot.csv'), 'utf8');
    expect(text).toContain('test@example.com');
    expect(text).toContain('test2@example.com');
    expect(text).toContain('friend of the CEO');
  });

  test('export to an .xlsx import file says so in Chinese, and --json gives the rows and columns', async () => {
    await writeList(join(dir, '客户.xlsx'), ZH_ROWS, [3], [5]);
    const result = await run(['export', '客户.xlsx', '--to', 'fxiaoke', '-o', '纷享.xlsx', '--json', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '\n客户.xlsx 中的 1 个隐藏行（第 3 行）和 1 个隐藏列（内部备注）也和其他行列一样导出了：CRM 导入不会隐藏它们。如果是测试数据或旧客户，请先从名单中删除再导出。\n',
    );
    expect(JSON.parse(result.stdout).hidden).toEqual({ rows: [3], columns: [5] });
  });

  test('clean to CSV says the hidden rows are in it (Chinese), and to .xlsx keeps them hidden without a word', async () => {
    await writeList(join(dir, '名单.xlsx'), ZH_ROWS, [3], []);
    const csv = await run(['clean', '名单.xlsx', '-o', '名单.csv', ...TODAY], dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(
      '\n  名单.xlsx 中的 1 个隐藏行（第 3 行）也和其他行列一样写入了 CSV：CSV 文件无法隐藏它们。\n',
    );
    expect(readFileSync(join(dir, '名单.csv'), 'utf8')).toContain('测试');
    const xlsx = await run(['clean', '名单.xlsx', '-o', '名单-clean.xlsx', ...TODAY], dir);
    expect(xlsx.stdout).not.toMatch(/隐藏行/);
    expect((await readXlsx(join(dir, '名单-clean.xlsx'))).getWorksheet('客户')!.getRow(3).hidden).toBe(true);
  });

  test('clean to CSV names one hidden column in English', async () => {
    await writeList(join(dir, 'list.xlsx'), EN_ROWS, [], [5]);
    const result = await run(['clean', 'list.xlsx', '-o', 'list.csv', ...TODAY], dir);
    expect(result.stdout).toContain(
      '\n  1 hidden column (Internal notes) of list.xlsx is in the CSV like the others: a CSV file cannot hide it.\n',
    );
  });

  test('hidden blank rows below the list and a hidden empty column are no part of it', async () => {
    await writeList(join(dir, 'tidy.xlsx'), EN_ROWS.slice(0, 3), [20], [9]);
    const result = await run(['export', 'tidy.xlsx', '--to', 'zoho', '-o', 'tidy.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/hidden/);
  });
});
