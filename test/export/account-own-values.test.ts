/**
 * An accounts export of a contact list (one 客户 per company, the people in a contacts file): nothing
 * typed is lost. A row with no contact person (KH005 杭州云帆: a number and contact@ alone) keeps its
 * phone and e-mail on its account, as the company's own; a contact's mobile and named e-mail stay on
 * the contact only, even where one person's rows repeat them; a landline or a role mailbox (info@,
 * sales@) on a contact's row is the company's too. A row of its customer ID alone (KH007 （空）) is no
 * customer. A second contact (联系人2) is a contact of its own in the contacts file.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import type { CrmId } from '../../shared/export/crm-layouts';
import { defaultTemplate } from '../../shared/template/default-template';
import { NOW, sheet, usTemplate } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// A B2B list of a Shanghai sales team (probe8 zh_b2b.csv): a repeated contact, a company with no contact, a placeholder row.
// prettier-ignore
const ZH_B2B: CellValue[][] = [
  ['客户编号', '客户名称', '联系人', '手机', '邮箱', '所属行业', '客户等级', '负责人', '下次跟进'],
  ['KH001', '上海华信科技有限公司', '王伟', '138 0013 8000', 'wangwei@huaxin.com.cn', '软件', 'A类', '李娜', '2025/4/1'],
  ['KH002', '北京中联物流有限公司', '张丽', '+86 139-1234-5678', 'zhangli@zl-logistics.cn ', '物流', 'B类', '李娜', '2025-04-03'],
  ['KH003', '上海华信科技有限公司', '王 伟', '13800138000', 'WANGWEI@HUAXIN.COM.CN', '软件', 'A', '李娜', '4月5日'],
  ['KH004', '深圳星辰电子', '陈明', '1381234567', 'chenming@xingchen', '电子制造', 'C类', '赵强', ''],
  ['KH005', '杭州云帆网络科技有限公司', '', '15900001111', 'contact@yunfan.com', '互联网', 'VIP', '赵强', '2025-13-01'],
  ['KH006', '广州恒达贸易有限公司', '刘洋', '020-88886666', 'liuyang@hengda.com', '贸易', 'B类', '', '2025-04-10'],
  ['KH007', '（空）', '', '', '', '', '', '', ''],
  ['KH008', '成都天府医疗器械有限公司', '周杰', '18600001234', 'zhoujie@tianfu-med.com', '医疗', 'A类', '李娜', '下周一'],
  ['KH009', '北京中联物流有限公司', '张丽', '13912345678', 'zhangli@zl-logistics.cn', '物流', 'B类', '李娜', '2025-04-03'],
  ['KH010', '苏州工业园区新材料股份有限公司', '吴芳', '137-0000-9999', 'wufang@sz-nm.com', '新材料', 'b类', '赵强', '2025.04.20'],
];

// An account list of a US sales team: two contacts of Northwind, a company with no contact, a UK switchboard.
// prettier-ignore
const EN_B2B: CellValue[][] = [
  ['Account ID', 'Company', 'Contact', 'Phone', 'Email', 'Industry', 'Owner'],
  ['A-101', 'Northwind Traders', 'Jane Cooper', '(206) 555-0142', 'jane.cooper@northwind.com', 'Retail', 'Sam Lee'],
  ['A-102', 'Northwind Traders', 'Tom Baker', '(206) 555-0199', 'tom.baker@northwind.com', 'Retail', 'Sam Lee'],
  ['A-103', 'Bluebird Labs', '', '(415) 555-0100', 'info@bluebirdlabs.com', 'Biotech', 'Ana Ruiz'],
  ['A-104', 'Contoso Ltd', 'Priya Shah', '+44 20 7946 0958', 'sales@contoso.co.uk', 'Software', 'Sam Lee'],
  ['A-105', 'N/A', '', '', '', '', ''],
];

const zh = (crm: CrmId) => ({
  crm,
  object: 'accounts' as const,
  template: defaultTemplate(),
  locale: 'zh-CN' as const,
  now: NOW,
});
const en = (crm: CrmId) => ({
  crm,
  object: 'accounts' as const,
  template: usTemplate(),
  locale: 'en-US' as const,
  now: NOW,
});
const fileOf = (files: ExportFile[], object: string) => files.find((f) => f.object === object)!;

describe('accounts of a contact list keep every phone and e-mail typed', () => {
  test('纷享销客: 杭州云帆’s number and mailbox on its 客户; contacts keep theirs; KH007 left out', () => {
    const { files, report } = planExport(sheet(ZH_B2B), zh('fxiaoke'));
    const accounts = fileOf(files, 'accounts');
    const contacts = fileOf(files, 'contacts');
    expect(accounts.sourceRows).toEqual([2, 3, 5, 6, 7, 9, 11]);
    expect(rowOf(accounts, 6)).toMatchObject({
      客户名称: '杭州云帆网络科技有限公司',
      手机: '15900001111',
      邮箱: 'contact@yunfan.com',
    });
    // 刘洋’s 020 line is the company’s switchboard: on the 客户 too.
    expect(rowOf(accounts, 7)).toMatchObject({ 手机: null, 电话: '020-88886666', 邮箱: null });
    // One person’s two rows give no company number or mailbox.
    expect(rowOf(accounts, 2)).toMatchObject({ 手机: null, 电话: null, 邮箱: null });
    expect(rowOf(accounts, 3)).toMatchObject({ 手机: null, 邮箱: null });
    expect(contacts.sourceRows).toEqual([2, 3, 4, 5, 7, 9, 10, 11]);
    expect(rowOf(contacts, 7)).toMatchObject({ 姓名: '刘洋', 电话: '020-88886666', 邮箱: 'liuyang@hengda.com' });
    expect(report.accountGroups).toMatchObject({
      noContact: { rows: 1, rowNumbers: [6] },
      companyLines: { rows: 1, rowNumbers: [7] },
    });
    expect(report.skippedRows).toEqual({ idOnly: 1 });
    expect(report.skippedRowNumbers).toEqual([{ row: 8, reason: 'idOnly' }]);
    expect(report.rows).toBe(9);
  });

  test('Salesforce, HubSpot and Zoho: the account’s Phone is the company’s, never a contact’s mobile', () => {
    for (const crm of ['salesforce', 'hubspot', 'zoho'] as const) {
      const { files } = planExport(sheet(ZH_B2B), zh(crm));
      const accounts = fileOf(files, 'accounts');
      const phone = crm === 'hubspot' ? 'Phone Number' : 'Phone';
      expect(accounts.sourceRows).toEqual([2, 3, 5, 6, 7, 9, 11]);
      expect(rowOf(accounts, 6)).toMatchObject({ [phone]: '+8615900001111', 邮箱: 'contact@yunfan.com' });
      expect(rowOf(accounts, 7)).toMatchObject({ [phone]: '+862088886666', 邮箱: null });
      expect(rowOf(accounts, 2)).toMatchObject({ [phone]: null, 邮箱: null });
      expect(accounts.header).not.toContain('联系人');
    }
  });

  test('an English list: Bluebird’s line and info@ on its account, Northwind’s contacts’ numbers on them only', () => {
    const { files, report } = planExport(sheet(EN_B2B, 'Accounts'), en('hubspot'));
    const accounts = fileOf(files, 'accounts');
    const contacts = fileOf(files, 'contacts');
    expect(accounts.sourceRows).toEqual([2, 4, 5]);
    expect(rowOf(accounts, 2)).toMatchObject({ 'Phone Number': null, Email: null });
    expect(rowOf(accounts, 4)).toMatchObject({ 'Phone Number': '+14155550100', Email: 'info@bluebirdlabs.com' });
    // A London 020 line and sales@ are Contoso’s; Priya keeps them too.
    expect(rowOf(accounts, 5)).toMatchObject({ 'Phone Number': '+442079460958', Email: 'sales@contoso.co.uk' });
    expect(contacts.sourceRows).toEqual([2, 3, 5]);
    expect(rowOf(contacts, 5)).toMatchObject({ 'First Name': 'Priya', Email: 'sales@contoso.co.uk' });
    expect(report.skippedRowNumbers).toEqual([{ row: 6, reason: 'idOnly' }]);
  });
});

describe('second contacts in the contacts file of an accounts export', () => {
  // prettier-ignore
  const values: CellValue[][] = [
    ['客户名称', '联系人', '手机', '邮箱', '联系人2', '手机2', '邮箱2', '负责人'],
    ['苏州恒瑞精密机械有限公司', '王建国', '139 1234 5678', 'wangjg@hengrui-jm.com', '赵丽', '138-1234-5678', 'zhaoli@hengrui-jm.com', '张敏'],
    ['苏州恒瑞精密机械有限公司', '陈刚', '13600002222', 'chengang@hengrui-jm.com', '', '', '', '张敏'],
    ['深圳市蓝海电子科技有限公司', '林晓东', '13600001111', '', '', '', '', '张敏'],
  ];

  test('赵丽 is a 联系人 of her own, naming her 客户', () => {
    const { files, report } = planExport(sheet(values), zh('fxiaoke'));
    const accounts = fileOf(files, 'accounts');
    const contacts = fileOf(files, 'contacts');
    expect(accounts.rows.map((r) => r[0])).toEqual(['苏州恒瑞精密机械有限公司', '深圳市蓝海电子科技有限公司']);
    expect(accounts.header).not.toContain('联系人2');
    expect(contacts.rows.map((r) => r.slice(0, 5))).toEqual([
      ['王建国', '苏州恒瑞精密机械有限公司', '13912345678', null, 'wangjg@hengrui-jm.com'],
      ['赵丽', '苏州恒瑞精密机械有限公司', '13812345678', null, 'zhaoli@hengrui-jm.com'],
      ['陈刚', '苏州恒瑞精密机械有限公司', '13600002222', null, 'chengang@hengrui-jm.com'],
      ['林晓东', '深圳市蓝海电子科技有限公司', '13600001111', null, null],
    ]);
    expect(contacts.header).not.toContain('联系人2');
    expect(report.secondContactRows).toBe(1);
    expect(report.accountGroups).toMatchObject({ accounts: 2, contacts: 4 });
  });
});
