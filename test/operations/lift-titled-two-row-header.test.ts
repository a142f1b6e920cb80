import { headerRowBelow } from '../../shared/operations/customer-list';
import { headerLiftNote, planLiftHeader } from '../../shared/operations/lift-header';
import { listFromHeader } from '../../shared/operations/read-below-title';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { applyPlanToCsvWorkbook, csvWorkbook } from '../../shared/files/csv-workbook';
import { findSheet } from '../../shared/plan/apply-plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const AT = new Date('2025-01-15T08:00:00Z');

/**
 * A training school's student list as read from its .xlsx: a title merged across A1:G1, groups in
 * row 2 over the names in row 3, and 报名课程 and 课时余额 written in row 2 and merged down over row 3
 * (a merged cell reads as its top-left cell only, so row 3 is blank there).
 */
const STUDENTS: CellValue[][] = [
  ['启航教育 2024秋季学员名单（海淀校区）'],
  ['学员信息', null, null, '家长信息', null, '报名课程', '课时余额'],
  ['学员姓名', '性别', '出生日期', '家长姓名', '家长手机', null, null],
  ['张子涵', '男', '2015-04-12', '张伟', '13801234567', '奥数提高班', 24],
  ['王一诺', '女', '2014-11-20', '王芳', '13911223344', '书法', 12],
];

/** The same layout from an English tutoring centre, with a notes line under the title. */
const TUTORING: CellValue[][] = [
  ['Riverside Tutoring – Fall 2024 Students'],
  ['Prepared by Dana Lee'],
  ['Student', null, 'Parent / Guardian', null, 'Course', 'Lessons Left'],
  ['Full Name', 'Email', 'Parent Name', 'Parent Phone', null, null],
  ['Ann Smith', 'ann@example.com', 'Mary Smith', '+1 415 555 2671', 'Algebra I', 12],
  ['Leo Park', 'leo@example.com', 'Jin Park', '+1 415 555 0198', 'Chemistry', 8],
];

function sheetOf(values: CellValue[][], more: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name: '学员名单', values: values.map((r) => [...r]), ...more };
}

function applied(snapshot: SheetSnapshot, ...plans: Parameters<typeof applyPlanToCsvWorkbook>[1][]): CellValue[][] {
  let workbook = csvWorkbook(snapshot);
  for (const plan of plans) workbook = applyPlanToCsvWorkbook(workbook, plan, 'xlsx');
  return findSheet(workbook, snapshot.name)!.values.map((row) => [...row]);
}

const trimmed = (rows: CellValue[][]) =>
  rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined)) copy.pop();
    return copy;
  });

describe('lift-header: a title above a two-row header', () => {
  test.each([
    [
      'zh-CN',
      STUDENTS,
      ['学员姓名', '性别', '出生日期', '家长姓名', '家长手机', '报名课程', '课时余额'],
      '表头上方第 1 行的标题（启航教育 2024秋季学员名单（海淀校区））已移出表格，两行表头已合为一行，表头现在第 1 行；原内容记在操作历史中，撤销即可放回。',
    ],
    [
      'en-US',
      TUTORING,
      ['Full Name', 'Email', 'Parent Name', 'Parent Phone', 'Course', 'Lessons Left'],
      'Rows 1–2 above the header ("Riverside Tutoring – Fall 2024 Students", "Prepared by Dana Lee") are taken out and the two-row header is now one header row, row 1; the history keeps them, and undo puts them back.',
    ],
  ] as const)(
    'gives every column its name when a %s title sits over a two-row header; undo gives the sheet back',
    (locale, rows, header, note) => {
      const snapshot = sheetOf(rows as CellValue[][], { view: { freezeRows: rows.length - 2, filter: null } });
      const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
      expect(below.row).toBe(rows.length - 2);
      const lift = planLiftHeader(snapshot, below, { locale, at: AT });
      // The title, the group row and the name row all go; one row with a name per column takes their place.
      expect(lift.removed).toEqual(Array.from({ length: below.row }, (_, k) => k + 1));
      expect(lift.plan.insertRows.map((r) => r.values)).toEqual([header]);
      expect([lift.plan.freezeRows, lift.plan.freezeRowsBefore]).toEqual([1, rows.length - 2]);
      const after = trimmed(applied(snapshot, lift.plan));
      expect(after).toEqual([header, ...trimmed(rows.slice(below.row) as CellValue[][])]);
      expect(headerLiftNote(locale, below, lift)).toBe(note);
      expect(trimmed(applied(snapshot, lift.plan, invertPlan(lift.plan)))).toEqual(trimmed(rows as CellValue[][]));
    },
  );

  test('reads the same names where the list stands, as a CSV of the sheet has them', () => {
    const { snapshot } = listFromHeader(sheetOf(STUDENTS), DEFAULT_TEMPLATE);
    expect(snapshot.values[0]).toEqual([
      '学员姓名',
      '性别',
      '出生日期',
      '家长姓名',
      '家长手机',
      '报名课程',
      '课时余额',
    ]);
    expect(snapshot.values[3]![0]).toBe('张子涵');
  });

  test('a notes line over a full header is a title, not a header row, even with words over blank columns', () => {
    const rows: CellValue[][] = [
      ['2024年华东区客户名单'],
      ['制表人：何静', null, null, '导出日期：2024-06-30'],
      ['客户名称', '联系人', '手机', null, '客户等级'],
      ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '杭州', 'A类客户'],
    ];
    const snapshot = sheetOf(rows);
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
    const lift = planLiftHeader(snapshot, below, { locale: 'zh-CN', at: AT });
    expect(lift.plan.insertRows).toEqual([]);
    expect(lift.removed).toEqual([1, 2]);
    expect(applied(snapshot, lift.plan)[0]).toEqual(['客户名称', '联系人', '手机', null, '客户等级']);
  });
});
