import { decodeEntry, encodeEntry, entryKey } from '../../shared/history/operation-entry';
import { mergeIdsOf } from '../../shared/history/history-status';
import { undoOperation } from '../../shared/history/undo-operation';
import { planArchiveUndone } from '../../shared/merge/archive-undo';
import { MERGE_LABELS } from '../../shared/merge/labels';
import { planMerge } from '../../shared/merge/plan-merge';
import {
  applyPlan,
  findSheet,
  snapshotOf,
  workbookFromSnapshot,
  type MemoryWorkbook,
} from '../../shared/plan/apply-plan';
import type { Locale } from '../../shared/i18n/locale';
import { emptyPlan } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { optionsFor, sheet } from './fixtures';

const MERGED_AT = new Date('2025-03-17T02:15:00.000Z');
const UNDONE_AT = new Date('2025-03-18T09:40:00.000Z');
const ROLE = 6;

/** Two customers each typed twice: a B2B ledger and a US account list, as teams keep them. */
const LISTS: { locale: Locale; name: string; values: CellValue[][]; undone: (role: string) => string }[] = [
  {
    locale: 'zh-CN',
    name: '客户台账',
    values: [
      ['客户编号', '客户名称', '联系人', '手机', '城市', '客户等级', '备注'],
      ['KH0001', '杭州西湖茶业有限公司', '王芳', '13700137000', '杭州', 'A', ''],
      ['KH0002', '上海海鲸贸易有限公司', '李娜', '13912345678', '上海', 'B', '月结'],
      ['KH0003', '杭州西湖茶业', '王芳', '137 0013 7000', '杭州', 'A', '展会名片'],
      ['KH0004', '海鲸贸易', '李娜', '139-1234-5678', '上海', '', ''],
    ],
    undone: (role) => `已撤销（2025-03-18T09:40:00.000Z）；原为：${role}`,
  },
  {
    locale: 'en-US',
    name: 'Accounts',
    values: [
      ['Customer ID', 'Company', 'Contact', 'Phone', 'City', 'Tier', 'Notes'],
      ['C-1001', 'Acme Supply Inc.', 'Mary Smith', '(415) 555-0100', 'San Francisco', 'Gold', ''],
      ['C-1002', 'Globex LLC', 'John Brown', '212-555-0199', 'New York', 'Silver', 'net 30'],
      ['C-1003', 'Acme Supply', 'Mary Smith', '415.555.0100', 'San Francisco', 'Gold', 'met at trade show'],
      ['C-1004', 'Globex', 'John Brown', '(212) 555-0199', 'New York', '', ''],
    ],
    undone: (role) => `undone (2025-03-18T09:40:00.000Z); was: ${role}`,
  },
];

/** The list merged in memory; `byMerge` keeps the run's entry as one past the undo limit does (merge by merge). */
function mergedWorkbook(list: (typeof LISTS)[number], byMerge: boolean): MemoryWorkbook {
  const snapshot = sheet(list.name, list.values);
  const { plan } = planMerge(
    snapshot,
    [{ rows: [2, 4] }, { rows: [3, 5] }],
    optionsFor(snapshot, list.locale, { now: MERGED_AT, keep: 'first' }),
  );
  const workbook = applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true });
  if (!byMerge) return workbook;
  const decoded = decodeEntry(workbook.meta[entryKey('1')]!);
  if (!decoded.ok) throw new Error(decoded.error);
  const undo = { kind: 'merges' as const, mergeIds: mergeIdsOf(decoded.entry) };
  return { ...workbook, meta: { ...workbook.meta, [entryKey('1')]: encodeEntry({ ...decoded.entry, undo }) } };
}

function target(get: () => MemoryWorkbook, set: (w: MemoryWorkbook) => void) {
  return {
    meta: () => ({ ...get().meta }),
    read: (name: string) => (findSheet(get(), name) ? snapshotOf(get(), name) : undefined),
    apply: (plan: Parameters<typeof applyPlan>[1]) => set(applyPlan(get(), plan, { verify: true })),
  };
}

const values = (workbook: MemoryWorkbook, name: string) => findSheet(workbook, name)!.values;

describe('undoOperation of a merge run marks its archive rows undone', () => {
  test.each(LISTS.flatMap((list) => [false, true].map((byMerge) => ({ ...list, byMerge }))))(
    'every archive row of the run says undone, with the time, and keeps its values ($locale, merge by merge: $byMerge)',
    async ({ byMerge, ...list }) => {
      const labels = MERGE_LABELS[list.locale];
      let workbook = mergedWorkbook(list, byMerge);
      const archived = values(workbook, labels.archiveSheet).map((r) => [...r]);
      expect(archived.slice(1).map((r) => r[ROLE])).toEqual([
        labels.roleSurvivor,
        labels.roleMerged,
        labels.roleSurvivor,
        labels.roleMerged,
      ]);

      const result = await undoOperation(
        target(
          () => workbook,
          (w) => (workbook = w),
        ),
        '1',
        UNDONE_AT,
        list.locale,
      );
      expect(result.ok).toBe(true);
      expect(values(workbook, list.name)).toEqual(list.values);
      const archive = values(workbook, labels.archiveSheet);
      expect(archive).toHaveLength(archived.length);
      expect(archive[0]).toEqual(archived[0]);
      archive.slice(1).forEach((row, i) => {
        const was = archived[i + 1]!;
        expect(row[ROLE]).toBe(list.undone(was[ROLE] as string));
        expect([...row.slice(0, ROLE), ...row.slice(ROLE + 1)]).toEqual([
          ...was.slice(0, ROLE),
          ...was.slice(ROLE + 1),
        ]);
      });

      // The log shows both merges and their undo, which names them.
      const log = values(workbook, labels.logSheet).slice(1);
      expect(log.filter((r) => r[2] === labels.actionMerge).map((r) => r[0])).toEqual(['M-20250317-1', 'M-20250317-2']);
      // A run undone whole logs one row, named as the history names it ("Undo"); merge by merge, one per merge.
      const undoRows = log.filter((r) => String(r[2]).toLowerCase() === labels.actionUndo.toLowerCase());
      expect(undoRows.length).toBeGreaterThan(0);
      const said = undoRows.map((r) => r.join(' ')).join('\n');
      expect(said).toContain('M-20250317-1');
      expect(said).toContain('M-20250317-2');
    },
  );

  test.each(LISTS)(
    'marks only the merges undone when a later edit stops the run half-way ($locale, merge by merge)',
    async (list) => {
      const labels = MERGE_LABELS[list.locale];
      let workbook = mergedWorkbook(list, true);
      // Someone re-words the note the first merge wrote; undoing that merge would overwrite it.
      const customers = values(workbook, list.name);
      const notesCol = 6;
      const survivor = customers.findIndex((r) => String(r[notesCol]).includes(list.values[3]![notesCol] as string));
      expect(survivor).toBeGreaterThan(0);
      const reworded = list.locale === 'zh-CN' ? '展会名片（已回访）' : 'met at trade show, called back';
      workbook = applyPlan(workbook, {
        ...emptyPlan(list.name),
        edits: [{ row: survivor + 1, col: notesCol + 1, before: customers[survivor]![notesCol]!, after: reworded }],
      });

      const result = await undoOperation(
        target(
          () => workbook,
          (w) => (workbook = w),
        ),
        '1',
        UNDONE_AT,
        list.locale,
      );
      expect(result.ok).toBe(false);
      const archive = values(workbook, labels.archiveSheet).slice(1);
      expect(archive.map((r) => [r[0], r[ROLE]])).toEqual([
        ['M-20250317-1', labels.roleSurvivor],
        ['M-20250317-1', labels.roleMerged],
        ['M-20250317-2', list.undone(labels.roleSurvivor)],
        ['M-20250317-2', list.undone(labels.roleMerged)],
      ]);
      expect(values(workbook, list.name).map((r) => r[notesCol])).toContain(reworded);
    },
  );
});

describe('planArchiveUndone', () => {
  const zh = MERGE_LABELS['zh-CN'];
  const en = MERGE_LABELS['en-US'];
  const zhHeader = [...zh.archiveColumns, '客户编号', '客户名称'];

  test('leaves other merges, rows someone re-worded and rows already marked as they are', () => {
    const archive = sheet(zh.archiveSheet, [
      zhHeader,
      [
        'M-20250317-1',
        '2025-03-17T02:15:00.000Z',
        'KH0001',
        2,
        2,
        '',
        zh.roleSurvivor,
        'KH0001',
        '杭州西湖茶业有限公司',
      ],
      [
        'M-20250317-1',
        '2025-03-17T02:15:00.000Z',
        'KH0001',
        2,
        4,
        'KH0003',
        '已合并（王经理确认）',
        'KH0003',
        '杭州西湖茶业',
      ],
      [
        'M-20250317-2',
        '2025-03-17T02:15:00.000Z',
        'KH0002',
        3,
        3,
        '',
        zh.roleSurvivor,
        'KH0002',
        '上海海鲸贸易有限公司',
      ],
      [
        'M-20250316-1',
        '2025-03-16T02:15:00.000Z',
        'KH0009',
        9,
        9,
        '',
        '已撤销（2025-03-16T05:00:00.000Z）；原为：已合并',
        'KH0009',
        '宁波甬港物流',
      ],
    ]);
    const plan = planArchiveUndone(archive, ['M-20250317-1', 'M-20250316-1'], UNDONE_AT, 'zh-CN');
    expect(plan?.sheet).toBe('合并归档');
    expect(plan?.edits).toEqual([
      { row: 2, col: 7, before: '保留（合并前）', after: '已撤销（2025-03-18T09:40:00.000Z）；原为：保留（合并前）' },
    ]);
  });

  test('finds the columns under each header block, in either language, where someone moved them', () => {
    const archive = sheet(en.archiveSheet, [
      [en.archiveColumns[6], ...en.archiveColumns.slice(0, 6), 'Customer ID'],
      [en.roleMerged, 'M-20250317-1', '2025-03-17T02:15:00.000Z', 'C-1001', 2, 4, 'C-1003', 'C-1003'],
      [...zh.archiveColumns, '客户编号'],
      ['M-20250317-1', '2025-03-17T02:15:00.000Z', 'KH0001', 2, 4, 'KH0003', zh.roleMerged, 'KH0003'],
    ]);
    expect(planArchiveUndone(archive, ['M-20250317-1'], UNDONE_AT, 'en-US')?.edits).toEqual([
      { row: 2, col: 1, before: 'merged away', after: 'undone (2025-03-18T09:40:00.000Z); was: merged away' },
      { row: 4, col: 7, before: '已合并', after: 'undone (2025-03-18T09:40:00.000Z); was: 已合并' },
    ]);
  });

  test('plans nothing when the archive sheet is gone or holds none of the merges', () => {
    expect(planArchiveUndone(undefined, ['M-20250317-1'], UNDONE_AT, 'zh-CN')).toBeNull();
    const archive = sheet(zh.archiveSheet, [zhHeader]);
    expect(planArchiveUndone(archive, ['M-20250317-1'], UNDONE_AT, 'zh-CN')).toBeNull();
  });

  test.each([
    ['zh-CN', '撤销的合并：M-20250317-1 … M-20250317-12（共 12 个）'],
    ['en-US', 'merges undone: M-20250317-1 … M-20250317-12 (12 in all)'],
  ] as const)('the log names a long run’s merges by its first and last (%s)', (locale, said) => {
    const ids = Array.from({ length: 12 }, (_, i) => `M-20250317-${i + 1}`);
    expect(MERGE_LABELS[locale].undoneMerges(ids)).toBe(said);
    expect(MERGE_LABELS[locale].undoneMerges(ids.slice(0, 2))).toContain('M-20250317-1');
  });
});
