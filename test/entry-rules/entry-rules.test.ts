/**
 * Rules at entry: what setup plans per field kind, and what the Excel and Google Sheets hosts set
 * from that plan (their emulators record each rule, its bound or formula, its texts and its style).
 */
import { planSetup, LISTS_SHEET } from '../../shared/operations/setup';
import { isListValidation, isValidationRemoval, type Plan, type RuleValidation } from '../../shared/plan/plan';
import { defaultTemplate } from '../../shared/template/default-template';
import type { Template } from '../../shared/template/schema';
import { ExcelEmulator } from '../addin/excel-emulator';
import { hostFor } from '../addin/helpers';
import { buildGas, readDist } from '../appsscript/gas-runtime';
import { startSession } from '../appsscript/pipeline';
import { sheet, TODAY } from '../operations/fixtures';

const WHOLE_COLUMN = 1_048_576;

const chinese = sheet([
  ['客户编号', '客户名称', '手机号码', '邮箱', '最近联系时间', '累计消费', '购买次数', '客户等级'],
  ['C000001', '张三', '13800138000', 'zhang@example.com', '2024-03-05', 1250.5, 3, 'VIP'],
  ['C000002', '李四', '010-12345678', 'li@example.cn', '2024-04-01', 0, 1, '普通'],
]);
const english = sheet([
  ['Customer ID', 'Name', 'Phone', 'Email', 'Last Contact', 'Total Spend', 'Orders', 'Tier'],
  ['C000001', 'Ada Lovelace', '+1 415 555 0134', 'ada@example.com', '2024-03-05', 99.9, 2, 'VIP'],
]);

function rulesOf(plan: Plan, col: number | undefined): RuleValidation[] {
  return plan.validations.filter(
    (v): v is RuleValidation => !isListValidation(v) && !isValidationRemoval(v) && v.col === col,
  );
}

describe('entry rules in setup', () => {
  const { plan, mapping } = planSetup(chinese, { now: TODAY });
  const by = mapping.byField;

  test('plans one rule per governed field kind over the whole column when the sheet is Chinese', () => {
    expect(rulesOf(plan, by.phone)).toMatchObject([
      { kind: 'custom', firstRow: 2, lastRow: WHOLE_COLUMN, allowBlank: true },
    ]);
    expect(rulesOf(plan, by.email)).toMatchObject([{ kind: 'email' }]);
    expect(rulesOf(plan, by.lastContact)).toMatchObject([{ kind: 'date', min: '1900-01-01', strict: true }]);
    expect(rulesOf(plan, by.totalSpend)).toMatchObject([{ kind: 'decimal', min: 0, strict: true }]);
    expect(rulesOf(plan, by.purchaseCount)).toMatchObject([
      { kind: 'whole', min: 0, formula: expect.stringMatching(/^=AND\(ISNUMBER\(G2\),G2>=0,INT\(G2\)=G2\)$/) },
    ]);
    const id = rulesOf(plan, by.customerId).find(
      (v): v is Extract<RuleValidation, { kind: 'custom' }> => v.kind === 'custom',
    );
    expect(id).toMatchObject({ kind: 'custom', strict: true });
    expect(id?.formula).toContain('COUNTIF($A:$A,A2)=1');
    expect(id?.formula).toContain('EXACT(LEFT(A2,1),"C")');
    // Names and free text are governed by Check only.
    expect(rulesOf(plan, by.name)).toEqual([]);
  });

  test('words hints and alerts in Chinese when the sheet is Chinese', () => {
    const phone = rulesOf(plan, by.phone)[0]!;
    expect(phone.error).toBe(
      '手机：号码位数不对或含其他文字。请输入完整的手机号或带区号的电话，如 13800138000；外国号码以 + 和国家代码开头。',
    );
    expect(phone).toMatchObject({
      promptTitle: '手机',
      errorTitle: '手机',
      prompt: '完整的手机号或带区号的电话，如 13800138000',
    });
    expect(rulesOf(plan, by.customerId)[0]?.error).toContain('C000123');
    const tier = plan.validations.find((v) => isListValidation(v) && v.col === by.valueTier);
    expect(tier).toMatchObject({
      kind: 'list',
      lastRow: WHOLE_COLUMN,
      prompt: '请从下拉列表中选择',
      error: '价值等级：请从下拉列表中选择一项。',
    });
  });

  test('words hints and alerts in English when the sheet is English', () => {
    const en = planSetup(english, { now: TODAY });
    const date = rulesOf(en.plan, en.mapping.byField.lastContact)[0];
    expect(date).toMatchObject({
      promptTitle: 'Last Contact',
      error: 'Last Contact: enter a date on or after 1900-01-01, e.g. 2024-03-05.',
    });
    expect(rulesOf(en.plan, en.mapping.byField.phone)[0]?.error).toContain('e.g. +1 415 555 0134');
  });

  test('keeps every formula and text inside Excel limits when rules are planned', () => {
    for (const v of plan.validations) {
      if (isValidationRemoval(v)) continue;
      if (!isListValidation(v) && 'formula' in v) expect(v.formula.length).toBeLessThanOrEqual(255);
      expect((v.promptTitle ?? '').length).toBeLessThanOrEqual(32);
      expect((v.error ?? '').length).toBeLessThanOrEqual(255);
    }
  });

  test('clips titles and alerts to Excel limits when a header is very long', () => {
    const template: Template = defaultTemplate();
    template.fields = template.fields.map((f) =>
      f.key === 'phone' ? { ...f, labels: { ...f.labels, 'zh-CN': '手机'.repeat(150) } } : f,
    );
    const long = planSetup(chinese, { now: TODAY, template });
    const phone = rulesOf(long.plan, long.mapping.byField.phone)[0];
    expect(phone?.errorTitle).toHaveLength(32);
    expect(phone?.error?.length).toBe(255);
  });

  test('warns on a bad phone but stops other kinds by default, and follows the template when it says hard or soft', () => {
    expect(rulesOf(plan, by.phone)[0]?.strict).toBe(false);
    const template: Template = defaultTemplate();
    template.fields = template.fields.map((f) =>
      f.key === 'phone' ? { ...f, entry: 'hard' } : f.key === 'valueTier' ? { ...f, entry: 'soft' } : f,
    );
    const custom = planSetup(chinese, { now: TODAY, template });
    expect(rulesOf(custom.plan, custom.mapping.byField.phone)[0]?.strict).toBe(true);
    expect(
      custom.plan.validations.filter(isListValidation).find((v) => v.col === custom.mapping.byField.valueTier)?.strict,
    ).toBe(false);
  });
});

describe('entry rules in the Excel host', () => {
  test('sets custom, date, decimal and whole-number rules with their texts over whole columns when setup runs', async () => {
    const excel = new ExcelEmulator().addSheet('客户', chinese.values);
    const { plan, mapping } = planSetup(chinese, { now: TODAY });
    await hostFor(excel).applyPlan(plan);
    const state = excel.state('客户').validations;
    const at = (col: number | undefined) => state.filter((v) => v.col === col);
    expect(at(mapping.byField.phone)).toMatchObject([
      {
        kind: 'custom',
        lastRow: WHOLE_COLUMN,
        strict: false,
        errorTitle: '手机',
        formula: expect.stringContaining('SUMPRODUCT'),
      },
    ]);
    expect(at(mapping.byField.email)).toMatchObject([
      { kind: 'custom', formula: expect.stringContaining('"@"'), strict: true },
    ]);
    expect(at(mapping.byField.lastContact)).toMatchObject([{ kind: 'date', min: '1900-01-01' }]);
    expect(at(mapping.byField.totalSpend)).toMatchObject([{ kind: 'decimal', min: 0 }]);
    expect(at(mapping.byField.purchaseCount)).toMatchObject([
      { kind: 'wholeNumber', min: 0, error: expect.stringContaining('整数') },
    ]);
    expect(at(mapping.byField.customerId)[0]?.formula).toContain('COUNTIF($A:$A,A2)=1');
    expect(at(mapping.byField.valueTier)).toMatchObject([
      { source: expect.stringContaining('VIP'), strict: true, prompt: '请从下拉列表中选择' },
    ]);
  });

  test('highlights required blanks only on rows that hold something, replacing the highlight an earlier setup left', async () => {
    const excel = new ExcelEmulator().addSheet('客户', chinese.values);
    const { plan, mapping } = planSetup(chinese, { now: TODAY });
    const idCol = mapping.byField.customerId!;
    const last = plan.required.find((r) => r.col === idCol)!.lastRow;
    await excel.run(async (context) => {
      // What setup wrote before: every blank painted, empty rows below the data included.
      context.workbook.worksheets
        .getItem('客户')
        .getRange(`A2:A${last}`)
        .conditionalFormats.add('Custom').custom.rule.formula = '=LEN(TRIM(A2))=0';
      await context.sync();
    });
    await hostFor(excel).applyPlan(plan);
    const formats = excel.state('客户').conditionalFormats.filter((f) => f.address.startsWith('A2:'));
    expect(formats).toEqual([
      { type: 'Custom', address: `A2:A${last}`, formula: '=AND(COUNTA(2:2)>0,LEN(TRIM(A2))=0)', fill: '#FDE7E9' },
    ]);
  });

  test.each([40, 500])('puts a %i-option list on the hidden lists sheet once when setup plans it', async (count) => {
    const template = defaultTemplate();
    const industry = template.fields.find((f) => f.key === 'industry')!;
    industry.options = Array.from({ length: count }, (_, i) => ({
      key: `k${i}`,
      labels: { 'zh-CN': `行业选项${i}号`, 'en-US': `Industry option ${i}` },
      synonyms: [],
    }));
    const excel = new ExcelEmulator().addSheet('客户', chinese.values);
    const { plan, mapping } = planSetup(chinese, { now: TODAY, template });
    await hostFor(excel).applyPlan(plan);
    const rule = excel.state('客户').validations.find((v) => v.col === mapping.byField.industry);
    expect(rule?.source).toBe(`=${LISTS_SHEET}!$A$1:$A$${count}`);
    expect(excel.state(LISTS_SHEET).values.map((r) => r[0])).toEqual(industry.options.map((o) => o.labels['zh-CN']));
  });
});

describe('entry rules in the Google Sheets host', () => {
  let code = '';
  beforeAll(() => {
    buildGas({ sidebar: false });
    code = readDist('Code.js');
  });

  test('uses email, date, number and formula rules down to the last row when setup runs', async () => {
    const session = startSession(code, (e) => e.addSheet('客户', chinese.values));
    const { plan, mapping } = planSetup(chinese, { now: TODAY });
    await session.host.applyPlan(plan);
    const sheetModel = session.emulator.book.sheet('客户')!;
    const lastRow = sheetModel.maxRows;
    expect(lastRow).toBeLessThan(WHOLE_COLUMN);
    const rule = (row: number, col: number | undefined) => sheetModel.cell(row, col!)?.validation;
    expect(rule(lastRow, mapping.byField.email)).toMatchObject({
      criteria: 'TEXT_IS_VALID_EMAIL',
      allowInvalid: false,
      helpText: '邮箱：请输入邮箱地址，如 name@example.com。',
    });
    expect(rule(2, mapping.byField.lastContact)).toMatchObject({
      criteria: 'DATE_ON_OR_AFTER',
      values: ['1900-01-01'],
    });
    expect(rule(2, mapping.byField.totalSpend)).toMatchObject({
      criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      values: ['0'],
    });
    expect(rule(2, mapping.byField.purchaseCount)).toMatchObject({
      criteria: 'CUSTOM_FORMULA',
      values: ['=AND(ISNUMBER(G2),G2>=0,INT(G2)=G2)'],
    });
    expect(rule(lastRow, mapping.byField.phone)).toMatchObject({ criteria: 'CUSTOM_FORMULA', allowInvalid: true });
    expect(rule(2, mapping.byField.customerId)).toMatchObject({
      criteria: 'CUSTOM_FORMULA',
      allowInvalid: false,
      values: [expect.stringContaining('COUNTIF($A:$A,A2)=1')],
    });
  });
});
