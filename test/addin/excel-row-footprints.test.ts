/// <reference types="office-js" />
/**
 * Row footprints through the Excel host (addin/excel-footprints.ts): a merge that deletes the last
 * customer keeps, in the workbook, the 合计 and 汇总 formulas and the merged cells the delete shortens,
 * at a cost in syncs that does not grow with the list; undo from a fresh host (a reload) gives them
 * back; an Excel that cannot find formula cells or merged areas merges all the same and says so.
 */
import { readEntries, undoOperation } from '../../shared/history';
import { planMerge } from '../../shared/merge';
import { readSheet } from '../../shared/ui/history/undo-entry';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SpreadsheetHost } from '../../shared/host/host';
import { ExcelEmulator } from './excel-emulator';
import { hostFor } from './helpers';

const NOW = new Date(Date.UTC(2024, 5, 1, 8, 0, 0));

/**
 * `n` customers under the header, the last repeating the first (张伟), a note merged down beside the
 * last two, a 合计 under them. `hidden`: the last row holds a value under the merge too, as files other
 * programs wrote may.
 */
function teamList(n: number, apiVersion = 1.13, hidden: CellValue = null): ExcelEmulator {
  const rows: CellValue[][] = [['客户编号', '姓名', '手机', '累计消费金额', '备注']];
  for (let i = 1; i < n; i++)
    rows.push([`C${String(i).padStart(6, '0')}`, `客户${i}`, `139${String(i).padStart(8, '0')}`, i, null]);
  rows[1] = ['C000001', '张伟', '13800138000', 1200, null];
  rows[n - 1]![4] = '展会认识';
  rows.push([`C${String(n).padStart(6, '0')}`, '张 伟', '138-0013-8000', 80, hidden]);
  rows.push(['合计', null, null, 0, null]);
  const total = n + 2;
  return new ExcelEmulator({ apiVersion })
    .addSheet('客户', rows, { formulas: { [`D${total}`]: `=SUM(D2:D${n + 1})` }, merged: [`E${n}:E${n + 1}`] })
    .addSheet('汇总', [[0], [null]], { formulas: { A1: `=SUM(客户!D2:D${n + 1})`, A2: `=客户!B${n + 1}` } });
}

async function mergeLast(host: SpreadsheetHost, n: number) {
  const snapshot = await host.readSnapshot({ sheet: '客户' });
  const { plan } = planMerge(snapshot, [{ rows: [2, n + 1], confidence: 0.97 }], {
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0]!, DEFAULT_TEMPLATE),
    locale: 'zh-CN',
    now: NOW,
    masters: { 0: 2 },
  });
  return host.applyPlan(plan);
}

async function undoLast(host: SpreadsheetHost): Promise<void> {
  const meta = (await host.readSnapshot({ sheet: '客户' })).meta ?? {};
  const id = readEntries(meta).entries.at(-1)!.id;
  const result = await undoOperation(
    {
      meta: () => meta,
      read: (sheet) => readSheet(host, sheet),
      apply: (plan) => host.applyPlan(plan),
    },
    id,
    NOW,
    'zh-CN',
  );
  if (!result.ok) throw new Error(result.refusal.message);
}

describe('row footprints through the Excel host', () => {
  test('keeps the footprint in syncs that do not grow with the list, and gives it back after a reload', async () => {
    const syncs: number[] = [];
    for (const n of [20, 2_000]) {
      const excel = teamList(n);
      await mergeLast(hostFor(excel), n);
      syncs.push(excel.resetCounters().syncCount);
      expect(excel.formulas('客户')).toEqual({ [`D${n + 1}`]: `=SUM(D2:D${n})` });
      expect(excel.formulas('汇总')).toEqual({ A1: `=SUM(客户!D2:D${n})`, A2: '=客户!#REF!' });
      expect(Object.keys(excel.meta()).filter((k) => k.startsWith('rows.'))).toHaveLength(1);

      await undoLast(hostFor(excel)); // a fresh host: the task pane opened again
      expect(excel.formulas('客户')).toEqual({ [`D${n + 2}`]: `=SUM(D2:D${n + 1})` });
      expect(excel.formulas('汇总')).toEqual({ A1: `=SUM(客户!D2:D${n + 1})`, A2: `=客户!B${n + 1}` });
      expect(excel.merged('客户')).toEqual([`E${n}:E${n + 1}`]);
      expect(Object.keys(excel.meta()).filter((k) => k.startsWith('rows.'))).toEqual([]);
    }
    expect(syncs[1]).toBe(syncs[0]);
  });

  test('merges all the same when Excel cannot read around the rows, and keeps nothing', async () => {
    const excel = teamList(20);
    excel.failOn({
      member: 'resolve',
      path: 'getSpecialCellsOrNullObject("Formulas")',
      code: 'GeneralException',
      message: 'Too many areas.',
    });
    expect((await mergeLast(hostFor(excel), 20)).skipped).toEqual(['notes']);
    expect(excel.grid('客户')).toHaveLength(21);
    expect(Object.keys(excel.meta()).filter((k) => k.startsWith('rows.'))).toEqual([]);
  });

  test('says what an Excel before 2021 cannot keep, and keeps the formulas where it can', async () => {
    const excel = teamList(20, 1.9);
    expect((await mergeLast(hostFor(excel), 20)).skipped).toEqual(['notes', 'footprints']);
    await undoLast(hostFor(excel));
    expect(excel.formulas('汇总')).toEqual({ A1: '=SUM(客户!D2:D21)', A2: '=客户!B21' });
    // Merged areas need ExcelApi 1.13: the note beside the last two rows stays unmerged.
    expect(excel.merged('客户')).toEqual([]);
  });

  test('gives the filter its last row back, unless it hides rows now', async () => {
    for (const filtered of [false, true]) {
      const excel = teamList(20);
      excel.sheet('客户').autoFilter = { r0: 1, c0: 1, r1: 21, c1: 5 };
      const host = hostFor(excel);
      await mergeLast(host, 20);
      expect(excel.state('客户').filter).toEqual({ firstRow: 1, lastRow: 20, firstCol: 1, lastCol: 5 });
      excel.sheet('客户').filtered = filtered; // someone filters the list in the meantime
      await undoLast(host);
      expect(excel.state('客户').filter?.lastRow).toBe(filtered ? 20 : 21);
    }
  });

  test('does not merge again over a value the merge would lose', async () => {
    const excel = teamList(20, 1.13, '以前隐藏的备注');
    const host = hostFor(excel);
    await mergeLast(host, 20);
    await undoLast(host);
    expect(excel.merged('客户')).toEqual([]);
    expect(excel.grid('客户')[20]![4]).toBe('以前隐藏的备注');
    expect(excel.formulas('客户')).toEqual({ D22: '=SUM(D2:D21)' });
  });
});
