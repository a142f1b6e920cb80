/**
 * What `custodian export` says of a combined list's two name columns (姓名 and 联系人, Name and
 * Contact), in both languages, and of a date with two readings: the cell as typed, with its row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from '../cli/run';
import { writeUtf8Csv } from '../cli/fixtures';

const TODAY = ['--today', '2024-07-01'];

function readCsv(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
}

describe('custodian export of a list with a name column and a contact column', () => {
  const dir = tempDir();

  test('says in Chinese which rows took the person from 姓名 and which keep it aside', async () => {
    // `custodian combine wecom.csv sales.xlsx`, cut down.
    writeUtf8Csv(
      join(dir, 'combined.csv'),
      [
        ['姓名', '联系人', '手机', '公司', '出处'],
        ['张伟', '', '13800138000', '', 'youzan.xlsx!会员列表 第 2 行'],
        ['王芳', '', '13912345678', '杭州源泉科技有限公司', 'wecom.csv 第 4 行'],
        ['', '刘强', '137 0000 1111', '上海华通物流有限公司', 'sales.xlsx!我的客户 第 3 行'],
        ['陈静', '李娜', '15000002222', '杭州西子电器有限公司', 'sales.xlsx!我的客户 第 7 行'],
      ],
      { bom: true },
    );
    const result = await run(['export', 'combined.csv', '--to', 'salesforce', '-o', 'sf.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('  Last Name * ← 联系人 + 姓名（姓）');
    expect(result.stderr).toContain('2 行的“联系人”为空，人名取自“姓名”');
    expect(result.stderr).toContain(
      '1 行（第 5 行）的“联系人”与“姓名”是不同的人：以“联系人”为联系人，“姓名”作为额外列只保留这些姓名（不合并、不丢弃）',
    );
    expect(result.stderr).not.toContain('必填列');
    expect(readCsv(join(dir, 'sf.csv'))).toEqual([
      ['First Name', 'Last Name', 'Account Name', 'Mobile Phone', 'Business Phone', '姓名', '出处'],
      ['伟', '张', '', '+8613800138000', '', '', 'youzan.xlsx!会员列表 第 2 行'],
      ['芳', '王', '杭州源泉科技有限公司', '+8613912345678', '', '', 'wecom.csv 第 4 行'],
      ['强', '刘', '上海华通物流有限公司', '+8613700001111', '', '', 'sales.xlsx!我的客户 第 3 行'],
      ['娜', '李', '杭州西子电器有限公司', '+8615000002222', '', '陈静', 'sales.xlsx!我的客户 第 7 行'],
    ]);
  });

  test('says in English which rows took the person from Name and which keep it aside', async () => {
    writeUtf8Csv(join(dir, 'customers.csv'), [
      ['Name', 'Contact', 'Mobile', 'Company'],
      ['Chloe Morgan', '', '(415) 555-0101', ''],
      ['James Wilson', '', '(415) 555-0102', 'Harbour Plumbing LLC'],
      ['', 'Sarah Chen', '(415) 555-0103', 'Acme Corp'],
      ['Robert Smith', 'Linda Park', '(415) 555-0105', 'Blue Harbor LLC'],
    ]);
    const result = await run(
      ['export', 'customers.csv', '--to', 'zoho', '-o', 'zoho.csv', '--locale', 'en-US', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('  Last Name * ← Contact + Name (last name)');
    expect(result.stderr).toContain('2 rows with no "Contact" took the person from "Name"');
    expect(result.stderr).toContain(
      '1 row (row 5) names one person in "Contact" and another in "Name": "Contact" is the contact, and "Name" is kept as an extra column holding only those names (nothing merged or dropped)',
    );
    expect(readCsv(join(dir, 'zoho.csv'))).toEqual([
      ['First Name', 'Last Name', 'Account Name', 'Mobile', 'Phone', 'Name'],
      ['Chloe', 'Morgan', '', '+14155550101', '', ''],
      ['James', 'Wilson', 'Harbour Plumbing LLC', '+14155550102', '', ''],
      ['Sarah', 'Chen', 'Acme Corp', '+14155550103', '', ''],
      ['Linda', 'Park', 'Blue Harbor LLC', '+14155550105', '', 'Robert Smith'],
    ]);
  });

  test('quotes the date that reads two ways, with its row, kept in the notes out of the column', async () => {
    // An SMB pipeline with a British customer, so no American list's month-first order: the only
    // ambiguous cell of Next Follow-up is row 3's.
    const rows = [
      ['Account', 'Contact', 'Email', 'Phone', 'Next Follow-up'],
      ['Acme Corp', 'Robert Smith', 'robert@acme.com', '(415) 555-0134', '2024-06-03'],
      ['Blue Harbor LLC', 'Jennifer Lopez', 'jlopez@blueharbor.com', '212-555-0188', '06/12/2024'],
      ['Northwind', 'William Chen', 'wchen@northwind.com', '617-555-0100', '2024-05-28'],
      ['Greenfield Farms', 'Michael ONeil', 'mike@gff.co.uk', '+44 20 7946 0958', '2024-06-10'],
    ];
    writeUtf8Csv(join(dir, 'smb.csv'), rows);
    const en = await run(['export', 'smb.csv', '--to', 'salesforce', '-o', 'smb-sf.csv', ...TODAY], dir);
    expect(en.stderr).toContain(
      '1 date of "Next Follow-up" reads two ways (06/12/2024 in row 3: 6 December or June 12) and the column does not say which: Salesforce reads every date of a column in one order, so it was left out of "Next Follow-up" and kept as typed in "Contact Description"',
    );
    expect(en.stderr).not.toContain('06/09/2024');
    const zh = await run(
      ['export', 'smb.csv', '--to', 'salesforce', '-o', 'smb-zh.csv', '--locale', 'zh-CN', ...TODAY],
      dir,
    );
    expect(zh.stderr).toContain(
      '“Next Follow-up”有 1 个日期有两种读法（第 3 行的 06/12/2024 可以是 12 月 6 日或 6 月 12 日），该列其他日期也无法判断：Salesforce 按同一种顺序读一列日期，因此未写入“Next Follow-up”，按原样写入“Contact Description”',
    );
    const written = readCsv(join(dir, 'smb-sf.csv'));
    const notes = written[0]!.indexOf('Contact Description');
    expect(written.map((r) => r[r.length - 1])).toEqual([
      'Next Follow-up',
      '06/03/2024',
      '',
      '05/28/2024',
      '06/10/2024',
    ]);
    expect(written[2]![notes]).toBe('Next Follow-up: 06/12/2024');
  });
});
