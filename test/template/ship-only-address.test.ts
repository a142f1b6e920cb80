/**
 * Amazon's Seller Central order report gives the buyer's name and e-mail (buyer-name, buyer-email) and
 * one address and phone: the ship-* block. With no billing or buyer address and phone of the buyer's
 * own, the ship-* columns are the customer's address and phone. Beside a billing block (WooCommerce),
 * or beside a recipient named in a column of their own (recipient-name, shipping-beside-billing.test.ts),
 * the shipping columns stay the recipient's, who may be someone else (a gift).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

// prettier-ignore
const AMAZON_SHIP: CellValue[][] = [
  ['order-id', 'buyer-email', 'buyer-name', 'ship-address-1', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country', 'ship-phone-number'],
  ['112-3456789-1234567', 'x7k2m9p4q1r8s3t@marketplace.amazon.com', 'Jennifer Lopez', '1200 Pine St', 'Seattle', 'WA', '98101', 'US', '+1 206-555-0187'],
  ['113-2345678-7654321', 'b4n8v2c6x0z9l1k@marketplace.amazon.com', 'Robert King', '55 Elm Ave', 'Austin', 'TX', '78701', 'US', '+1 512-555-0100'],
  ['114-9876543-1111111', 'q2w3e4r5t6y7u8i@marketplace.amazon.com', 'Maria Garcia', '9 Ocean Dr', 'Miami', 'FL', '33139', 'US', '+1 305-555-0123'],
];

// The report with buyer-phone-number (and no recipient-name): the buyer's own phone; the ship-* address is the only address.
// prettier-ignore
const AMAZON_FULL: CellValue[][] = [
  ['order-id', 'purchase-date', 'buyer-email', 'buyer-name', 'buyer-phone-number', 'sku', 'quantity-purchased', 'ship-address-1', 'ship-address-2', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country', 'ship-phone-number'],
  ['112-3456789-1234567', '2026-10-03T14:22:11+00:00', 'x7k2m9p4q1r8s3t@marketplace.amazon.com', 'Jennifer Lopez', '+1 206-555-0187', 'SKU-RED-01', '1', '1200 Pine St', '', 'Seattle', 'WA', '98101-2345', 'US', '+1 206-555-0187'],
  ['113-2345678-7654321', '2026-10-05T09:10:00+00:00', 'b4n8v2c6x0z9l1k@marketplace.amazon.com', 'Robert King', '+1 512-555-0100', 'SKU-BLU-02', '2', '55 Elm Ave', 'Apt 2', 'Austin', 'TX', '78701', 'US', '+1 512-555-0166'],
  ['114-9876543-1111111', '2026-10-07T18:45:30+00:00', 'q2w3e4r5t6y7u8i@marketplace.amazon.com', 'Maria Garcia', '+1 305-555-0123', 'SKU-RED-01', '1', '9 Ocean Dr', '', 'Miami', 'FL', '33139', 'US', '+1 305-555-0123'],
];

// prettier-ignore
const WOO_ORDERS: CellValue[][] = [
  ['Order Number', 'Billing First Name', 'Billing Last Name', 'Billing Address 1', 'Billing City', 'Billing Postcode', 'Billing Country', 'Billing Email', 'Billing Phone', 'Shipping First Name', 'Shipping Last Name', 'Shipping Address 1', 'Shipping City', 'Shipping Postcode', 'Shipping Country'],
  ['1001', 'Anna', 'Schmidt', 'Hauptstr. 5', 'Berlin', '10115', 'DE', 'anna@web.de', '+49 30 1234567', 'Anna', 'Schmidt', 'Hauptstr. 5', 'Berlin', '10115', 'DE'],
  ['1002', 'Sean', 'Murphy', '12 Grafton St', 'Dublin', 'D02 XY45', 'IE', 'sean@eircom.net', '+353 1 234 5678', 'Aoife', 'Murphy', '4 Main St', 'Cork', 'T12 AB34', 'IE'],
  ['1003', 'Claire', 'Dubois', '8 Rue de Rivoli', 'Paris', '75001', 'FR', 'claire@orange.fr', '+33 1 42 00 00 00', 'Claire', 'Dubois', '8 Rue de Rivoli', 'Paris', '75001', 'FR'],
];

const map = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));

describe('mapHeaders with shipping columns and no billing ones', () => {
  test('Amazon’s ship-* address and phone are the buyer’s when the report has no other', () => {
    expect(mappingToJson(map(AMAZON_SHIP))).toMatchObject({
      'buyer-email': 'email',
      'buyer-name': 'name',
      'ship-address-1': 'address',
      'ship-city': 'region',
      'ship-postal-code': 'postcode',
      'ship-country': 'country',
      'ship-phone-number': 'phone',
    });
  });

  test('beside buyer-phone-number, ship-phone-number stays apart but the only address is mapped', () => {
    const mapping = map(AMAZON_FULL);
    expect(mappingToJson(mapping)).toMatchObject({
      'buyer-phone-number': 'phone',
      'ship-address-1': 'address',
      'ship-postal-code': 'postcode',
      'ship-country': 'country',
      'ship-phone-number': null,
    });
    expect(mapping.columns.find((c) => c.header === 'ship-phone-number')?.someoneElse).toBe(true);
  });

  test('beside WooCommerce’s billing block the shipping columns stay the recipient’s', () => {
    const json = mappingToJson(map(WOO_ORDERS));
    expect(json).toMatchObject({
      'Billing Address 1': 'address',
      'Billing Postcode': 'postcode',
      'Billing Country': 'country',
      'Billing Phone': 'phone',
      'Shipping Address 1': null,
      'Shipping City': null,
      'Shipping Postcode': null,
      'Shipping Country': null,
      'Shipping First Name': null,
    });
  });
});
