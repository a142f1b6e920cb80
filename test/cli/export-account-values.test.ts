/**
 * `custodian export` of probe8's zh_b2b.csv to 纷享销客 (客户, the default) and of an English account
 * list to HubSpot: the customer with no contact keeps its number and mailbox on its account, the row of
 * a customer ID alone is left out, and the report says both in the sheet's language.
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

describe('custodian export: accounts keep the company’s own phone and e-mail', () => {
  const dir = tempDir();

  test('纷享销客 客户 of zh_b2b.csv', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'zh_b2b.csv'), [
      ['客户编号', '客户名称', '联系人', '手机', '邮箱', '所属行业', '客户等级', '负责人', '下次跟进'],
      ['KH001', '上海华信科技有限公司', '王伟', '138 0013 8000', 'wangwei@huaxin.com.cn', '软件', 'A类', '李娜', '2025/4/1'],
      ['KH003', '上海华信科技有限公司', '王 伟', '13800138000', 'WANGWEI@HUAXIN.COM.CN', '软件', 'A', '李娜', '4月5日'],
      ['KH005', '杭州云帆网络科技有限公司', '', '15900001111', 'contact@yunfan.com', '互联网', 'VIP', '赵强', '2025-13-01'],
      ['KH006', '广州恒达贸易有限公司', '刘洋', '020-88886666', 'liuyang@hengda.com', '贸易', 'B类', '', '2025-04-10'],
      ['KH007', '（空）', '', '', '', '', '', '', ''],
    ]);
    const result = await run(['export', 'zh_b2b.csv', '--to', 'fxiaoke', '-o', 'acc.csv'], dir);
    expect(result.code).toBe(0);
    const accounts = readRows(join(dir, 'acc.csv'));
    expect(accounts.map((r) => [r['客户名称'], r['手机'], r['电话'], r['邮箱'], r['客户编号']])).toEqual([
      ['上海华信科技有限公司', '', '', '', 'KH001'],
      ['杭州云帆网络科技有限公司', '15900001111', '', 'contact@yunfan.com', 'KH005'],
      ['广州恒达贸易有限公司', '', '020-88886666', '', 'KH006'],
    ]);
    expect(readRows(join(dir, 'acc-contacts.csv')).map((r) => r['姓名'])).toEqual(['王伟', '王伟', '刘洋']);
    expect(result.stderr).toContain('第 4 行没有联系人：其电话和邮箱是公司自己的，已写在客户上（不另写联系人）');
    expect(result.stderr).toContain('第 6 行只有客户编号，没有客户内容，未导出');
  });

  test('HubSpot companies of an English list, in English and in --json', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'accounts.csv'), [
      ['Account ID', 'Company', 'Contact', 'Phone', 'Email', 'Industry', 'Owner'],
      ['A-101', 'Northwind Traders', 'Jane Cooper', '(206) 555-0142', 'jane.cooper@northwind.com', 'Retail', 'Sam Lee'],
      ['A-102', 'Northwind Traders', 'Tom Baker', '(206) 555-0199', 'tom.baker@northwind.com', 'Retail', 'Sam Lee'],
      ['A-103', 'Bluebird Labs', '', '(415) 555-0100', 'info@bluebirdlabs.com', 'Biotech', 'Ana Ruiz'],
      ['A-105', 'N/A', '', '', '', '', ''],
    ]);
    const args = ['export', 'accounts.csv', '--to', 'hubspot', '--object', 'accounts', '--locale', 'en-US'];
    const result = await run([...args, '-o', 'hub.csv'], dir);
    expect(result.code).toBe(0);
    expect(readRows(join(dir, 'hub.csv')).map((r) => [r['Company Name'], r['Phone Number'], r['Email']])).toEqual([
      ['Northwind Traders', '', ''],
      ['Bluebird Labs', '+14155550100', 'info@bluebirdlabs.com'],
    ]);
    expect(result.stderr).toContain(
      "1 row (row 4) had no contact person: its phone and email are the company's, written on the account (no contact row for it)",
    );
    expect(result.stderr).toContain('Skipped 1 row (row 5): only a customer ID, no customer details, so not exported');
    const json = await run([...args, '-o', 'hub2.csv', '--json'], dir);
    expect(JSON.parse(json.stdout).report).toMatchObject({
      skippedRows: { idOnly: 1 },
      accountGroups: { noContact: { rows: 1, rowNumbers: [4] } },
    });
  });
});
