/**
 * A team's own dropdown over a choice column: set up (and clean, which sets up first) keeps its
 * options when the template understands each of them, rather than widening it to the template's.
 */
import { planSetup } from '../../shared/operations/setup';
import { isListValidation } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { OwnRule } from '../../shared/sheet/own-rules';
import { sheet, TODAY } from './fixtures';

/** A sales team's list: 客户等级 limited to A, B, C by their own dropdown, 负责人 to the team. */
const TEAM: CellValue[][] = [
  ['客户名称', '联系人', '手机', '城市', '客户等级', '负责人'],
  ['杭州源泉科技有限公司', '张伟', '13800138000', '杭州', 'A', '何静'],
  ['上海明德贸易有限公司', '李娜', '13912345678', '上海', 'B', '王磊'],
  ['北京华信咨询有限公司', '王强', '13700001111', '北京', 'C', '王磊'],
  ['广州小蜜蜂餐饮店', '陈芳', '13600002222', '广州', 'B', '何静'],
];

const list = (col: number, values: string[], more: Partial<OwnRule> = {}): OwnRule => ({
  col,
  firstRow: 2,
  lastRow: 17,
  type: 'list',
  formulas: [],
  values,
  allowBlank: true,
  alert: 'stop',
  ...more,
});

function dropdownOf(values: CellValue[][], rules: OwnRule[], locale: 'zh-CN' | 'en-US' = 'zh-CN', col = 5) {
  const { plan } = planSetup(sheet(values, { rules }), { now: TODAY, locale });
  return plan.validations.filter(isListValidation).find((v) => v.col === col);
}

describe('planSetup and a team’s own dropdown', () => {
  test('a 客户等级 dropdown of A, B, C stays A, B, C: the template’s VIP is not added', () => {
    const dropdown = dropdownOf(TEAM, [list(5, ['A', 'B', 'C'])]);
    expect(dropdown?.source.values).toEqual(['A', 'B', 'C']);
    // The whole column is governed, and the team's rule is kept for undo.
    expect(dropdown?.replaced).toEqual([list(5, ['A', 'B', 'C'])]);
  });

  test('keeps the team’s order, written in the template’s words as clean writes the cells', () => {
    const dropdown = dropdownOf(TEAM, [list(5, ['C类', 'B类', 'A类'])]);
    expect(dropdown?.source.values).toEqual(['C', 'B', 'A']);
  });

  test('an English team’s Tier dropdown of High and Medium keeps its two options, as the template names them', () => {
    const english: CellValue[][] = [
      ['Company', 'Contact', 'Phone', 'Tier'],
      ['Anderson Plumbing LLC', 'John Anderson', '(614) 555-0123', 'High'],
      ['Whitestone Realty', 'Karen White', '404-555-0111', 'Medium'],
      ['Lakeside Pediatrics', 'Priya Natarajan', '(312) 555-0100', 'High'],
    ];
    const dropdown = dropdownOf(english, [list(4, ['High', 'Medium'])], 'en-US', 4);
    expect(dropdown?.source.values).toEqual(['A', 'B']);
  });

  test('a dropdown with an option the template does not know gets the template’s, as before', () => {
    const dropdown = dropdownOf(TEAM, [list(5, ['A', 'B', '待定'])]);
    expect(dropdown?.source.values).toEqual(['VIP', 'A', 'B', 'C']);
  });

  test('a column without a dropdown of its own gets the template’s options', () => {
    expect(dropdownOf(TEAM, [])?.source.values).toEqual(['VIP', 'A', 'B', 'C']);
  });
});
