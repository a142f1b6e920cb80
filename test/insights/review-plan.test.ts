import { planReview } from '../../shared/insights/review-plan';
import { planLifecycle } from '../../shared/insights/lifecycle-suggestion';
import {
  addTrendPoint,
  planTrendPoint,
  qualityScore,
  readQualityTrend,
  TREND_POINTS,
} from '../../shared/insights/quality-trend';
import { buildInsights } from '../../shared/insights';
import { readEntries } from '../../shared/history/operation-entry';
import { undoOperation } from '../../shared/history/undo-operation';
import { applyPlan, findSheet, snapshotOf, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { after } from '../operations/apply';
import { sidebarInsights } from '../../shared/ui/tasks/insights-ops';
import { EN_ROWS, TODAY, ZH_ROWS } from './fixtures';

const zhSheet = (): SheetSnapshot => ({ name: '客户', values: ZH_ROWS.map((r) => [...r]) });
const enSheet = (): SheetSnapshot => ({ name: 'Customers', values: EN_ROWS.map((r) => [...r]), textOnly: true });
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('planReview', () => {
  test('marks the chosen rows reviewed today in the last-contact column when a Chinese team reviews stale customers', () => {
    const sheet = zhSheet();
    const stale = buildInsights(sheet, { now: TODAY }).stale.rows;
    const { plan, noColumn } = planReview(sheet, { rows: stale, action: { kind: 'reviewed' }, now: TODAY });
    expect(noColumn).toBe(false);
    expect(plan.edits).toEqual(
      stale
        .sort((a, b) => a - b)
        .map((row) => ({
          row,
          col: 8,
          before: sheet.values[row - 1]![7],
          after: '2024-06-30',
          reason: 'review.reviewed',
        })),
    );
    const reviewed = after(sheet, plan);
    expect(buildInsights(reviewed, { now: TODAY }).stale.count).toBe(0);
    expect(after(reviewed, invertPlan(plan)).values).toEqual(sheet.values);
  });

  test('records a review in the workbook history and log in the sheet language, undoable after a reload', async () => {
    const sheet = zhSheet();
    const stale = buildInsights(sheet, { now: TODAY }).stale.rows;
    const { plan } = planReview(sheet, { rows: stale, action: { kind: 'reviewed' }, now: TODAY });
    let workbook = applyPlan(workbookFromSnapshot(sheet), plan, { verify: true });
    const { entries } = readEntries(workbook.meta);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'review', cells: stale.length });
    const log = findSheet(workbook, '操作日志');
    expect(log?.values.flat().join(' ')).toContain(`${stale.length} 个单元格`);
    // A new session: only what the workbook keeps.
    const result = await undoOperation(
      {
        meta: () => ({ ...workbook.meta }),
        read: (name) => (findSheet(workbook, name) ? snapshotOf(workbook, name) : undefined),
        apply: (undo) => (workbook = applyPlan(workbook, undo, { verify: true })),
      },
      entries[0]!.id,
      TODAY,
      'zh-CN',
    );
    expect(result.ok).toBe(true);
    expect(findSheet(workbook, '客户')?.values).toEqual(sheet.values);
  });

  test('writes the local day as reviewed and logs the moment it was done, as the sidebar passes them', () => {
    const sheet = zhSheet();
    const stale = buildInsights(sheet, { now: TODAY }).stale.rows;
    const done = new Date(TODAY.getTime() + (14 * 60 + 25) * 60_000);
    const { plan } = planReview(sheet, { rows: stale, action: { kind: 'reviewed' }, now: TODAY, at: done });
    expect(plan.edits.every((e) => e.after === TODAY.toISOString().slice(0, 10))).toBe(true);
    const workbook = applyPlan(workbookFromSnapshot(sheet), plan, { verify: true });
    expect(readEntries(workbook.meta).entries[0]!.at).toBe(done.toISOString());
  });

  test('sets the status label in the sheet language and skips rows already holding it when a US list marks customers dormant', () => {
    const sheet = enSheet();
    const { plan } = planReview(sheet, {
      rows: [2, 3, 4],
      action: { kind: 'choice', field: 'status', option: 'dormant' },
      now: TODAY,
    });
    // Row 4 already says Dormant.
    expect(plan.edits).toEqual([
      { row: 2, col: 3, before: 'Active', after: 'Dormant', reason: 'review.choice' },
      { row: 3, col: 3, before: '', after: 'Dormant', reason: 'review.choice' },
    ]);
  });

  test('writes 流失客户 to the customer-type column when a Chinese team marks a customer churned', () => {
    const { plan } = planReview(zhSheet(), {
      rows: [6],
      action: { kind: 'choice', field: 'customerType', option: 'churned' },
      now: TODAY,
    });
    expect(plan.edits).toEqual([{ row: 6, col: 4, before: '老客户', after: '流失客户', reason: 'review.choice' }]);
  });

  test('schedules the next follow-up and reports a missing column when the sheet has no such column', () => {
    const { plan } = planReview(zhSheet(), {
      rows: [4, 3],
      action: { kind: 'followUp', date: '2024-07-15' },
      now: TODAY,
    });
    expect(plan.edits.map((e) => [e.row, e.col, e.after])).toEqual([
      [3, 10, '2024-07-15'],
      [4, 10, '2024-07-15'],
    ]);
    const noStatus = planReview(zhSheet(), {
      rows: [2],
      action: { kind: 'choice', field: 'status', option: 'dormant' },
      now: TODAY,
    });
    expect(noStatus).toEqual({ plan: expect.objectContaining({ edits: [] }), noColumn: true });
    expect(() => planReview(zhSheet(), { rows: [2], action: { kind: 'followUp', date: '15/07/2024' } })).toThrow(
      RangeError,
    );
  });
});

describe('planLifecycle', () => {
  const header = ['姓名', '客户类型', '购买次数', '最近购买日期', '最近联系日期'];
  const rows: CellValue[][] = [
    header,
    ['陈静', null, 0, null, d('2024-06-01')], // no purchase → 潜在客户
    ['周杰', '潜在客户', 1, d('2024-05-01'), null], // one → 新客户
    ['吴敏', '新客户', 5, d('2024-06-20'), null], // several → 老客户
    ['郑华', '老客户', 3, d('2023-03-01'), d('2023-04-01')], // nothing for a year → 流失客户
    ['孙丽', '合作伙伴', 0, null, null], // a partner stays a partner
    ['钱勇', '老客', 4, d('2024-06-01'), null], // a synonym of the suggestion: no change
  ];

  test('suggests prospect, new, returning and churned from purchases and dates when a Chinese list has a purchase count', () => {
    const sheet: SheetSnapshot = { name: '客户', values: rows };
    const result = planLifecycle(sheet, { now: TODAY });
    expect(result.unavailable).toBeNull();
    expect(result.plan.edits.map((e) => [e.row, e.before, e.after])).toEqual([
      [2, null, '潜在客户'],
      [3, '潜在客户', '新客户'],
      [4, '新客户', '老客户'],
      [5, '老客户', '流失客户'],
    ]);
    expect(result.counts).toEqual({ prospect: 1, new: 1, returning: 1, churned: 1 });
  });

  test('follows the thresholds when the settings change', () => {
    // Row 4 (5 purchases, under 6) is a new customer already: no change.
    const result = planLifecycle(
      { name: '客户', values: rows },
      { now: TODAY, settings: { repeatPurchases: 6, churnDays: 30 } },
    );
    expect(result.plan.edits.map((e) => [e.row, e.after])).toEqual([
      [2, '潜在客户'],
      [3, '流失客户'],
      [5, '流失客户'],
      [7, '新客户'],
    ]);
  });

  test('reads purchases from first and last purchase dates and writes English labels when a US list has no count', () => {
    const sheet: SheetSnapshot = {
      name: 'Customers',
      values: [
        ['Name', 'Customer Type', 'First Purchase Date', 'Last Purchase Date'],
        ['Alice Smith', '', '2024-01-05', '2024-05-10'],
        ['Bob Jones', 'Prospect', '2024-04-01', '2024-04-01'],
        ['Carol White', '', '', ''],
      ],
      textOnly: true,
    };
    expect(planLifecycle(sheet, { now: TODAY }).plan.edits.map((e) => [e.row, e.after])).toEqual([
      [2, 'Returning Customer'],
      [3, 'New Customer'],
      [4, 'Prospect'],
    ]);
  });

  test('offers nothing when the sheet cannot tell purchases or has no customer-type column', () => {
    expect(planLifecycle(enSheet(), { now: TODAY }).unavailable).toBe('noTypeColumn');
    const noPurchases: SheetSnapshot = {
      name: 'C',
      values: [
        ['Name', 'Customer Type'],
        ['Alice Smith', ''],
      ],
      textOnly: true,
    };
    expect(planLifecycle(noPurchases, { now: TODAY })).toMatchObject({
      unavailable: 'noPurchaseData',
      plan: { edits: [] },
    });
  });
});

describe('quality-trend', () => {
  test('records one point per day and keeps the last points when checks run on many days', () => {
    let points = readQualityTrend(undefined);
    for (let day = 1; day <= TREND_POINTS + 20; day++) {
      points = addTrendPoint(points, {
        day: new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10),
        score: day % 100,
      });
    }
    points = addTrendPoint(points, { day: '2024-04-29', score: 99.5 });
    expect(points).toHaveLength(TREND_POINTS);
    expect(points[0]!.day).toBe('2024-01-21');
    expect(points[points.length - 1]).toEqual({ day: '2024-04-29', score: 99.5 });
  });

  test('stores the score in meta only and reads it back when a check runs on a Chinese list', () => {
    const sheet = zhSheet();
    const score = qualityScore(sheet, { now: TODAY });
    expect(score).toBe(buildInsights(sheet, { now: TODAY }).quality.score);
    const plan = planTrendPoint(sheet, { day: '2024-06-30', score });
    expect(plan.edits).toEqual([]);
    const stored = after(sheet, plan);
    expect(readQualityTrend(stored.meta)).toEqual([{ day: '2024-06-30', score }]);
    expect(readQualityTrend({ 'insights.qualityTrend': 'not json' })).toEqual([]);
  });
});

describe('sidebarInsights', () => {
  test('lists stale customers with their name and latest date when a Chinese list splits 姓 and 名', () => {
    const sheet: SheetSnapshot = {
      name: '客户',
      values: [
        ['姓', '名', '手机', '最近联系日期', '最近购买日期', '下次跟进日期', '状态'],
        ['张', '伟', '13800138000', d('2023-01-05'), d('2023-06-01'), d('2024-06-20'), '活跃'],
        ['李', '娜', '13912345678', d('2024-06-01'), null, d('2024-07-02'), '跟进中'],
        ['王', '芳', '13700137000', d('2022-03-01'), null, null, null],
      ],
    };
    const result = sidebarInsights(sheet, { now: TODAY });
    expect(result.stale).toEqual([
      { row: 4, label: '王芳', day: '2022-03-01' },
      { row: 2, label: '张伟', day: '2023-06-01' },
    ]);
    expect(result.followUps).toEqual([
      { row: 2, label: '张伟', day: '2024-06-20' },
      { row: 3, label: '李娜', day: '2024-07-02' },
    ]);
    expect(result.selectCol).toBe(1);
    expect(result.columns).toEqual({ lastContact: true, nextFollowUp: true });
    expect(result.choices.map((c) => [c.field, c.column, c.options.map((o) => o.label)])).toEqual([
      ['status', '状态', ['活跃', '跟进中', '休眠', '已关闭']],
    ]);
  });

  test('names English customers with a space and reads no trend when the workbook has none', () => {
    const sheet: SheetSnapshot = {
      name: 'Customers',
      values: [
        ['First Name', 'Last Name', 'Last Contact'],
        ['Jane', 'Doe', '2023-02-01'],
      ],
      textOnly: true,
    };
    const result = sidebarInsights(sheet, { now: TODAY });
    expect(result.stale).toEqual([{ row: 2, label: 'Jane Doe', day: '2023-02-01' }]);
    expect(result.trend).toEqual([]);
    expect(result.columns).toEqual({ lastContact: true, nextFollowUp: false });
  });
});
