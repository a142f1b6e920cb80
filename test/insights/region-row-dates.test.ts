/**
 * The report reads each row's dates in its region's calendar, as check does: in a mainland ledger with
 * two Taiwan customers (113/03/05), a 杭州 customer's 24/9/8 is 2024-09-08, not 2024 or 民國 24.
 */
import { buildInsights } from '../../shared/insights';
import { sidebarInsights } from '../../shared/ui/tasks/insights-ops';
import { LEDGER_TODAY, mixedLedger } from '../normalise/mixed-region-ledger';

describe('insights of a mainland ledger with Taiwan rows', () => {
  test('counts stale customers and follow-ups with each row’s dates in its calendar', () => {
    const report = buildInsights({ name: '客户台账', values: mixedLedger() }, { now: LEDGER_TODAY });
    // 2024-01-08 (上海) and 民國 112/10/20 (高雄) are over 180 days old; 24/3/5 is 2024-03-05, 180 days.
    expect(report.stale).toMatchObject({ count: 2 });
    expect([...report.stale.rows].sort()).toEqual([3, 5]);
    // Overdue: 2024-07-15, 民國 113/08/01 and 113/07/10; due within 7 days: the 深圳 and 杭州 rows.
    expect(report.followUps).toMatchObject({ overdue: 3, dueIn7Days: 3 });
  });

  test('shows each follow-up’s date, a mainland row’s 24/9/6 as 2024-09-06 and a 台北 row’s as 民國', () => {
    const insights = sidebarInsights({ name: '客户台账', values: mixedLedger() }, { now: LEDGER_TODAY });
    const days = Object.fromEntries(insights.followUps.map((item) => [item.row, item.day]));
    expect(days).toEqual({
      2: '2024-09-08',
      3: '2024-07-15',
      4: '2024-08-01',
      5: '2024-07-10',
      6: '2024-09-06',
      7: '2024-09-08',
    });
  });
});
