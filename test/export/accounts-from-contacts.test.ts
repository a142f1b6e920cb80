/**
 * A 纷享销客 contact list exported as 客户 (the default object): one 客户 per company, not one per
 * contact (上海博创电子商务有限公司 17 times would be 17 客户 on import). The people go to a contacts
 * file that names their company in 客户名称, as the contacts layout does.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// fxiaoke_contacts.xlsx (联系人): rows 2, 4, 6, 7, 13, 24 and 26.
// prettier-ignore
const CONTACTS: CellValue[][] = [
  ['姓名', '客户名称', '手机', '电话', '邮箱', '职务', '部门', '负责人', '最后跟进时间', '备注'],
  ['苏海思', '成都天成食品有限公司', '13506766691', '', 'u20576@company.cn', '', '总经办', '马超', day('2024-10-17'), ''],
  ['张亮', '深圳中科智能科技有限公司', '16673423337', '', 'u27249@126.com', '技术负责人', '采购部', '马超', day('2024-05-07'), ''],
  ['李志兰', '上海博创电子商务有限公司', '17308894157', '', '', '技术负责人', '', '林涛', day('2024-10-15'), ''],
  ['刘洋', '深圳中科智能科技有限公司', '13802223333', '', 'liuyang@zkzn.com', 'CTO', '技术部', '林涛', day('2024-04-03'), ''],
  ['黎平海', '上海博创电子商务有限公司', '13123472991', '', '', '', '采购部', '林涛', day('2024-10-15'), ''],
  ['林娟', '上海博创电子商务有限公司', '15260811865', '', 'u95337@company.cn', '技术负责人', '', '林涛', day('2024-05-16'), ''],
  ['张伟', '上海博创电子商务有限公司', '18721234567', '021-50801234', '', '仓库主管', '仓储部', '马超', day('2024-06-03'), ''],
];

describe('accounts from a contact list', () => {
  test('one 客户 per company; the contacts file carries every person and names their 客户', () => {
    const { files, report } = planExport(sheet(CONTACTS, '联系人'), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(accounts.rows.map((r) => r[0])).toEqual([
      '成都天成食品有限公司',
      '深圳中科智能科技有限公司',
      '上海博创电子商务有限公司',
    ]);
    // The account carries the company's columns, not one contact's name, mobile or e-mail; 张伟's 021
    // landline is the company's line (account-own-values.test.ts), so 上海博创 has it in 电话.
    expect(accounts.header).toEqual(['客户名称', '电话', '负责人']);
    expect(rowOf(accounts, 3)).toEqual({ 客户名称: '深圳中科智能科技有限公司', 电话: null, 负责人: '马超' });
    expect(rowOf(accounts, 4)).toMatchObject({ 电话: '021-50801234' });
    expect(contacts.sourceRows).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(rowOf(contacts, 8)).toMatchObject({
      姓名: '张伟',
      客户名称: '上海博创电子商务有限公司',
      手机: '18721234567',
      电话: '021-50801234',
      职务: '仓库主管',
      负责人: '马超',
      部门: '仓储部',
    });
    expect(report.accountGroups).toEqual({
      accounts: 3,
      contacts: 7,
      differing: { 负责人: 2 },
      companyLines: { rows: 1, rowNumbers: [8] },
    });
    expect(report.rows).toBe(7);
  });

  test('a list of one contact per company stays one 客户 per row, with its contact', () => {
    const values = [CONTACTS[0]!, CONTACTS[1]!, CONTACTS[2]!, CONTACTS[3]!];
    const { files, report } = planExport(sheet(values, '联系人'), { crm: 'fxiaoke', now: NOW });
    expect(files.map((f) => f.object)).toEqual(['accounts']);
    expect(rowOf(files[0]!, 2)).toMatchObject({ 客户名称: '成都天成食品有限公司', 联系人: '苏海思' });
    expect(report.accountGroups).toBeUndefined();
  });

  test('Salesforce accounts from a contact list: one account per company, contacts referencing it', () => {
    const { files } = planExport(sheet(CONTACTS, '联系人'), { crm: 'salesforce', object: 'accounts', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(accounts.rows).toHaveLength(3);
    // Phone: 张伟's landline, the company's; 电话 stays an extra column too, as a switchboard does.
    expect(accounts.header).toEqual(['Account Name', 'Phone', 'Record Owner', '电话']);
    expect(rowOf(contacts, 3)).toMatchObject({
      'Last Name': '张',
      'First Name': '亮',
      'Account Name': '深圳中科智能科技有限公司',
    });
  });

  test('two entities of one name (another EIN) stay two accounts; the company’s own columns stay on its account', () => {
    // b2b_accounts.xlsx rows 5, 28 and 81 (Falcon Consulting Co. in Phoenix and in Portland, two EINs),
    // and a second contact of Acme Widgets, Inc.
    // prettier-ignore
    const values: CellValue[][] = [
      ['Account Name', 'Industry', 'Website', 'Phone', 'Billing City', 'Billing State', 'Account Owner', 'Primary Contact', 'Contact Email', 'EIN'],
      ['Acme Widgets, Inc.', 'Manufacturing', 'www.acmewidgets.com', '(312) 555-0100', 'Chicago', 'IL', 'Dana Whitfield', 'Sandra Kim', 'skim@acmewidgets.com', '36-1234567'],
      ['Falcon Consulting Co.', 'Hospitality', 'www.falconconsulting.com', '480-474-8620', 'Phoenix', 'AZ', 'Marcus Lee', 'Callum Jordan', 'callum.jordan@falconconsulting.com', '68-7421796'],
      ['Falcon Consulting Co.', 'Manufacturing', 'www.falconconsulting.com', '(971) 764-3276', 'Portland', 'OR', 'Marcus Lee', 'Fiona Cruz', 'fiona_cruz@falconconsulting.com', '87-1108804'],
      ['Acme Widgets, Inc.', 'Manufacturing', 'www.acmewidgets.com', '(312) 555-0100', 'Chicago', 'IL', 'Dana Whitfield', 'Tom Reyes', 'treyes@acmewidgets.com', '36-1234567'],
    ];
    const { files, report } = planExport(sheet(values, 'Accounts'), {
      crm: 'salesforce',
      object: 'accounts',
      now: NOW,
    });
    const accounts = files.find((f) => f.object === 'accounts')!;
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(accounts.sourceRows).toEqual([2, 3, 4]);
    // The switchboard both rows give is the company's: on its account.
    expect(rowOf(accounts, 2)).toMatchObject({
      'Account Name': 'Acme Widgets, Inc.',
      Phone: '+13125550100',
      Website: 'www.acmewidgets.com',
    });
    expect(rowOf(accounts, 4)).toMatchObject({ 'Billing City': 'Portland', EIN: '87-1108804' });
    expect(accounts.header).not.toContain('Primary Contact');
    expect(contacts.sourceRows).toEqual([2, 3, 4, 5]);
    expect(rowOf(contacts, 5)).toMatchObject({
      'First Name': 'Tom',
      'Last Name': 'Reyes',
      'Account Name': 'Acme Widgets, Inc.',
    });
    expect(report.accountGroups).toMatchObject({ accounts: 3, contacts: 4 });
  });
});
