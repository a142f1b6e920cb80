/**
 * The host contract for what deleting rows takes from around them: a Chinese team's list under a title
 * merged across A1:F1, with a filter over it, a 合计 row right under the list (=SUM(D3:D8)), a summary
 * sheet 汇总 reading the list, and a name over the customers. Moving the header up, then merging duplicates or removing the
 * duplicate rows (the last customer among them), shortens every range that ended on a deleted row and
 * breaks the references to it; undoing both gives back every formula, name, merged cell and the filter as
 * they were, in every host (the in-memory host has no merged cells or names, and its filter stays put).
 */
import { readEntries, undoOperation, type UndoTarget } from '../../shared/history';
import { planMerge, planUndo } from '../../shared/merge';
import { MERGE_META } from '../../shared/merge/history';
import { headerRowBelow } from '../../shared/operations/customer-list';
import { planLiftHeader } from '../../shared/operations/lift-header';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { readSheet } from '../../shared/ui/history/undo-entry';
import { duplicateActionPlan } from '../support/duplicate-list';
import {
  excelWorkbook,
  fileWorkbook,
  memoryWorkbook,
  sheetsWorkbook,
  type SeedWorkbook,
  type WorkbookFactory,
  type WorkbookUnderTest,
} from './workbook-hosts';

const NOW = new Date(Date.UTC(2024, 5, 1, 8, 0, 0));
const LIST = '客户';
const SUMMARY = '汇总';

/** Rows 3–8 hold six customers; 7 repeats 3 (张伟, phone typed apart) and 8, the last, repeats 4 (李娜). */
const TEAM: SeedWorkbook = {
  sheets: [
    {
      name: LIST,
      values: [
        ['2024年华东区客户名单', null, null, null, null, null],
        ['客户编号', '姓名', '手机', '累计消费金额', '城市', '备注'],
        ['C000001', '张伟', '13800138000', 1200, '杭州', '老客户'],
        ['C000002', '李娜', '13912345678', 300, '上海', null],
        ['C000003', '王芳', '13700137000', 2500, '南京', null],
        ['C000004', '赵磊', '13600136000', 800, '苏州', null],
        ['C000005', '张 伟', '138-0013-8000', 80, '杭州', '展会认识'],
        ['C000006', '李娜', '139 1234 5678', 40, '上海', null],
        ['合计', null, null, 4920, null, null],
      ],
      formulas: { D9: '=SUM(D3:D8)' },
      merges: ['A1:F1'],
      filter: 'A2:F8',
    },
    {
      name: SUMMARY,
      values: [
        ['客户数', 6],
        ['消费合计', 4920],
        ['最后一位客户', '李娜'],
        ['合计', 4920],
      ],
      formulas: { B1: '=COUNTA(客户!A3:A8)', B2: '=SUM(客户!D3:D8)', B3: '=客户!B8', B4: '=客户!D9' },
    },
  ],
  names: { 客户区域: { sheet: LIST, range: '$A$3:$F$8' } },
};

const HOSTS: [string, WorkbookFactory][] = [
  ['in memory', memoryWorkbook],
  ['Excel (emulated Office.js, ExcelApi 1.13)', excelWorkbook],
  ['file (exceljs)', fileWorkbook],
  ['Google Sheets (built Code.js, emulated SpreadsheetApp)', sheetsWorkbook],
];

interface State {
  list: Record<string, string>;
  summary: Record<string, string>;
  merges?: string[];
  names?: Record<string, string>;
  filter?: string | null;
}

function stateOf(under: WorkbookUnderTest): State {
  return {
    list: under.formulas(LIST),
    summary: under.formulas(SUMMARY),
    ...(under.merges ? { merges: under.merges(LIST) } : {}),
    ...(under.names ? { names: under.names() } : {}),
    ...(under.filter ? { filter: under.filter(LIST) } : {}),
  };
}

const read = (under: WorkbookUnderTest) => under.host.readSnapshot({ sheet: LIST });

/** The host as the History view undoes through it (undoOperation), after a reload as much as before. */
function undoTarget(under: WorkbookUnderTest): UndoTarget {
  return {
    meta: async () => (await read(under)).meta ?? {},
    read: (sheet) => readSheet(under.host, sheet),
    apply: (plan) => under.host.applyPlan(plan),
  };
}

async function undo(under: WorkbookUnderTest, id: string): Promise<void> {
  const result = await undoOperation(undoTarget(under), id, NOW, 'zh-CN');
  if (!result.ok) throw new Error(result.refusal.message);
}

/** The newest operation's id. */
async function lastOperation(under: WorkbookUnderTest): Promise<string> {
  return readEntries((await read(under)).meta ?? {}).entries.at(-1)!.id;
}

/** Moves the header under the title up to row 1, as set up offers and the command line does first. */
async function liftHeader(under: WorkbookUnderTest): Promise<string> {
  const snapshot = await read(under);
  const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE);
  expect(below?.row).toBe(2);
  await under.host.applyPlan(planLiftHeader(snapshot, below!, { locale: 'zh-CN', at: NOW }).plan);
  return lastOperation(under);
}

/** Merges 张伟 (rows 2 and 6 once the header is in row 1) and 李娜 (3 and 7, the last customer), keeping the first of each. */
async function mergeDuplicates(under: WorkbookUnderTest, snapshot: SheetSnapshot) {
  const mapping = mapHeaders(snapshot.values[0] ?? [], DEFAULT_TEMPLATE);
  const merge = planMerge(
    snapshot,
    [
      { rows: [2, 6], confidence: 0.97 },
      { rows: [3, 7], confidence: 0.95 },
    ],
    { template: DEFAULT_TEMPLATE, mapping, locale: 'zh-CN', now: NOW, masters: { 0: 2, 1: 3 } },
  );
  expect(merge.merges.map((m) => m.mergedRows)).toEqual([[6], [7]]);
  await under.host.applyPlan(merge.plan);
  return merge.merges.map((m) => m.mergeId);
}

/** What deleting rows 6 and 7 (numbered once the header is lifted) leaves: every range ending on 7 shorter, B7 gone. */
function expectShortened(under: WorkbookUnderTest): void {
  expect(under.formulas(LIST)).toEqual({ D6: 'SUM(D2:D5)' });
  expect(under.formulas(SUMMARY)).toEqual({
    B1: 'COUNTA(客户!A2:A5)',
    B2: 'SUM(客户!D2:D5)',
    B3: '客户!#REF!',
    B4: '客户!D6',
  });
}

describe.each(HOSTS)('rows a plan deletes and its undo gives back: %s', (_host, factory) => {
  test('undoing a merge of duplicates and the header lift before it gives back the 合计, 汇总, the name and the merged title', async () => {
    const under = factory(TEAM);
    const start = stateOf(under);
    const lift = await liftHeader(under);
    // The title's row went with its merge; the ranges moved up with the rows.
    expect(under.formulas(LIST)).toEqual({ D8: 'SUM(D2:D7)' });
    if (under.merges) expect(under.merges(LIST)).toEqual([]);

    await mergeDuplicates(under, await read(under));
    expectShortened(under);
    if (under.filter) expect(under.filter(LIST)).toBe('A1:F5');
    const merge = await lastOperation(under);

    await undo(under, merge);
    if (under.filter) expect(under.filter(LIST)).toBe('A1:F7');
    expect(under.formulas(LIST)).toEqual({ D8: 'SUM(D2:D7)' });
    expect(under.formulas(SUMMARY)).toEqual({
      B1: 'COUNTA(客户!A2:A7)',
      B2: 'SUM(客户!D2:D7)',
      B3: '客户!B7',
      B4: '客户!D8',
    });
    await undo(under, lift);
    expect(stateOf(under)).toEqual(start);
    // Nothing is kept once given back.
    expect(Object.keys((await read(under)).meta ?? {}).filter((k) => k.startsWith('rows.'))).toEqual([]);
  });

  test('undoing each merge, latest first (the sidebar after a merge), gives the ranges back with the last one', async () => {
    const under = factory(TEAM);
    await liftHeader(under);
    const lifted = stateOf(under);
    const ids = await mergeDuplicates(under, await read(under));
    for (const id of [...ids].reverse()) {
      const current = await read(under);
      const back = planUndo(current.meta ?? {}, id, NOW, { current });
      if (!back.ok) throw new Error(back.error.message);
      // Only the undo of the run's last merge still applied brings the footprint.
      expect(back.plan.footprints?.length ?? 0).toBe(id === ids[0] ? 1 : 0);
      await under.host.applyPlan(back.plan);
    }
    expect(stateOf(under)).toEqual(lifted);
    expect((await read(under)).meta?.[MERGE_META.history + ids[0]]).toBeUndefined();
  });

  test('undoing a removal of the duplicate rows (keeping the first of each group) gives every range back', async () => {
    const under = factory(TEAM);
    const start = stateOf(under);
    const lift = await liftHeader(under);
    const snapshot = await read(under);
    await under.host.applyPlan(
      duplicateActionPlan(snapshot, 'delete', [
        { rows: [2, 6], confidence: 0.97 },
        { rows: [3, 7], confidence: 0.95 },
      ]),
    );
    expectShortened(under);
    const removal = await lastOperation(under);
    await undo(under, removal);
    await undo(under, lift);
    expect(stateOf(under)).toEqual(start);
  });

  test('leaves a total someone rewrote since the delete as they wrote it', async () => {
    const under = factory(TEAM);
    await liftHeader(under);
    await mergeDuplicates(under, await read(under));
    const merge = await lastOperation(under);
    // Someone doubles the summary's total after the merge; the list's own total is left as it was.
    under.type(SUMMARY, 'B2', '=SUM(客户!D2:D5)*2');
    await undo(under, merge);
    expect(under.formulas(LIST)).toEqual({ D8: 'SUM(D2:D7)' });
    expect(under.formulas(SUMMARY)).toMatchObject({ B2: 'SUM(客户!D2:D5)*2', B3: '客户!B7' });
  });
});
