/**
 * The row footprint of a plan that inserts rows and deletes others, in every host: the header lift of a
 * title over a two-row header inserts the one-row header and deletes the three rows above the list. Its
 * undo must give back the title's and the groups' merged cells, the 合计 under the list, the 汇总 sheet's
 * references to the title and the header, and the name over the header, as they were.
 */
import { readEntries, undoOperation, type UndoTarget } from '../../shared/history';
import { headerRowBelow } from '../../shared/operations/customer-list';
import { planLiftHeader } from '../../shared/operations/lift-header';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { readSheet } from '../../shared/ui/history/undo-entry';
import {
  excelWorkbook,
  fileWorkbook,
  memoryWorkbook,
  sheetsWorkbook,
  sheetsWorkbookWithCalls,
  type SeedWorkbook,
  type WorkbookFactory,
  type WorkbookUnderTest,
} from '../contract/workbook-hosts';

const NOW = new Date(Date.UTC(2024, 5, 1, 8, 0, 0));
const LIST = '客户台账';
const SUMMARY = '汇总';

const LEDGER: SeedWorkbook = {
  sheets: [
    {
      name: LIST,
      values: [
        ['2024年客户台账', null, null, null, null, null],
        ['基本信息', null, '联系方式', null, '累计消费金额', '备注'],
        ['客户编号', '姓名', '手机', '邮箱', null, null],
        ['C000001', '张伟', '13800138000', 'zhangwei@example.cn', 1200, '老客户'],
        ['C000002', '李娜', '13912345678', 'lina@example.cn', 300, null],
        ['C000003', '王芳', '13700137000', 'wangfang@example.cn', 2500, null],
        ['C000004', '赵磊', '13600136000', 'zhaolei@example.cn', 800, null],
        ['合计', null, null, null, 4800, null],
      ],
      formulas: { E8: '=SUM(E4:E7)' },
      merges: ['A1:F1', 'A2:B2', 'C2:D2', 'E2:E3', 'F2:F3'],
    },
    {
      name: SUMMARY,
      values: [
        ['台账', '2024年客户台账'],
        ['客户数', 4],
        ['消费合计', 4800],
        ['首列表头', '客户编号'],
      ],
      formulas: { B1: `=${LIST}!A1`, B2: `=COUNTA(${LIST}!A4:A7)`, B3: `=SUM(${LIST}!E3:E7)`, B4: `=${LIST}!A3` },
    },
  ],
  names: { 表头区域: { sheet: LIST, range: '$A$3:$F$3' } },
};

const HOSTS: [string, WorkbookFactory][] = [
  ['in memory', memoryWorkbook],
  ['Excel (emulated Office.js, ExcelApi 1.13)', excelWorkbook],
  ['file (exceljs)', fileWorkbook],
  ['Google Sheets (built Code.js, emulated SpreadsheetApp)', sheetsWorkbook],
  // Six cells a call: the new header row goes in a call before the one that deletes the title rows.
  ['Google Sheets, a plan in several calls', (seed) => sheetsWorkbookWithCalls(seed, 6)],
];

interface State {
  list: Record<string, string>;
  summary: Record<string, string>;
  merges?: string[];
  names?: Record<string, string>;
}

function stateOf(under: WorkbookUnderTest): State {
  return {
    list: under.formulas(LIST),
    summary: under.formulas(SUMMARY),
    ...(under.merges ? { merges: under.merges(LIST) } : {}),
    ...(under.names ? { names: under.names() } : {}),
  };
}

const read = (under: WorkbookUnderTest) => under.host.readSnapshot({ sheet: LIST });

function undoTarget(under: WorkbookUnderTest): UndoTarget {
  return {
    meta: async () => (await read(under)).meta ?? {},
    read: (sheet) => readSheet(under.host, sheet),
    apply: (plan) => under.host.applyPlan(plan),
  };
}

describe.each(HOSTS)('the footprint of a plan that inserts and deletes rows: %s', (_host, factory) => {
  test('undo of a header lift gives back the merged title and groups and every reference when the header spanned two rows under a title', async () => {
    const under = factory(LEDGER);
    const start = stateOf(under);
    const snapshot = await read(under);
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE);
    expect(below?.row).toBe(3);
    const lift = planLiftHeader(snapshot, below!, { locale: 'zh-CN', at: NOW });
    expect([lift.plan.insertRows.length, lift.plan.deleteRows.length]).toEqual([1, 3]);
    await under.host.applyPlan(lift.plan);
    // The lift leaves one header row and the list under it; the references to the rows above it are gone.
    expect(under.formulas(LIST)).toEqual({ E6: 'SUM(E2:E5)' });
    expect(under.formulas(SUMMARY)).toMatchObject({ B1: `${LIST}!#REF!`, B2: `COUNTA(${LIST}!A2:A5)` });
    if (under.merges) expect(under.merges(LIST)).toEqual([]);
    const meta = (await read(under)).meta ?? {};
    const id = readEntries(meta).entries.at(-1)!.id;
    expect(meta[`rows.${id}`]).toBeTruthy();

    const result = await undoOperation(undoTarget(under), id, NOW, 'zh-CN');
    if (!result.ok) throw new Error(result.refusal.message);
    expect(stateOf(under)).toEqual(start);
    expect((await read(under)).values.slice(0, 3)).toEqual(LEDGER.sheets[0]!.values.slice(0, 3));
    // Nothing is kept once given back.
    expect(Object.keys((await read(under)).meta ?? {}).filter((k) => k === `rows.${id}`)).toEqual([]);
  });
});
