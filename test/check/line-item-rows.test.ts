import { checkSheet } from '../../shared/check/check-sheet';
import { DOUDIAN, JD, SHOPIFY } from '../sheet/order-exports';

const TODAY = new Date(Date.UTC(2024, 11, 1));

describe('checkSheet on an order export with several items per order', () => {
  test('reports no required field on the further items of a Shopify order, and names them', () => {
    const result = checkSheet({ name: 'orders_export', values: SHOPIFY }, { now: TODAY });
    expect(result.lineItemRows).toEqual([3, 4]);
    expect(result.issues.filter((i) => i.row === 3 || i.row === 4)).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'required.missing')).toEqual([]);
    expect(result.rows).toBe(3);
  });

  test('a 京东 item row under its order is no customer: no 客户姓名 or 联系电话 missing', () => {
    const result = checkSheet({ name: '订单', values: JD }, { now: TODAY, locale: 'zh-CN' });
    expect(result.lineItemRows).toEqual([3]);
    expect(result.issues.filter((i) => i.row === 3)).toEqual([]);
    expect(result.rows).toBe(3);
  });

  test('抖店 sub-orders that repeat the buyer are checked as customers', () => {
    const result = checkSheet({ name: '订单', values: DOUDIAN }, { now: TODAY, locale: 'zh-CN' });
    expect(result.lineItemRows).toBeUndefined();
    expect(result.rows).toBe(3);
  });

  test('the same order number on the row of an item missing its buyer still reports what the first row lacks', () => {
    const values = SHOPIFY.map((row) => [...row]);
    values[1]![14] = null; // #1001's own row has no phone
    const result = checkSheet({ name: 'orders_export', values }, { now: TODAY });
    expect(result.issues.filter((i) => i.code === 'required.missing').map((i) => [i.row, i.column])).toEqual([
      [2, 'Billing Phone'],
    ]);
  });
});
