/**
 * A company's switchboard (金蝶's 联系电话, 飞书's 座机) that its rows give alike is the company's
 * number: an accounts export of a contact list writes it on the account (纷享销客's 电话, Salesforce's
 * Phone), as typed in any of its forms (0571-88886666转8012 beside 0571-88886666-8012), a blank row
 * aside. The contacts file keeps each row's numbers.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function accountRow(file: ExportFile, name: string): Record<string, CellValue> {
  const index = file.rows.findIndex((row) => row[0] === name);
  if (index < 0) throw new Error(`no account ${name}`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// 3b-kingdee-fixed-phones.xlsx (金蝶 客户档案 below its title rows): rows 4 to 7, 10, 15 and 16.
// prettier-ignore
const KINGDEE: CellValue[][] = [
  ['客户编码', '客户名称', '联系人', '联系电话', '手机', '地址', '业务员'],
  ['KH0001', '杭州源泉科技有限公司', '张建华', '0571-88886666-8012', '13800138000', '杭州市西湖区文三路478号', '何静'],
  ['KH0002', '杭州源泉科技有限公司', '张建华', '0571-88886666转8012', '', '杭州市西湖区文三路478号', '何静'],
  ['KH0003', '杭州西子（集团）有限公司', '李明', '(0571)85001234', '13905710001', '杭州市上城区解放路 100号', '王磊'],
  ['KH0004', '杭州西子(集团)有限公司', '李明', '0571 8500 1234', '13905710001', '杭州市上城区解放路100号', '王磊'],
  ['KH0007', '上海浦东发展银行股份有限公司', '赵行长', '021-63611226', '', '上海市中山东一路12号', '王磊'],
  ['KH0012', '杭州娃哈哈集团有限公司', '宗总', '0571-86032866', '', '杭州市上城区清泰街160号', '何静'],
  ['KH0013', '杭州娃哈哈集团有限公司', '宗总', '0571-86032866', '', '杭州市上城区清泰街160号', '何静'],
];

// 5-feishu-ledger.csv: rows 2 to 5 and 15 to 16 (座机 given on one row of a company, or on both).
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '座机', '邮箱', '地区', '负责人'],
  ['杭州源泉科技有限公司', '张总', '13800138000', '0571-88886666', 'zhang@yuanquan.com', '杭州', '何静'],
  ['杭州源泉科技有限公司', '张建华', '138 0013 8000', '', 'zhang@yuanquan.com', '杭州市', '何静'],
  ['上海华通物流有限公司', '李四', '13912345678', '021-62345678转201', 'lisi@huatong-logistics.cn', '上海', '王磊'],
  ['上海华通物流有限公司', '李四（采购）', '+86 139-1234-5678', '', '', '上海市', '王磊'],
  ['成都天府软件园有限公司', '周九', '１８９００１８９０００', '028-85123456', 'zhoujiu@tfsp.com', '成都', '王磊'],
  ['成都天府软件园有限公司', '吴十', '18900189001', '028-85123456', 'wushi@tfsp.com', '成都', '王磊'],
  ['武汉光谷生物城', '郑十一', '13312345678', '', '', '武汉', '何静'],
];

describe('the switchboard of a company on several rows', () => {
  test('纷享销客 accounts of 金蝶’s 客户档案 carry 联系电话 in 电话', () => {
    const { files } = planExport(sheet(KINGDEE), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(accountRow(accounts, '杭州源泉科技有限公司')).toMatchObject({ 电话: '0571-88886666 分机 8012' });
    expect(accountRow(accounts, '杭州西子（集团）有限公司')).toMatchObject({ 电话: '0571-85001234' });
    expect(accountRow(accounts, '上海浦东发展银行股份有限公司')).toMatchObject({ 电话: '021-63611226' });
    // No one contact's mobile on the account.
    expect(accounts.header).not.toContain('手机');
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(contacts.rows[0]!.slice(2, 4)).toEqual(['13800138000', '0571-88886666 分机 8012']);
  });

  test('纷享销客 accounts of a 飞书 ledger carry 座机, given on one row of the company', () => {
    const { files } = planExport(sheet(LEDGER), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(accountRow(accounts, '杭州源泉科技有限公司')).toMatchObject({ 电话: '0571-88886666' });
    expect(accountRow(accounts, '上海华通物流有限公司')).toMatchObject({ 电话: '021-62345678 分机 201' });
    expect(accountRow(accounts, '成都天府软件园有限公司')).toMatchObject({ 电话: '028-85123456' });
    expect(accountRow(accounts, '武汉光谷生物城')).toMatchObject({ 电话: null });
  });

  test('Salesforce accounts of 金蝶’s 客户档案 carry 联系电话 in Phone', () => {
    const { files } = planExport(sheet(KINGDEE), { crm: 'salesforce', object: 'accounts', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(accountRow(accounts, '杭州娃哈哈集团有限公司')).toMatchObject({ Phone: '+8657186032866' });
    expect(accountRow(accounts, '杭州西子（集团）有限公司')).toMatchObject({ Phone: '+8657185001234' });
  });
});
