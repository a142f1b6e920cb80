/**
 * LinkedIn's Connections export: a note above the header, First Name / Last Name, the profile's URL,
 * an e-mail only some connections share, and the day of connecting written with its month named
 * (12 Nov 2024). The day is no address, and a profile URL names one person, as an account does.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { profileColumn } from '../../shared/dedupe/profile';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Connections', values });
const clustersOf = (values: CellValue[][]) => findDuplicates(sheet(values), { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

const connections: CellValue[][] = [
  ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
  [
    'Sarah',
    'Johnson',
    'https://www.linkedin.com/in/sarahjohnson',
    '',
    'Brightwave Inc.',
    'VP Marketing',
    '12 Nov 2024',
  ],
  [
    'Michael',
    "O'Brien",
    'https://www.linkedin.com/in/michael-obrien-4a1b2c3',
    'mobrien@obrienlaw.com',
    "O'Brien & Associates",
    'Managing Partner',
    '03 Feb 2023',
  ],
  ['Priya', 'Patel', 'https://www.linkedin.com/in/priyapatel', '', 'Patel Consulting Ltd', 'Director', '28 Aug 2022'],
  [
    'Emily',
    'Nguyen',
    'https://www.linkedin.com/in/emilynguyen',
    '',
    'Harbor Foods',
    'Head of Purchasing',
    '07 Mar 2021',
  ], // 5
  ['Tom', 'Nguyen', 'https://www.linkedin.com/in/tom-nguyen-chef', '', 'Harbor Foods', 'Executive Chef', '07 Mar 2021'], // 6
  [
    'James',
    'Smith',
    'https://www.linkedin.com/in/jamessmith',
    '',
    'Acme Corp',
    'Chief Financial Officer',
    '21 Sep 2019',
  ], // 7
  [
    'James',
    'Smith',
    'https://www.linkedin.com/in/james-smith-22b1a0',
    '',
    'Globex',
    'Software Engineer',
    '02 Oct 2023',
  ], // 8
  [
    'Robert',
    'Garcia',
    'https://www.linkedin.com/in/robertgarcia-hvac',
    'bob.garcia@garcia-hvac.com',
    'Garcia HVAC',
    'Owner',
    '30 Apr 2018',
  ],
  ['Kevin', 'Brown', 'https://www.linkedin.com/in/kevinbrown', '', 'Evergreen Tech', 'Senior Engineer', '05 May 2022'], // 10
  [
    'Kevin',
    'Brown',
    'http://linkedin.com/in/kevinbrown/',
    '',
    'Evergreen Technologies',
    'Senior Engineer',
    '05 May 2022',
  ], // 11
  [
    'Chris',
    'Taylor',
    'https://www.linkedin.com/in/christaylor',
    'chris@taylorandco.com',
    'Taylor & Co',
    'Founder & CEO',
    '01 Jan 2020',
  ],
];

describe('findDuplicates on LinkedIn connections', () => {
  test('the day of connecting is read as a date, not an address', () => {
    const rows = Int32Array.from(connections.slice(1), (_, k) => k + 2);
    expect(profileColumn(connections, rows, 7, 'US').kind).toBe('date');
    const reasons = clustersOf(connections).flatMap((c) => c.reasons);
    expect(reasons.some((r) => r.column === 'Connected On')).toBe(false);
  });

  test('Emily and Tom Nguyen at one company are not merged', () => {
    expect(together(clustersOf(connections), 5, 6)?.band ?? 'none').not.toBe('merge');
  });

  test('two James Smiths at other companies with their own profiles are reviewed at most', () => {
    expect(together(clustersOf(connections), 7, 8)?.band ?? 'none').not.toBe('merge');
  });

  test('one profile written two ways is one person', () => {
    expect(together(clustersOf(connections), 10, 11)?.band).toBe('merge');
  });
});
