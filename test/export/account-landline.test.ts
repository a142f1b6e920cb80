/**
 * A CRM customer list whose rows are companies (纷享销客's 客户 export: 电话 the company's landline, 手机
 * its contact's mobile, no contact's name) exported as HubSpot, Salesforce or Zoho accounts: the one
 * Phone is the company's landline, in the international form the layout uses; the mobile is no
 * company's number and is kept in the account's notes, as typed. A company with only a mobile keeps it.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function accountRow(file: ExportFile, name: string): Record<string, CellValue> {
  const index = file.rows.findIndex((row) => row[0] === name);
  if (index < 0) throw new Error(`no account ${name}`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// fxiaoke_customers.csv (纷享销客 客户 export, GBK): rows 2 to 5 and 8.
// prettier-ignore
const FXIAOKE: CellValue[][] = [
  ['客户名称', '客户编号', '客户级别', '客户来源', '所属行业', '电话', '手机', '邮箱', '地址', '省', '市', '区', '负责人', '所属部门', '成交状态', '备注'],
  ['深圳市腾达科技有限公司', 'KH20240301001', 'A类客户', '展会', '电子/通信', '0755-26543210', '13812345678', 'sales@tenda.cn', '深圳市南山区高新南一道8号', '广东省', '深圳市', '南山区', '王强', '华南销售部', '已成交', '老客户，年采购额约200万'],
  ['深圳腾达科技有限公司', 'KH20240301002', 'A类客户', '转介绍', '电子/通信', '(0755)26543210', '138 1234 5678', null, '广东省深圳市南山区高新南一道8号', '广东', '深圳', '南山', '王强', '华南销售部', '未成交', '疑似重复，和上一条同一家'],
  ['杭州海潮电子商务有限公司', 'KH20240302003', 'B类客户', '百度推广', '电子商务', '0571-88886666', null, 'hr@haichao.com', '杭州市西湖区文三路90号', '浙江省', '杭州市', '西湖区', '李娜', '华东销售部', '跟进中', null],
  ['上海博远贸易有限公司', 'KH20240302004', 'C类客户', '电话营销', '批发零售', '021-54321098转8012', '15900001111', null, '上海市徐汇区漕溪北路88号', '上海市', '上海市', '徐汇区', '张伟', '华东销售部', '已流失', '联系人已离职'],
  ['个人客户-陈先生', 'KH20240302007', 'D类客户', '自然到访', null, null, '13700001234', null, '广州市天河区', '广东', '广州', '天河', '李娜', '华南销售部', '未成交', '个人，想买两台'],
];

describe('a company’s one Phone is its landline, not its contact’s mobile', () => {
  test('HubSpot accounts of a 纷享销客 customer list', () => {
    const { files } = planExport(sheet(FXIAOKE), { crm: 'hubspot', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(accountRow(accounts, '深圳市腾达科技有限公司')).toMatchObject({
      'Phone Number': '+8675526543210',
      Description: '老客户，年采购额约200万；手机：13812345678',
    });
    expect(accountRow(accounts, '深圳腾达科技有限公司')).toMatchObject({
      'Phone Number': '+8675526543210',
      Description: '疑似重复，和上一条同一家；手机：138 1234 5678',
    });
    expect(accountRow(accounts, '杭州海潮电子商务有限公司')).toMatchObject({ 'Phone Number': '+8657188886666' });
    expect(accountRow(accounts, '上海博远贸易有限公司')).toMatchObject({
      'Phone Number': '+862154321098 ext. 8012',
      Description: '联系人已离职；手机：15900001111',
    });
    // Only a mobile: it is the customer's number.
    expect(accountRow(accounts, '个人客户-陈先生')).toMatchObject({ 'Phone Number': '+8613700001234' });
    // 电话 is read for Phone Number: no extra column of it as typed.
    expect(accounts.header).not.toContain('电话');
    expect(accounts.rows.flat()).not.toContain('(0755)26543210');
  });

  test('Salesforce and Zoho accounts alike', () => {
    for (const crm of ['salesforce', 'zoho'] as const) {
      const { files } = planExport(sheet(FXIAOKE), { crm, object: 'accounts', now: NOW });
      const accounts = files.find((f) => f.object === 'accounts')!;
      expect(accountRow(accounts, '深圳市腾达科技有限公司')).toMatchObject({ Phone: '+8675526543210' });
      expect(accounts.header).not.toContain('电话');
    }
  });

  test('纷享销客 itself keeps both, each in its column', () => {
    const { files } = planExport(sheet(FXIAOKE), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(accountRow(accounts, '深圳市腾达科技有限公司')).toMatchObject({
      手机: '13812345678',
      电话: '0755-26543210',
    });
  });
});
