/**
 * What `custodian export` says about a list's contact cells it read for the CRM: a mobile typed with a
 * note (138 0013 8000 微信同号), whose note goes to the notes column; a blank 邮箱 filled from 备用邮箱;
 * a cell of two addresses, the second to Secondary Email. Each is named, with its rows, in the sheet's
 * language and in English; --json keeps the report's fields as scripts read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-07-01'];

// A sales team's 客户名单 as kept by hand: two mobiles typed with 微信同号 (rows 2 and 5), two rows whose
// 邮箱 is blank but 备用邮箱 is not (rows 3 and 5), and one 邮箱 cell of two addresses (row 4).
const LIST = [
  ['客户名称', '联系人', '手机', '邮箱', '备用邮箱', '城市', '备注'],
  ['杭州森源建材有限公司', '王建国', '138 0013 8000 微信同号', 'wjg@sensyuan.cn', '', '杭州市', '老客户'],
  ['上海华通物流有限公司', '陈明', '139-1777-8888', '', 'chenming@huatong.com', '上海市', ''],
  ['苏州明德电子科技有限公司', '周杰', '189 6234 5678', 'zhoujie@mingde.com; zj@163.com', '', '苏州市', '重点客户'],
  ['宁波甬港贸易有限公司', '林晓燕', '135 8676 1234（微信同号）', '', 'linxy@yonggang.com.cn', '宁波市', '月底对账'],
  ['温州小李服装店', '李小红', '13957701234', 'lixh@qq.com', '', '温州市', ''],
];

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export: notes typed with a number, e-mails filled from another column, cells of several e-mails', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, '客户名单.csv'), LIST, { bom: true });

  test('the Chinese report names each, with its count and rows', async () => {
    const result = await run(['export', '客户名单.csv', '--to', 'zoho', '-o', 'zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '“手机”有 2 个号码后面写了备注（如“微信同号”，第 2、5 行）：号码写入电话列，备注按原样写入“Description”',
    );
    expect(result.stderr).toContain(
      '2 行（第 3、5 行）的“邮箱”为空，“Email”取了“备用邮箱”的值（该列仍作为额外列保留）',
    );
    expect(result.stderr).toContain(
      '“邮箱”有 1 行（第 4 行）一格多个邮箱：第一个写入“Email”，其余写入“Secondary Email”；表格本身未改动',
    );
    // What the report says is what the file holds.
    const rows = readRows(join(dir, 'zoho.csv'));
    expect(rows[0]).toMatchObject({ Mobile: '+8613800138000', Description: '老客户；手机：微信同号' });
    expect(rows[1]).toMatchObject({ Email: 'chenming@huatong.com', 备用邮箱: 'chenming@huatong.com' });
    expect(rows[2]).toMatchObject({ Email: 'zhoujie@mingde.com', 'Secondary Email': 'zj@163.com' });
    expect(rows[3]).toMatchObject({ Mobile: '+8613586761234', Email: 'linxy@yonggang.com.cn' });
  });

  test('the English report names each, with its count and rows', async () => {
    const result = await run(
      ['export', '客户名单.csv', '--to', 'zoho', '-o', 'zoho-en.csv', '--locale', 'en-US', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '2 numbers of "手机" (rows 2, 5) had a note typed after them (such as 微信同号 or WhatsApp): the number went to its phone column, the note as typed to "Description"',
    );
    expect(result.stderr).toContain(
      '"Email" took the value of "备用邮箱" in 2 rows (rows 3, 5) that had none in "邮箱" (the column is kept as an extra column too)',
    );
    expect(result.stderr).toContain(
      '1 row of "邮箱" (row 4) held several addresses: the first went to "Email", the others to "Secondary Email"; the sheet is unchanged',
    );
  });

  test('HubSpot, which has no notes column: the note is said to stay under its sheet header', async () => {
    const result = await run(['export', '客户名单.csv', '--to', 'hubspot', '-o', 'hs.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '“手机”有 2 个号码后面写了备注（如“微信同号”，第 2、5 行）：号码写入电话列，备注按原样写入“手机”列',
    );
  });

  test('纷享销客, one 客户 per company: the note is said to go to the contacts file’s 备注', async () => {
    // Two people at one company: 客户 goes to the accounts file, the people (and their notes) to the contacts file.
    writeUtf8Csv(
      join(dir, '森源.csv'),
      [
        ['客户名称', '联系人', '手机'],
        ['杭州森源建材有限公司', '王建国', '138 0013 8000 微信同号'],
        ['杭州森源建材有限公司', '刘会计', '139 1777 8888（微信同号）'],
      ],
      { bom: true },
    );
    const result = await run(['export', '森源.csv', '--to', 'fxiaoke', '-o', 'fx.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '“手机”有 2 个号码后面写了备注（如“微信同号”，第 2、3 行）：号码写入电话列，备注按原样写入“备注”',
    );
    expect(readRows(join(dir, 'fx-contacts.csv')).map((r) => r['备注'])).toEqual(['手机：微信同号', '手机：微信同号']);
  });

  test('--json keeps its fields and adds the rows beside them', async () => {
    const result = await run(
      ['export', '客户名单.csv', '--to', 'zoho', '-o', 'zoho-json.csv', '--json', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    const { report } = JSON.parse(result.stdout) as { report: Record<string, unknown> };
    expect(report.phoneNotes).toEqual({ 手机: 2 });
    expect(report.filledFromOther).toEqual({ Email: { 备用邮箱: 2 } });
    expect(report.severalEmails).toEqual({ 邮箱: { rows: 1, columns: ['Secondary Email'] } });
    expect(report.phoneNoteRowNumbers).toEqual({ 手机: [2, 5] });
    expect(report.filledFromOtherRowNumbers).toEqual({ Email: { 备用邮箱: [3, 5] } });
    expect(report.severalEmailRowNumbers).toEqual({ 邮箱: [4] });
  });
});
