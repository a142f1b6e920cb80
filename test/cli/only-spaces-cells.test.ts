import ExcelJS from 'exceljs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

interface Issue {
  row: number;
  column: string;
  code: string;
  severity: string;
  value: unknown;
  message: string;
}

/**
 * A list as teams keep it: a name pasted from a web CRM as a no-break space, a remark typed as a
 * full-width space with a Chinese IME, an e-mail cleared with the space bar.
 */
async function writeList(path: string, rows: (string | null)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(rows[0]![0] === '客户编号' ? '客户' : 'Customers');
  for (const row of rows) sheet.addRow(row.map((v) => v ?? undefined));
  await workbook.xlsx.writeFile(path);
}

const ZH_ROWS = [
  ['客户编号', '姓名', '手机号', '邮箱', '公司', '备注'],
  ['C000001', '张伟', '13800138000', 'zhangwei@xingchen.com', '北京星辰科技有限公司', '老客户'],
  ['C000002', '\u00a0', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司', '\u3000'],
  ['C000003', '王芳', '13700137000', '   ', '杭州西湖茶业', null],
];
const EN_ROWS = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Company', 'Notes'],
  ['C000001', 'Ann Lee', '+1 415 555 2671', 'ann@acme.com', 'Acme Inc', 'VIP'],
  ['C000002', '  ', '+1 415 555 2672', 'bob@bell.com', 'Bell LLC', '\u00a0\u00a0'],
];

describe('custodian check and clean on cells holding only spaces', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('check warns of a cell of only spaces, and a required one is missing, in Chinese', async () => {
    await writeList(join(dir, '客户名单.xlsx'), ZH_ROWS);
    const result = await run(['check', '客户名单.xlsx', '--json', ...TODAY], dir);
    expect(result.code).toBe(1);
    const issues = (JSON.parse(result.stdout).issues as Issue[]).map(
      ({ row, column, code, severity, value, message }) => ({
        row,
        column,
        code,
        severity,
        value,
        message,
      }),
    );
    expect(issues).toEqual([
      {
        row: 3,
        column: '姓名',
        code: 'required.missing',
        severity: 'error',
        value: '\u00a0',
        message: '“姓名”为必填项，但只有空格：看似已填，其实为空。清理时会清空该单元格，请填写真实内容。',
      },
      {
        row: 3,
        column: '备注',
        code: 'value.onlySpaces',
        severity: 'warning',
        value: '\u3000',
        message: '“备注”看似为空，其实只有空格：筛选空白时筛不出它，COUNTA 会把它算作已填。清理时将清空。',
      },
      {
        row: 4,
        column: '邮箱',
        code: 'value.onlySpaces',
        severity: 'warning',
        value: '   ',
        message: '“邮箱”看似为空，其实只有空格：筛选空白时筛不出它，COUNTA 会把它算作已填。清理时将清空。',
      },
    ]);
    // The table shows each space, so the cell no longer looks empty there either.
    const table = await run(['check', '客户名单.xlsx', ...TODAY], dir);
    expect(table.stdout).toMatch(/^4 +邮箱 +警告 +␣␣␣ +“邮箱”看似为空/m);
  });

  test('clean empties every cell of only spaces and counts them, in Chinese', async () => {
    await writeList(join(dir, '客户名单2.xlsx'), ZH_ROWS);
    const result = await run(['clean', '客户名单2.xlsx', '-o', '客户名单2-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('改动了 3 个单元格');
    expect(result.stdout).toMatch(/^ +3 {2}只有空格的单元格清空$/m);
    const sheet = (await readXlsx(join(dir, '客户名单2-clean.xlsx'))).getWorksheet('客户')!;
    expect([sheet.getCell('B3').value, sheet.getCell('F3').value, sheet.getCell('D4').value]).toEqual([
      null,
      null,
      null,
    ]);
    // The name stays required and blank: check of the output still says so, now as a plain blank.
    expect(result.stdout).toContain('检查输出文件将报告 1 个错误：1 个必填值为空（姓名）。');
  });

  test('an ID cell of spaces gets an ID, counted once as an ID given', async () => {
    await writeList(join(dir, '客户名单3.xlsx'), [
      ['客户编号', '姓名', '手机号'],
      ['C000001', '张伟', '13800138000'],
      ['\u3000', '李娜', '13912345678'],
    ]);
    const result = await run(['clean', '客户名单3.xlsx', '-o', '客户名单3-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('改动了 1 个单元格');
    expect(result.stdout).not.toContain('只有空格的单元格清空');
    const sheet = (await readXlsx(join(dir, '客户名单3-clean.xlsx'))).getWorksheet('客户')!;
    expect(sheet.getCell('A3').value).toBe('C000002');
  });

  test('check and clean say the same in English, and a CSV output holds no spaces there', async () => {
    await writeList(join(dir, 'customers.xlsx'), EN_ROWS);
    const check = await run(['check', 'customers.xlsx', '--json', ...TODAY], dir);
    const messages = (JSON.parse(check.stdout).issues as Issue[]).map((i) => `${i.row} ${i.column}: ${i.message}`);
    expect(messages).toEqual([
      '3 Name: Name is required but holds only spaces: it looks filled in, yet it is empty. Cleaning empties the cell; fill in the real value.',
      '3 Notes: Notes looks empty but holds only spaces: a filter for blanks misses it and COUNTA counts it as filled. Cleaning empties it.',
    ]);
    const clean = await run(['clean', 'customers.xlsx', '-o', 'customers-clean.csv', ...TODAY], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^ +2 {2}cells of only spaces emptied$/m);
    const again = await run(['check', 'customers-clean.csv', '--json', ...TODAY], dir);
    const codes = (JSON.parse(again.stdout).issues as Issue[]).map((i) => `${i.row} ${i.code}`);
    expect(codes).toEqual(['3 required.missing']);
    expect((JSON.parse(again.stdout).issues as Issue[])[0]!.message).toBe('Name is required but empty.');
  });
});
