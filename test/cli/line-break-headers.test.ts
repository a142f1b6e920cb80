/**
 * Headers with a line break typed in them (Alt+Enter in Excel: "Mobile⏎Number", "联系⏎电话"), as
 * many .xlsx lists have them. The text output shows each on one line; --json keeps the header as the
 * file has it; the column is still recognised.
 */
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';
import { writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

const CONTACTS: CellValue[][] = [
  [
    'Full\nName',
    'Mobile\nNumber',
    'E-mail\nAddress',
    'Date of\nBirth',
    'Company\nName',
    'Customer\nLevel',
    'Total\nSpend',
  ],
  ['Mary Smith', '+1 415 555 0100', 'mary.smith@example.com', '1990-04-12', 'Acme', 'VIP', 1200],
  ['Mary Smith', '415-555-0100', 'mary.smith@example.com', '1990-04-12', 'Acme Inc', 'VIP', 300],
  ['John Doe', '+1 415 555 0199', 'john@', '1985-11-02', 'Beta\nCorp', 'A', 50],
];

const 客户: CellValue[][] = [
  ['客户\n姓名', '联系\n电话', '电子\n邮箱', '公司\n名称', '累计\n消费'],
  ['张伟', '138 0013 8000', 'zhangwei@xingchen.com', '北京星辰科技有限公司', 1000],
  ['张伟', '13800138000', 'zhangwei@xingchen.com', '北京星辰科技有限公司', 200],
  ['李娜', '13912345678', 'lina@', '上海海鲸贸易有限公司', 300],
];

const BROKEN =
  /Full\nName|Mobile\nNumber|E-mail\nAddress|Date of\nBirth|Company\nName|Customer\nLevel|Total\nSpend|Beta\nCorp/;
const BROKEN_ZH = /客户\n姓名|联系\n电话|电子\n邮箱|公司\n名称|累计\n消费/;

describe('headers with a line break in the command line output', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'contacts.xlsx'), CONTACTS, { sheet: 'Contacts' });
    await writeXlsx(join(dir, '客户.xlsx'), 客户);
  });

  test('check prints each header on one line, and still maps it', async () => {
    const en = await run(['check', 'contacts.xlsx', ...TODAY], dir);
    expect(en.code).toBe(1);
    expect(en.stdout).not.toMatch(BROKEN);
    expect(en.stdout).toContain('Full Name → name, Mobile Number → phone, E-mail Address → email');
    expect(en.stdout).toContain('Date of Birth → birthDate');
    expect(en.stdout).toMatch(/\n4 +E-mail Address +error +john@/);

    const zh = await run(['check', '客户.xlsx', ...TODAY], dir);
    expect(zh.stdout).not.toMatch(BROKEN_ZH);
    expect(zh.stdout).toContain('客户 姓名 → name，联系 电话 → phone，电子 邮箱 → email');
  });

  test('check --json keeps the headers exactly as the file has them', async () => {
    const en = JSON.parse((await run(['check', 'contacts.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(en.mapping).toMatchObject({
      'Full\nName': 'name',
      'Mobile\nNumber': 'phone',
      'Date of\nBirth': 'birthDate',
    });
    expect(en.issues).toContainEqual(
      expect.objectContaining({ row: 4, column: 'E-mail\nAddress', code: 'email.invalid' }),
    );
    const zh = JSON.parse((await run(['check', '客户.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(zh.mapping).toMatchObject({ '客户\n姓名': 'name', '联系\n电话': 'phone', '电子\n邮箱': 'email' });
  });

  test('dedupe names the columns of its reasons on one line', async () => {
    const en = await run(['dedupe', 'contacts.xlsx', ...TODAY], dir);
    expect(en.stdout).not.toMatch(BROKEN);
    expect(en.stdout).toMatch(/\n {4}- Mobile Number: same number/);
    const json = JSON.parse((await run(['dedupe', 'contacts.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(json.clusters[0].reasons).toContainEqual(
      expect.objectContaining({ column: 'Mobile\nNumber', field: 'phone' }),
    );
    const zh = await run(['dedupe', '客户.xlsx', ...TODAY], dir);
    expect(zh.stdout).not.toMatch(BROKEN_ZH);
    expect(zh.stdout).toMatch(/\n {4}- 联系 电话：相同/);
  });

  test('report lines up its quality bars under one-line headers', async () => {
    const en = await run(['report', 'contacts.xlsx', ...TODAY], dir);
    expect(en.stdout).not.toMatch(BROKEN);
    expect(en.stdout).toMatch(/\n {2}Mobile Number {3}█+░* +3 filled/);
    expect(en.stdout).toMatch(/\nValue Tier \(Customer Level\)\n/);
    const zh = await run(['report', '客户.xlsx', ...TODAY], dir);
    expect(zh.stdout).not.toMatch(BROKEN_ZH);
    expect(zh.stdout).toMatch(/\n {2}联系 电话 +█+/);
  });

  test('export names the sheet columns it read on one line', async () => {
    const en = await run(['export', 'contacts.xlsx', '--to', 'hubspot', '-o', 'contacts-hubspot.csv', ...TODAY], dir);
    expect(en.code).toBe(0);
    // The report goes to stderr: stdout is kept for --json.
    expect(en.stderr).not.toMatch(BROKEN);
    expect(en.stderr).toContain('Mobile Phone Number ← Mobile Number');
    expect(en.stderr).toContain('Email ← E-mail Address');
    const zh = await run(['export', '客户.xlsx', '--to', 'hubspot', '-o', '客户-hubspot.csv', ...TODAY], dir);
    expect(zh.stderr).not.toMatch(BROKEN_ZH);
    expect(zh.stderr).toContain('Mobile Phone Number ← 联系 电话');
  });

  test('compare keeps its lines whole on such a list', async () => {
    await writeXlsx(join(dir, '展会名单.xlsx'), [
      客户[0]!,
      ['张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com', '星辰科技', 0],
    ]);
    const result = await run(['compare', '客户.xlsx', '展会名单.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(BROKEN_ZH);
    expect(result.stdout).toMatch(/\n {6}- 手机：相同/);
  });

  test('merge names the columns it updated on one line', async () => {
    const en = await run(['merge', 'contacts.xlsx', '-o', 'contacts-merged.xlsx', '--sum-purchases', ...TODAY], dir);
    expect(en.code).toBe(0);
    expect(en.stdout).not.toMatch(BROKEN);
    expect(en.stdout).toMatch(/updated .*Total Spend/);
  });
});
