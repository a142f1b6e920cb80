/**
 * A TRUE or FALSE in a name column: a checkbox column that slid into the name's place, or a TRUE typed
 * there (Excel stores it as a true/false value). It is no name and has no spacing to fix: check says
 * so and cleaning leaves it as typed.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const SIGN_UPS: CellValue[][] = [
  ['Full Name', 'Email', 'Mobile'],
  ['Mary Smith', 'mary@example.com', '+1 415 555 0100'],
  [true, 'j.doe@example.com', '+1 415 555 0101'],
  [false, 'k.lee@example.com', '+1 415 555 0102'],
];

const 报名表: CellValue[][] = [
  ['姓名', '手机号', '邮箱'],
  ['张伟', '13800138000', 'zhangwei@example.cn'],
  [true, '13900139000', 'lina@example.cn'],
];

describe('a true/false value in a name column', () => {
  test('is reported as not a name, naming row, column and value, in English', () => {
    const issues = checkSheet({ name: 'Sign-ups', values: SIGN_UPS }, { now: TODAY, locale: 'en-US' }).issues;
    const names = issues.filter((i) => i.column === 'Full Name');
    expect(names.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [3, 'name.trueFalse', 'error', true, null],
      [4, 'name.trueFalse', 'error', false, null],
    ]);
    expect(names[0]!.message).toBe(
      'Row 3, Full Name: TRUE is a true/false value (a ticked checkbox, say), not a name: left as it is. Type the name there, or move the value to a column of its own.',
    );
    expect(names[1]!.message).toContain('Row 4, Full Name: FALSE is a true/false value');
    expect(issues.some((i) => i.code === 'name.nonCanonical')).toBe(false);
  });

  test('is reported as not a name in Chinese', () => {
    const issues = checkSheet({ name: '报名', values: 报名表 }, { now: TODAY, locale: 'zh-CN' }).issues;
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([[3, '姓名', 'name.trueFalse']]);
    expect(issues[0]!.message).toBe(
      '第 3 行“姓名”：TRUE 是真/假值（例如勾选框的值），不是姓名：已保持原样。请填写姓名，或把这个值移到单独的列。',
    );
  });

  test('a name that is the word True stays a name', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email'],
      ['Ruth', 'True', 'ruth.true@example.com'],
    ];
    expect(checkSheet({ name: 'Contacts', values }, { now: TODAY, locale: 'en-US' }).issues).toEqual([]);
  });

  test('cleaning leaves it as typed', () => {
    const result = planClean({ name: 'Sign-ups', values: SIGN_UPS }, { now: TODAY, locale: 'en-US' });
    const edits = result.plan.edits;
    expect(edits.filter((e) => e.col === 1 && e.row > 1)).toEqual([]);
  });
});
