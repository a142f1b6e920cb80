/**
 * When a shop or app last saw the customer (WooCommerce's Last active, Last Seen) is the template's
 * last contact: what staleness is judged by. Set up keeps the header: activity is no contact.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { after } from '../operations/apply';
import { sheet } from '../operations/fixtures';

// WooCommerce's Customers report export (woocommerce-customers.csv).
const WOOCOMMERCE: CellValue[][] = [
  [
    'Name',
    'Username',
    'Last active',
    'Date registered',
    'Email',
    'Orders',
    'Total spend',
    'AOV',
    'Country / Region',
    'City',
    'Region',
    'Postal code',
  ],
  [
    'Sarah Johnson',
    'sjohnson',
    '2025-05-28',
    '2023-04-02',
    'sarah.johnson@brightwave.io',
    '12',
    '$1,432.50',
    '$119.38',
    'US',
    'San Francisco',
    'CA',
    '94102',
  ],
  [
    "Michael O'Brien",
    'mobrien',
    '2024-11-03',
    '2021-11-19',
    'mobrien@obrienlaw.com',
    '3',
    '$210.00',
    '$70.00',
    'US',
    'Boston',
    'MA',
    '02110',
  ],
  [
    'Bob Garcia',
    'bobg',
    '2023-02-02',
    '2023-02-02',
    'bgarcia77@yahoo.com',
    '1',
    '$19.99',
    '$19.99',
    'US',
    'Austin',
    'TX',
    '78701',
  ],
  [
    'Lisa Müller',
    'lmueller',
    '2023-01-10',
    '2022-12-01',
    'lisa.mueller@bergmann-gmbh.de',
    '2',
    '€310,50',
    '€155,25',
    'DE',
    'Berlin',
    '',
    '10115',
  ],
  [
    'Chris Taylor',
    'ctaylor',
    '2025-01-20',
    '2020-01-01',
    'chris@taylorandco.com',
    '9',
    '$990.00',
    '$110.00',
    'US',
    'San Francisco',
    'CA',
    '94103',
  ],
];
const NOW = new Date(Date.UTC(2025, 5, 1));

describe('mapHeaders on when the customer was last active', () => {
  test('WooCommerce’s Last active is the last contact, and check finds the customers not seen for half a year', () => {
    const mapping = mapHeaders(WOOCOMMERCE[0]!, DEFAULT_TEMPLATE, {}, WOOCOMMERCE.slice(1));
    expect(mapping.byField).toMatchObject({ lastContact: 3, createdAt: 4 });
    const stale = checkSheet(sheet(WOOCOMMERCE, { textOnly: true }), { now: NOW }).issues.filter(
      (i) => i.code === 'record.stale',
    );
    expect(stale.map((i) => `${i.row}:${String(i.value)}`)).toEqual(['3:2024-11-03', '4:2023-02-02', '5:2023-01-10']);
  });

  test('set up keeps the header Last active: an activity is no contact', () => {
    const snapshot = sheet(WOOCOMMERCE, { textOnly: true });
    const headers = after(snapshot, planSetup(snapshot, { now: NOW }).plan).values[0] as string[];
    expect(headers[2]).toBe('Last active');
    expect(headers).not.toContain('Last Contact');
  });

  test.each([['Last Seen'], ['Last Active Date'], ['Last Seen At'], ['最近活跃时间'], ['最后活跃时间']])(
    '%s is the last contact',
    (header) => {
      const values: CellValue[][] = [
        ['Name', 'Email', header],
        ['Sarah Johnson', 'sarah.johnson@brightwave.io', '2025-05-28'],
        ['Bob Garcia', 'bgarcia77@yahoo.com', '2023-02-02'],
        ['Chris Taylor', 'chris@taylorandco.com', '2025-01-20'],
      ];
      expect(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)).byField.lastContact).toBe(3);
    },
  );

  test.each([['Last Order Date'], ['最近消费时间']])(
    '%s stays the last purchase, which the template keeps apart from the last contact',
    (header) => {
      const values: CellValue[][] = [
        ['Name', 'Email', header],
        ['Sarah Johnson', 'sarah.johnson@brightwave.io', '2025-05-28'],
        ['Bob Garcia', 'bgarcia77@yahoo.com', '2023-02-02'],
        ['Chris Taylor', 'chris@taylorandco.com', '2025-01-20'],
      ];
      const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
      expect(mapping.byField).toMatchObject({ lastPurchaseDate: 3 });
      expect(mapping.byField.lastContact).toBeUndefined();
    },
  );
});
