import { planMerge } from '../../shared/merge/plan-merge';
import { planUndo } from '../../shared/merge/plan-undo';
import { decodeHistory, mergeOrder, undoableMerges } from '../../shared/merge/history';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { chineseSheet, englishSheet, NOW, optionsFor } from './fixtures';

const LATER = new Date('2024-06-02T09:00:00.000Z');

/** Workbook meta as a host stores it and reads it back after a reload (strings through JSON). */
const reloaded = (workbook: MemoryWorkbook): Record<string, string> =>
  JSON.parse(JSON.stringify(workbook.meta)) as Record<string, string>;

function mergeWorkbook(snapshot: SheetSnapshot, clusters: { rows: number[] }[], locale: 'zh-CN' | 'en-US') {
  const original = workbookFromSnapshot(snapshot);
  const { plan, merges } = planMerge(snapshot, clusters, optionsFor(snapshot, locale));
  return { original, merged: applyPlan(original, plan, { verify: true }), merges };
}

function undo(workbook: MemoryWorkbook, sheet: string, mergeId: string): MemoryWorkbook {
  const result = planUndo(reloaded(workbook), mergeId, LATER, { current: snapshotOf(workbook, sheet) });
  if (!result.ok) throw new Error(result.error.message);
  return applyPlan(workbook, result.plan, { verify: true });
}

describe('planUndo', () => {
  test('restores the sheet exactly, formulas of merged-away rows included', () => {
    const snapshot = englishSheet();
    const { original, merged, merges } = mergeWorkbook(snapshot, [{ rows: [2, 4, 5] }], 'en-US');
    expect(findSheet(merged, 'Customers')!.values).toHaveLength(3);
    const restored = undo(merged, 'Customers', merges[0]!.mergeId);
    expect(findSheet(restored, 'Customers')).toEqual(findSheet(original, 'Customers'));
    expect(findSheet(restored, 'Customers')!.formulas).toEqual({
      O2: '=I2*10',
      O3: '=I3*10',
      O4: '=I4*10',
      O5: '=I5*10',
    });
  });

  test('logs the undo, keeps the archive, and clears the history entry', () => {
    const { merged, merges } = mergeWorkbook(chineseSheet(), [{ rows: [2, 3, 5] }], 'zh-CN');
    const mergeId = merges[0]!.mergeId;
    const restored = undo(merged, '客户', mergeId);
    const log = findSheet(restored, '操作日志')!.values;
    expect(log).toHaveLength(3);
    expect(log[2]!.slice(0, 6)).toEqual([mergeId, LATER.toISOString(), '撤销', '客户', 'C000001（第2行）', '3, 5']);
    expect(log[2]![6]).toContain('购买次数: 5 → 3');
    expect(findSheet(restored, '合并归档')!.values).toEqual(findSheet(merged, '合并归档')!.values);
    expect(restored.meta[`history.${mergeId}`]).toBeUndefined();
    expect(planUndo(restored.meta, mergeId, LATER)).toMatchObject({ ok: false, error: { code: 'undo.unknownMerge' } });
  });

  test('undoes the merges of one run, latest first, back to the original sheet', () => {
    const snapshot = chineseSheet();
    snapshot.values.push(['C000010', '李娜', '13700137000', '', '', '', '', '', '', '', '', '', '', '', '']);
    const { original, merged, merges } = mergeWorkbook(snapshot, [{ rows: [2, 3] }, { rows: [4, 6] }], 'zh-CN');
    expect(undoableMerges(merged.meta).map((e) => e.mergeId)).toEqual(['M-20240601-1', 'M-20240601-2']);
    const first = planUndo(reloaded(merged), merges[0]!.mergeId, LATER);
    expect(first).toMatchObject({ ok: false, error: { code: 'undo.laterMerges', mergeIds: ['M-20240601-2'] } });
    const restored = undo(undo(merged, '客户', merges[1]!.mergeId), '客户', merges[0]!.mergeId);
    expect(findSheet(restored, '客户')).toEqual(findSheet(original, '客户'));
  });

  test('numbers a later run after the earlier one, and undoes both', () => {
    const snapshot = chineseSheet();
    const original = workbookFromSnapshot(snapshot);
    const firstRun = planMerge(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    const once = applyPlan(original, firstRun.plan, { verify: true });
    const between = snapshotOf(once, '客户');
    const secondRun = planMerge(between, [{ rows: [2, 4] }], optionsFor(between, 'zh-CN'));
    expect(secondRun.merges[0]!.mergeId).toBe('M-20240601-2');
    expect(secondRun.plan.sheets.every((s) => s.rows.length === 1 || s.name === '合并归档')).toBe(true);
    const twice = applyPlan(once, secondRun.plan, { verify: true });
    const restored = undo(undo(twice, '客户', 'M-20240601-2'), '客户', 'M-20240601-1');
    expect(findSheet(restored, '客户')).toEqual(findSheet(original, '客户'));
  });

  test('refuses when the survivor changed since the merge, naming the cell', () => {
    const { merged, merges } = mergeWorkbook(chineseSheet(), [{ rows: [2, 3, 5] }], 'zh-CN');
    const edited = applyPlan(merged, {
      sheet: '客户',
      sheets: [],
      insertRows: [],
      deleteRows: [],
      numberFormats: [],
      validations: [],
      required: [],
      meta: {},
      edits: [{ row: 2, col: 8, before: 5, after: 6 }],
    });
    const result = planUndo(edited.meta, merges[0]!.mergeId, LATER, { current: snapshotOf(edited, '客户') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'undo.sheetChanged', message: expect.stringContaining('H2: 6') },
    });
  });

  test('reports a damaged history entry as an error value', () => {
    expect(
      planUndo({ 'history.M-20240601-1': '{"version":1' }, 'M-20240601-1', LATER, { locale: 'zh-CN' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'undo.corruptHistory', message: expect.stringContaining('M-20240601-1 的撤销记录已损坏') },
    });
  });

  test('needs nothing but meta, so it works after a reload', () => {
    const snapshot = englishSheet();
    const { original, merged, merges } = mergeWorkbook(snapshot, [{ rows: [2, 4] }], 'en-US');
    const result = planUndo(reloaded(merged), merges[0]!.mergeId, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.edits.some((e) => e.before instanceof Date || e.after instanceof Date)).toBe(true);
    const restored = applyPlan(merged, result.plan, { verify: true });
    expect(findSheet(restored, 'Customers')).toEqual(findSheet(original, 'Customers'));
  });

  test('reads the order of saved merges without parsing their plans, and falls back when the entry is laid out otherwise', () => {
    const snapshot = { ...chineseSheet(), name: '客户 "A" \\ 2024' };
    const { merged } = mergeWorkbook(snapshot, [{ rows: [2, 3] }, { rows: [4, 5] }], 'zh-CN');
    const order = (meta: Record<string, string>) => mergeOrder(meta).map((e) => [e.mergeId, e.sheet, e.seq]);
    const expected = undoableMerges(merged.meta).map((e) => [e.mergeId, e.sheet, e.seq]);
    expect(order(merged.meta)).toEqual(expected);
    expect(expected[0]![1]).toBe(snapshot.name);
    const decoded = decodeHistory(merged.meta['history.M-20240601-1']!);
    if (!decoded.ok) throw new Error(decoded.error);
    const { version, ...rest } = decoded.entry; // another key order
    const reordered = { ...merged.meta, 'history.M-20240601-1': JSON.stringify({ ...rest, version }) };
    expect(order(reordered)).toEqual(expected);
  });
});
