/**
 * A mainland mobile typed one digit short (1381234567) is refused at entry on a Chinese list, as Check
 * reports it, in the formula setup writes for Excel and Google Sheets and in the demo grid that mirrors
 * it; Beijing's trunkless lines (10 6234 5678), carriers' 100xx and the 12xxx hotlines, which Check
 * reads, still pass.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planSetup } from '../../shared/operations/setup';
import { phoneRuleHolds } from '../../shared/operations/validation-rules';
import { phoneShapeFormula, regionPhoneShape } from '../../shared/operations/phone-entry-rule';
import { isListValidation, isValidationRemoval, type RuleValidation } from '../../shared/plan/plan';
import { createMemoryHost } from '../../shared/host/memory-host';
import { findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { entryAlert } from '../../shared/ui/demo/entry-check';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { ruleAccepts } from './formula-eval';
import { PHONE_ERRORS } from './phone-errors';

// A B2B list as a sales team keeps it: its own IDs, a mobile per contact, one landline.
const LIST: CellValue[][] = [
  ['客户编号', '客户名称', '联系人', '手机', '邮箱', '所属行业', '客户等级', '负责人', '下次跟进'],
  [
    'KH001',
    '上海华信科技有限公司',
    '王伟',
    '138 0013 8000',
    'wangwei@huaxin.com.cn',
    '软件',
    'A类',
    '李娜',
    '2025/4/1',
  ],
  ['KH002', '北京中联物流有限公司', '张丽', '+86 139-1234-5678', 'zhangli@zl-logistics.cn', '物流', 'B类', '李娜', ''],
  ['KH003', '深圳星辰电子', '陈明', '13712345678', 'chenming@xingchen.cn', '电子制造', 'C类', '赵强', ''],
  ['KH004', '广州恒达贸易有限公司', '刘洋', '020-88886666', 'liuyang@hengda.com', '贸易', 'B类', '', ''],
  ['KH005', '成都天府医疗器械有限公司', '周杰', '18600001234', 'zhoujie@tianfu-med.com', '医疗', 'A类', '李娜', ''],
];
const PHONE = 4;

function checkAccepts(value: string): boolean {
  const added = LIST[1]!.map((cell, i) => (i === PHONE - 1 ? value : cell));
  const { issues } = checkSheet(sheet([...LIST, added]), { now: TODAY });
  return !issues.some((i) => i.row === LIST.length + 1 && i.column === '手机' && PHONE_ERRORS.has(i.code));
}

const rule = planSetup(sheet(LIST), { now: TODAY }).plan.validations.find(
  (v): v is Extract<RuleValidation, { kind: 'custom' }> =>
    !isListValidation(v) && !isValidationRemoval(v) && v.kind === 'custom' && v.col === PHONE,
)!;

describe('the phone rule at entry on a Chinese list', () => {
  test.each(['1381234567', '139 1234 567', '186-0000-123', '1590000111'])(
    'refuses %s, a mobile one digit short, which Check reports',
    (value) => {
      expect(checkAccepts(value)).toBe(false);
      expect(ruleAccepts(rule.formula, 'D2', value)).toBe(false);
      expect(phoneRuleHolds(value, rule.formula)).toBe(false);
    },
  );

  test.each([
    '13812345678',
    '138 1234 5678',
    '13812345678 转 801',
    '17012345678-4821',
    '1062345678',
    '10 6234 5678',
    '10086',
    '12315',
    '12306',
    '1 415 555 0134',
    '+86 138 1234 5678',
    '020-88886666',
  ])('accepts %s, as Check does', (value) => {
    expect(checkAccepts(value)).toBe(true);
    expect(ruleAccepts(rule.formula, 'D2', value)).toBe(true);
    expect(phoneRuleHolds(value, rule.formula)).toBe(true);
  });

  test('reads back a rule a sheet set up before kept, as that rule holds', () => {
    // The Chinese rule as setup wrote it before (ten digits led by 1 taken), in the demo's mirror.
    const before =
      '=IFERROR(ISODD(INT(CODE(MID("@@@@JHHIIOOOOOOOOOOOOO",SUMPRODUCT(--(FIND(MID(D2,ROW(INDIRECT("1:"&LEN(D2))),1),"0123456789０１２３４５６７８９ +-().－（）＋/:：#转轉分机機号號内內线線extEXT")<21)),1))/2^MID("012222222333",FIND(LEFT(D2),"0123456789("&LEFT(D2)),1))),FALSE)';
    for (const value of ['1381234567', '13812345678', '10 6234 5678', '12345678'])
      expect([value, phoneRuleHolds(value, before)]).toEqual([value, ruleAccepts(before, 'D2', value)]);
  });

  test('accepts a mobile typed as a number and a Beijing line typed as one', () => {
    for (const value of [13812345678, 1062345678]) expect(ruleAccepts(rule.formula, 'D2', value)).toBe(true);
    expect(ruleAccepts(rule.formula, 'D2', 1381234567)).toBe(false);
  });

  test('refuses a mobile one digit short in columns AA to XFD too, under Excel’s 255 characters', () => {
    for (const cell of ['Z2', 'AA2', 'AB2', 'XFD2']) {
      const formula = phoneShapeFormula(cell, regionPhoneShape('CN'));
      expect(formula.length).toBeLessThanOrEqual(255);
      for (const value of ['10 6234 5678', '10086', '13812345678', '1381234567', '12345678'])
        expect([value, phoneRuleHolds(value, formula)]).toEqual([value, ruleAccepts(formula, cell, value)]);
      expect(ruleAccepts(formula, cell, '10 6234 5678')).toBe(true);
      expect([cell, ruleAccepts(formula, cell, '1381234567')]).toEqual([cell, false]);
    }
  });

  test.each([
    ['zh-CN', /^手机：号码位数不对/],
    ['en-US', /^手机: the phone number has too few or too many digits/],
  ] as const)('warns in the demo grid when a mobile one digit short is typed (%s)', async (locale, message) => {
    const snapshot = sheet(LIST);
    const host = createMemoryHost(workbookFromSnapshot(snapshot));
    await host.applyPlan(planSetup(snapshot, { now: TODAY, locale }).plan);
    const grid = findSheet(host.state().workbook, snapshot.name)!;
    const meta = host.state().workbook.meta;
    const fallback = { title: 'Custodian', message: '' };
    const alert = entryAlert(grid, meta, 7, PHONE, '1381234567', fallback);
    expect(alert).toMatchObject({ style: 'warning' });
    expect(alert!.message).toMatch(message);
    expect(entryAlert(grid, meta, 7, PHONE, '13812345678', fallback)).toBeUndefined();
    expect(entryAlert(grid, meta, 7, PHONE, '10 6234 5678', fallback)).toBeUndefined();
  });
});
