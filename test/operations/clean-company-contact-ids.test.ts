/**
 * Clean keeps the number a CRM gives a company on each of its contacts' rows (C0012 on 王强's row
 * and 李娜's), as check calls them two contacts, and still renumbers one ID typed on two companies.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

/** A 钉钉 CRM contact export: 客户编号 is the company's, each contact on a row of their own. */
function dingTalkContacts(): CellValue[][] {
  return [
    ['客户编号', '客户名称', '联系人', '手机', '职务'],
    ['C0011', '无锡宏远物流有限公司', '陈立', '13861234501', '总经理'],
    ['C0012', '杭州森源建材有限公司', '王强', '13757123456', '总经理'],
    ['C0012', '宁波港城贸易有限公司', '韩梅', '13805741234', '采购'],
    ['C0012', '杭州森源建材', '李娜', '13957198765', '财务'],
  ];
}

describe('planClean on a company number shared by its contacts', () => {
  test('renumbers only the row of another company, and check then finds no duplicate', () => {
    const snapshot = sheet(dingTalkContacts());
    const { plan, summary } = planClean(snapshot, { now: TODAY, locale: 'zh-CN' });
    expect(summary.renumbered.map((r) => [r.row, r.from, r.firstRow])).toEqual([[4, 'C0012', 3]]);
    const cleaned = after(snapshot, plan);
    expect(cleaned.values[4]![0]).toBe('C0012');
    const ids = checkSheet(cleaned, { now: TODAY }).issues.filter((i) => i.code.startsWith('id.'));
    expect(ids.map((i) => [i.row, i.code, i.severity])).toEqual([[5, 'id.companyContacts', 'warning']]);
  });

  test('check, before cleaning, calls the other company a duplicate and 李娜 a contact', () => {
    const ids = checkSheet(sheet(dingTalkContacts()), { now: TODAY }).issues.filter((i) => i.code.startsWith('id.'));
    expect(ids.map((i) => [i.row, i.code, i.severity])).toEqual([
      [4, 'id.duplicate', 'error'],
      [5, 'id.companyContacts', 'warning'],
    ]);
  });
});
