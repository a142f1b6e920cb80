/**
 * The Duplicates view's merge, undone from the sidebar's history (each merge by its ID, not through
 * the workbook's operation log): the customer rows come back and the archive rows the merge wrote
 * say they were undone, in the merge's language, keeping every value they hold.
 */
import { createMemoryHost } from '../../shared/host/memory-host';
import type { Locale } from '../../shared/i18n/locale';
import { MERGE_LABELS } from '../../shared/merge/labels';
import { planMerge } from '../../shared/merge/plan-merge';
import { applyPlan, findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { undoEntry } from '../../shared/ui/history/undo-entry';
import type { HistoryEntry } from '../../shared/ui/history/history';
import { optionsFor, sheet } from '../merge/fixtures';

const LISTS: { locale: Locale; name: string; values: CellValue[][]; undone: RegExp }[] = [
  {
    locale: 'zh-CN',
    name: '客户台账',
    values: [
      ['客户编号', '客户名称', '联系人', '手机', '城市', '客户等级', '备注'],
      ['KH0001', '杭州西湖茶业有限公司', '王芳', '13700137000', '杭州', 'A', ''],
      ['KH0002', '上海海鲸贸易有限公司', '李娜', '13912345678', '上海', 'B', '月结'],
      ['KH0003', '杭州西湖茶业', '王芳', '137 0013 7000', '杭州', 'A', '展会名片'],
    ],
    undone: /^已撤销（.+）；原为：/,
  },
  {
    locale: 'en-US',
    name: 'Accounts',
    values: [
      ['Customer ID', 'Company', 'Contact', 'Phone', 'City', 'Tier', 'Notes'],
      ['C-1001', 'Acme Supply Inc.', 'Mary Smith', '(415) 555-0100', 'San Francisco', 'Gold', ''],
      ['C-1002', 'Globex LLC', 'John Brown', '212-555-0199', 'New York', 'Silver', 'net 30'],
      ['C-1003', 'Acme Supply', 'Mary Smith', '415.555.0100', 'San Francisco', 'Gold', 'met at trade show'],
    ],
    undone: /^undone \(.+\); was: /,
  },
];

const control = { onProgress: () => undefined, signal: new AbortController().signal } as unknown as Parameters<
  typeof undoEntry
>[2];

describe('undoing a merge from the sidebar history', () => {
  test.each(LISTS)('marks the archive rows undone and keeps their values ($locale)', async (list) => {
    const snapshot = sheet(list.name, list.values);
    const { plan, merges } = planMerge(snapshot, [{ rows: [2, 4] }], optionsFor(snapshot, list.locale));
    const mergeIds = merges.map((m) => m.mergeId);
    const host = createMemoryHost(applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true }));
    const archiveName = MERGE_LABELS[list.locale].archiveSheet;
    const archivedBefore = findSheet(host.state().workbook, archiveName)!.values.map((row) => [...row]);
    expect(archivedBefore.length).toBeGreaterThan(1);

    const entry: HistoryEntry = {
      id: 1,
      kind: 'merge',
      title: { key: 'action.merge', params: { rows: '4', row: 2 } },
      plan,
      undo: { kind: 'merges', mergeIds },
      appliedAt: new Date(),
      undone: false,
    };
    // The sidebar's language differs from the sheet's: the archive is found and worded in the merge's.
    await undoEntry(host, entry, control, list.locale === 'zh-CN' ? 'en-US' : 'zh-CN');

    const workbook = host.state().workbook;
    expect(findSheet(workbook, list.name)!.values).toEqual(list.values);
    const archived = findSheet(workbook, archiveName)!.values;
    expect(archived.length).toBe(archivedBefore.length);
    const roles = archived.slice(1).map((row) => row.map(String).find((cell) => list.undone.test(cell)));
    expect(roles.every((role) => role !== undefined)).toBe(true);
    // Only the role cell changed: every value the merge archived is still there.
    for (let r = 1; r < archived.length; r++) {
      const changed = archived[r]!.filter((cell, c) => cell !== archivedBefore[r]![c]);
      expect(changed).toHaveLength(1);
    }
  });
});
