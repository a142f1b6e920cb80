import { planMerge } from '../../shared/merge/plan-merge';
import { planUndo } from '../../shared/merge/plan-undo';
import { readEntries, undoOperation } from '../../shared/history';
import { historyKey } from '../../shared/merge/history';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import { cellAddress } from '../../shared/sheet/a1';
import type { CellExtras, SheetSnapshot } from '../../shared/sheet/snapshot';
import type { Locale } from '../../shared/i18n/locale';
import { chineseSheet, englishSheet, optionsFor } from './fixtures';
import { DATE_INTO_PLAIN_CELL_CASES, keptText, ROW_TWO_MERGED_AWAY_CASES } from './date-into-plain-cell';
import { sheetDifferences } from './round-trip-arbitraries';
import { invertPlan } from '../../shared/plan/invert-plan';

const LATER = new Date('2024-06-02T09:00:00.000Z');

/** The chosen sheet with a note and a link on its first row, merged with rows 3 and 5 (row 2 survives). */
function merged(locale: Locale, snapshot: SheetSnapshot) {
  const withExtras: SheetSnapshot = {
    ...snapshot,
    extras: [
      { row: 2, col: 2, note: locale === 'zh-CN' ? '老客户，优先跟进' : 'Prefers WeChat' },
      { row: 2, col: 4, link: 'mailto:zhangwei@163.com' },
    ],
  };
  const { plan, merges } = planMerge(withExtras, [{ rows: [2, 3, 5] }], optionsFor(withExtras, locale));
  const merge = merges[0]!;
  const change = merge.changes[0]!;
  return {
    workbook: applyPlan(workbookFromSnapshot(withExtras), plan, { verify: true }),
    mergeId: merge.mergeId,
    /** A survivor cell the merge wrote. */
    written: cellAddress(merge.survivorRow, change.col),
    name: snapshot.name,
  };
}

/** The workbook with a user's change to one cell's link, note or format. */
function edited(workbook: MemoryWorkbook, sheet: string, address: string, extras: CellExtras): MemoryWorkbook {
  const sheets = workbook.sheets.map((s) =>
    s.name === sheet ? { ...s, extras: { ...s.extras, [address]: { ...s.extras?.[address], ...extras } } } : s,
  );
  return { ...workbook, sheets };
}

const undo = (workbook: MemoryWorkbook, name: string, mergeId: string, current = snapshotOf(workbook, name)) =>
  planUndo(workbook.meta, mergeId, LATER, { current });

describe('undo after a merge, when links, notes or formats changed since', () => {
  test.each([
    [
      'zh-CN',
      chineseSheet(),
      '备注已改：周末勿扰',
      '合并 M-20240601-1 之后表格已被修改（{cell} 的批注：备注已改：周末勿扰），撤销会覆盖这些修改',
    ],
    [
      'en-US',
      englishSheet(),
      'Call after 6pm',
      'The sheet changed after merge M-20240601-1 ({cell} note: Call after 6pm); undoing would overwrite those changes',
    ],
  ] as const)(
    'is refused when someone edited a note on a survivor cell the merge wrote, naming the cell (%s)',
    (locale, sheet, note, message) => {
      const { workbook, mergeId, written, name } = merged(locale, sheet);
      const result = undo(edited(workbook, name, written, { note }), name, mergeId);
      expect(result).toEqual({
        ok: false,
        error: { code: 'undo.sheetChanged', message: message.replace('{cell}', written) },
      });
    },
  );

  test.each([
    ['zh-CN', chineseSheet(), '的链接：https://crm.example.cn/c/1'],
    ['en-US', englishSheet(), 'link: https://crm.example.cn/c/1'],
  ] as const)(
    'is refused when a link was added, or a number format set, on such a cell (%s)',
    (locale, sheet, words) => {
      const { workbook, mergeId, written, name } = merged(locale, sheet);
      const linked = undo(edited(workbook, name, written, { link: 'https://crm.example.cn/c/1' }), name, mergeId);
      expect(linked).toMatchObject({
        ok: false,
        error: { code: 'undo.sheetChanged', message: expect.stringContaining(`${written} ${words}`) },
      });
      const formatted = undo(edited(workbook, name, written, { format: '0.00%' }), name, mergeId);
      expect(formatted).toMatchObject({ ok: false, error: { message: expect.stringContaining(`${written}`) } });
      expect(formatted).toMatchObject({ ok: false, error: { message: expect.stringContaining('0.00%') } });
    },
  );

  test.each([
    ['zh-CN', chineseSheet()],
    ['en-US', englishSheet()],
  ] as const)(
    'is allowed when nothing changed, and gives the notes and links back where they were (%s)',
    (locale, sheet) => {
      const { workbook, mergeId, name } = merged(locale, sheet);
      const result = undo(workbook, name, mergeId);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const restored = applyPlan(workbook, result.plan, { verify: true });
      expect(findSheet(restored, name)!.extras).toMatchObject({
        B2: { note: expect.any(String) },
        D2: { link: 'mailto:zhangwei@163.com' },
      });
    },
  );

  test('is allowed on another cell of the survivor row, which undo does not write', () => {
    const { workbook, mergeId, name } = merged('zh-CN', chineseSheet());
    expect(undo(edited(workbook, name, 'B2', { note: '改过的批注' }), name, mergeId).ok).toBe(true);
  });

  test('is allowed by a host that does not read links, notes or formats (its snapshot has no extras)', () => {
    const { workbook, mergeId, written, name } = merged('en-US', englishSheet());
    const changed = edited(workbook, name, written, { note: 'Call after 6pm' });
    const { extras: _extras, ...withoutExtras } = snapshotOf(changed, name);
    expect(undo(changed, name, mergeId, withoutExtras).ok).toBe(true);
  });

  test('is allowed when a host gave a cell the merge wrote a date into a date format of its own', () => {
    const snapshot = chineseSheet();
    const { plan, merges } = planMerge(
      { ...snapshot, extras: [] },
      [{ rows: [2, 3, 5] }],
      optionsFor(snapshot, 'zh-CN'),
    );
    const merge = merges[0]!;
    const dated = merge.changes.find((c) => c.after instanceof Date || /^\d{4}-\d{2}-\d{2}$/.test(String(c.after)));
    expect(dated).toBeDefined();
    const workbook = applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true });
    const address = cellAddress(merge.survivorRow, dated!.col);
    const formatted = edited(workbook, '客户', address, { format: 'yyyy"年"m"月"d"日"', note: '' });
    expect(undo(formatted, '客户', merge.mergeId).ok).toBe(true);
  });

  test('is allowed for a merge recorded before links, notes and formats were kept', () => {
    const { workbook, mergeId, written, name } = merged('zh-CN', chineseSheet());
    const key = historyKey(mergeId);
    const entry = JSON.parse(workbook.meta[key]!) as Record<string, unknown>;
    delete entry.survivorExtras;
    const older = edited({ ...workbook, meta: { ...workbook.meta, [key]: JSON.stringify(entry) } }, name, written, {
      note: '改过的批注',
    });
    expect(undo(older, name, mergeId).ok).toBe(true);
  });

  test.each([
    ['zh-CN', chineseSheet(), '备注已改', '的批注：备注已改'],
    ['en-US', englishSheet(), 'Call after 6pm', 'note: Call after 6pm'],
  ] as const)(
    'undoing the merge run from the workbook history (custodian undo, the sidebar) is refused the same way, and allowed when unchanged (%s)',
    async (locale, sheet, note, words) => {
      const { workbook, written, name } = merged(locale, sheet);
      const id = readEntries(workbook.meta).entries.pop()!.id;
      const target = (current: MemoryWorkbook) => ({
        meta: () => ({ ...current.meta }),
        read: (sheetName: string) => snapshotOf(current, sheetName),
        apply: (plan: Parameters<typeof applyPlan>[1]) => void (current = applyPlan(current, plan, { verify: true })),
      });
      const refused = await undoOperation(target(edited(workbook, name, written, { note })), id, LATER, locale);
      expect(refused).toMatchObject({
        ok: false,
        refusal: { code: 'cellsChanged', message: expect.stringContaining(`${written} ${words}`) },
      });
      expect((await undoOperation(target(workbook), id, LATER, locale)).ok).toBe(true);
    },
  );
});

describe('undo and the number format of a cell a merge wrote a date into (reference host)', () => {
  test.each(DATE_INTO_PLAIN_CELL_CASES.map((c) => [keptText(c), c] as const))(
    'gives the kept cell its General back, by its own record and by the history entry (%s)',
    async (_name, { snapshot, clusters, options, cell }) => {
      const start = workbookFromSnapshot(snapshot);
      const { plan, merges } = planMerge(snapshotOf(start, snapshot.name), clusters, options);
      const merged = applyPlan(start, plan, { verify: true });
      const at = cellAddress(cell.row, cell.col);
      expect(findSheet(merged, snapshot.name)!.extras?.[at]).toEqual({ format: 'yyyy-mm-dd' });

      const byMerge = planUndo(merged.meta, merges[0]!.mergeId, LATER, { current: snapshotOf(merged, snapshot.name) });
      if (!byMerge.ok) throw new Error(byMerge.error.message);
      const byEntry = { workbook: merged };
      const id = readEntries(merged.meta).entries.at(-1)!.id;
      const result = await undoOperation(
        {
          meta: () => byEntry.workbook.meta,
          read: (name) => snapshotOf(byEntry.workbook, name),
          apply: (p) => (byEntry.workbook = applyPlan(byEntry.workbook, p, { verify: true })),
        },
        id,
        LATER,
      );
      expect(result.ok).toBe(true);
      for (const undone of [applyPlan(merged, byMerge.plan, { verify: true }), byEntry.workbook])
        expect(findSheet(undone, snapshot.name)!.extras).toEqual(findSheet(start, snapshot.name)!.extras);
    },
  );

  test('reads a plan saved before edits kept formats: undo gives the value back and leaves the format', () => {
    const { snapshot, clusters, options } = DATE_INTO_PLAIN_CELL_CASES[0]!;
    const start = workbookFromSnapshot(snapshot);
    const { plan } = planMerge(snapshotOf(start, snapshot.name), clusters, options);
    const old = { ...plan, edits: plan.edits.map(({ formatBefore: _f, ...edit }) => edit) };
    const merged = applyPlan(start, old, { verify: true });
    const undone = applyPlan(merged, invertPlan(old), { verify: true });
    expect(findSheet(undone, snapshot.name)!.values).toEqual(findSheet(start, snapshot.name)!.values);
    expect(findSheet(undone, snapshot.name)!.extras?.D2).toEqual({ format: 'yyyy-mm-dd' });
  });

  test.each(ROW_TWO_MERGED_AWAY_CASES.map((c) => [c.locale, c] as const))(
    'gives a merged-away row 2 its own date format back, not the one the kept cell took (%s)',
    (_locale, { snapshot, clusters, options }) => {
      const start = workbookFromSnapshot(snapshot);
      const first = snapshotOf(start, snapshot.name);
      const { plan, merges } = planMerge(first, clusters, options);
      const merged = applyPlan(start, plan, { verify: true });
      expect(snapshotOf(merged, snapshot.name).values).toHaveLength(2);
      const undo = planUndo(merged.meta, merges[0]!.mergeId, LATER, { current: snapshotOf(merged, snapshot.name) });
      if (!undo.ok) throw new Error(undo.error.message);
      const undone = applyPlan(merged, undo.plan, { verify: true });
      expect(sheetDifferences(first, snapshotOf(undone, snapshot.name))).toEqual([]);
      expect(findSheet(undone, snapshot.name)!.extras?.D2).toEqual({ format: 'yyyy"年"m"月"d"日"' });
    },
  );
});
