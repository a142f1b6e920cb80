/**
 * An accounts export of a contact list writes one account per company, named as its first row typed
 * it. Each contact names that account exactly (纷享销客's 客户名称, Salesforce's Account Name), or the
 * import cannot link it: rows that spell the company in another width or script
 * (杭州西子(集团)有限公司, 陈大文贸易有限公司) still belong to the one account.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function column(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`${file.object} has no ${header} column`);
  return file.rows.map((row) => row[at] ?? null);
}

// 5-feishu-ledger.csv (a 飞书 customer ledger): rows 7 to 10.
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '座机', '邮箱', '地区', '负责人', '客户等级', '跟进状态', '下次跟进时间', '最近联系', '备注'],
  ['陳大文貿易有限公司', '陳大文', '+852 9123 4567', '', 'david@chantrading.hk', '香港', 'Lucy', 'B', '跟進中', '2024/03/18', '2024/03/01', '繁體客戶'],
  ['陈大文贸易有限公司', '陈大文', '91234567', '', 'David@ChanTrading.HK', '香港', 'Lucy', 'B', '跟进中', '', '2024/02/01', '简体录入'],
  ['台灣積體電路製造股份有限公司', '林志明', '0912-345-678', '02-2345-6789#123', 'lin@tsmc.com.tw', '台灣', 'Lucy', '重要', '洽談中', '2024/4/10', '2024/3/3', ''],
  ['台湾积体电路制造股份有限公司', '林志明', '+886 912 345 678', '', '', '台湾', 'Lucy', '重要', '洽谈中', '', '', ''],
];

// 3-kingdee-customers.xlsx (金蝶 客户档案, below its title rows): rows 6 and 7.
// prettier-ignore
const KINGDEE: CellValue[][] = [
  ['客户编码', '客户名称', '简称', '客户类别', '联系人', '联系电话', '手机', '传真', '税号', '开户银行', '银行账号', '地址', '业务员', '所属部门', '信用额度'],
  ['KH0003', '杭州西子（集团）有限公司', '西子集团', '普通客户', '李明', '(0571)85001234', '13905710001', '', '913301001437654321', '中国工商银行杭州西湖支行', '1202021209900012300', '杭州市上城区解放路 100号', '王磊', '华东销售部', 200000],
  ['KH0004', '杭州西子(集团)有限公司', '西子', '普通客户', '李明', '0571 8500 1234', '13905710001', '', '913301001437654321', '工商银行西湖支行', '1202021209900012345', '杭州市上城区解放路100号', '王磊', '华东销售部', 200000],
];

describe('account names of contacts', () => {
  test.each([
    ['5-feishu-ledger.csv', LEDGER, ['陳大文貿易有限公司', '台灣積體電路製造股份有限公司']],
    ['3-kingdee-customers.xlsx', KINGDEE, ['杭州西子（集团）有限公司']],
  ])('each 客户名称 of the contacts file is its account’s name in %s', (_file, values, accounts) => {
    const { files } = planExport(sheet(values), { crm: 'fxiaoke', now: NOW });
    const accountFile = files.find((f) => f.object === 'accounts')!;
    const contactFile = files.find((f) => f.object === 'contacts')!;
    expect(column(accountFile, '客户名称')).toEqual(accounts);
    expect(column(contactFile, '客户名称')).toEqual(accounts.flatMap((name) => [name, name]));
  });

  test('Salesforce contacts name the account they were grouped into', () => {
    const { files } = planExport(sheet(LEDGER), { crm: 'salesforce', object: 'accounts', now: NOW });
    const accountNames = column(
      files.find((f) => f.object === 'accounts')!,
      'Account Name',
    );
    expect(accountNames).toEqual(['陳大文貿易有限公司', '台灣積體電路製造股份有限公司']);
    expect(
      new Set(
        column(
          files.find((f) => f.object === 'contacts')!,
          'Account Name',
        ),
      ),
    ).toEqual(new Set(accountNames));
  });
});
