/**
 * A training school's sign-up date (报名日期, 入学日期, Enrollment Date): when the person
 * became its customer, the template's createdAt, as 报名时间 and Registration Date already were. Mapped, its
 * impossible dates (2024.2.30) are reported; left alone they never were.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { buildInsights } from '../../shared/insights';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { sheet, TODAY } from '../operations/fixtures';

// A children's training school's roster, as its front desk keeps it: 2024.3.5-style dates, one mistyped.
const STUDENTS: CellValue[][] = [
  ['编号', '学员姓名', '性别', '年龄', '家长姓名', '家长电话', '报名课程', '报名日期', '学费', '缴费方式', '校区'],
  ['XY001', '王子轩', '男', '8', '王建国', '13501234567', '少儿英语 L2', '2024.3.5', '4800', '微信', '朝阳校区'],
  ['XY005', '孙一鸣', '男', '12', '孙父', '13698765432', '编程 Scratch', '2024.03.10', '5200', '刷卡', '海淀校区'],
  ['XY006', '周子涵', '男', '10', '周敏', '18601234567', '编程 Scratch', '2024.3.12', '5200', '支付宝', '海淀校区'],
  ['XY008', '钱多多', '男', '', '钱先生', '13311112222', '少儿英语 L1', '2024.2.30', '4800', '现金', '朝阳校区'],
];

describe('an enrolment date is when the customer became one (createdAt)', () => {
  test.each([
    '报名日期',
    '报名时间',
    '入学日期',
    '注册日期',
    'Enrollment Date',
    'Enrolment Date',
    'Sign-up Date',
    'Registration Date',
  ])('maps %s by its words alone', (header) => {
    expect(mapHeaders([header], DEFAULT_TEMPLATE).columns[0]!.field).toBe('createdAt');
  });

  test('leaves a gym’s 开卡日期 alone: beside 到期日期 it is when the current card began', () => {
    expect(mapHeaders(['开卡日期'], DEFAULT_TEMPLATE).columns[0]!.field).toBeNull();
  });

  test('maps the roster’s 报名日期 beside 报名课程, and leaves the course alone', () => {
    const mapping = mapHeaders(STUDENTS[0] as string[], DEFAULT_TEMPLATE, {}, STUDENTS.slice(1));
    expect(mapping.byField.createdAt).toBe(8);
    expect(mapping.columns[6]!.field).toBeNull();
  });

  test.each(['zh-CN', 'en-US'] as const)('reports 2024.2.30 as no date, and only it (%s)', (locale) => {
    const { issues } = checkSheet(sheet(STUDENTS.map((r) => [...r])), { now: TODAY, messageLocale: locale });
    const dates = issues.filter((i) => i.column === '报名日期');
    expect(dates.map((i) => [i.row, i.code])).toEqual(
      [
        [5, 'date.invalid'],
        // The rest are valid dates in another form: cleaning writes them yyyy-mm-dd.
        ...[2, 3, 4].map((row) => [row, 'date.nonCanonical']),
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    const invalid = dates.find((i) => i.code === 'date.invalid')!;
    expect(invalid.message).toContain('2024.2.30');
    expect(invalid.message).toContain(locale === 'zh-CN' ? '不是日期' : 'not a date');
  });

  test('does not make a student stale: an enrolment is no contact', () => {
    // Ten months after enrolment, with no contact or purchase date, nobody is judged stale.
    const report = buildInsights(sheet(STUDENTS.map((r) => [...r])), { now: new Date(Date.UTC(2025, 0, 6)) });
    expect(report.stale).toMatchObject({ count: 0, judged: false });
  });
});
