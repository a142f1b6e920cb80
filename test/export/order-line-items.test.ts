/**
 * An order export's further item rows (Shopify's rows of one order that repeat only its Name and Email)
 * are the order's, not contacts: the CRM file holds one row per customer row, and they are no rows with errors.
 */
import { planExport } from '../../shared/export/plan-export';
import { SHOPIFY } from '../sheet/order-exports';
import { NOW } from './fixtures';

describe('exporting an order export', () => {
  test('writes the customer rows only, not an order’s further item rows', () => {
    const plan = planExport({ name: 'orders_export', values: SHOPIFY }, { crm: 'hubspot', now: NOW });
    const file = plan.files[0]!;
    const email = file.header.indexOf('Email');
    const last = file.header.indexOf('Last Name');
    expect(file.rows.map((row) => [row[last], row[email]])).toEqual([
      ['Doe', 'jane.doe@gmail.com'],
      ['Smith', 'john.smith@gmail.com'],
      ['Doe', 'jane.doe@gmail.com'],
    ]);
    expect(plan.report.errorRows).toBe(0);
  });
});
