/**
 * The accounts file of a contact list keeps each company's own columns: the value its rows give
 * (one row giving it and the others leaving it blank is no disagreement), else its first row's, named
 * in the report. A column the file writes is never left blank for a company that has a value in it.
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

// ledger.xlsx (客户台账): 上海浦江物流 and 云帆网络 typed twice, the credit code (and QQ, next follow-up) on the first row only.
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['序号', '客户名称', '统一社会信用代码', '联系人', '职务', '手机', 'QQ', '邮箱', '行业', '负责人', '下次跟进时间', '最后跟进'],
  [3, '北京中科远望信息技术有限公司', '91110108MA01ABCD2X', '张伟', '技术总监', '13910002000', '', 'zw@zkyw.cn', 'IT/互联网', '赵敏', day('2024-07-01'), day('2024-05-02')],
  [4, '上海浦江物流（集团）有限公司', '91310115132209876K', '陈静', '行政主管', '13601234567', '88776655', 'chenjing@pjlogistics.com', '物流', '李娜', '下周三', day('2024-04-18')],
  [5, '上海浦江物流(集团)有限公司', '', '陈静', '', '13601234567', '', '', '物流', '李娜', '', day('2024-04-18')],
  [16, '广州珠江家电有限公司', '91440101190456789M', '梁文', '渠道经理', '13800138000', '', 'liangwen@zjjd.com', '家电', '李娜', '2024/06/18', day('2024-06-03')],
  [18, '广州珠江家电有限公司', '91440101190456789M', '梁文', '渠道经理', '13800138000', '', 'liangwen@zjjd.com', '家电', '李娜', '', day('2024-06-10')],
  [10, '杭州（滨江）云帆网络有限公司', '91330108MA27XXYY11', '郑浩', 'CEO', '18667001234', '', 'zh@yunfan.net', 'IT/互联网', '李娜', day('2024-09-01'), day('2024-06-05')],
  [11, '杭州(滨江)云帆网络有限公司', '', '郑浩', '首席执行官', '186-6700-1234', '', 'zh@yunfan.net', '互联网', '李娜', '', day('2024-06-05')],
];
// A private customer with no company: an account of its own beside the companies'.
const STRAY_ROW: CellValue[] = [14, '', '', '周杰', '', '139-1234-0000', '', '', '', '李娜', '', ''];

// dingtalk.xlsx (钉钉 客户列表): 字节跳动 entered twice under two 客户编号, 海康威视 once.
// prettier-ignore
const DINGTALK: CellValue[][] = [
  ['客户名称', '客户编号', '客户状态', '负责人', '联系人姓名', '联系人手机', '联系人邮箱', '行业', '最后跟进时间', '下次跟进时间', '备注'],
  ['北京字节跳动网络技术有限公司', 'KH20240001', '跟进中', '张三', '刘洋', 13811112222, 'liuyang@bytedance.com', '互联网', day('2024-05-30'), day('2024-06-12'), ''],
  ['北京字节跳动网络技术有限公司', 'KH20240017', '跟进中', '王五', '刘洋', 13811112222, 'liuyang@bytedance.com', '互联网', day('2024-06-02'), '', '王五又建了一遍'],
  ['杭州海康威视数字技术股份有限公司', 'KH20240002', '已成交', '张三', '陈刚', 13900001111, 'chengang@hikvision.com', '安防', day('2024-04-01'), day('2024-06-01'), ''],
  ['', 'KH20240009', '', '', '', '', '', '', '', '', ''],
];

describe('the company’s own columns on its account', () => {
  test('纷享销客 客户: a credit code, QQ and next follow-up given on one of a company’s rows are its own', () => {
    const { files, report } = planExport(sheet([...LEDGER, STRAY_ROW], '客户台账'), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(rowOf(accounts, 2)).toMatchObject({ 统一社会信用代码: '91110108MA01ABCD2X', 下次跟进时间: '2024-07-01' });
    expect(rowOf(accounts, 3)).toMatchObject({
      统一社会信用代码: '91310115132209876K',
      QQ: '88776655',
      下次跟进时间: '下周三',
    });
    expect(rowOf(accounts, 5)).toMatchObject({ 统一社会信用代码: '91440101190456789M', 下次跟进时间: '2024-06-18' });
    // 珠江家电's rows differ in 最后跟进 only: its first row's, named.
    expect(rowOf(accounts, 5)).toMatchObject({ 最后跟进: '2024-06-03' });
    // 序号 numbers the sheet's rows: each company's account takes its first row's, named too.
    expect(report.accountGroups?.differing).toEqual({ 序号: 3, 行业: 1, 最后跟进: 1 });
  });

  test('纷享销客 客户 of companies alone: the credit code column is written with each company’s code', () => {
    const { files } = planExport(sheet(LEDGER, '客户台账'), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(accounts.rows.map((row) => row[accounts.header.indexOf('统一社会信用代码')])).toEqual([
      '91110108MA01ABCD2X',
      '91310115132209876K',
      '91440101190456789M',
      '91330108MA27XXYY11',
    ]);
  });

  test('Salesforce accounts from a 钉钉 list: 客户编号 and the next follow-up stay on the account, differences named', () => {
    const { files, report } = planExport(sheet(DINGTALK, '客户列表'), {
      crm: 'salesforce',
      object: 'accounts',
      now: NOW,
    });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(rowOf(accounts, 2)).toMatchObject({ 客户编号: 'KH20240001', 下次跟进时间: '06/12/2024' });
    expect(rowOf(accounts, 4)).toMatchObject({ 客户编号: 'KH20240002', 下次跟进时间: '06/01/2024' });
    // The row of KH20240009 alone is no customer: left out, and said (account-own-values.test.ts).
    expect(accounts.sourceRows).toEqual([2, 4]);
    expect(report.skippedRowNumbers).toEqual([{ row: 5, reason: 'idOnly' }]);
    // A contact's own columns stay the contact's: not on the company's account. So does 最后跟进时间, which
    // the company's rows give differently (each contact's), now that no account of its own is in the file.
    expect(accounts.header).not.toContain('联系人姓名');
    expect(accounts.header).not.toContain('最后跟进时间');
    expect(report.accountGroups?.differing).toMatchObject({ 客户编号: 1 });
    // The contacts file keeps each row's own.
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(contacts, 3)).toMatchObject({ 客户编号: 'KH20240017', 最后跟进时间: '06/02/2024' });
  });
});
