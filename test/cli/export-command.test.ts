import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { CellValue } from '../../shared/sheet/cell-value';
import { phoneKey } from '../../shared/normalise/phone';
import { joinPersonName } from '../../shared/export/split-name';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';
import { EN_ROWS, ZH_ROWS, usTemplate } from '../export/fixtures';
import { templateToJson } from '../../shared/template/schema';

const TODAY = ['--today', '2024-06-30'];

function readCsv(path: string): { bom: boolean; rows: string[][] } {
  const text = readFileSync(path, 'utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  const parsed = Papa.parse<string[]>(bom ? text.slice(1) : text, { skipEmptyLines: true });
  return { bom, rows: parsed.data };
}

function records(rows: string[][]): Array<Record<string, string>> {
  const [header, ...data] = rows;
  return data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, '客户.xlsx'), ZH_ROWS);
    writeUtf8Csv(
      join(dir, 'customers.csv'),
      EN_ROWS.map((row) => row.map((v) => (v instanceof Date ? '1970-12-16' : v))),
    );
    writeFileSync(join(dir, 'us-template.json'), templateToJson(usTemplate()));
  });

  test('writes a Zoho contacts CSV without a byte order mark and an accounts file for company-only rows when the list is Chinese', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'zoho', '-o', 'zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const contacts = readCsv(join(dir, 'zoho.csv'));
    expect(contacts.bom).toBe(false);
    expect(contacts.rows[0].slice(0, 4)).toEqual(['First Name', 'Last Name', 'Account Name', 'Email']);
    expect(records(contacts.rows)[0]).toMatchObject({
      'First Name': '娜',
      'Last Name': '欧阳',
      Mobile: '+8613800138000',
      'Date of Birth': '03/05/1990',
      客户编号: 'C000001',
    });
    const accounts = records(readCsv(join(dir, 'zoho-accounts.csv')).rows);
    expect(accounts).toEqual([
      expect.objectContaining({ 'Account Name': '北京字节跳动科技有限公司', Phone: '+864008008888' }),
    ]);
    expect(result.stderr).toContain('已按 Zoho CRM 的导入格式导出 客户.xlsx（contacts）：5 行');
    expect(result.stderr).toContain('Mobile ← 手机（手机号）');
    expect(result.stderr).toContain('Last Name * ← 姓名（姓）');
    expect(result.stderr).toContain(
      '作为额外列保留，沿用表中的表头：客户编号、生命周期阶段、价值等级、同意联系、内部代码',
    );
    expect(result.stderr).toContain('警告：1 行仍有错误（第 6 行）');
  });

  test("names the defaults no official page confirmed in the sheet's language, and in English in --json", async () => {
    const zh = await run(['export', '客户.xlsx', '--to', 'zoho', '-o', 'zoho-facts.csv', ...TODAY], dir);
    expect(zh.code).toBe(0);
    const line = zh.stderr.split('\n').find((l) => l.startsWith('以下默认设置未经 Zoho CRM 官方文档确认'))!;
    expect(line).toContain('日期格式 MM/dd/yyyy；线索来源（Lead Source）的取值');
    expect(line).toContain('“Last Name”列');
    expect(line).not.toMatch(/the date format|Lead Source values|column/);

    const en = await run(['export', 'customers.csv', '--to', 'zoho', '-o', 'zoho-facts-en.csv', ...TODAY], dir);
    expect(en.stderr).toContain(
      "Defaults not confirmed by Zoho CRM's documentation (override with --map FILE): the date format MM/dd/yyyy; the Lead Source values;",
    );
    expect(en.stderr).toContain('the "Last Name" column');

    const json = await run(
      ['export', '客户.xlsx', '--to', 'zoho', '-o', 'zoho-facts.json.csv', '--json', ...TODAY],
      dir,
    );
    const report = (JSON.parse(json.stdout) as { report: { unconfirmed: string[] } }).report;
    expect(report.unconfirmed.slice(0, 2)).toEqual(['the date format MM/dd/yyyy', 'the Lead Source values']);
    expect(report.unconfirmed).toContain('the "Last Name" column');
  });

  test('writes every phone exactly for the importer, with no leading apostrophe, and names the columns a spreadsheet would read as formulas', async () => {
    writeUtf8Csv(join(dir, 'phones.csv'), [
      ['Name', 'Email', 'Phone', 'Country'],
      ['Dana Whitfield', 'dana@whitfield.io', '(415) 555-0134 x12', 'USA'],
      ['Alan Turing', 'alan@bletchley.co.uk', '+44 20 7946 0000', 'UK'],
      ['Sam Ortiz', 'sam@ortiz.dev', '212-555-0100', 'USA'],
    ]);
    const result = await run(['export', 'phones.csv', '--to', 'hubspot', '-o', 'hubspot.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'hubspot.csv'), 'utf8');
    expect(text).not.toMatch(/'\+/);
    const phones = records(readCsv(join(dir, 'hubspot.csv')).rows).map((r) => r['Phone Number']);
    expect(phones).toEqual(['+14155550134 ext. 12', '+442079460000', '+12125550100']);
    // "+1… ext. 12" would be read as a formula, +442079460000 as a number without its +.
    expect(result.stderr).toMatch(
      /3 values \(Phone Number\) start with \+ - = or @ and are written exactly for the importer; a spreadsheet opening this CSV would read them as formulas, or numbers without their \+/,
    );
  });

  test('writes 纷享销客 customers as UTF-8 with a byte order mark when the CRM is Chinese', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'fxiaoke', '-o', 'fx.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const { bom, rows } = readCsv(join(dir, 'fx.csv'));
    expect(bom).toBe(true);
    expect(rows[0].slice(0, 3)).toEqual(['客户名称', '联系人', '手机']);
    expect(records(rows)[0]).toMatchObject({
      客户名称: '杭州云栖科技有限公司',
      联系人: '欧阳娜',
      手机: '13800138000',
      客户来源: '展会',
    });
  });

  test('writes an .xlsx with one sheet named after the CRM when the output is .xlsx', async () => {
    const result = await run(
      ['export', 'customers.csv', '--to', 'hubspot', '-o', 'hubspot.xlsx', '--locale', 'en-US', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    const book = await readXlsx(join(dir, 'hubspot.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['HubSpot']);
    const header = (book.worksheets[0].getRow(1).values as CellValue[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['First Name', 'Last Name', 'Email']);
    const mary = (book.worksheets[0].getRow(2).values as CellValue[]).slice(1);
    expect(mary[header.indexOf('Lifecycle Stage')]).toBe('Customer');
    expect(mary[header.indexOf('First Name')]).toBe('Mary Ann');
    expect(existsSync(join(dir, 'hubspot-accounts.xlsx'))).toBe(true);
  });

  test('prints the files and the report as JSON when asked, and exits 0 with rows that have errors', async () => {
    const result = await run(
      ['export', '客户.xlsx', '--to', 'salesforce', '--object', 'leads', '-o', 'sf.csv', '--json', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.files).toEqual([
      { path: join(dir, 'sf.csv'), object: 'leads', part: 1, parts: 1, rows: 4 },
      { path: join(dir, 'sf-accounts.csv'), object: 'accounts', part: 1, parts: 1, rows: 1 },
    ]);
    expect(output.report).toMatchObject({
      crm: 'salesforce',
      object: 'leads',
      rows: 5,
      errorRows: 1,
      filled: { Company: 3 },
    });
    expect(output.report.columns[2]).toEqual({
      crmColumn: 'Company',
      source: 'account',
      sheetColumns: ['公司'],
      required: true,
    });
  });

  test('refuses with exit 1 and the count when --strict is given and rows still have errors', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'zoho', '-o', 'strict.csv', '--strict', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 行仍有错误（第 6 行），未写入任何文件');
    expect(existsSync(join(dir, 'strict.csv'))).toBe(false);
  });

  test.each([
    [['--to', 'pipedrive'], '--to must be one of zoho, salesforce, hubspot, fxiaoke, not "pipedrive"'],
    [['--to', 'zoho', '--object', 'deals'], '--object must be one of contacts, accounts, leads, not "deals"'],
    [['--to', 'hubspot', '--object', 'leads'], 'hubspot takes contacts or accounts here, not leads'],
    [[], 'name the CRM with --to (zoho, salesforce, hubspot, fxiaoke)'],
  ])('exits 2 naming the accepted values when the arguments are %j', async (args, message) => {
    const result = await run(['export', '客户.xlsx', ...args, '-o', 'bad.csv'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  test('exits 2 when the list has a header and no customer rows', async () => {
    writeUtf8Csv(join(dir, 'empty.csv'), [
      ['姓名', '手机'],
      [null, null],
    ]);
    const result = await run(['export', 'empty.csv', '--to', 'zoho', '-o', 'none.csv'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no customer rows to export|empty/);
  });

  test('applies a map file over the built-in columns, and exits 2 naming the bad entry when the map file has one', async () => {
    writeFileSync(
      join(dir, 'sf-map.json'),
      JSON.stringify({ columns: { Customer_Tier__c: 'valueTier', 'Lead Source': null }, dateFormat: 'yyyy-MM-dd' }),
    );
    const result = await run(
      ['export', '客户.xlsx', '--to', 'salesforce', '-o', 'sf-mapped.csv', '--map', 'sf-map.json', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    const first = records(readCsv(join(dir, 'sf-mapped.csv')).rows)[0];
    expect(first).toMatchObject({ Customer_Tier__c: 'VIP', Birthdate: '1990-03-05', 客户来源: '展会' });
    expect(first).not.toHaveProperty('Lead Source');

    writeFileSync(join(dir, 'bad-map.json'), JSON.stringify({ columns: { Tier: 'tier' } }));
    const bad = await run(['export', '客户.xlsx', '--to', 'salesforce', '-o', 'x.csv', '--map', 'bad-map.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"tier" is not a template field');
  });

  test('reads back every exported value as its source row when the CSV is round-tripped (both languages)', async () => {
    const cases = [
      ['客户.xlsx', ZH_ROWS, 'salesforce', 'CN', []],
      ['customers.csv', EN_ROWS, 'zoho', 'US', ['--template', join(dir, 'us-template.json')]],
    ] as const;
    for (const [input, rowsIn, crm, region, extra] of cases) {
      const out = `round-${crm}.csv`;
      const result = await run(['export', input, '--to', crm, '-o', out, '--json', ...extra, ...TODAY], dir);
      expect(result.code).toBe(0);
      const { files } = JSON.parse(result.stdout) as { files: Array<{ path: string }> };
      const header = rowsIn[0] as string[];
      const seen = new Set<string>();
      for (const file of files) {
        for (const exported of records(readCsv(file.path).rows)) {
          const idHeader = header[0];
          const source = rowsIn.find((row) => row[0] === exported[idHeader]);
          expect(source).toBeDefined();
          seen.add(String(source![0]));
          const at = (name: string) => source![header.indexOf(name)];
          const name = at('姓名') ?? at('Full Name');
          if ('Last Name' in exported && name && !/公司|Ltd/.test(String(name))) {
            // Pinyin read surname first joins back the other way round.
            const { 'First Name': first, 'Last Name': last } = exported;
            expect([joinPersonName(first, last), `${last} ${first}`]).toContain(name);
          }
          const email = at('邮箱') ?? at('Email');
          if ('Email' in exported) expect(exported.Email).toBe(email ?? '');
          const phone = at('手机') ?? at('Phone');
          const exportedPhone =
            exported.Mobile || exported['Mobile Phone'] || exported.Phone || exported['Business Phone'];
          expect(phoneKey(phone, region)).not.toBeNull();
          expect(exportedPhone).toBe(phoneKey(phone, region));
        }
      }
      expect(seen.size).toBe(rowsIn.length - 1);
    }
  });

  test('names part-dates it left blank and romanised Chinese names it read surname first', async () => {
    writeFileSync(
      join(dir, 'audience.csv'),
      'Email Address,Name,Birthday\r\nann@example.com,Ann Smith,04/15\r\nlim@example.sg,Lim Wei Ming,1990-03-05\r\n',
    );
    const result = await run(['export', 'audience.csv', '--to', 'hubspot', '-o', 'audience-hs.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'Latin names read first name first, except 1 romanised Chinese name read surname first (Lim Wei Ming: Lim is the last name)\n',
    );
    expect(result.stderr).toContain(
      '1 value of "Date of Birth" is only part of a date (a birthday without its year, a year and month): the CRM\'s date column takes a whole date, so it was left blank there and kept as typed in "Birthday"',
    );
  });
});
