/**
 * `custodian export` of a B2B list with a second contact on the row (联系人2 / 手机2 / 邮箱2, Contact 2 /
 * Phone 2 / Email 2) to a Contacts import: the second contact is a row of its own with the row's
 * company, and the report (stderr, and --json) says how many such rows, in the sheet's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export: second contacts as contacts of their own', () => {
  const dir = tempDir();

  test('writes 赵丽 as a HubSpot contact of 苏州恒瑞精密机械有限公司 and says so in Chinese', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'b2b.csv'), [
      ['客户名称', '联系人', '手机', '邮箱', '联系人2', '手机2', '邮箱2', '地址', '行业', '负责人', '备注'],
      ['苏州恒瑞精密机械有限公司', '王建国', '139 1234 5678', 'wangjg@hengrui-jm.com', '赵丽', '138-1234-5678', 'zhaoli@hengrui-jm.com', '江苏省苏州市工业园区星湖街328号', '机械制造', '张敏', '年底有采购计划'],
      ['深圳市蓝海电子科技有限公司', '林晓东', '13600001111', '', '', '', '', '广东省深圳市南山区科技园', '电子', '张敏', ''],
    ]);
    const result = await run(
      ['export', 'b2b.csv', '--to', 'hubspot', '--object', 'contacts', '-o', 'b2b-hub.csv'],
      dir,
    );
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'b2b-hub.csv'));
    expect(
      rows.map((r) => [
        r['Last Name'],
        r['First Name'],
        r['Mobile Phone Number'],
        r.Email,
        r['Company Name'],
        r['备注'],
      ]),
    ).toEqual([
      ['王', '建国', '+8613912345678', 'wangjg@hengrui-jm.com', '苏州恒瑞精密机械有限公司', '年底有采购计划'],
      ['赵', '丽', '+8613812345678', 'zhaoli@hengrui-jm.com', '苏州恒瑞精密机械有限公司', ''],
      ['林', '晓东', '+8613600001111', '', '深圳市蓝海电子科技有限公司', ''],
    ]);
    expect(result.stderr).toContain(
      '“联系人2”、“手机2”、“邮箱2”中的另一位联系人写成 1 行联系人：每人单独一行，姓名、电话、邮箱写入联系人各列，并带上该行的公司（“Company Name”），导入后关联到同一家公司',
    );
  });

  test('counts Marcus Lee’s row in English and in --json', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'distributors.csv'), [
      ['Company', 'Contact', 'Phone', 'Email', 'Contact 2', 'Phone 2', 'Email 2', 'Notes'],
      ['Cascade Industrial Supply', 'Dana Whitfield', '(503) 555-0142', 'dana@cascadeind.com', 'Marcus Lee', '503.555.0177', 'marcus@cascadeind.com', 'Net 30 terms'],
      ['Harbor Marine Parts', 'Kevin O’Brien', '(207) 555-0119', 'kevin@harbormarine.com', '', '', '', ''],
    ]);
    const result = await run(['export', 'distributors.csv', '--to', 'salesforce', '-o', 'dist-sf.csv'], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'dist-sf.csv'));
    expect(rows.map((r) => [r['First Name'], r['Last Name'], r['Account Name'], r['Contact Description']])).toEqual([
      ['Dana', 'Whitfield', 'Cascade Industrial Supply', 'Net 30 terms'],
      ['Marcus', 'Lee', 'Cascade Industrial Supply', ''],
      ['Kevin', 'O’Brien', 'Harbor Marine Parts', ''],
    ]);
    expect(result.stderr).toContain(
      `1 contact row written for the other contact in "Contact 2", "Phone 2", "Email 2": each a person of its own, with its name, phone and e-mail in the contact's columns and its row's company in "Account Name", so the import links it to the same company; the row's notes and other columns stay on its first contact's row`,
    );
    const json = await run(['export', 'distributors.csv', '--to', 'salesforce', '-o', 'dist-sf2.csv', '--json'], dir);
    expect(JSON.parse(json.stdout).report).toMatchObject({ rows: 3, secondContactRows: 1 });
  });

  test('an accounts export keeps one row per company and says the columns stay extra columns', async () => {
    const result = await run(['export', 'b2b.csv', '--to', 'fxiaoke', '-o', 'b2b-fx.csv'], dir);
    expect(result.code).toBe(0);
    expect(readRows(join(dir, 'b2b-fx.csv')).map((r) => [r['客户名称'], r['联系人'], r['联系人2']])).toEqual([
      ['苏州恒瑞精密机械有限公司', '王建国', '赵丽'],
      ['深圳市蓝海电子科技有限公司', '林晓东', ''],
    ]);
    expect(result.stderr).toContain('“联系人2”、“手机2”、“邮箱2”是该行另一位联系人的信息：作为额外列沿用原表头保留');
  });
});
