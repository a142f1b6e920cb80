/**
 * The ID rule on a list that keeps its own IDs of 18 digits (member numbers from a shop platform):
 * COUNTIF reads such a criterion as a number rounded to 15 digits, so the rule as written before
 * refused every new member number that shares its first 15 digits with one in the column. The rule
 * compares them as text now; the demo grid's mirror says the same.
 */
import { planSetup } from '../../shared/operations/setup';
import { uniqueFormula } from '../../shared/operations/validation-rules';
import { isListValidation, isValidationRemoval, type RuleValidation } from '../../shared/plan/plan';
import { createMemoryHost } from '../../shared/host/memory-host';
import { findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { entryAlert } from '../../shared/ui/demo/entry-check';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { ruleAccepts } from './formula-eval';

const MEMBERS: CellValue[][] = [
  ['会员编号', '姓名', '手机', '累计消费'],
  ['202403150000000001', '王伟', '13800138000', 1280],
  ['202403150000000002', '李娜', '13900139000', 560],
  ['202403150000000003', '张敏', '13700137000', 99],
];
const ID_COL = 1;

function idRule(list: CellValue[][], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  return planSetup(sheet(list), { now: TODAY, locale }).plan.validations.find(
    (v): v is Extract<RuleValidation, { kind: 'custom' }> =>
      !isListValidation(v) && !isValidationRemoval(v) && v.kind === 'custom' && v.col === ID_COL,
  )!;
}

/** Whether the rule lets `typed` stand in the first empty row below the list. */
function accepts(formula: string, list: CellValue[][], typed: string): boolean {
  const column = [...list.map((row) => row[ID_COL - 1] as string), typed];
  return ruleAccepts(formula.replaceAll('A2', `A${column.length}`), `A${column.length}`, typed, { '$A:$A': column });
}

describe('the ID rule on a list of 18-digit member numbers', () => {
  const rule = idRule(MEMBERS);

  test.each([
    ['202403150000000004', true],
    ['202403150000000010', true],
    ['20240315000000000', true],
    ['202403150000000002', false],
  ])('given %s, accepts it: %s', (typed, ok) => {
    expect(accepts(rule.formula, MEMBERS, typed)).toBe(ok);
  });

  test('refused the next member number before, as COUNTIF rounds it', () => {
    const before = uniqueFormula('A2', ID_COL);
    expect(before).toBe('=COUNTIF($A:$A,A2)=1');
    expect(accepts(before, MEMBERS, '202403150000000004')).toBe(false);
    expect(rule.formula).toBe('=COUNTIF($A:$A,A2&"*")-COUNTIF($A:$A,A2&"?*")=1');
  });

  test('keeps COUNTIF of the cell where the IDs are short', () => {
    const short = MEMBERS.map((row, r) => (r === 0 ? row : [`KH00${r}`, ...row.slice(1)]));
    expect(idRule(short).formula).toBe('=COUNTIF($A:$A,A2)=1');
  });

  test.each([
    ['zh-CN', '客户编号'],
    ['en-US', 'Customer ID'],
  ] as const)('alerts in the demo grid on a number taken, not on a new one (%s)', async (locale, title) => {
    const snapshot = sheet(MEMBERS);
    const host = createMemoryHost(workbookFromSnapshot(snapshot));
    await host.applyPlan(planSetup(snapshot, { now: TODAY, locale }).plan);
    const grid = findSheet(host.state().workbook, snapshot.name)!;
    const meta = host.state().workbook.meta;
    const fallback = { title: 'Custodian', message: '' };
    expect(entryAlert(grid, meta, 5, ID_COL, '202403150000000004', fallback)).toBeUndefined();
    const alert = entryAlert(grid, meta, 5, ID_COL, '202403150000000002', fallback);
    expect(alert).toMatchObject({ style: 'stop', title });
    expect(alert!.message).toContain(title);
  });
});
