/**
 * 11010519820315451x and 11010519820315451X are one ID number; a CRM importing both sees two. Check says
 * the small x will be written X, and clean writes it so, in a column of Chinese resident ID numbers only.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// An insurance agent's clients: one client's second policy typed with a small x.
const POLICIES: CellValue[][] = [
  ['客户姓名', '身份证号', '性别', '出生日期', '手机'],
  ['周海涛', '11010519820315451X', '男', '1982-03-15', '13901011234'],
  ['周海涛', '11010519820315451x', '男', '1982-03-15', '13901011234'],
  ['陈国庆', '440301196910010032', '男', '1969-10-01', '13809871234'],
  ['孙悦', '11010519491231002x', '女', '1949-12-31', '13809875678'],
];

describe('an ID number’s check digit x', () => {
  test('check warns it will be written X, in Chinese and in English', () => {
    const zh = checkSheet(sheet(POLICIES), { now: TODAY }).issues.filter((i) => i.column === '身份证号');
    expect(zh.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [3, 'idNumber.lowercaseX', 'warning', '11010519820315451x', '11010519820315451X'],
      [5, 'idNumber.lowercaseX', 'warning', '11010519491231002x', '11010519491231002X'],
    ]);
    expect(zh[0]!.message).toBe(
      '末位的小写 x 就是校验码 X，意思相同；按身份证号码匹配客户的系统可能把两种写法当成两个人：将改为“11010519820315451X”。',
    );
    const en = checkSheet(sheet(POLICIES), { now: TODAY, messageLocale: 'en-US' }).issues.find(
      (i) => i.code === 'idNumber.lowercaseX',
    );
    expect(en?.message).toBe(
      'The small x at the end is the check digit X, the same digit; a system matching ID numbers may take the two for different people: will become "11010519820315451X".',
    );
  });

  test('clean writes it X and counts it under its own reason', () => {
    const { plan, summary } = planClean(sheet(POLICIES), { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 2).map((e) => [e.row, e.before, e.after, e.reason])).toEqual([
      [3, '11010519820315451x', '11010519820315451X', 'idNumber.lowercaseX'],
      [5, '11010519491231002x', '11010519491231002X', 'idNumber.lowercaseX'],
    ]);
    expect(summary.byReason['idNumber.lowercaseX']).toBe(2);
  });

  test('a passport or other ID column keeps its x', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Passport'],
      ['Ann Lee', 'ann@example.com', 'E12345678'],
      ['Bob Smith', 'bob@example.com', 'G87654321'],
      ['Zhou Haitao', 'zhou@example.com', '11010519820315451x'],
    ];
    expect(planClean(sheet(values), { now: TODAY }).plan.edits.filter((e) => e.col === 3)).toEqual([]);
    expect(checkSheet(sheet(values), { now: TODAY }).issues.filter((i) => i.column === 'Passport')).toEqual([]);
  });
});
