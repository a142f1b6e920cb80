/**
 * A Square or Shopify customer list names people in First Name and Last Name. One surname with given
 * names that clearly differ, on one phone at one address, is a household (a parent and child), not one
 * person: reviewed, never merged unasked, so no one's spend goes to another; so are one given name and
 * two family names on a company's switchboard (two colleagues). A nickname (Bob for Robert) or a typo
 * (Jonathon) is still one person's name.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const HEADER = [
  'First Name',
  'Last Name',
  'Phone Number',
  'Email Address',
  'Street Address 1',
  'Birthday',
  'Lifetime Spend',
];
const clusters = (rows: CellValue[][]) => findDuplicates({ name: 'Customers', values: [HEADER, ...rows] }).clusters;

describe('one surname, two given names', () => {
  test('a parent and child on one phone are reviewed, not merged', () => {
    const found = clusters([
      ['Liam', "O'Brien", '(510) 555-0101', '', '400 Grand Ave', '', '$610.00'],
      ['Noah', "O'Brien", '(510) 555-0101', '', '400 Grand Ave', '2014-09-09', '$300.00'],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'review']]);
  });

  test('two colleagues on one switchboard whose family names differ are reviewed, not merged (a Salesforce report)', () => {
    const { clusters: found } = findDuplicates({
      name: 'Accounts with contacts',
      values: [
        ['Account Name', 'Phone', 'First Name', 'Last Name', 'Title', 'Email', 'Mobile'],
        ['Redwood Analytics', '510-555-0122', 'Sam', 'Okafor', 'CTO', 'sam@redwoodanalytics.io', '510-555-0199'],
        [
          'Redwood Analytics',
          '510-555-0122',
          'Samantha',
          'Reyes',
          'Office Manager',
          'samantha@redwoodanalytics.io',
          '',
        ],
        [
          'Summit Logistics Inc.',
          '801-555-0112',
          'Jorge',
          'Alvarez',
          'VP Operations',
          'jalvarez@summitlogistics.com',
          '',
        ],
        ['Summit Logistics, Inc.', '801-555-0112', 'Jorge', 'Alvarez', 'VP Ops', 'jalvarez@summitlogistics.com', ''],
      ],
    });
    expect(found.filter((c) => c.band !== 'review').map((c) => c.rows)).toEqual([[4, 5]]);
  });

  test('a nickname, or a given name a typo apart, is still one person merged', () => {
    const found = clusters([
      ['Robert', 'Kline', '617-555-0199', 'bob.kline@gmail.com', '12 Elm St', '', '$89.00'],
      ['Bob', 'Kline', '(617) 555-0199', '', '12 Elm St', '', '$40.00'],
      ['Jonathan', "O'Brien", '(510) 555-0101', '', '400 Grand Ave', '', '$300.00'],
      ['Jonathon', "O'Brien", '510-555-0101', '', '400 Grand Ave', '', '$610.00'],
    ]);
    expect(found.filter((c) => c.band !== 'review').map((c) => c.rows)).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });
});
