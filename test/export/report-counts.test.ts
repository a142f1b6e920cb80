/**
 * An accounts export of a contact list writes a company's rows to the accounts file and again to the
 * contacts file: the report counts each sheet cell once, so an 18-row list never has 19 values it
 * could not read, and counts them under one name.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

// 5-feishu-ledger.csv: rows 2 to 6, 9 and 12 (跟进状态 of the team's own words).
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '客户等级', '跟进状态'],
  ['杭州源泉科技有限公司', '张总', '13800138000', 'A', '跟进中'],
  ['杭州源泉科技有限公司', '张建华', '138 0013 8000', '重要', '跟进中'],
  ['上海华通物流有限公司', '李四', '13912345678', 'B', '已签约'],
  ['上海华通物流有限公司', '李四（采购）', '+86 139-1234-5678', '一般', '已签约'],
  ['深圳市大疆创新科技有限公司', '王五', '18688889999', 'A类', '洽谈中'],
  ['台灣積體電路製造股份有限公司', '林志明', '0912-345-678', '重要', '洽談中'],
  ['北京字节跳动科技有限公司', '赵六', '13600136000', 'C', '已流失'],
];

describe('report counts of an accounts export of a contact list', () => {
  test('counts each cell of 跟进状态 and 客户等级 once, as the contacts export does', () => {
    const accounts = planExport(sheet(LEDGER), { crm: 'fxiaoke', now: NOW });
    const contacts = planExport(sheet(LEDGER), { crm: 'fxiaoke', object: 'contacts', now: NOW });
    expect(accounts.files.map((f) => f.object)).toEqual(['accounts', 'contacts']);
    expect(accounts.report.valuesAsTyped['跟进状态']).toBe(5);
    expect(accounts.report.valuesAsTyped['跟进状态']).toBe(contacts.report.valuesAsTyped['跟进状态']);
    // The tiers are counted under the accounts file's 客户级别, not again under the contacts file's 客户等级.
    expect(accounts.report.valuesAsTyped['客户等级']).toBeUndefined();
    expect(accounts.report.valuesAsTyped['客户级别']).toBe(contacts.report.valuesAsTyped['客户等级']);
  });
});
