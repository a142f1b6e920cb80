/**
 * A Chinese resident ID number records its holder's birth date and sex. An insurance agent's client
 * list, a gym's members, an English list of Chinese clients: a row whose 出生日期 / 生日 or 性别 says
 * otherwise gets a warning on that cell naming the ID number's, and cleaning changes neither.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const MISMATCH = ['idNumber.birthDateMismatch', 'idNumber.sexMismatch'];
const mismatches = (values: CellValue[][], messageLocale?: 'zh-CN' | 'en-US'): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, ...(messageLocale ? { messageLocale } : {}) }).issues.filter((i) =>
    MISMATCH.includes(i.code),
  );
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.column, i.code, i.severity, i.value]);

// An insurance agent's clients, as the agent keeps them (each policy a row).
const AGENT_CLIENTS: CellValue[][] = [
  ['客户姓名', '身份证号', '性别', '出生日期', '手机', '保单号', '险种'],
  ['周海涛', '11010519820315451X', '女', '1982-05-13', '13901011234', 'P2023110100012345', '重疾险'],
  ['刘芳', '110105198506072626', '女', '1985-06-07', '13901015678', 'P2023110100012346', '重疾险'],
  ['陈国庆', '440301196910010032', '男', '1969-10-01', '13809871234', 'P2022050500011111', '年金险'],
  ['周海涛', '11010519820315451x', '男', '1982.3.15', '139 0101 1234', 'P2024020100067890', '医疗险'],
  ['黄丽娟', '310104197512121240', '女', '', '13701239876', '', ''],
  ['郑爽', '510107199912311233', '女', '1999-12-31', '18980001234', 'P2024050500055555', '医疗险'],
];

describe('an ID number against its row’s birth date and sex', () => {
  test('warns on the birth date and the sex a row’s ID number contradicts, and only there', () => {
    expect(brief(mismatches(AGENT_CLIENTS))).toEqual([
      [2, '性别', 'idNumber.sexMismatch', 'warning', '女'],
      [2, '出生日期', 'idNumber.birthDateMismatch', 'warning', '1982-05-13'],
      // 510107199912311233: its 17th digit 3 is a man's.
      [7, '性别', 'idNumber.sexMismatch', 'warning', '女'],
    ]);
  });

  test('names both columns and both values, in Chinese and in English', () => {
    const zh = mismatches(AGENT_CLIENTS.slice(0, 2));
    expect(zh.map((i) => i.message)).toEqual([
      '“性别”是“女”，而“身份证号”11010519820315451X 表示男性（第 17 位为奇数，旧式 15 位号码看第 15 位）：两者必有一个录错了。均保持原样，请对照身份证核对。',
      '“出生日期”是 1982-05-13，而“身份证号”11010519820315451X 中的出生日期是 1982-03-15：两者必有一个录错了。均保持原样，请对照身份证核对。',
    ]);
    const en = mismatches(AGENT_CLIENTS.slice(0, 2), 'en-US');
    expect(en.map((i) => i.message)).toEqual([
      '性别 is "女", but 身份证号 11010519820315451X is a man\'s (its 17th digit is odd; the 15th of an old 15-digit number): one of the two is mistyped. Both are left as typed; check them against the ID card.',
      '出生日期 1982-05-13 is not the birth date in 身份证号 11010519820315451X (1982-03-15): one of the two is mistyped. Both are left as typed; check them against the ID card.',
    ]);
  });

  test('reads an English list’s Male/Female and M/F and its dates as check reads them', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'National ID', 'Gender', 'Date of Birth'],
      ['Zhou Haitao', '+86 139 0101 1234', '11010519820315451X', 'Female', '03/15/1982'],
      ['Liu Fang', '+86 139 0101 5678', '110105198506072626', 'F', '06/07/1985'],
      ['Chen Guoqing', '+86 138 0987 1234', '440301196910010032', 'M', '10/01/1969'],
      ['Zheng Shuang', '+86 189 8000 1234', '510107199912311233', 'Male', '12/31/1999'],
    ];
    const issues = mismatches(values, 'en-US');
    expect(brief(issues)).toEqual([[2, 'Gender', 'idNumber.sexMismatch', 'warning', 'Female']]);
    // 06/07/1985 may be 7 June or 6 July: the ID's 1985-06-07 is one of its readings, so no warning.
  });

  test('compares a birthday without its year on month and day, and a year and month on those', () => {
    const values: CellValue[][] = [
      ['会员姓名', '手机', '身份证号', '性别', '生日'],
      ['周海涛', '13901011234', '11010519820315451X', '男', '03-15'],
      ['刘芳', '13901015678', '110105198506072626', '女', '6月7日'],
      ['陈国庆', '13809871234', '440301196910010032', '男', '05-13'],
      ['黄丽娟', '13701239876', '310104197512121240', '女', '--12-12'],
      ['何伟', '15851234567', '110105199005134520', '女', '1990.06'],
    ];
    expect(brief(mismatches(values))).toEqual([
      [4, '生日', 'idNumber.birthDateMismatch', 'warning', '05-13'],
      [6, '生日', 'idNumber.birthDateMismatch', 'warning', '1990.06'],
    ]);
  });

  test('reads an old 15-digit number’s yymmdd and its 15th digit', () => {
    const values: CellValue[][] = [
      ['客户姓名', '身份证号', '性别', '出生日期', '手机'],
      ['吴明', '440301691001003', '男', '1969-10-01', '13800001111'],
      ['何丽', 110105900513462, '男', '1990-05-31', '13800002222'],
    ];
    expect(brief(mismatches(values))).toEqual([
      [3, '性别', 'idNumber.sexMismatch', 'warning', '男'],
      [3, '出生日期', 'idNumber.birthDateMismatch', 'warning', '1990-05-31'],
    ]);
    expect(mismatches(values)[1]!.message).toContain('中的出生日期是 1990-05-13');
  });

  test('says nothing where either side says nothing sure', () => {
    const values: CellValue[][] = [
      ['客户姓名', '身份证号', '性别', '出生日期', '手机'],
      // A broken ID number is an error of its own; its date and sex digit may be the mistyped ones.
      ['何伟', '320102199001011234', '女', '1991-01-01', '15851234567'],
      // Not a date: reported as such. A lunar birthday is no Gregorian day.
      ['马晓燕', '420106199207153120', '女', '1992-15-07', '13507151234'],
      ['高峰', '420106199207153120', '女', '农历六月十六', '13507159999'],
      // A Hong Kong and Macau permit, no resident ID number.
      ['林小华', 'H12345678', '男', '1988-08-08', '+852 6123 4567'],
      ['郑爽', '510107199912311233', '未知', '', '18980001234'],
      ['黄丽娟', '无', '女', '1975-12-12', '13701239876'],
    ];
    expect(brief(mismatches(values))).toEqual([]);
  });

  test('leaves a passport column alone', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Passport', 'Gender', 'Birthday'],
      ['Ann Lee', 'ann@example.com', 'E12345678', 'F', '1982-05-13'],
      ['Bob Smith', 'bob@example.com', 'G87654321', 'M', '1985-06-07'],
      ['Zhou Haitao', 'zhou@example.com', '11010519820315451X', 'F', '1982-05-13'],
    ];
    const result = checkSheet(sheet(values), { now: TODAY });
    expect(result.mapping.columns.map((c) => c.field)).toEqual(['name', 'email', 'idNumber', 'gender', 'birthDate']);
    expect(result.issues.filter((i) => MISMATCH.includes(i.code))).toEqual([]);
  });

  test('cleaning keeps both cells of a mismatched row as typed', () => {
    const { plan } = planClean(sheet(AGENT_CLIENTS.slice(0, 2)), { now: TODAY });
    expect(plan.edits.filter((e) => e.row === 2 && (e.col === 2 || e.col === 4))).toEqual([]);
  });
});
