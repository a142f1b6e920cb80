import { headerRowBelow } from '../../shared/operations/customer-list';
import { headerLiftNote, planLiftHeader } from '../../shared/operations/lift-header';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { applyPlanToCsvWorkbook, csvWorkbook } from '../../shared/files/csv-workbook';
import { findSheet } from '../../shared/plan/apply-plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import { readEntries } from '../../shared/history/operation-entry';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const AT = new Date('2024-07-01T08:00:00Z');

/** A regional sales list as handed over: a title, who made it, then the header and the customers. */
const TITLED: CellValue[][] = [
  ['2024年华东区客户名单', null, null, null, null],
  ['制表人：何静', null, null, '导出日期：2024-06-30', null],
  ['客户名称', '联系人', '手机', '城市', '客户等级'],
  ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '杭州', 'A类客户'],
  ['宁波东海贸易有限公司', '王芳', '1391234567', '宁波', 'B类'],
];

/** A two-row header: 联系方式 grouped over 手机 and 邮箱, the other headers written once in row 1. */
const GROUPED: CellValue[][] = [
  ['客户名称', '联系方式', null, '地址'],
  [null, '手机', '邮箱', null],
  ['西子网络', '13588889999', 'a@xizi.com', '文三路478号'],
];

/** A bilingual template: row 2 says row 1's headers again in English. */
const ECHOED: CellValue[][] = [
  ['姓名', '手机', '邮箱'],
  ['Name', 'Mobile', 'Email'],
  ['陈静', '13812345678', 'chen@example.com'],
];

function sheetOf(values: CellValue[][], more: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name: '客户', values: values.map((r) => [...r]), ...more };
}

/** The sheet's values after applying `plan` to an in-memory workbook of `snapshot`. */
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

describe('moving a header below a title up to row 1', () => {
  test('a title and a notes line are taken out whole, the freeze follows the header, and undo puts them back', () => {
    const snapshot = sheetOf(TITLED, {
      formulas: [{ row: 2, col: 5, formula: 'COUNTA(A4:A9)' }],
      view: { freezeRows: 3, filter: null },
    });
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
    expect(below.row).toBe(3);
    const lift = planLiftHeader(snapshot, below, { locale: 'zh-CN', at: AT });
    expect(lift.removed).toEqual([1, 2]);
    expect(lift.lines).toEqual(['2024年华东区客户名单', '制表人：何静 导出日期：2024-06-30']);
    expect(lift.plan.deleteRows.map((r) => r.row)).toEqual([1, 2]);
    // The count in the notes line goes with its row and comes back with it.
    expect(lift.plan.deleteRows[1]!.formulas?.[4]).toBe('COUNTA(A4:A9)');
    expect([lift.plan.freezeRows, lift.plan.freezeRowsBefore]).toEqual([1, 3]);
    const after = applied(snapshot, lift.plan);
    expect(after[0]).toEqual(['客户名称', '联系人', '手机', '城市', '客户等级']);
    expect(after.slice(1).map((r) => r[0])).toEqual(['杭州西子网络科技有限公司', '宁波东海贸易有限公司']);
    expect(trimmed(applied(snapshot, lift.plan, invertPlan(lift.plan)))).toEqual(trimmed(TITLED));
    // Recorded as an operation of its own, so the history lists it and undo works after a reload.
    const { entries } = readEntries(lift.plan.meta);
    expect(entries.map((e) => [e.kind, e.rowsRemoved, e.locale])).toEqual([['headerLift', 2, 'zh-CN']]);
  });

  test('a two-row header becomes one row of a header per column; undo gives both rows back', () => {
    const snapshot = sheetOf(GROUPED);
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
    expect(below).toMatchObject({ row: 2, group: '联系方式' });
    const lift = planLiftHeader(snapshot, below, { locale: 'zh-CN', at: AT });
    // Written as a new row rather than over row 2: merged header cells cannot be written one by one.
    expect(lift.plan.insertRows.map((r) => [r.row, r.values])).toEqual([[1, ['客户名称', '手机', '邮箱', '地址']]]);
    expect(lift.plan.deleteRows.map((r) => r.row)).toEqual([2, 3]);
    expect(lift.removed).toEqual([1, 2]);
    const after = applied(snapshot, lift.plan);
    expect(trimmed(after)).toEqual([
      ['客户名称', '手机', '邮箱', '地址'],
      ['西子网络', '13588889999', 'a@xizi.com', '文三路478号'],
    ]);
    expect(trimmed(applied(snapshot, lift.plan, invertPlan(lift.plan)))).toEqual(trimmed(GROUPED));
  });

  test('First | Last under a Contact group are written as First Name and Last Name', () => {
    const snapshot = sheetOf([
      ['Contact', null, 'Phone', 'Email'],
      ['First', 'Last', null, null],
      ['Liam', 'Smith', '+61 412 345 678', 'liam@example.com'],
    ]);
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
    const lift = planLiftHeader(snapshot, below, { locale: 'en-US', at: AT });
    expect(trimmed(applied(snapshot, lift.plan))).toEqual([
      ['First Name', 'Last Name', 'Phone', 'Email'],
      ['Liam', 'Smith', '+61 412 345 678', 'liam@example.com'],
    ]);
  });

  test('a table above the customers (a meeting report’s own line) is taken out, and said to be one', () => {
    const snapshot = sheetOf([
      ['Meeting ID', 'Topic', 'Start Time', 'User Email', 'Participants'],
      ['81234567890', 'Open House', '04/18/2024 09:58 AM', 'events@brightpath.edu', '2'],
      [],
      ['Name (Original Name)', 'User Email', 'Guest'],
      ['Jane Doe', 'jane.doe@gmail.com', 'Yes'],
    ]);
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
    const lift = planLiftHeader(snapshot, below, { locale: 'en-US', at: AT });
    expect(trimmed(applied(snapshot, lift.plan))).toEqual([
      ['Name (Original Name)', 'User Email', 'Guest'],
      ['Jane Doe', 'jane.doe@gmail.com', 'Yes'],
    ]);
    expect(headerLiftNote('en-US', below, lift)).toBe(
      'Rows 1–3 above the header, another table (Meeting ID, Topic, Start Time…), are taken out so the header is row 1; the history keeps them, and undo puts them back.',
    );
    expect(headerLiftNote('zh-CN', below, lift)).toBe(
      '表头上方第 1–3 行的另一张表（Meeting ID、Topic、Start Time…）已移出表格，表头现在第 1 行；原内容记在操作历史中，撤销即可放回。',
    );
  });

  test('a second wording of the header in row 2 is taken out, row 1 stays the header', () => {
    const snapshot = sheetOf(ECHOED);
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
    expect(below).toMatchObject({ row: 2, echo: true });
    const lift = planLiftHeader(snapshot, below, { locale: 'en-US', at: AT });
    expect(lift.plan.deleteRows.map((r) => [r.row, r.values])).toEqual([[2, ['Name', 'Mobile', 'Email']]]);
    expect(lift.plan.freezeRows).toBeUndefined();
    expect(applied(snapshot, lift.plan).map((r) => r[0])).toEqual(['姓名', '陈静']);
  });

  test('says what left the list and how to get it back, in the sheet’s language', () => {
    const titled = sheetOf(TITLED);
    const below = headerRowBelow(titled.values, DEFAULT_TEMPLATE)!;
    const lift = planLiftHeader(titled, below, { locale: 'zh-CN', at: AT });
    expect(headerLiftNote('zh-CN', below, lift)).toBe(
      '表头上方第 1–2 行的标题（2024年华东区客户名单；制表人：何静 导出日期：2024-06-30）已移出表格，表头现在第 1 行；原内容记在操作历史中，撤销即可放回。',
    );
    const english = sheetOf([['Customer List Q2 2024'], ['Full Name', 'Email', 'Phone'], ['Ann Smith', 'a@x.com', '']]);
    const belowEn = headerRowBelow(english.values, DEFAULT_TEMPLATE)!;
    expect(headerLiftNote('en-US', belowEn, planLiftHeader(english, belowEn, { locale: 'en-US', at: AT }))).toBe(
      'Row 1 above the header ("Customer List Q2 2024") is taken out so the header is row 1; the history keeps it, and undo puts it back.',
    );
    // Written to a CSV, which keeps no history, the rows live on in the input file only.
    expect(
      headerLiftNote('en-US', belowEn, planLiftHeader(english, belowEn, { locale: 'en-US', at: AT }), 'input'),
    ).toBe(
      'Row 1 above the header ("Customer List Q2 2024") is taken out so the header is row 1; the input file still has it.',
    );
    const grouped = sheetOf(GROUPED);
    const belowGroup = headerRowBelow(grouped.values, DEFAULT_TEMPLATE)!;
    expect(headerLiftNote('en-US', belowGroup, planLiftHeader(grouped, belowGroup, { locale: 'en-US', at: AT }))).toBe(
      'The two-row header ("联系方式" over 手机, 邮箱) is now one header row, row 1; the history keeps the two rows, and undo puts them back.',
    );
  });
});
