/**
 * Clean moves the note typed after a phone number (13911112222 (微信同号)) into the row's notes, under
 * the phone column's header (手机：微信同号), and keeps the cleaned number in the phone cell. What is no
 * note (an extension, a second number, a contact's name, a starred-out number) stays as typed, and so
 * does a note with nowhere to go.
 */
import { planClean } from '../../shared/operations/clean';
import { checkSheet } from '../../shared/check/check-sheet';
import { invertPlan } from '../../shared/plan/invert-plan';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Template } from '../../shared/template/schema';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from './apply';
import { formula, sheet, TODAY } from './fixtures';

const movesOf = (values: CellValue[][], options = {}) => {
  const snapshot = sheet(values);
  const { plan, summary } = planClean(snapshot, { now: TODAY, ...options });
  return { snapshot, plan, summary, cleaned: after(snapshot, plan) };
};

describe('planClean of phone cells with a note', () => {
  test('a list without 备注: clean adds the column and moves each note there, the number cleaned in place', () => {
    const { plan, summary, cleaned } = movesOf([
      ['客户名称', '联系人', '手机', '城市'],
      ['华为技术', '张伟', '13911112222 (微信同号)', '深圳'],
      ['小米科技', '李娜', '138 2222 3333（微信同号）', '北京'],
      ['阿里', '赵磊', '13644445555', '杭州'],
    ]);
    expect(cleaned.values.map((row) => [row[2], row[4]])).toEqual([
      ['手机', '备注'],
      ['13911112222', '手机：微信同号'],
      ['13822223333', '手机：微信同号'],
      ['13644445555', null],
    ]);
    expect(plan.edits.filter((e) => e.reason === 'phone.noteToMove')).toEqual([
      { row: 1, col: 5, before: null, after: '备注', reason: 'phone.noteToMove' },
      { row: 2, col: 3, before: '13911112222 (微信同号)', after: '13911112222', reason: 'phone.noteToMove' },
      { row: 2, col: 5, before: null, after: '手机：微信同号', reason: 'phone.noteToMove' },
      { row: 3, col: 3, before: '138 2222 3333（微信同号）', after: '13822223333', reason: 'phone.noteToMove' },
      { row: 3, col: 5, before: null, after: '手机：微信同号', reason: 'phone.noteToMove' },
    ]);
    expect(summary.byReason['phone.noteToMove']).toBe(5);
    expect(summary.unfixable).toBe(0);
    // Nothing is left for check to say of the phones, and a second clean moves nothing more.
    expect(checkSheet(cleaned, { now: TODAY }).issues.filter((i) => i.field === 'phone')).toEqual([]);
    expect(planClean(cleaned, { now: TODAY }).plan.edits.filter((e) => e.reason === 'phone.noteToMove')).toEqual([]);
  });

  test('every number with a note: the column is read as the phones and each note moves', () => {
    const { cleaned } = movesOf([
      ['客户名称', '联系人', '手机', '城市'],
      ['华为技术', '张伟', '13911112222 (微信同号)', '深圳'],
      ['小米科技', '李娜', '13822223333（微信同号）', '北京'],
      ['京东', '王芳', '13733334444 微信同号', '北京'],
    ]);
    expect(cleaned.values.slice(1).map((row) => [row[2], row[4]])).toEqual([
      ['13911112222', '手机：微信同号'],
      ['13822223333', '手机：微信同号'],
      ['13733334444', '手机：微信同号'],
    ]);
  });

  test('a note is added after the row’s own note, never over it; two phone columns’ notes both go', () => {
    const { cleaned, plan } = movesOf([
      ['公司', '联系人', '手机', '座机', '备注'],
      ['杭州森源建材有限公司', '王建国', '13800138000（微信同号）', '0571-8888 6666 办公', '王总说下周回款 '],
      ['上海华通物流有限公司', '陈明', '13917778888 / 微信同号', '021-5080 1234', ''],
      ['苏州明德电子科技有限公司', '周杰', '13962345678(主)', '', '年底续约'],
      ['温州小李服装店', '李小红', '13655551234 仅工作日', '', null],
    ]);
    expect(cleaned.values.slice(1).map((row) => row.slice(2, 5))).toEqual([
      ['13800138000', '0571-88886666', '王总说下周回款；手机：微信同号；座机：办公'],
      ['13917778888', '021-50801234', '手机：微信同号'],
      ['13962345678', '', '年底续约；手机：主'],
      ['13655551234', '', '手机：仅工作日'],
    ]);
    // One edit per cell: the note's own tidying and the moved notes are one change, its `before` as typed.
    expect(plan.edits.filter((e) => e.row === 2 && e.col === 5)).toEqual([
      {
        row: 2,
        col: 5,
        before: '王总说下周回款 ',
        after: '王总说下周回款；手机：微信同号；座机：办公',
        reason: 'phone.noteToMove',
      },
    ]);
  });

  test('undo gives back every cell as typed', () => {
    const { snapshot, plan, cleaned } = movesOf([
      ['姓名', '手机', '备注'],
      ['张伟', '13911112222 (微信同号)', '老客户'],
    ]);
    expect(after(cleaned, invertPlan(plan)).values).toEqual(snapshot.values);
  });

  test('what is no note stays as typed: an extension, two numbers, a contact’s name, a starred-out number', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机', '备注'],
      ['华为技术', '13911112222 (微信同号)', ''],
      ['中联物流', '0571-88886666转801', ''],
      ['天府医疗', '0571-88886666 ext 12', ''],
      ['科大讯联', '13911112222/13822223333', ''],
      ['明德电子', '13911112222 张总', ''],
      ['新材料', '13922223333（王经理）', ''],
      ['小李服装', '139****2222 微信同号', ''],
    ];
    const { plan, cleaned, summary } = movesOf(values);
    expect(plan.edits.filter((e) => e.reason === 'phone.noteToMove').map((e) => e.row)).toEqual([2, 2]);
    expect(summary.unfixable).toBe(4);
    expect(cleaned.values.slice(4).map((row) => row.slice(1))).toEqual(values.slice(4).map((row) => row.slice(1)));
    const issues = checkSheet(sheet(values), { now: TODAY }).issues;
    expect(issues.filter((i) => i.code === 'phone.withName').map((i) => i.row)).toEqual([6, 7]);
  });

  test('a notes cell holding a formula takes no note: that phone cell stays as typed', () => {
    const snapshot = sheet(
      [
        ['姓名', '手机', '备注'],
        ['张伟', '13911112222 (微信同号)', '张伟的客户'],
        ['李娜', '13822223333 (微信同号)', ''],
      ],
      { formulas: [formula(2, 3, '=A2&"的客户"')] },
    );
    const cleaned = after(snapshot, planClean(snapshot, { now: TODAY }).plan);
    expect(cleaned.values.slice(1).map((row) => row.slice(1))).toEqual([
      ['13911112222 (微信同号)', '张伟的客户'],
      ['13822223333', '手机：微信同号'],
    ]);
  });

  test('a template without a notes field: nowhere to move the note, so it stays, and check says to move it by hand', () => {
    const template: Template = {
      ...DEFAULT_TEMPLATE,
      fields: DEFAULT_TEMPLATE.fields.filter((f) => f.key !== 'notes'),
    };
    const values: CellValue[][] = [
      ['姓名', '手机'],
      ['张伟', '13911112222 (微信同号)'],
    ];
    const { cleaned } = movesOf(values, { template });
    expect(cleaned.values[1]).toEqual(['张伟', '13911112222 (微信同号)']);
    expect(checkSheet(sheet(values), { now: TODAY, template }).issues.map((i) => [i.code, i.severity])).toEqual([
      ['phone.withNote', 'error'],
    ]);
  });

  test('an English list: the note goes to Notes as "Mobile: work"; a number that is none stays as typed', () => {
    const { cleaned } = movesOf([
      ['Name', 'Company', 'Mobile', 'Notes'],
      ['Oliver Hughes', 'Hughes Joinery Ltd', '+44 7911 123456 (work)', 'Met at the fair'],
      ['Amelia Clarke', 'Clarke & Sons', '+44 7700 123456 (wife)', ''],
      ['Harry Patel', 'Patel Foods', '+44 20 7946 0958 (office)', ''],
      // Ofcom keeps 07700 900xxx for drama: no number to keep, so no note to move.
      ['Jack Wilson', 'Wilson Ltd', '+44 7700 900123 (work)', ''],
      ['Sophie Turner', 'Turner Design', '+44 7912 345678 (John)', ''],
    ]);
    expect(cleaned.values.slice(1).map((row) => [row[2], row[3]])).toEqual([
      ['+44 7911 123456', 'Met at the fair; Mobile: work'],
      ['+44 7700 123456', 'Mobile: wife'],
      ['+44 20 7946 0958', 'Mobile: office'],
      ['+44 7700 900123 (work)', ''],
      ['+44 7912 345678 (John)', ''],
    ]);
  });
});
