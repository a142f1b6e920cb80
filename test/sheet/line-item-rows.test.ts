import type { CellValue } from '../../shared/sheet/cell-value';
import { lineItemRows } from '../../shared/sheet/line-item-rows';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import { DOUDIAN, JD, SHOPIFY } from './order-exports';

const itemsOf = (values: CellValue[][]) =>
  [...lineItemRows(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values)), DEFAULT_TEMPLATE)].sort(
    (a, b) => a - b,
  );

describe('lineItemRows', () => {
  test('finds the further items of a Shopify order, which repeat its Name and Email only', () => {
    expect(itemsOf(SHOPIFY)).toEqual([3, 4]);
  });

  test('finds a 京东 order row whose buyer is blank under the same 订单号', () => {
    expect(itemsOf(JD)).toEqual([3]);
  });

  test('keeps 抖店 sub-order rows that repeat the buyer as customers', () => {
    expect(itemsOf(DOUDIAN)).toEqual([]);
  });

  test('keeps a row of the same order with a customer field filled, or an email of its own', () => {
    const values = SHOPIFY.map((row) => [...row]);
    values[2]![14] = '+1 617 555 0101'; // row 3 names a phone
    values[3]![1] = 'gift.for.tom@gmail.com'; // row 4 another buyer's email
    expect(itemsOf(values)).toEqual([]);
  });

  test('keeps a row whose order number differs from the row above', () => {
    const values = SHOPIFY.map((row) => [...row]);
    values[3]![0] = '#1004';
    expect(itemsOf(values)).toEqual([3]);
  });

  test('finds nothing on a customer list, where no column numbers orders', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['客户编号', '客户名称', '联系人', '手机'],
      ['C001', '杭州西子网络科技有限公司', '王强', '13588889999'],
      ['C001', null, null, null],
    ];
    expect(itemsOf(values)).toEqual([]);
  });

  test('reads a Name column as the order number only when it holds #1001 values', () => {
    const values = SHOPIFY.map((row) => [...row]);
    values[1]![0] = 'Jane';
    values[2]![0] = 'Jane';
    values[3]![0] = 'Jane';
    expect(itemsOf(values)).toEqual([]);
  });
});
