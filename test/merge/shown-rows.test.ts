/**
 * A merge of a list the CLI lifted from under a title: the archive, the log and an undo's log row name
 * rows as the user's own sheet numbers them (`shownRow`), while the plan works on the lifted rows.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planUndo } from '../../shared/merge/plan-undo';
import { applyPlan, snapshotOf } from '../../shared/plan/apply-plan';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

// 客户台账 rows once its title and 制表人 rows are taken out: the user's file numbers them two further down.
const LIFTED: CellValue[][] = [
  ['客户名称', '联系人', '电话', '备注'],
  ['杭州森源建材有限公司', '王建国', '13800138000', '王总说下周回款'],
  ['上海华通物流有限公司', '陈明', '13917778888', ''],
  ['杭州森源建材有限公司', '王建国', '138 0013 8000', '上次报价单'],
];

const shownRow = (row: number) => row + 2;

describe('row numbers of a merge under a title', () => {
  test('the 合并归档 and 操作日志 name the rows 4 and 6 of the user’s sheet, the sheet loses lifted row 4', () => {
    const snapshot = sheet(
      '华东区',
      LIFTED.map((r) => [...r]),
    );
    const { after, helper, result } = mergeAndApply(
      snapshot,
      [{ rows: [2, 4] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 }, shownRow }),
    );
    expect(after.values.map((r) => r[3])).toEqual(['备注', expect.stringContaining('王总说下周回款'), '']);
    const archive = helper('合并归档');
    expect(archive.slice(1).map((r) => [r[3], r[4]])).toEqual([
      [4, 4],
      [4, 6],
    ]);
    expect(helper('操作日志')[1]!.slice(4, 6)).toEqual(['第4行', '6']);
    // What the caller gets stays in the rows it gave.
    expect(result.merges[0]).toMatchObject({ survivorRow: 2, mergedRows: [4] });
  });

  test('the undo’s log row names the same rows (en-US)', () => {
    const snapshot = sheet('Accounts', [
      ['Account', 'Contact', 'Phone', 'Notes'],
      ['Acme Inc.', 'Mary Smith', '+1 415 555 0100', 'Renewal in May'],
      ['Globex', 'John Brown', '+1 415 555 0199', ''],
      ['Acme Inc.', 'Mary Smith', '(415) 555-0100', 'Asked for a quote'],
    ]);
    const { workbook } = mergeAndApply(
      snapshot,
      [{ rows: [2, 4] }],
      optionsFor(snapshot, 'en-US', { masters: { 0: 2 }, shownRow }),
    );
    const undo = planUndo(workbook.meta, 'M-20240601-1', new Date('2024-06-02T09:00:00.000Z'), {
      current: snapshotOf(workbook, 'Accounts'),
    });
    if (!undo.ok) throw new Error(undo.error.message);
    const restored = applyPlan(workbook, undo.plan, { verify: true });
    const log = restored.sheets.find((s) => s.name === 'Custodian Log')!.values;
    expect(log.slice(1).map((r) => [r[2], r[4], r[5]])).toEqual([
      ['Merge', 'row 4', '6'],
      ['Undo', 'row 4', '6'],
    ]);
    expect(snapshotOf(restored, 'Accounts').values).toEqual(snapshot.values);
  });
});
