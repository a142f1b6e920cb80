/**
 * Shopify's orders export (Orders > Export, one row per line item): its Name is the order's number
 * (#1001), Id the order's id, Risk Level the fraud analysis, Cancelled at a timestamp with its zone.
 * The customer is the billing name, e-mail, phone and address; nothing is mapped to what it is not.
 */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { valueShape } from '../../shared/template/value-shape';
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';
import { SHOPIFY_ORDERS as SHOPIFY_ORDER_HEADERS } from './layouts/ecommerce';

interface Order {
  name: string;
  email: string;
  paid: string;
  total: string;
  item: [qty: string, title: string, price: string, sku: string];
  buyer: [name: string, street: string, city: string, zip: string, province: string, phone: string];
  cancelled?: string;
  id: string;
  risk: string;
  more?: [qty: string, title: string, price: string, sku: string][];
}

const PROVINCES: Record<string, string> = {
  MA: 'Massachusetts',
  CT: 'Connecticut',
  CA: 'California',
  NJ: 'New Jersey',
  WA: 'Washington',
};

/** One order as Shopify writes it: the order's columns on its first line item's row only. */
function orderRows(o: Order): string[][] {
  const [bName, street, city, zip, province, phone] = o.buyer;
  const line = (item: Order['item'], first: boolean): string[] => {
    const cells: Record<string, string> = {
      Name: o.name,
      Email: o.email,
      'Created at': o.paid,
      'Lineitem quantity': item[0],
      'Lineitem name': item[1],
      'Lineitem price': item[2],
      'Lineitem sku': item[3],
      'Lineitem requires shipping': 'true',
      'Lineitem taxable': 'true',
      'Lineitem fulfillment status': 'fulfilled',
      'Lineitem discount': '0.00',
    };
    if (first)
      Object.assign(cells, {
        'Financial Status': o.cancelled ? 'refunded' : 'paid',
        'Paid at': o.paid,
        'Fulfillment Status': 'fulfilled',
        'Accepts Marketing': 'yes',
        Currency: 'USD',
        Subtotal: o.total,
        Shipping: '0.00',
        Taxes: '0.00',
        Total: o.total,
        'Discount Amount': '0.00',
        'Shipping Method': 'Standard',
        'Billing Name': bName,
        'Billing Street': street,
        'Billing Address1': street,
        'Billing City': city,
        'Billing Zip': zip,
        'Billing Province': province,
        'Billing Country': 'US',
        'Billing Phone': phone,
        'Shipping Name': bName,
        'Shipping Street': street,
        'Shipping Address1': street,
        'Shipping City': city,
        'Shipping Zip': zip,
        'Shipping Province': province,
        'Shipping Country': 'US',
        'Shipping Phone': phone,
        'Cancelled at': o.cancelled ?? '',
        'Payment Method': 'Shopify Payments',
        'Payment Reference': `c${o.id}.1`,
        'Refunded Amount': o.cancelled ? o.total : '0.00',
        Vendor: 'Linen & Co',
        'Outstanding Balance': '0.00',
        Id: o.id,
        'Risk Level': o.risk,
        Source: 'web',
        'Tax 1 Name': `${province} State Tax 6.25%`,
        'Tax 1 Value': '0.00',
        'Billing Province Name': PROVINCES[province] ?? province,
        'Shipping Province Name': PROVINCES[province] ?? province,
        'Payment ID': `c${o.id}.1`,
      });
    return SHOPIFY_ORDER_HEADERS.map((h) => cells[h] ?? '');
  };
  return [line(o.item, true), ...(o.more ?? []).map((item) => line(item, false))];
}

const ORDERS: Order[] = [
  {
    name: '#1001',
    email: 'jane.doe@gmail.com',
    paid: '2024-03-05 14:22:10 -0500',
    total: '85.00',
    item: ['1', 'Linen Shirt - M', '45.00', 'LS-M'],
    more: [['1', 'Canvas Tote', '40.00', 'CT-1']],
    buyer: ['Jane Doe', '12 Elm St', 'Boston', "'02134", 'MA', '+16175550101'],
    id: '5501001',
    risk: 'Low',
  },
  {
    name: '#1002',
    email: 'john.smith@gmail.com',
    paid: '2024-03-06 09:10:00 -0500',
    total: '120.00',
    item: ['2', 'Wool Socks', '20.00', 'WS-2'],
    more: [['1', 'Denim Jacket', '80.00', 'DJ-L']],
    buyer: ['John Smith', '400 Main St', 'Hartford', "'06103", 'CT', '(860) 555-0142'],
    id: '5501002',
    risk: 'Medium',
  },
  {
    name: '#1003',
    email: 'sarah.lee@outlook.com',
    paid: '2024-03-08 18:00:00 -0800',
    total: '45.00',
    item: ['1', 'Linen Shirt - L', '45.00', 'LS-L'],
    buyer: ['Sarah Lee', '77 Ocean Ave', 'Santa Monica', '90401', 'CA', '+13105550199'],
    cancelled: '2024-03-09 11:00:00 -0800',
    id: '5501003',
    risk: 'High',
  },
  {
    name: '#1004',
    email: 'mike.brown@yahoo.com',
    paid: '2024-04-01 10:00:00 -0400',
    total: '60.00',
    item: ['3', 'Wool Socks', '20.00', 'WS-2'],
    buyer: ['Michael Brown', '9 Park Pl', 'Newark', "'07102", 'NJ', "'+1 973-555-0111"],
    id: '5501004',
    risk: 'Low',
  },
  {
    name: '#1005',
    email: 'jane.doe@gmail.com',
    paid: '2024-05-02 08:00:00 -0400',
    total: '45.00',
    item: ['1', 'Linen Shirt - M', '45.00', 'LS-M'],
    buyer: ['Jane Doe', '12 Elm St', 'Boston', "'02134", 'MA', '+16175550101'],
    id: '5501005',
    risk: 'Low',
  },
];

const VALUES: CellValue[][] = [SHOPIFY_ORDER_HEADERS, ...ORDERS.flatMap(orderRows)];

describe('mapHeaders on a Shopify orders export', () => {
  const mapped = mappingToJson(mapHeaders(SHOPIFY_ORDER_HEADERS, DEFAULT_TEMPLATE, {}, VALUES.slice(1)));

  test('maps the customer to the billing name, e-mail, phone and address', () => {
    expect(mapped).toMatchObject({
      'Billing Name': 'name',
      Email: 'email',
      'Billing Phone': 'phone',
      'Billing Street': 'address',
      'Billing City': 'region',
      'Billing Zip': 'postcode',
      'Billing Country': 'country',
      'Accepts Marketing': 'consent',
    });
  });

  test('leaves the order number, order id, risk level and cancellation time alone', () => {
    expect(mapped).toMatchObject({
      Name: null,
      Id: null,
      'Risk Level': null,
      'Cancelled at': null,
      // When the order was placed, not when the customer's record was made.
      'Created at': null,
      // One order's amount, not what the customer spent in all.
      Total: null,
      'Shipping Name': null,
    });
  });

  test('check reports no invalid phone and no value tier on the export', () => {
    const result = checkSheet({ name: 'orders_export', values: VALUES }, { now: TODAY, locale: 'en-US' });
    expect(result.issues.filter((i) => i.column === 'Cancelled at' || i.column === 'Risk Level')).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'phone.invalid')).toEqual([]);
    const { plan } = planClean({ name: 'orders_export', values: VALUES }, { now: TODAY });
    const risk = SHOPIFY_ORDER_HEADERS.indexOf('Risk Level') + 1;
    const orderName = SHOPIFY_ORDER_HEADERS.indexOf('Name') + 1;
    expect(plan.edits.filter((e) => e.col === risk || e.col === orderName)).toEqual([]);
  });
});

describe('valueShape of order exports’ values', () => {
  test.each([
    '2024-07-01 11:00:00 -0400',
    '2024-03-05T14:22:10Z',
    '2024-03-05T14:22:10+08:00',
    '2024-03-05 14:22 +0800',
  ])('reads %s, a time with its zone, as a date', (value) => {
    expect(valueShape(value)).toBe('date');
  });

  test.each(['#1001', '#10234', '#SO-1042'])('reads the order number %s as an ID', (value) => {
    expect(valueShape(value)).toBe('id');
  });
});
