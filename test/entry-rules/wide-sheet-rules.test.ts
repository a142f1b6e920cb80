/**
 * Rules at entry on a wide CRM export, whose governed columns are AA to AH behind 26 custom fields:
 * each is the rule the same column gets in A to H, with its own column in its formula, in the plan and
 * in the .xlsx the command line writes, and it judges what people type as that rule does.
 */
import ExcelJS from 'exceljs';
import { planSetup } from '../../shared/operations/setup';
import { isValidationRemoval, type Plan, type Validation } from '../../shared/plan/plan';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { newWorkbook } from '../../cli/io/new-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import { columnLetter } from '../../shared/sheet/a1';
import type { CellValue } from '../../shared/sheet/cell-value';
import { tempDir } from '../cli-io/fixtures';
import { sheet, TODAY } from '../operations/fixtures';
import { ruleAccepts } from './formula-eval';

const NARROW: CellValue[][] = [
  ['客户编号', '客户名称', '手机号码', '邮箱', '最近联系时间', '累计消费', '购买次数', '客户等级'],
  ['C000001', '张三', '13800138000', 'zhang@example.com', '2024-03-05', 1250.5, 3, 'VIP'],
  ['C000002', '李四', '010-12345678', 'li@example.cn', '2024-04-01', 0, 1, '普通'],
];
// 自定义字段1 … 26: a CRM export's custom fields, empty here, ahead of the standard ones.
const CUSTOM = Array.from({ length: 26 }, (_, i) => `自定义字段${i + 1}`);
const WIDE: CellValue[][] = NARROW.map((row, r) => [...CUSTOM.map((h) => (r === 0 ? h : null)), ...row]);

function setUp(list: CellValue[][]) {
  const { plan, mapping } = planSetup(sheet(list), { now: TODAY });
  const rules = (key: string) =>
    plan.validations.filter((v): v is Validation => !isValidationRemoval(v) && v.col === mapping.byField[key]);
  return { plan, mapping, rules };
}

/** A rule's formula with its own column's letters as X, so rules of two columns compare. */
function anchored(rule: Validation | undefined, col: number): string {
  if (!rule || !('formula' in rule) || rule.formula === undefined) return '';
  const letter = columnLetter(col);
  return rule.formula.replace(new RegExp(`(?<![A-Z"])(\\$?)${letter}(?=\\d|:|,|\\))`, 'g'), '$1X');
}

const FIELDS = ['customerId', 'phone', 'email', 'lastContact', 'totalSpend', 'purchaseCount', 'valueTier'];

describe('rules at entry in columns AA to AH', () => {
  const narrow = setUp(NARROW);
  const wide = setUp(WIDE);

  test('puts the governed fields in AA to AH', () => {
    expect(FIELDS.map((key) => columnLetter(wide.mapping.byField[key]!))).toEqual([
      'AA',
      'AC',
      'AD',
      'AE',
      'AF',
      'AG',
      'AH',
    ]);
  });

  test.each(FIELDS)('gives %s the rule it has in A to H, on its own column', (key) => {
    const [a, b] = [narrow.rules(key), wide.rules(key)];
    expect(b).toHaveLength(a.length);
    expect(a.length).toBeGreaterThan(0);
    a.forEach((rule, i) => {
      const { formula: _a, col: _c, ...rest } = rule as typeof rule & { formula?: string };
      expect(b[i]).toMatchObject({ ...rest, col: rule.col + 26 });
      expect(anchored(b[i], rule.col + 26)).toBe(anchored(rule, rule.col));
    });
  });

  test.each([
    ['email', 'zhang.wei@example.com.cn', true],
    ['email', 'Li.Na@Example.COM', true],
    ['email', 'zhang@', false],
    ['email', 'zhang wei@example.com', false],
    ['purchaseCount', 3, true],
    ['purchaseCount', 2.5, false],
    ['purchaseCount', -1, false],
    ['phone', '13800138000', true],
    ['phone', '1381234567', false],
    ['phone', '12345', false],
  ] as const)('judges %s typed as %s in its wide column as in its narrow one', (key, value, ok) => {
    for (const { rules, mapping } of [narrow, wide]) {
      const rule = rules(key).find((r) => 'formula' in r && r.formula);
      const cell = `${columnLetter(mapping.byField[key]!)}2`;
      expect([cell, ruleAccepts((rule as { formula: string }).formula, cell, value)]).toEqual([cell, ok]);
    }
  });

  test('refuses an ID taken in column AA, and takes a new one', () => {
    const rule = wide.rules('customerId')[0] as { formula: string };
    const column = ['客户编号', 'C000001', 'C000002'];
    const at = (typed: string) =>
      ruleAccepts(rule.formula.replaceAll('AA2', 'AA4'), 'AA4', typed, { '$AA:$AA': [...column, typed] });
    expect([at('C000003'), at('C000002'), at('C00003')]).toEqual([true, false, false]);
  });

  test('writes each rule on its own column in the .xlsx, from the first row to the last', async () => {
    const tmp = tempDir();
    try {
      const loaded = newWorkbook('客户');
      const worksheet = loaded.workbook.getWorksheet('客户')!;
      WIDE.forEach((row) => worksheet.addRow(row));
      applyPlanToWorkbook(loaded, wide.plan as Plan);
      const file = tmp.file('wide.xlsx');
      await writeWorkbookFile(loaded, file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const written = book.getWorksheet('客户')!;
      for (const key of FIELDS) {
        const letter = columnLetter(wide.mapping.byField[key]!);
        const rule = wide.rules(key)[0]!;
        for (const address of [`${letter}2`, `${letter}1000`]) {
          const stored = written.getCell(address).dataValidation;
          expect([address, stored?.type]).toEqual([address, rule.kind === 'email' ? 'custom' : rule.kind]);
          if (stored.type === 'custom' && 'formula' in rule) expect(stored.formulae).toEqual([rule.formula.slice(1)]);
        }
      }
      expect(written.getCell('AB2').dataValidation).toBeUndefined();
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the ID rule in the template’s pattern', () => {
  const { rules } = setUp(NARROW);
  const rule = rules('customerId')[0] as { formula: string };
  const column = ['客户编号', 'C000001', 'C000002'];
  const at = (typed: string) =>
    ruleAccepts(rule.formula.replaceAll('A2', 'A4'), 'A4', typed, { '$A:$A': [...column, typed] });

  test.each(['C000003', 'C0000010', 'C1234567'])('accepts %s', (typed) => {
    expect(at(typed)).toBe(true);
  });

  test.each(['C-000003', 'C 000003', 'C(00003)', 'C+000003', 'C0000.3', 'C00003E1', 'C00000A', 'c000003', 'C12'])(
    'refuses %s, which is no prefix and digits, as the demo grid does',
    (typed) => {
      expect(at(typed)).toBe(false);
    },
  );
});
