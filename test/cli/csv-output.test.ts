import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

// A Chinese team's list with international phones and notes a spreadsheet would run as formulas.
const ZH_CSV = [
  '客户编号,姓名,手机号,邮箱,备注',
  'C000001,张伟,+86 138 0013 8000,zhangwei@example.cn,=1+1',
  'C000002,李娜,+44 20 7946 0958,lina@example.cn,@总部',
].join('\r\n');
// A Western team's list: the same traps in English.
const EN_CSV = [
  'Customer ID,Name,Phone,Email,Notes',
  'C000001,Ann Smith,+1 415 555 2671,ann@example.com,-',
  'C000002,Bob Lee,+44 20 7946 0958,bob@example.co.uk,+ renewal due',
].join('\r\n');

describe('custodian clean to CSV', () => {
  const dir = tempDir();

  test.each([
    ['zh-CN', '客户.csv', ZH_CSV],
    ['en-US', 'customers.csv', EN_CSV],
  ])('re-checking its own CSV flags none of the escaping it added (%s)', async (_locale, name, text) => {
    writeFileSync(join(dir, name), text);
    const out = `clean-${name}`;
    expect((await run(['clean', name, '-o', out, ...TODAY], dir)).code).toBe(0);
    const written = readFileSync(join(dir, out), 'utf8');
    // A phone of digit groups is no formula: written as it is, no apostrophe for other programs to show.
    expect(written).toMatch(/,\+44 20 7946 0958,/);
    expect(written).toMatch(/,'[=+]/); // the note a spreadsheet would run is escaped
    const check = await run(['check', out, '--json', ...TODAY], dir);
    expect(check.code).toBe(0);
    const issues: { value: unknown; code: string }[] = JSON.parse(check.stdout).issues;
    expect(issues.filter((i) => String(i.value).startsWith("'"))).toEqual([]);
    expect(issues.filter((i) => i.code.startsWith('phone.'))).toEqual([]);
    // Cleaning Custodian's own CSV again writes the same bytes.
    expect((await run(['clean', out, '-o', `again-${name}`, ...TODAY], dir)).code).toBe(0);
    expect(readFileSync(join(dir, `again-${name}`), 'utf8')).toBe(written);
  });

  test('says what a CSV output holds instead of claiming dropdowns, marks and a frozen header', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRows([['填写说明'], ['每行一位客户。']]);
    workbook.addWorksheet('客户列表').addRows(ZH_CSV.split('\r\n').map((line) => line.split(',')));
    await workbook.xlsx.writeFile(join(dir, '客户资料.xlsx'));

    const csv = await run(['clean', '客户资料.xlsx', '-o', 'out.csv', ...TODAY], dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(
      /^清理了工作表 客户列表（共 2 个：说明，客户列表）；用 --sheet 指定其他工作表。\n已清理 客户资料\.xlsx → /,
    );
    expect(csv.stdout).not.toMatch(/下拉列表，必填列已标出/);
    expect(csv.stdout).toContain('  CSV 文件只保存值：不含下拉列表、必填列标记、冻结或筛选的表头行、数字格式，\n');
    expect(csv.stdout).toContain(
      "  2 个以 = + - 或 @ 开头的文本写入时前面加了 '，电子表格不会把它当作公式运行；Custodian 读回时会去掉这个 '。\n",
    );
    expect(csv.stdout).toContain('  其他工作表未写入（CSV 只保存一个工作表）：说明\n');
    expect(csv.stdout).not.toMatch(/_custodian/);

    const xlsx = await run(['clean', '客户资料.xlsx', '-o', 'out.xlsx', ...TODAY], dir);
    expect(xlsx.stdout).toMatch(/ \d+ 个下拉列表，必填列已标出，表头行已冻结并可筛选\n/);
    expect(xlsx.stdout).not.toContain('CSV 文件只保存值');
  });

  test('says the same in English for an English workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRows([['One customer a row.']]);
    workbook.addWorksheet('Customers').addRows(EN_CSV.split('\r\n').map((line) => line.split(',')));
    await workbook.xlsx.writeFile(join(dir, 'customers.xlsx'));

    const csv = await run(['clean', 'customers.xlsx', '-o', 'out-en.csv', ...TODAY], dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(
      /^Cleaned sheet Customers \(of 2: Read me, Customers\); name another with --sheet\.\nCleaned customers\.xlsx → /,
    );
    expect(csv.stdout).not.toMatch(/dropdown lists, required columns marked/);
    expect(csv.stdout).toContain(
      '  A CSV file holds values only: no dropdown lists, required-column marks, frozen or filtered header row, number formats,',
    );
    // The note "+ renewal due" (a lone dash and an international phone are no formula).
    expect(csv.stdout).toContain(
      "  1 text cell starting with = + - or @ written with a leading ' so spreadsheets do not run them as formulas; Custodian reads them back without the '.",
    );
    expect(csv.stdout).toContain('  Other sheets not written (a CSV holds one sheet): Read me\n');

    const xlsx = await run(['clean', 'customers.xlsx', '-o', 'out-en.xlsx', ...TODAY], dir);
    expect(xlsx.stdout).toMatch(/ \d+ dropdown lists, required columns marked, header row frozen and filtered\n/);
    expect(xlsx.stdout).not.toContain('A CSV file holds values only');
  });

  test("says nothing of a leading ' when no text needed one", async () => {
    writeFileSync(
      join(dir, 'plain.csv'),
      ['姓名,手机号,城市', '张伟,13800138000,杭州', '李娜,13912345678,宁波'].join('\r\n'),
    );
    const csv = await run(['clean', 'plain.csv', '-o', 'plain-out.csv', ...TODAY], dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('CSV 文件只保存值');
    expect(csv.stdout).not.toContain("前面加了 '");
  });
});
