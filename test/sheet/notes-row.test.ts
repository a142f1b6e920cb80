import { checkSheet } from '../../shared/check/check-sheet';
import { planExport } from '../../shared/export/plan-export';
import { buildInsights } from '../../shared/insights/build-insights';
import { qualityScore } from '../../shared/insights/quality-trend';
import { planClean } from '../../shared/operations/clean';
import { planCustomerIds } from '../../shared/operations/customer-ids';
import type { CellValue } from '../../shared/sheet/cell-value';
import { isNotesRow } from '../../shared/sheet/notes-row';
import { isTotalsOrNotesRow } from '../../shared/sheet/totals-row';
import { sheet, TODAY } from '../operations/fixtures';

/** A Kingdee customer archive as exported: the customers, a totals row, then the export's notes line. */
const KINGDEE: CellValue[][] = [
  ['客户名称', '联系人', '联系电话'],
  ['杭州西子机电设备有限公司', '周建华', '0571-87651234'],
  ['宁波港联物流有限公司', '陈静', '0574-87301234'],
  ['合计：2家', null, null],
  ['备注：1. 客户编码按地区编排；2. 标红为重点客户', null, null],
];

/** A sales list numbered in its first column, a blank row, then a note on the amounts. */
const SALES: CellValue[][] = [
  ['序号', '客户编号', '姓名', '手机', '公司', '成交金额', '备注'],
  [1, null, '王建国', '13958012345', '杭州云栖科技有限公司', 12345, null],
  [2, null, '李娜', '13712345678', '上海申通物流有限公司', 2000, '老客户'],
  [null, null, null, null, null, null, null],
  ['注：金额单位为元，含税', null, null, null, null, null, null],
];

describe('notes rows', () => {
  test.each<[CellValue[], boolean]>([
    [['备注：1. 客户编码按地区编排；2. 标红为重点客户', null, null], true],
    [['注：金额单位为元，含税'], true],
    [['注:金额单位为万元', '', '  '], true],
    [['注1：以上为2024年数据', null], true],
    [['说明：本表由销售部维护', null, null, null], true],
    [['填表说明：手机号必填', null], true],
    [['※注意事项：请勿修改编号', null], true],
    [['Note: prices include GST', null, null], true],
    [['Notes: exported from Shopify on 2025-05-01'], true],
    [['N.B.: amounts in AUD', null], true],
    // A hand-kept form's sign-off line, left blank or signed.
    [['审核人：', null, null, '日期：'], true],
    [['经办人：王芳', null, '审核人：李强', '日期：2024-03-05'], true],
    [['制表人：何静'], true],
    // A customer whose name begins with the same character, or a note with another cell filled, is a customer.
    [['注塑厂', null, null], false],
    [['注塑机械有限公司', '王总', '13800001111'], false],
    [['注册会计师事务所（特殊普通合伙）', null], false],
    [['说明书印刷厂', null], false],
    [['Notes & Co Stationers', null], false],
    [['Nora Bell', 'Note: VIP', '0401 111 222'], false],
    [['备注：老客户', '13800001111'], false],
    [['备注：老客户', null, 2000], false],
    [[null, '注：金额单位为元'], false],
    [['备注', null, null], false],
    // A date label alone, or a sign-off label beside a customer's values, is no sign-off line.
    [['日期：2024-03-05', null], false],
    [['审核人：', '13800001111'], false],
    [[null, null], false],
  ])('%j is a notes row: %s', (row, expected) => {
    expect(isNotesRow(row)).toBe(expected);
  });

  test('a totals row and a notes row are both about the list, a customer is neither', () => {
    expect(KINGDEE.slice(1).map((row) => isTotalsOrNotesRow(row))).toEqual([false, false, true, true]);
  });

  test('check leaves a notes row unchecked and names it beside the totals row', () => {
    const result = checkSheet(sheet(KINGDEE), { now: TODAY });
    expect(result.rows).toBe(2);
    expect(result.totalsRows).toEqual([4]);
    expect(result.notesRows).toEqual([5]);
    expect(result.issues.filter((i) => i.row >= 4)).toEqual([]);
  });

  test('check names a note under a blank row and passes over it, a customer named 注塑厂 still checked', () => {
    const result = checkSheet(sheet(SALES), { now: TODAY });
    expect(result.rows).toBe(2);
    expect(result.notesRows).toEqual([5]);
    expect(result.issues.filter((i) => i.row === 5)).toEqual([]);

    const withCustomer = checkSheet(sheet([...SALES.slice(0, 3), [3, null, '注塑厂', null, null, null, null]]), {
      now: TODAY,
    });
    expect(withCustomer.rows).toBe(3);
    expect(withCustomer.notesRows).toBeUndefined();
    expect(withCustomer.issues).toContainEqual(expect.objectContaining({ row: 4, code: 'required.missing' }));
  });

  test('clean and customer IDs give a notes row no ID and leave it as typed', () => {
    const { plan } = planClean(sheet(SALES), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.row)).toEqual([2, 3]);
    expect(plan.edits.filter((e) => e.row === 5)).toEqual([]);
    expect(planCustomerIds(sheet(SALES), { now: TODAY }).edits.map((e) => e.row)).toEqual([2, 3]);
  });

  test('export leaves a notes row out of the customers', () => {
    const { files } = planExport(sheet(KINGDEE), { crm: 'salesforce', now: TODAY });
    const rows = files.flatMap((f) => f.sourceRows);
    expect(rows.sort()).toEqual([2, 3]);
  });

  test('insights count the customers only, and the quality score is not lowered by a note', () => {
    expect(buildInsights(sheet(SALES), { now: TODAY }).rows).toBe(2);
    expect(qualityScore(sheet(SALES), { now: TODAY })).toBe(qualityScore(sheet(SALES.slice(0, 3)), { now: TODAY }));
  });
});
