/**
 * The report and the lifecycle suggestion read a column's dates as check does: a 有赞 dump's Unix
 * timestamps (最近购买时间 in milliseconds, 最近联系时间 in seconds) are the days they stand for.
 */
import { buildInsights } from '../../shared/insights';
import { planLifecycle } from '../../shared/insights/lifecycle-suggestion';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 5, 30));

/** A 有赞 shop's customers as its API dumps them. */
const YOUZAN_DUMP: CellValue[][] = [
  ['客户名称', '手机', '客户类型', '购买次数', '最近购买时间', '最近联系时间'],
  ['张伟', '13800138000', '老客户', 5, 1600000000000, 1600000000], // 2020-09-13: a year and more ago
  ['王芳', '13900139000', '老客户', 3, 1710000000000, 1710000000], // 2024-03-09
  ['刘洋', '13700137000', '新客户', 1, 1717000000000, 1717000000], // 2024-05-29
];

describe('buildInsights of Unix timestamps', () => {
  test('counts a customer whose last contact, in Unix seconds, is more than 180 days ago as stale', () => {
    const report = buildInsights({ name: '客户', values: YOUZAN_DUMP }, { now: TODAY });
    expect(report.stale.rows).toEqual([2]);
  });
});

describe('planLifecycle of Unix timestamps', () => {
  test('suggests churned for a buyer whose last purchase, in Unix milliseconds, is over a year old', () => {
    const { plan, counts } = planLifecycle({ name: '客户', values: YOUZAN_DUMP }, { now: TODAY });
    expect(counts.churned).toBe(1);
    expect(plan.edits.map((e) => [e.row, e.before, e.after])).toEqual([[2, '老客户', '流失客户']]);
  });
});
