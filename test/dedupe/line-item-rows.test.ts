import { findDuplicates } from '../../shared/dedupe';
import { dataRows } from '../../shared/dedupe/records';
import { DOUDIAN, JD, SHOPIFY } from '../sheet/order-exports';

describe('findDuplicates on an order export with several items per order', () => {
  test("a Shopify order's further items are no records: Jane's two orders are the one group", () => {
    const result = findDuplicates({ name: 'orders_export', values: SHOPIFY });
    expect(result.rows).toBe(3);
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 6]]);
  });

  test('a 京东 item row with no buyer is left out; the buyer of two orders is one group', () => {
    const result = findDuplicates({ name: '订单', values: JD });
    expect(result.rows).toBe(3);
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 5]]);
  });

  test('抖店 sub-orders that repeat the buyer stay records and are grouped as before', () => {
    const result = findDuplicates({ name: '订单', values: DOUDIAN });
    expect(result.rows).toBe(3);
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
  });

  test('dataRows leaves out the rows it is told are line items', () => {
    expect([...dataRows(SHOPIFY, new Set([3, 4]))]).toEqual([2, 5, 6]);
    expect([...dataRows(SHOPIFY)]).toEqual([2, 3, 4, 5, 6]);
  });
});
