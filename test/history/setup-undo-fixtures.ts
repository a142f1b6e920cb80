/** Customer lists as Chinese and Western teams lay them out, with column formats of their own, and set up → undo on any host. */
import type { SpreadsheetHost } from '../../shared/host/host';
import { readEntries } from '../../shared/history/operation-entry';
import { undoOperation, type UndoTarget } from '../../shared/history/undo-operation';
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { OwnRule } from '../../shared/sheet/own-rules';

export const NOW = new Date('2024-06-30T09:00:00Z');

/** A Chinese team's list: dates in a yyyy/m/d column, spend with one decimal, a code column of their own. */
const CHINESE: CellValue[][] = [
  ['客户编号', '姓名', '手机号', '邮箱', '客户等级', '最近联系时间', '累计消费', '内部代码'],
  ['C000001', '张伟', '13800138000', 'zhangwei@163.com', 'VIP', new Date('2024-06-01T00:00:00Z'), 1234.5, 'x-1'],
  ['C000002', '李娜', '13900139000', 'lina@qq.com', 'A级', new Date('2024-06-05T00:00:00Z'), 1200, 'x-2'],
];

/** A Western team's list: names split, a US date format, spend as currency with no cents. */
const ENGLISH: CellValue[][] = [
  ['First Name', 'Last Name', 'Phone', 'Email', 'Last Contact', 'Total Spend'],
  ['Mary', 'Smith', '(415) 555-0100', 'mary.smith@example.com', new Date('2024-01-15T00:00:00Z'), 1200],
  ['John', 'Brown', '415 555 0199', 'jb@example.org', new Date('2024-02-01T00:00:00Z'), 99],
];

export const SETUP_CASES = [
  {
    locale: 'zh-CN' as const,
    sheet: '客户',
    rows: CHINESE,
    formats: [null, null, null, null, null, 'yyyy/m/d', '0.0', null],
  },
  {
    locale: 'en-US' as const,
    sheet: 'Customers',
    rows: ENGLISH,
    formats: [null, null, null, null, 'm/d/yyyy', '$#,##0'],
  },
];

export type SetupCase = (typeof SETUP_CASES)[number];

/**
 * Rules at entry each team had before set up, on columns set up gives rules of its own: a dropdown
 * of their grades (set on the rows they use), a date window and a whole-number rule with their texts.
 */
export const TEAM_RULES: Record<SetupCase['locale'], OwnRule[]> = {
  'zh-CN': [
    {
      col: 5,
      firstRow: 2,
      lastRow: 500,
      type: 'list',
      formulas: [],
      values: ['VIP', 'A级', 'B级'],
      allowBlank: true,
      alert: 'stop',
    },
    {
      col: 6,
      firstRow: 2,
      lastRow: 1_048_576,
      type: 'date',
      operator: 'between',
      formulas: ['2020-01-01', '2030-12-31'],
      allowBlank: true,
      alert: 'warning',
      error: '联系时间应在 2020 至 2030 年之间',
    },
    {
      col: 7,
      firstRow: 2,
      lastRow: 200,
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulas: ['0'],
      allowBlank: false,
      alert: 'stop',
      promptTitle: '累计消费',
      prompt: '填整数（元）',
      errorTitle: '累计消费',
      error: '只能填非负整数',
    },
  ],
  'en-US': [
    {
      col: 5,
      firstRow: 2,
      lastRow: 1_048_576,
      type: 'date',
      operator: 'greaterThanOrEqual',
      formulas: ['2000-01-01'],
      allowBlank: true,
      alert: 'warning',
      prompt: 'Date of the last call',
    },
    {
      col: 6,
      firstRow: 2,
      lastRow: 1000,
      type: 'whole',
      operator: 'between',
      formulas: ['0', '100000'],
      allowBlank: true,
      alert: 'stop',
    },
    {
      col: 8,
      firstRow: 2,
      lastRow: 300,
      type: 'list',
      formulas: [],
      values: ['Yes', 'No'],
      allowBlank: true,
      alert: 'stop',
    },
  ],
};

export function caseSnapshot({ sheet, rows, formats }: SetupCase): SheetSnapshot {
  return { name: sheet, values: rows, columnFormats: formats, meta: {} };
}

/** Sets the sheet up through the host, then undoes set up from what the workbook keeps (as after a reload). */
export async function setUpThenUndo(
  host: SpreadsheetHost,
  locale: SetupCase['locale'],
  governed: () => void,
): Promise<string[]> {
  await host.applyPlan(planSetup(await host.readSnapshot(), { now: NOW, locale }).plan);
  governed();
  const target: UndoTarget = {
    meta: async () => (await host.readSnapshot()).meta ?? {},
    read: (sheet) => host.readSnapshot({ sheet }),
    apply: (plan) => host.applyPlan(plan),
  };
  const { entries } = readEntries(await target.meta());
  const setup = entries.find((e) => e.kind === 'setup');
  if (!setup) throw new Error('set up left no history entry');
  const result = await undoOperation(target, setup.id, NOW, locale);
  if (!result.ok) throw new Error(result.refusal.message);
  return result.notKept;
}
