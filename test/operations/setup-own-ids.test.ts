import { planSetup } from '../../shared/operations/setup';
import { checkSheet } from '../../shared/check/check-sheet';
import { isListValidation, type RuleValidation } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from './fixtures';

type CustomRule = Extract<RuleValidation, { kind: 'custom' }>;

function idRule(values: CellValue[][]): CustomRule {
  const { plan, mapping } = planSetup(sheet(values), { now: TODAY });
  const col = mapping.byField.customerId!;
  const rules = plan.validations.filter((v) => !isListValidation(v) && 'kind' in v && v.col === col);
  expect(rules).toHaveLength(1);
  expect(rules[0]).toMatchObject({ kind: 'custom' });
  return rules[0] as CustomRule;
}

describe('planSetup customer-ID rule', () => {
  test.each([
    {
      locale: 'zh-CN',
      rows: [
        ['姓名', '手机', '客户编号'],
        ['张伟', '13800138000', '00123'],
        ['李娜', '13900139000', '00124'],
      ],
      error: '客户编号：每位客户的编号须唯一；该编号已被使用。',
    },
    {
      locale: 'en-US',
      rows: [
        ['Name', 'Phone', 'Customer ID'],
        ['John Smith', '(617) 555-0199', '00123'],
        ['Karen Lee', '(609) 555-0142', '00124'],
      ],
      error: 'Customer ID: each customer needs an ID of their own; this one is taken.',
    },
  ])('asks only for a unique ID where the list keeps its own IDs ($locale)', ({ rows, error }) => {
    // Check calls the house IDs valid: the rule typed IDs meet must not refuse them, or the next one (00125).
    expect(checkSheet(sheet(rows), { now: TODAY }).issues.filter((i) => i.column === rows[0]![2])).toEqual([]);
    const rule = idRule(rows);
    expect(rule.formula).toBe('=COUNTIF($C:$C,C2)=1');
    expect(rule.prompt).toContain('00123');
    expect(rule.error).toBe(error);
  });

  test('keeps the template’s pattern where the list’s IDs are in it or it has none yet', () => {
    for (const id of ['C000001', null]) {
      const rule = idRule([
        ['姓名', '手机', '客户编号'],
        ['张伟', '13800138000', id],
      ]);
      expect(rule.formula).toContain('EXACT(LEFT(C2,1),"C")');
    }
  });
});
