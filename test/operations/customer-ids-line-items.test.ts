import { planCustomerIds } from '../../shared/operations/customer-ids';
import { SHOPIFY } from '../sheet/order-exports';

describe('customer IDs on an order export', () => {
  test('go to the rows that name a customer, not to an order’s further item rows', () => {
    // Set up appended a Customer ID column to Shopify's orders export: #1001's rows 3 and 4 are its items.
    const values = SHOPIFY.map((row, r) => [...row, r === 0 ? 'Customer ID' : null]);
    const plan = planCustomerIds({ name: 'orders_export', values });
    const col = values[0]!.length;
    expect(plan.edits.filter((e) => e.col === col).map((e) => e.row)).toEqual([2, 5, 6]);
  });
});
