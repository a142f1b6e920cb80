/**
 * The phone rules setup writes hold what Check holds: on a Chinese, a North American, a British and a
 * several-country list, the very formula written in the sheet (run by formula-eval.ts) refuses what
 * Check reports as no number (1234567 in 手机) and accepts every way of writing a number Check reads;
 * a second phone column (座机, Work Phone) gets the same rule with a hint in the sheet's language.
 */
import {
  getCountries,
  getCountryCallingCode,
  getExampleNumber,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { checkSheet } from '../../shared/check/check-sheet';
import { planSetup } from '../../shared/operations/setup';
import { phoneRuleHolds } from '../../shared/operations/validation-rules';
import {
  ANY_COUNTRY,
  MAX_PHONE_DIGITS,
  MIN_INTERNATIONAL_DIGITS,
  MIN_BARE_DIGITS,
  MIN_NATIONAL_DIGITS,
  phoneShapeFormula,
  regionPhoneShape,
} from '../../shared/operations/phone-entry-rule';
import { isListValidation, isValidationRemoval, type RuleValidation } from '../../shared/plan/plan';
import { cellAddress } from '../../shared/sheet/a1';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { ruleAccepts } from './formula-eval';
import { PHONE_ERRORS } from './phone-errors';

// A Shenzhen distributor's customer list: a mobile and an office line per contact.
const CHINESE: CellValue[][] = [
  ['客户名称', '联系人', '手机', '座机', '邮箱', '所在城市'],
  ['深圳市华强电子有限公司', '王建国', '13812345678', '0755-83456789', 'wangjg@hqdz.com.cn', '深圳'],
  ['杭州云帆科技有限公司', '李静', '139 0571 2233', '0571-88776655 转 801', 'lijing@yunfan.cn', '杭州'],
  ['北京中科仪器有限公司', '张伟', '+86 186 1001 2345', '010-62345678', 'zhangwei@zkyq.com', '北京'],
  ['苏州精工机械厂', '陈小红', '15051234567', '400-800-1234', 'chenxh@jgjx.cn', '苏州'],
];
// An American distributor's contacts (HubSpot-style headers).
const AMERICAN: CellValue[][] = [
  ['Company', 'Contact', 'Mobile', 'Work Phone', 'Email'],
  ['Brightwave Inc.', 'Sarah Johnson', '(415) 555-0134', '(415) 555-0100 ext. 12', 'sarah@brightwave.io'],
  ["O'Brien Law", 'Michael O’Brien', '617-555-0142', '(617) 555-0100', 'mobrien@obrienlaw.com'],
  ['Cascadia Dev', 'Emily Chen', '(206) 555-0145', '206.555.0100', 'emily@cascadia.dev'],
  ['Lakeside Pediatrics', 'Priya Natarajan', '+1 312 555 0177', '(312) 555-0100', 'priya@lakesidepeds.com'],
];
// A British wholesaler's accounts.
const BRITISH: CellValue[][] = [
  ['Company', 'Contact', 'Mobile', 'Office phone', 'Email'],
  ['Thames Valley Supplies', 'Oliver Smith', '07911 123456', '020 7123 4567', 'oliver@tvsupplies.co.uk'],
  ['Pennine Tools Ltd', 'Amelia Jones', '07400 222333', '0161 234 5678', 'amelia@penninetools.co.uk'],
  ['Severn Foods', 'Harry Williams', '07800 555123', '0117 925 0000', 'harry@severnfoods.co.uk'],
  ['Highland Wool Co', 'Isla Brown', '07700 123456', '0131 225 1234', 'isla@highlandwool.co.uk'],
];
// An exporter's list: each row's country says how its numbers are read.
const SEVERAL_COUNTRIES: CellValue[][] = [
  ['客户名称', '国家', '手机', '办公电话'],
  ['宁波海运贸易有限公司', '中国', '13812345678', '0574-87654321'],
  ['Harbour Trading Ltd', '香港', '9123 4567', '2987 6543'],
  ['Lion City Imports', '新加坡', '8123 4567', '6123 4567'],
  ['Thames Valley Supplies', '英国', '07700 900123', '020 7946 0958'],
  ['Brightwave Inc.', '美国', '(415) 555-0134', '(415) 555-0100'],
];

/** Whether Check reads `value` as a number in column `col` of a row added to the list (`row` fills the rest). */
function checkAccepts(list: CellValue[][], col: number, value: string, row: CellValue[] = list[1]!): boolean {
  const added = row.map((cell, i) => (i === col - 1 ? value : cell));
  const { issues } = checkSheet(sheet([...list, added]), { now: TODAY });
  const column = String(list[0]![col - 1]);
  return !issues.some((i) => i.row === list.length + 1 && i.column === column && PHONE_ERRORS.has(i.code));
}

function phoneRules(list: CellValue[][]) {
  const { plan } = planSetup(sheet(list), { now: TODAY });
  const rules = plan.validations.filter(
    (v): v is Extract<RuleValidation, { kind: 'custom' }> =>
      !isListValidation(v) && !isValidationRemoval(v) && v.kind === 'custom' && !v.formula.includes('COUNTIF('),
  );
  const at = (col: number) => {
    const rule = rules.find((r) => r.col === col);
    if (!rule) throw new Error(`no phone rule on column ${col}`);
    return { rule, accepts: (value: string) => ruleAccepts(rule.formula, cellAddress(2, col), value) };
  };
  return at;
}

describe('phone rules at entry on a Chinese list', () => {
  const rules = phoneRules(CHINESE);
  const mobile = rules(3);
  const line = rules(4);

  test.each(['1234567', '62345678', '138123456', '138123456789012345678901', '13812345678 微信同号', 'abc'])(
    'refuses %s in 手机, which Check reports as no number',
    (value) => {
      expect(checkAccepts(CHINESE, 3, value)).toBe(false);
      expect(mobile.accepts(value)).toBe(false);
      expect(phoneRuleHolds(value, mobile.rule.formula)).toBe(false);
    },
  );

  test.each([
    '13812345678',
    '138-1234-5678',
    '138 1234 5678',
    '+86 138 1234 5678',
    '+8613812345678',
    '0086 138 1234 5678',
    '１３８１２３４５６７８',
    '010-62345678',
    '（010）62345678',
    '0755-8888 6666',
    '400-800-1234',
    '95588',
    '10086',
    '0755-83456789 转 801',
    '0755-83456789-8012',
    '13800138000-1234',
    '+1 415 555 0134',
    '(415) 555-0134',
    '+44 20 7946 0958',
    '(852) 2987 6543',
  ])('accepts %s in 手机 and 座机, as Check does', (value) => {
    expect(checkAccepts(CHINESE, 3, value)).toBe(true);
    expect(mobile.accepts(value)).toBe(true);
    expect(line.accepts(value)).toBe(true);
    expect(phoneRuleHolds(value, mobile.rule.formula)).toBe(true);
  });

  test('gives 座机 a phone rule with a Chinese hint of a line with its area code and extension', () => {
    expect(line.rule).toMatchObject({
      kind: 'custom',
      strict: false,
      allowBlank: true,
      firstRow: 2,
      promptTitle: '座机',
      prompt: '带区号的电话或手机号，分机写在后面，如 010-62345678 转 801',
    });
    expect(line.rule.error).toContain('座机：号码位数不对或含其他文字');
    expect(mobile.rule.prompt).toBe('完整的手机号或带区号的电话，如 13800138000');
    for (const example of ['010-62345678 转 801', '13800138000']) {
      expect(checkAccepts(CHINESE, 4, example)).toBe(true);
      expect(line.accepts(example)).toBe(true);
    }
  });

  test.each(['公司电话', '办公电话'])('gives a second phone column headed %s the same rule', (header) => {
    const list = CHINESE.map((row, i) => (i === 0 ? row.map((h, c) => (c === 3 ? header : h)) : row));
    const second = phoneRules(list)(4);
    expect(second.rule.promptTitle).toBe(header);
    expect(second.accepts('0755-8888 6666')).toBe(true);
    expect(second.accepts('8888666')).toBe(false);
  });
});

describe('phone rules at entry on English lists', () => {
  describe.each([
    ['an American', AMERICAN, '(415) 555-0134', '(415) 555-0134 ext. 12', ['555-0134', '12345', '(415) 555-01']],
    ['a British', BRITISH, '07911 123456', '020 7123 4567 ext. 12', ['12345', '0161 23', '7946 09']],
  ])('%s list', (_, list, mobileExample, lineExample, refused) => {
    const rules = phoneRules(list);
    const mobile = rules(3);
    const line = rules(4);

    test.each([...refused, 'call after 5pm'])('refuses %s, which Check reports as no number', (value) => {
      expect(checkAccepts(list, 3, value)).toBe(false);
      expect(mobile.accepts(value)).toBe(false);
      expect(line.accepts(value)).toBe(false);
    });

    test.each([mobileExample, lineExample, '+1 415 555 0134', '+44 20 7946 0958', '+86 138 1234 5678', '13812345678'])(
      'accepts %s, as Check does',
      (value) => {
        expect(checkAccepts(list, 3, value)).toBe(true);
        expect(mobile.accepts(value)).toBe(true);
        expect(line.accepts(value)).toBe(true);
      },
    );

    test('hints in English with the way the list writes its numbers', () => {
      expect(mobile.rule.prompt).toBe(`A full phone number with its area code, e.g. ${mobileExample}`);
      expect(line.rule.prompt).toBe(`A phone number with its area code, any extension after it, e.g. ${lineExample}`);
      expect(line.rule.error).toMatch(/^(Work Phone|Office phone): the phone number has too few or too many digits/);
    });
  });

  test('accepts the ways North American numbers are written, as Check does', () => {
    const mobile = phoneRules(AMERICAN)(3);
    for (const value of [
      '415-555-0134',
      '415.555.0134',
      '1 415 555 0134',
      '1-800-555-0199',
      '310/246-1501',
      '4155550134',
    ])
      expect([value, checkAccepts(AMERICAN, 3, value), mobile.accepts(value)]).toEqual([value, true, true]);
  });
});

describe('phone rules at entry on a list of several countries', () => {
  const rules = phoneRules(SEVERAL_COUNTRIES);

  test.each([
    ['香港', '9123 4567'],
    ['香港', '2987 6543'],
    ['新加坡', '6123 4567'],
    ['英国', '020 7946 0958'],
    ['美国', '(415) 555-0134'],
    ['中国', '0574-87654321 转 12'],
  ])('accepts a %s row’s %s in both phone columns, as Check does', (country, value) => {
    const row = ['某公司', country, null, null];
    expect(checkAccepts(SEVERAL_COUNTRIES, 3, value, row)).toBe(true);
    expect(rules(3).accepts(value)).toBe(true);
    expect(rules(4).accepts(value)).toBe(true);
  });

  test('refuses letters and notes, which Check reads in no country', () => {
    for (const value of ['123', 'n/a 13812345678', '13812345678（微信同号）']) {
      expect(checkAccepts(SEVERAL_COUNTRIES, 3, value, ['某公司', '中国', null, null])).toBe(false);
      expect(rules(3).accepts(value)).toBe(false);
    }
  });
});

describe('phone rule formulas', () => {
  // Each country's example number, written as libphonenumber writes it internationally and nationally.
  const countries = Object.keys(examples) as CountryCode[];

  test('take their bounds from libphonenumber’s lengths when any country’s numbers are allowed', () => {
    // The shortest national number of any country, and with its country code, that the metadata allows.
    const lengths = getCountries().flatMap((country) =>
      Array.from({ length: 17 }, (_, i) => i + 1)
        .filter((n) => validatePhoneNumberLength('5'.repeat(n), country) === undefined)
        .map((n) => [n, n + getCountryCallingCode(country).length] as const),
    );
    expect(Math.min(...lengths.map(([national]) => national))).toBe(MIN_NATIONAL_DIGITS);
    expect(Math.min(...lengths.map(([, international]) => international))).toBe(MIN_INTERNATIONAL_DIGITS);
    expect(Math.max(...lengths.map(([, international]) => international))).toBeLessThanOrEqual(MAX_PHONE_DIGITS - 3);
  });

  test('accept every country’s number written with its country code, on every kind of list', () => {
    const shapes = [regionPhoneShape('CN'), regionPhoneShape('US'), regionPhoneShape('GB'), ANY_COUNTRY];
    const formulas = shapes.map((shape) => phoneShapeFormula('C2', shape));
    const refused: string[] = [];
    for (const country of countries) {
      const number = getExampleNumber(country, examples);
      if (!number) continue;
      for (const text of [number.formatInternational(), number.number])
        formulas.forEach((formula, i) => {
          if (!ruleAccepts(formula, 'C2', text)) refused.push(`${shapes[i]!.region}: ${text}`);
        });
    }
    expect(refused).toEqual([]);
  });

  test('accept every country’s national number of six digits or more on a list of several countries', () => {
    const formula = phoneShapeFormula('C2', ANY_COUNTRY);
    const refused = countries
      .map((country) => [country, getExampleNumber(country, examples)?.formatNational()] as const)
      .filter(([, text]) => !!text && !ruleAccepts(formula, 'C2', text))
      .map(([country, text]) => `${country}: ${text}`);
    // Ascension, the Cook Islands, the Falklands, St Helena, Tristan da Cunha and Tokelau: their 4- and
    // 5-digit numbers pass with their country code (the test above), as 1234 and 23456 do not.
    expect(refused).toEqual(['AC: 40123', 'CK: 71 234', 'FK: 51234', 'SH: 51234', 'TA: 8999', 'TK: 7290']);
    for (const text of refused)
      expect(text.replace(/^.*: /, '').replace(/\D/g, '').length).toBeLessThan(MIN_BARE_DIGITS);
  });

  test('stay under Excel’s 255 characters in the last column and agree with their mirror', () => {
    const values = ['13812345678', '1234567', '９５５８８', '+683 4002', '0755-83456789 转 801', '12-34', ' 138'];
    for (const shape of [regionPhoneShape('CN'), regionPhoneShape('US'), regionPhoneShape('HK'), ANY_COUNTRY]) {
      const formula = phoneShapeFormula('XFD2', shape);
      expect(formula.length).toBeLessThanOrEqual(255);
      for (const value of values) expect(phoneRuleHolds(value, formula)).toBe(ruleAccepts(formula, 'XFD2', value));
    }
  });
});
