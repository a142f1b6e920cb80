/**
 * clean, history, undo and export speak the sheet's language (or --locale's), as check, dedupe,
 * merge and report do; --json stays the scripting interface, in English.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';
import { MESSY_ROWS, writeUtf8Csv, writeXlsx } from './fixtures';
import { EN_ROWS, ZH_ROWS } from '../export/fixtures';

const TODAY = ['--today', '2024-06-30'];

/** A Western team's list: English headers, so English output. */
const ENGLISH_ROWS: CellValue[][] = [
  ['First Name', 'Last Name', 'Phone', 'Email', 'Company', 'Last Contact'],
  ['Mary', 'Smith', '(415) 555-0100', 'Mary.Smith@Example.com ', 'Acme Inc.', '2024-01-15'],
  ['John', 'Brown', '415 555 0199', 'jb@example', 'Globex', '2024-02-01'],
];

/** Words of the English summaries and listings: none may show in a Chinese sheet's output. */
const ENGLISH_WORDS =
  /\b(Cleaned|rows?|cells|changed|columns?|headers?|dropdown|values?|operations?|newest|undone|Undid|Exported|Warning|written)\b/;

describe('custodian clean in the sheet language', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), MESSY_ROWS);
    await writeXlsx(join(dir, 'en.xlsx'), ENGLISH_ROWS, { sheet: 'Customers' });
    writeUtf8Csv(join(dir, 'zh.csv'), MESSY_ROWS);
  });

  test('prints its summary in Chinese for a Chinese sheet', async () => {
    const result = await run(['clean', 'zh.xlsx', '-o', 'zh-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^已清理 zh\.xlsx → .*zh-clean\.xlsx\n {2}3 行，改动了 \d+ 个单元格\n/);
    expect(result.stdout).toMatch(/^ +\d+ {2}电话号码统一$/m);
    expect(result.stdout).toMatch(/^ {2}新增 \d+ 个模板列：.+、.+$/m);
    expect(result.stdout).toMatch(/^ {2}\d+ 个表头已改为模板中的名称$/m);
    expect(result.stdout).toMatch(/^ {2}\d+ 个下拉列表，必填列已标出，表头行已冻结并可筛选$/m);
    expect(result.stdout).toMatch(/^ {2}\d+ 个值无法自动修正，已保持原样：对输出文件运行 custodian check 可查看。$/m);
    expect(result.stdout).not.toMatch(ENGLISH_WORDS);
  });

  test('says in Chinese what a CSV output leaves out', async () => {
    const result = await run(['clean', 'zh.csv', '-o', 'zh-clean.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^已清理 zh\.csv → /);
    expect(result.stdout).toContain('  CSV 文件只保存值：不含下拉列表、必填列标记、冻结或筛选的表头行、数字格式，');
    // No text of this list starts with = + - or @: the leading ' is not mentioned (csv-output.test.ts counts one).
    expect(result.stdout).not.toContain("前面加了 '");
    expect(result.stdout).not.toMatch(/A CSV file holds values only/);
  });

  test('keeps its English summary for an English sheet', async () => {
    const result = await run(['clean', 'en.xlsx', '-o', 'en-clean.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cleaned en\.xlsx → .*en-clean\.xlsx\n {2}2 rows, \d+ cells changed\n/);
    expect(result.stdout).toMatch(/^ +\d+ {2}phone numbers unified$/m);
    expect(result.stdout).toMatch(/^ {2}\d+ dropdown lists, required columns marked, header row frozen and filtered$/m);
    expect(result.stdout).toMatch(/could not be fixed automatically/);
    expect(result.stdout).not.toMatch(/[\u3400-\u9fff]{2}/);
  });

  test('prints English for a Chinese sheet when --locale en-US says so', async () => {
    const result = await run(['clean', 'zh.xlsx', '-o', 'zh-en.xlsx', '--locale', 'en-US', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cleaned zh\.xlsx → .*zh-en\.xlsx\n {2}3 rows, \d+ cells changed\n/);
    expect(result.stdout).toMatch(/phone numbers unified/);
    expect(result.stdout).not.toMatch(/已清理|电话号码统一/);
  });
});

describe('custodian history in the sheet language', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), MESSY_ROWS);
    await writeXlsx(join(dir, 'en.xlsx'), ENGLISH_ROWS, { sheet: 'Customers' });
    writeUtf8Csv(join(dir, 'zh.csv'), MESSY_ROWS);
    await run(['clean', 'zh.xlsx', '-o', 'zh-clean.xlsx', ...TODAY], dir);
    await run(['clean', 'en.xlsx', '-o', 'en-clean.xlsx', ...TODAY], dir);
  });

  test('lists the operations and backups in Chinese for a Chinese sheet', async () => {
    const result = await run(['history', 'zh-clean.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^zh-clean\.xlsx：2 项操作，最新的在前\n/);
    expect(result.stdout).toMatch(/ {3}2 {2}2024-06-30 00:00 UTC {2}清理，工作表“客户”：\d+ 个单元格 {2}— 可以撤销\n/);
    expect(result.stdout).toMatch(
      / {3}1 {2}2024-06-30 00:00 UTC {2}设置工作表，工作表“客户”：\d+ 个单元格 {2}— 无法撤销：请先撤销之后的操作：2（或使用 --all）\n/,
    );
    expect(result.stdout).toContain('客户表的备份（在“历史”页可恢复），最新的在前');
    expect(result.stdout).toMatch(
      / {2}_custodian_backup_1 {2}2024-06-30 00:00 UTC {2}客户，清理（操作 2）之前：\d+ 行 × \d+ 列/,
    );
    expect(result.stdout).toContain('每个命令都不改动输入文件：输入文件就是该命令所做改动的备份。');
    expect(result.stdout).not.toMatch(ENGLISH_WORDS);
  });

  test('names an undone operation and its undo in Chinese', async () => {
    await run(['undo', 'zh-clean.xlsx', '-o', 'zh-undone.xlsx'], dir);
    const result = await run(['history', 'zh-undone.xlsx'], dir);
    expect(result.stdout).toMatch(/ {3}3 {2}.* UTC {2}撤销操作 2，工作表“客户”：\d+ 个单元格\n/);
    expect(result.stdout).toMatch(/ {3}2 {2}.* UTC {2}清理，工作表“客户”：\d+ 个单元格 {2}— 已被操作 3 撤销\n/);
    expect(result.stdout).toMatch(/ {3}1 {2}.* UTC {2}设置工作表，工作表“客户”：\d+ 个单元格 {2}— 可以撤销\n/);
  });

  test('says in Chinese that a Chinese CSV keeps no history', async () => {
    const result = await run(['history', 'zh.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'zh.csv 是 CSV 文件，不保存 Custodian 操作记录（写入 .xlsx 才能保存）。\n每个命令都不改动输入文件：输入文件就是该命令所做改动的备份。\n',
    );
  });

  test('keeps its English listing for an English sheet, and for a Chinese one with --locale en-US', async () => {
    const english = await run(['history', 'en-clean.xlsx'], dir);
    expect(english.stdout).toMatch(/^en-clean\.xlsx: 2 operations, newest first\n/);
    expect(english.stdout).toMatch(/ 2 .* UTC {2}Clean on Customers: \d+ cells {2}— can be undone/);
    const asked = await run(['history', 'zh-clean.xlsx', '--locale', 'en-US'], dir);
    expect(asked.stdout).toMatch(/^zh-clean\.xlsx: 2 operations, newest first\n/);
    expect(asked.stdout).toMatch(
      / 1 .* UTC {2}Set up on 客户: \d+ cells {2}— cannot be undone: Undo the later operations first: 2/,
    );
    expect(asked.stdout).toMatch(/The input file of each command is left as it was/);
  });

  test('keeps --json in English for a Chinese sheet', async () => {
    const result = await run(['history', 'zh-clean.xlsx', '--json'], dir);
    const parsed = JSON.parse(result.stdout) as { operations: Array<{ blocked: { message: string } | null }> };
    expect(parsed.operations[1]!.blocked!.message).toBe('Undo the later operations first: 2 (or use --all)');
  });
});

describe('custodian undo in the sheet language', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), MESSY_ROWS);
    await writeXlsx(join(dir, 'en.xlsx'), ENGLISH_ROWS, { sheet: 'Customers' });
    writeUtf8Csv(join(dir, 'zh.csv'), MESSY_ROWS);
    await run(['clean', 'zh.xlsx', '-o', 'zh-clean.xlsx', ...TODAY], dir);
    await run(['clean', 'en.xlsx', '-o', 'en-clean.xlsx', ...TODAY], dir);
  });

  test('says what it undid in Chinese for a Chinese sheet', async () => {
    const result = await run(['undo', 'zh-clean.xlsx', '-o', 'zh-all.xlsx', '--all'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^已撤销 zh-clean\.xlsx 的 2 项操作 → .*zh-all\.xlsx\n {2}2：已撤销清理（工作表“客户”，还原 \d+ 个单元格）\n {2}1：已撤销设置工作表（工作表“客户”，还原 \d+ 个单元格）\n$/,
    );
  });

  test('refuses in Chinese, naming the changed cell, and writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'zh-clean.xlsx'));
    workbook.getWorksheet('客户')!.getCell('E2').value = 'new.address@example.com';
    await workbook.xlsx.writeFile(join(dir, 'zh-edited.xlsx'));
    const result = await run(['undo', 'zh-edited.xlsx', '-o', 'zh-refused.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^custodian: 操作 2 之后这些单元格已被修改：E2: new\.address@example\.com/);
    expect(result.stderr).toMatch(/\n未写入任何文件。\n$/);
    expect(existsSync(join(dir, 'zh-refused.xlsx'))).toBe(false);
  });

  test('says in Chinese when there is nothing to undo', async () => {
    const csv = await run(['undo', 'zh.csv', '-o', 'zh-csv.xlsx'], dir);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toBe('custodian: zh.csv 是 CSV 文件，不保存 Custodian 操作记录：没有可撤销的操作。\n');
    const none = await run(['undo', 'zh-all.xlsx', '-o', 'zh-none.xlsx'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('custodian: zh-all.xlsx 没有可撤销的 Custodian 操作。\n');
  });

  test('keeps its English report for an English sheet, and for a Chinese one with --locale en-US', async () => {
    const english = await run(['undo', 'en-clean.xlsx', '-o', 'en-last.xlsx'], dir);
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(
      /^Undid 1 operation of en-clean\.xlsx → .*en-last\.xlsx\n {2}2: Clean on Customers undone \(\d+ cells restored\)\n$/,
    );
    const asked = await run(['undo', 'zh-clean.xlsx', '-o', 'zh-last.xlsx', '--locale', 'en-US'], dir);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(
      /^Undid 1 operation of zh-clean\.xlsx → .*zh-last\.xlsx\n {2}2: Clean on 客户 undone \(\d+ cells restored\)\n$/,
    );
  });
});

describe('custodian export in the sheet language', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, '客户.xlsx'), ZH_ROWS);
    writeUtf8Csv(
      join(dir, 'customers.csv'),
      EN_ROWS.map((row) => row.map((v) => (v instanceof Date ? '1970-12-16' : v))),
    );
  });

  test('reports the mapping in Chinese for a Chinese sheet', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'zoho', '-o', 'zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('已按 Zoho CRM 的导入格式导出 客户.xlsx（contacts）：5 行\n');
    expect(result.stderr).toContain('  → zoho.csv（4 行）\n  → zoho-accounts.csv（1 行）\n列：\n');
    expect(result.stderr).toContain('  Mobile ← 手机（手机号）\n');
    expect(result.stderr).toContain('  Last Name * ← 姓名（姓）\n');
    expect(result.stderr).toContain(
      '作为额外列保留，沿用表中的表头：客户编号、生命周期阶段、价值等级、同意联系、内部代码\n',
    );
    expect(result.stderr).toContain('1 行只有公司、没有联系人，已作为 accounts 写入\n');
    expect(result.stderr).toContain('拼音姓名按姓在前读取（中文名单）\n');
    expect(result.stderr).toContain(
      '警告：1 行仍有错误（第 6 行）：运行 custodian check 查看，加 --strict 则不导出这些行\n',
    );
    expect(result.stderr).not.toMatch(/Exported|Columns:|Warning|rows?\b/);
  });

  test('refuses in Chinese with --strict, and when there are no customer rows', async () => {
    const strict = await run(['export', '客户.xlsx', '--to', 'zoho', '-o', 'strict.csv', '--strict', ...TODAY], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      'custodian export: 1 行仍有错误（第 6 行），未写入任何文件。运行 custodian check 客户.xlsx 查看，或去掉 --strict。\n',
    );
    expect(existsSync(join(dir, 'strict.csv'))).toBe(false);

    writeUtf8Csv(join(dir, 'empty.csv'), [
      ['姓名', '手机'],
      [null, null],
    ]);
    const empty = await run(['export', 'empty.csv', '--to', 'zoho', '-o', 'none.csv'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('custodian export: empty.csv [empty] 没有可导出的客户行\n');
  });

  test('keeps its English report for an English sheet', async () => {
    const result = await run(['export', 'customers.csv', '--to', 'hubspot', '-o', 'hubspot.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Exported customers\.csv for HubSpot \(contacts\): \d+ rows\n/);
    expect(result.stderr).toContain('Columns:\n');
    expect(result.stderr).toContain('Latin names read first name first\n');
    expect(result.stderr).not.toMatch(/已按|列：|警告/);
  });

  test('prints English for a Chinese sheet when --locale en-US says so', async () => {
    const result = await run(
      ['export', '客户.xlsx', '--to', 'zoho', '-o', 'zoho-en.csv', '--locale', 'en-US', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Exported 客户\.xlsx for Zoho CRM \(contacts\): 5 rows\n/);
    expect(result.stderr).toContain('Mobile ← 手机 (mobile numbers)');
  });

  test('keeps --json in its English keys for a Chinese sheet', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'zoho', '-o', 'zoho-json.csv', '--json', ...TODAY], dir);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { files: unknown[]; report: Record<string, unknown> };
    expect(Object.keys(output)).toEqual(['files', 'report']);
    expect(output.report).toMatchObject({ crm: 'zoho', object: 'contacts', rows: 5, errorRows: 1, locale: 'zh-CN' });
    expect(output.report.columns).toContainEqual({
      crmColumn: 'Mobile',
      source: 'phone.mobile',
      sheetColumns: ['手机'],
      required: false,
    });
  });
});
