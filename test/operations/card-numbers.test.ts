/**
 * A store's member list keys customers by the number printed on their card (会员卡号). Clean keeps
 * the sheet's own numbers: it never invents a card number for a member without one, nor gives a
 * repeated card a new number (the repeat is one member typed twice, which dedupe finds).
 */
import { planClean } from '../../shared/operations/clean';
import { findDuplicates } from '../../shared/dedupe';
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from './fixtures';

const MEMBERS: CellValue[][] = [
  ['会员卡号', '姓名', '手机', '会员等级', '积分'],
  ['8800123456', '王芳', '13912345678', '金卡', 1200],
  ['8800123457', '陈大文', '13800138000', '银卡', 350],
  ['8800123457', '陈大文', '138 0013 8000', '银卡', 350],
  [null, '李娜', '13611112222', '普通', 0],
  ['VIP-0009', '赵丽', '13511112222', '钻石卡', 9000],
];

describe('clean on a member list keyed by card number', () => {
  test('writes no card number: neither for the blank one nor over the repeated one', () => {
    const { plan, summary } = planClean(sheet(MEMBERS), { now: TODAY, locale: 'zh-CN' });
    expect(plan.edits.filter((e) => e.col === 1)).toEqual([]);
    expect(summary.renumbered ?? []).toEqual([]);
    // Check promises no number for the blank card, and still reports the repeated one.
    const issues = checkSheet(sheet(MEMBERS), { now: TODAY, locale: 'zh-CN' }).issues.filter(
      (i) => i.column === '会员卡号',
    );
    expect(issues.map((i) => [i.row, i.code])).toEqual([[4, 'id.duplicate']]);
  });

  test('the repeated card is found as one member by dedupe', () => {
    const clusters = findDuplicates({ name: '会员', values: MEMBERS }).clusters;
    expect(clusters.map((c) => c.rows)).toEqual([[3, 4]]);
  });

  test("a list of Custodian's own customer IDs still gets a new ID for a blank one and a repeated one", () => {
    const values: CellValue[][] = [
      ['客户编号', '姓名', '手机'],
      ['C000001', '王芳', '13912345678'],
      ['C000002', '陈大文', '13800138000'],
      ['C000002', '李娜', '13611112222'],
      [null, '赵丽', '13511112222'],
    ];
    const { plan } = planClean(sheet(values), { now: TODAY, locale: 'zh-CN' });
    expect(plan.edits.filter((e) => e.col === 1).map((e) => [e.row, e.reason])).toEqual([
      [4, 'id.duplicate'],
      [5, 'id.missing'],
    ]);
  });
});
