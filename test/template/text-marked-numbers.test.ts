/**
 * Shopify's customer export writes phones as text with a leading ' ('+15125550148) so that a
 * spreadsheet keeps the +: the column is still a phone column, and set up maps it so.
 */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import { valueShape } from '../../shared/template/value-shape';
import type { CellValue } from '../../shared/sheet/cell-value';

const SHOPIFY: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Default Address Phone', 'Phone'],
  ['Ann', 'Lee', 'ann@example.com', 'yes', "'+15125550148", "'+15125550148"],
  ['Bob', 'Ray', 'bob@example.com', 'no', "'+13035550101", ''],
  ['Cy', 'Hu', 'cy@example.com', 'yes', "'+16175550123", "'+16175550199"],
  ['Dee', 'Ko', 'dee@example.com', 'no', '', "'+14155550111"],
];

describe('valueShape of text-marked numbers', () => {
  test.each([
    ["'+15125550148", 'phone'],
    ["'+44 20 7946 0958", 'phone'],
    ["'13800138000", 'phone'],
    ["'Hello", 'text'],
  ])('reads %s as %s', (value, shape) => {
    expect(valueShape(value)).toBe(shape);
  });
});

describe('mapHeaders on a Shopify export', () => {
  test("maps Phone to the phone field though every number carries a leading '", () => {
    const mapping = mapHeaders(SHOPIFY[0]!, DEFAULT_TEMPLATE, {}, sampleRows(SHOPIFY));
    expect(mapping.columns.find((c) => c.header === 'Phone')?.field).toBe('phone');
  });
});
