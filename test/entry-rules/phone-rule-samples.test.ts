/**
 * The phone rule setup writes, run (formula-eval.ts) on what people type: on a Chinese list, on an
 * English list too new to say its country, on an American and a Hong Kong list, with the phone column
 * in column C and in column AB of a wide CRM export, where it is the same rule. Its mirror, which the
 * demo grid runs, says the same of every value.
 */
import { planSetup } from '../../shared/operations/setup';
import { phoneRuleHolds } from '../../shared/operations/validation-rules';
import { phoneShapeFormula, regionPhoneShape } from '../../shared/operations/phone-entry-rule';
import { isListValidation, isValidationRemoval, type RuleValidation } from '../../shared/plan/plan';
import { cellAddress, columnLetter } from '../../shared/sheet/a1';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { ruleAccepts } from './formula-eval';

// A Chinese trading company's customers, as its CRM exports them: the phone in column C.
const NARROW: CellValue[][] = [
  ['客户名称', '联系人', '手机', '邮箱', '所在城市'],
  ['深圳市华强电子有限公司', '王建国', '13812345678', 'wangjg@hqdz.com.cn', '深圳'],
  ['杭州云帆科技有限公司', '李静', '139 0571 2233', 'lijing@yunfan.cn', '杭州'],
  ['北京中科仪器有限公司', '张伟', '+86 186 1001 2345', 'zhangwei@zkyq.com', '北京'],
  ['苏州精工机械厂', '陈小红', '15051234567', 'chenxh@jgjx.cn', '苏州'],
];
// The same customers in a wide export: 25 more columns before the phone, which lands in AB.
const MORE_HEADERS = [
  '职位',
  '部门',
  '所属行业',
  '客户来源',
  '客户等级',
  '省份',
  '区县',
  '详细地址',
  '邮政编码',
  '公司网址',
  '注册资本',
  '员工人数',
  '负责人',
  '协作人',
  '创建人',
  '跟进状态',
  '商机阶段',
  '合同编号',
  '开票抬头',
  '税号',
  '开户银行',
  '银行账号',
  '微信号',
  'QQ',
  '备注',
];
const WIDE: CellValue[][] = NARROW.map((row, r) => [
  ...row.slice(0, 2),
  ...MORE_HEADERS.map((header) => (r === 0 ? header : null)),
  ...row.slice(2),
]);
// An English list of two rows: too few phones to say its country, so any country's numbers pass.
const NEW_ENGLISH: CellValue[][] = [
  ['Company', 'Contact', 'Phone', 'Email'],
  ['Brightwave Inc.', 'Sarah Johnson', '+1 415 555 0134', 'sarah@brightwave.io'],
  ['Harbour Trading Ltd', 'Wing Chan', '+852 2987 6543', 'wing@harbour.hk'],
];
const AMERICAN: CellValue[][] = [
  ['Company', 'Contact', 'Phone', 'Email'],
  ['Brightwave Inc.', 'Sarah Johnson', '(415) 555-0134', 'sarah@brightwave.io'],
  ["O'Brien Law", 'Michael O’Brien', '617-555-0142', 'mobrien@obrienlaw.com'],
  ['Cascadia Dev', 'Emily Chen', '(206) 555-0145', 'emily@cascadia.dev'],
];
const HONG_KONG: CellValue[][] = [
  ['Company', 'Contact', 'Phone', 'Email'],
  ['Harbour Trading Ltd', 'Wing Chan', '9123 4567', 'wing@harbour.hk'],
  ['Kowloon Optics', 'Mei Lee', '2987 6543', 'mei@kowloonoptics.hk'],
  ['Victoria Foods', 'Ka Ho', '5123 4567', 'kaho@victoriafoods.hk'],
];

function phoneRule(list: CellValue[][], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const col = list[0]!.findIndex((h) => h === '手机' || h === 'Phone') + 1;
  const rule = planSetup(sheet(list), { now: TODAY, locale }).plan.validations.find(
    (v): v is Extract<RuleValidation, { kind: 'custom' }> =>
      !isListValidation(v) && !isValidationRemoval(v) && v.kind === 'custom' && v.col === col,
  );
  if (!rule) throw new Error(`no phone rule on column ${col}`);
  const cell = cellAddress(rule.firstRow, col);
  return { rule, cell, accepts: (value: CellValue) => ruleAccepts(rule.formula, cell, value as string | number) };
}

/** Every way of writing a number a Chinese team's list holds. */
const CHINESE_NUMBERS = [
  '13911112222',
  '139 1111 2222',
  '139-1111-2222',
  '+86 139 1111 2222',
  '+8613911112222',
  '１３９１１１１２２２２',
  '010-12345678',
  '（010）12345678',
  '(010) 1234 5678',
  '10 6234 5678',
  '0755-1234567转123',
  '0755-1234567 转 123',
  '0755-83456789 分机号 8012',
  '400-800-8888',
  '95588',
  '10086',
  '12315',
  '+852 2987 6543',
  '9123 4567',
  '+44 20 7946 0958',
  '(555) 123-4567',
  '+1 415 555 0134 ext. 12',
];
/** What no Chinese list holds: too few digits, too many, two numbers in a cell, notes. */
const NOT_CHINESE_NUMBERS = [
  '12345',
  '1234',
  '1391111222',
  '62345678',
  '13911112222 13900139000',
  '13911112222/13900139000',
  '1391111222213900139000123',
  '139 1111 2222 微信同号',
  'n/a',
];

describe('the phone rule on a Chinese list', () => {
  const narrow = phoneRule(NARROW);
  const wide = phoneRule(WIDE);

  test('is the same rule in column AB as in column C', () => {
    expect([narrow.cell, wide.cell]).toEqual(['C2', 'AB2']);
    expect(wide.rule.formula.replaceAll('AB2', 'C2')).toBe(narrow.rule.formula);
    expect(wide.rule.formula.length).toBeLessThanOrEqual(255);
  });

  test.each(CHINESE_NUMBERS)('accepts %s in column C and in column AB', (value) => {
    expect([narrow.accepts(value), wide.accepts(value)]).toEqual([true, true]);
    expect(phoneRuleHolds(value, wide.rule.formula)).toBe(true);
  });

  test.each(NOT_CHINESE_NUMBERS)('refuses %s in column C and in column AB', (value) => {
    expect([narrow.accepts(value), wide.accepts(value)]).toEqual([false, false]);
    expect(phoneRuleHolds(value, wide.rule.formula)).toBe(false);
  });

  test('sits on a column formatted as text, so 12345 typed there is text; takes a mobile stored as a number', () => {
    const { plan } = planSetup(sheet(WIDE), { now: TODAY });
    expect(plan.numberFormats.find((f) => f.col === 28)).toMatchObject({ format: '@' });
    expect([wide.accepts(13911112222), wide.accepts(1391111222)]).toEqual([true, false]);
  });
});

describe('the phone rule on an English list too new to say its country', () => {
  const { rule, accepts } = phoneRule(NEW_ENGLISH, 'en-US');

  test.each([...CHINESE_NUMBERS, '2987 6543', '020 7946 0958', '(415) 555-0134', '+683 4002', '21 12 34'])(
    'accepts %s',
    (value) => {
      expect(accepts(value)).toBe(true);
      expect(phoneRuleHolds(value, rule.formula)).toBe(true);
    },
  );

  test.each(['12345', '1234', '23456', '12 34', '555', 'call after 5pm', '+1 415 555 0134 +1 415 555 0135 +1 4'])(
    'refuses %s',
    (value) => {
      expect(accepts(value)).toBe(false);
      expect(phoneRuleHolds(value, rule.formula)).toBe(false);
    },
  );
});

describe('the phone rule on an American list', () => {
  const { rule, accepts } = phoneRule(AMERICAN, 'en-US');

  test.each(['(415) 555-0134', '(415) 555-0134 ext. 1234567', '1-800-555-0199 x12', '13911112222', '+44 20 7946 0958'])(
    'accepts %s',
    (value) => {
      expect(accepts(value)).toBe(true);
      expect(phoneRuleHolds(value, rule.formula)).toBe(true);
    },
  );

  test.each(['(415) 555-0134 (415) 555-0135', '415-555-0134/415-555-0135', '12345', '555-0134'])(
    'refuses %s, two numbers or too few digits',
    (value) => {
      expect(accepts(value)).toBe(false);
      expect(phoneRuleHolds(value, rule.formula)).toBe(false);
    },
  );
});

describe('the phone rule on a Hong Kong list', () => {
  const { accepts } = phoneRule(HONG_KONG, 'en-US');

  test.each(['2987 6543', '9123 4567', '+852 2987 6543', '13911112222'])('accepts %s', (value) => {
    expect(accepts(value)).toBe(true);
  });

  test.each(['12345', '1234'])('refuses %s', (value) => {
    expect(accepts(value)).toBe(false);
  });
});

describe('phoneShapeFormula on a Chinese list', () => {
  test.each([2, 9, 99])('tells 10 from 13 in every column to ZZ in row %i', (row) => {
    for (const col of [1, 26, 27, 28, 52, 702]) {
      const cell = `${columnLetter(col)}${row}`;
      const formula = phoneShapeFormula(cell, regionPhoneShape('CN'));
      expect([cell, formula.length <= 255, formula.includes('SUBSTITUTE(')]).toEqual([cell, true, true]);
      expect([cell, ruleAccepts(formula, cell, '1381234567'), ruleAccepts(formula, cell, '10 6234 5678')]).toEqual([
        cell,
        false,
        true,
      ]);
    }
  });

  test('tells 10 from 13 in column XFD up to row 9, and stays under 255 characters below, to row 9999', () => {
    expect(phoneShapeFormula('XFD9', regionPhoneShape('CN'))).toContain('SUBSTITUTE(');
    for (const cell of ['XFD10', 'XFD9999']) {
      const formula = phoneShapeFormula(cell, regionPhoneShape('CN'));
      expect(formula.length).toBeLessThanOrEqual(255);
      expect(ruleAccepts(formula, cell, '10 6234 5678')).toBe(true);
      expect(ruleAccepts(formula, cell, '12345')).toBe(false);
    }
  });
});
