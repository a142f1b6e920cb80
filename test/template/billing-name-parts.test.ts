/**
 * WooCommerce order exports split the buyer's name by whose it is: First Name (Billing) and Last Name
 * (Billing) in the Order Export plugin, Billing First Name and Shipping Last Name in others. The
 * billing names are the customer's given and family names; the shipping names are the recipient's,
 * who may be someone else (a gift), so they name the customer only where no billing name does.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from '../export/fixtures';

// prettier-ignore
const WOO_ORDERS: CellValue[][] = [
  ['Order Number', 'Order Status', 'Order Date', 'Customer Note', 'First Name (Billing)', 'Last Name (Billing)', 'Company (Billing)', 'Address 1&2 (Billing)', 'City (Billing)', 'State Code (Billing)', 'Postcode (Billing)', 'Country Code (Billing)', 'Email (Billing)', 'Phone (Billing)', 'Payment Method Title', 'Order Total Amount', 'Item Name', 'Quantity'],
  ['1001', 'Completed', '2024-03-05 14:12', 'Please leave at back door', 'James', 'Walker', '', '14 High Street, Apt 2', 'Manchester', '', 'M1 1AE', 'GB', 'james.walker@gmail.com', '07911 123456', 'PayPal', '45.00', 'Organic Tea Sampler', '1'],
  ['1003', 'Completed', '2024-03-07 18:44', "gift - don't include invoice", 'Charlotte', 'Evans', 'Evans Florist Ltd', '3 Station Road', 'Bristol', '', 'BS1 4DJ', 'GB', 'orders@evansflorist.co.uk', '0117 496 0123', 'BACS', '310.00', 'Bulk Chai 5kg', '2'],
  ['1007', 'Completed', '2024-03-10 10:10', '', 'Hans', 'Becker', 'Becker GmbH', 'Königstraße 12', 'Stuttgart', '', '70173', 'DE', 'h.becker@becker-gmbh.de', '0711 1234567', 'Credit Card (Stripe)', '99.00', 'Oolong', '3'],
];

// prettier-ignore
const GIFT_ORDERS: CellValue[][] = [
  ['Order ID', 'Billing First Name', 'Billing Last Name', 'Billing Email', 'Shipping First Name', 'Shipping Last Name', 'Shipping Address 1'],
  ['2001', 'James', 'Walker', 'jw@gmail.com', 'Emma', 'Walker', '8 Rose Lane'],
  ['2002', 'Anna', 'Lee', 'al@gmail.com', 'Anna', 'Lee', '2 Kings Road'],
  ['2003', 'Priya', 'Shah', 'priya.shah@outlook.com', 'Raj', 'Mehta', '41 Mill Street'],
];

const map = (values: CellValue[][]) => mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)));

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('mapHeaders with the billing and shipping names of an order export', () => {
  test('First Name (Billing) and Last Name (Billing) are the given and family names', () => {
    expect(map(WOO_ORDERS)).toMatchObject({
      'First Name (Billing)': 'name.given',
      'Last Name (Billing)': 'name.family',
      'Email (Billing)': 'email',
    });
  });

  test('Billing First Name and Billing Last Name are too', () => {
    const values = [
      ['Billing First Name', 'Billing Last Name', 'Billing Email', 'Billing Phone'],
      ['James', 'Walker', 'jw@gmail.com', '07911 123456'],
      ['Anna', 'Lee', 'al@gmail.com', '07911 123457'],
    ];
    expect(map(values)).toEqual({
      'Billing First Name': 'name.given',
      'Billing Last Name': 'name.family',
      'Billing Email': 'email',
      'Billing Phone': 'phone',
    });
  });

  test('the shipping names beside the billing ones are the recipient’s, left alone', () => {
    expect(map(GIFT_ORDERS)).toMatchObject({
      'Billing First Name': 'name.given',
      'Billing Last Name': 'name.family',
      'Shipping First Name': null,
      'Shipping Last Name': null,
    });
  });

  test('whichever comes first: shipping columns left of the billing ones do not take the name', () => {
    const values = GIFT_ORDERS.map((row) => [row[4]!, row[5]!, row[1]!, row[2]!, row[3]!]);
    expect(map(values)).toEqual({
      'Shipping First Name': null,
      'Shipping Last Name': null,
      'Billing First Name': 'name.given',
      'Billing Last Name': 'name.family',
      'Billing Email': 'email',
    });
  });

  test('an export with the shipping names alone names its customers by them', () => {
    const values = GIFT_ORDERS.map((row) => [row[0]!, row[4]!, row[5]!, row[6]!]);
    expect(map(values)).toMatchObject({ 'Shipping First Name': 'name.given', 'Shipping Last Name': 'name.family' });
  });

  test('Shopify’s Shipping Name left of Billing Name does not take the name', () => {
    const values = [
      ['Name', 'Email', 'Shipping Name', 'Billing Name'],
      ['#1001', 'jane.doe@gmail.com', 'Tom Doe', 'Jane Doe'],
      ['#1002', 'john.smith@gmail.com', 'John Smith', 'John Smith'],
      ['#1003', 'sarah.lee@outlook.com', 'Sarah Lee', 'Sarah Lee'],
    ];
    expect(map(values)).toMatchObject({ 'Shipping Name': null, 'Billing Name': 'name' });
  });
});

describe('planExport of a WooCommerce order export', () => {
  test.each(['hubspot', 'zoho', 'salesforce'] as const)('%s: First Name James, Last Name Walker', (crm) => {
    const files = planExport(sheet(WOO_ORDERS, 'Orders'), { crm, now: NOW }).files;
    const file = files.find((f) => f.header.includes('First Name'))!;
    expect(rowOf(file, 2)).toMatchObject({ 'First Name': 'James', 'Last Name': 'Walker' });
    expect(rowOf(file, 4)).toMatchObject({ 'First Name': 'Hans', 'Last Name': 'Becker' });
  });

  test('HubSpot: a gift’s recipient does not replace the buyer', () => {
    const file = planExport(sheet(GIFT_ORDERS, 'Orders'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'First Name': 'James',
      'Last Name': 'Walker',
      'Shipping First Name': 'Emma',
    });
    expect(rowOf(file, 4)).toMatchObject({ 'First Name': 'Priya', 'Last Name': 'Shah', 'Shipping Last Name': 'Mehta' });
  });
});
