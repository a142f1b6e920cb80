import { decodeEntry, encodeEntry, entryKey, readEntries } from '../../shared/history/operation-entry';
import { historyStatus, mergeIdsOf } from '../../shared/history/history-status';
import { undoOperation } from '../../shared/history/undo-operation';
import { MERGE_META } from '../../shared/merge/history';
import { planMerge } from '../../shared/merge/plan-merge';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { optionsFor, sheet } from '../merge/fixtures';

const LATER = new Date('2024-06-02T09:00:00.000Z');

const LISTS: [Locale, string, CellValue[][]][] = [
  [
    'zh-CN',
    '客户',
    [
      ['客户编号', '姓名', '手机', '邮箱'],
      ['C000001', '张伟', '13800138000', 'zhangwei@xingchen.com'],
      ['C000002', '李娜', '13912345678', 'lina@haijing.cn'],
      ['C000003', '张伟', '+86 138 0013 8000', ''],
      ['C000004', '李娜', '139-1234-5678', 'lina@haijing.cn'],
    ],
  ],
  [
    'en-US',
    'Customers',
    [
      ['Customer ID', 'Name', 'Phone', 'Email'],
      ['C000001', 'John Smith', '(415) 555-0134', 'john.smith@example.com'],
      ['C000002', 'Mary Jones', '212-555-0199', 'mary@example.com'],
      ['C000003', 'John Smith', '415.555.0134', ''],
      ['C000004', 'Mary Jones', '(212) 555-0199', 'mary@example.com'],
    ],
  ],
];

/** The list merged in memory; `byMerge` keeps the run's entry as one past the undo limit does (merge by merge). */
function mergedWorkbook(locale: Locale, name: string, values: CellValue[][], byMerge: boolean): MemoryWorkbook {
  const snapshot = sheet(name, values);
  const { plan } = planMerge(
    snapshot,
    [{ rows: [2, 4] }, { rows: [3, 5] }],
    optionsFor(snapshot, locale, { now: new Date('2024-06-05T08:00:00.000Z') }),
  );
  const workbook = applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true });
  if (!byMerge) return workbook;
  const decoded = decodeEntry(workbook.meta[entryKey('1')]!);
  if (!decoded.ok) throw new Error(decoded.error);
  const undo = { kind: 'merges' as const, mergeIds: mergeIdsOf(decoded.entry) };
  return { ...workbook, meta: { ...workbook.meta, [entryKey('1')]: encodeEntry({ ...decoded.entry, undo }) } };
}

describe('undoOperation of a merge run', () => {
  test.each(
    LISTS.flatMap(([locale, name, values]) => [true, false].map((byMerge) => ({ locale, name, values, byMerge }))),
  )(
    'keeps the run’s merge ids on its entry, marked undone, when a $locale list is undone (merge by merge: $byMerge)',
    async ({ locale, name, values, byMerge }) => {
      let workbook = mergedWorkbook(locale, name, values, byMerge);
      const [before] = readEntries(workbook.meta).entries;
      expect(mergeIdsOf(before!)).toEqual(['M-20240605-1', 'M-20240605-2']);

      const result = await undoOperation(
        {
          meta: () => ({ ...workbook.meta }),
          read: (sheetName) => (findSheet(workbook, sheetName) ? snapshotOf(workbook, sheetName) : undefined),
          apply: (plan) => (workbook = applyPlan(workbook, plan, { verify: true })),
        },
        '1',
        LATER,
        locale,
      );
      expect(result.ok).toBe(true);

      const { entries } = readEntries(workbook.meta);
      const [merge, undo] = historyStatus(entries, workbook.meta, () => undefined, 'en-US');
      expect(merge).toMatchObject({ undone: true, undoable: false, refusal: { code: 'undone' } });
      expect(merge!.entry.undoneBy).toBe(undo!.entry.id);
      expect(mergeIdsOf(merge!.entry)).toEqual(['M-20240605-1', 'M-20240605-2']);
      expect(mergeIdsOf(undo!.entry)).toEqual([]);
      // What undo restores is unchanged: the merges' own records are gone and the rows are back.
      expect(workbook.meta[MERGE_META.history + 'M-20240605-1'] ?? '').toBe('');
      expect(snapshotOf(workbook, name).values).toEqual(values);
    },
  );
});
