import { buildInsights } from '../../shared/insights';
import { qualityScore } from '../../shared/insights/quality-trend';
import { JD, SHOPIFY } from '../sheet/order-exports';

const TODAY = new Date(Date.UTC(2024, 11, 1));

describe('insights of an order export with several items per order', () => {
  test("counts a Shopify order's customer once, not its further items, and judges only the customers' cells", () => {
    const snapshot = { name: 'orders_export', values: SHOPIFY };
    const report = buildInsights(snapshot, { now: TODAY });
    expect(report.rows).toBe(3);
    const name = report.quality.fields.find((f) => f.column === 'Billing Name')!;
    expect(name).toMatchObject({ filled: 3 });
    const email = report.quality.fields.find((f) => f.column === 'Email')!;
    expect(email).toMatchObject({ filled: 3 });
    expect(report.duplicates).toEqual({ clusters: 1, rows: 2 });
    // Every customer row has its name and phone: nothing blank pulls the score down.
    expect(qualityScore(snapshot, { now: TODAY })).toBe(report.quality.score);
  });

  test('a 京东 item row is no customer in the report', () => {
    const report = buildInsights({ name: '订单', values: JD }, { now: TODAY, locale: 'zh-CN' });
    expect(report.rows).toBe(3);
    expect(report.quality.fields.find((f) => f.column === '客户姓名')).toMatchObject({ filled: 3 });
  });
});
