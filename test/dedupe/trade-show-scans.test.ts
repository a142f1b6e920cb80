/**
 * A lead-scanning app's export from a trade show: one visitor scanned twice gets two Badge IDs (one per
 * scan) and may give two mailboxes at his company, both made of his name (oliver@ and oliver.hughes@).
 * One name on one number with such mailboxes is one person; the per-scan ID and who scanned are the
 * event's, never a disagreement. Two colleagues of one name on their own lines are still reviewed.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { accountHeader, detailHeader } from '../../shared/dedupe/column-headers';
import { madeOfName } from '../../shared/dedupe/score/company-mailboxes';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Leads', values }, { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

const HEADER = [
  'Scan Date',
  'Scan Time',
  'Badge ID',
  'First Name',
  'Last Name',
  'Company',
  'Job Title',
  'Email',
  'Phone',
  'Address 1',
  'City',
  'Postal Code',
  'Country',
  'Rating',
  'Notes',
  'Scanned By',
];
const scans: CellValue[][] = [
  HEADER,
  [
    '03/05/2024',
    '10:12',
    'B-10023',
    'Oliver',
    'Hughes',
    'Hughes Logistics Ltd',
    'Managing Director',
    'oliver@hugheslogistics.co.uk',
    '+44 (0)20 7123 4567',
    '1 Canada Square',
    'London',
    'E14 5AB',
    'United Kingdom',
    'Hot',
    'Wants quote for 20 units by April',
    'Mark',
  ],
  [
    '03/05/2024',
    '10:40',
    'B-10024',
    'Klaus',
    'Fischer',
    'Fischer Maschinenbau GmbH',
    'Einkaufsleiter',
    'k.fischer@fischer-mb.de',
    '+49 (0)89 1234 5678',
    'Leopoldstr. 10',
    'München',
    '80802',
    'Germany',
    'Warm',
    'German speaker - send DE brochure',
    'Mark',
  ],
  [
    '03/05/2024',
    '11:02',
    'B-10025',
    'Chloe',
    'Nguyen',
    'Southern Cross Imports Pty Ltd',
    'Procurement Manager',
    'chloe@scimports.com.au',
    '+61 2 8123 4567',
    'Level 5, 100 Pitt St',
    'Sydney',
    '2000',
    'Australia',
    'Hot',
    'met at booth + dinner',
    'Anna',
  ],
  [
    '03/05/2024',
    '11:30',
    'B-10026',
    'Oliver',
    'Hughes',
    'Hughes Logistics',
    'MD',
    'oliver.hughes@hugheslogistics.co.uk',
    '+44 20 7123 4567',
    '',
    'London',
    'E14 5AB',
    'UK',
    '',
    'scanned twice',
    'Anna',
  ],
  [
    '03/06/2024',
    '09:15',
    'B-10027',
    'Wei',
    'Zhang',
    'Shenzhen Bright Electronics Co., Ltd.',
    'Sales Director',
    'zhangwei@bright-sz.com',
    '+86 755 8888 1234',
    '',
    'Shenzhen',
    '518000',
    'China',
    'Cold',
    'competitor?',
    'Mark',
  ],
  [
    '03/06/2024',
    '09:50',
    'B-10028',
    'Jean-Pierre',
    'Dubois',
    '',
    'Consultant',
    'jp.dubois@gmail.com',
    '+33 1 42 68 53 00',
    '',
    'Paris',
    '75008',
    'France',
    'Warm',
    'freelancer',
    'Anna',
  ],
  [
    '03/06/2024',
    '10:20',
    'B-10029',
    'Aroha',
    'Ngata',
    'Kiwi Freight NZ',
    'Ops Manager',
    'aroha@kiwifreight.co.nz',
    '+64 9 123 4567',
    '',
    'Auckland',
    '1010',
    'New Zealand',
    'Warm',
    '',
    'Mark',
  ],
  [
    '03/06/2024',
    '10:55',
    'B-10030',
    'Sanjay',
    'Gupta',
    'Gupta Exports Pvt Ltd',
    'CEO',
    'sanjay@guptaexports.in',
    '+91 98765 43210',
    '',
    'Delhi',
    '110001',
    'India',
    'Hot',
    'call back in 2 weeks',
    'Anna',
  ],
  [
    '03/06/2024',
    '11:10',
    'B-10031',
    'Klaus',
    'Fischer',
    'Fischer Maschinenbau',
    'Head of Purchasing',
    'klaus.fischer@fischer-mb.de',
    '0049 89 12345678',
    '',
    'Munich',
    '80802',
    'DE',
    '',
    '',
    'Mark',
  ],
  [
    '03/06/2024',
    '12:00',
    'B-10032',
    'Emily',
    'Clarke',
    'Clarke & Sons',
    'Owner',
    '',
    '+44 7700 900456',
    '',
    'Leeds',
    'LS1 4AP',
    'United Kingdom',
    'Cold',
    'no email on badge',
    'Anna',
  ],
];

describe('findDuplicates on trade-show badge scans', () => {
  test('Oliver Hughes and Klaus Fischer, each scanned twice with two mailboxes of his name, are merged', () => {
    const clusters = clustersOf(scans);
    for (const [a, b] of [
      [2, 5],
      [3, 10],
    ] as const) {
      const pair = together(clusters, a, b);
      expect(pair?.band).toBe('merge');
      expect(pair!.rows).toEqual([a, b]);
      // One badge per scan and the colleague who scanned say nothing about who was scanned.
      expect(pair!.reasons.map((r) => r.column)).not.toContain('Badge ID');
      expect(pair!.reasons.map((r) => r.column)).not.toContain('Scanned By');
    }
  });

  test('two Oliver Hughes at one firm on their own lines are reviewed, not merged (namesakes who are colleagues)', () => {
    const values = scans.map((row, r) => (r === 4 ? [...row.slice(0, 8), '+44 20 7123 4599', ...row.slice(9)] : row));
    expect(together(clustersOf(values), 2, 5)?.band ?? 'none').not.toBe('merge');
  });

  test('a shared mailbox of the firm (sales@) beside the person is no mailbox of his name: reviewed', () => {
    const values = scans.map((row, r) =>
      r === 4 ? [...row.slice(0, 7), 'sales@hugheslogistics.co.uk', ...row.slice(8)] : row,
    );
    expect(together(clustersOf(values), 2, 5)?.band ?? 'none').not.toBe('merge');
  });

  test('reads mailboxes made of a name', () => {
    expect(madeOfName('oliver', ['oliver', 'hughes'])).toBe(true);
    expect(madeOfName('oliver.hughes', ['oliver', 'hughes'])).toBe(true);
    expect(madeOfName('k.fischer', ['klaus', 'fischer'])).toBe(true);
    expect(madeOfName('fischerk', ['klaus', 'fischer'])).toBe(true);
    expect(madeOfName('wang.wei', ['wang', 'wei'])).toBe(true);
    expect(madeOfName('wang.wei2', ['wang', 'wei'])).toBe(false);
    expect(madeOfName('oh', ['oliver', 'hughes'])).toBe(false);
    expect(madeOfName('sales', ['oliver', 'hughes'])).toBe(false);
    expect(madeOfName('olivia', ['oliver', 'hughes'])).toBe(false);
  });

  test('reads a per-scan ID and who scanned as the event, not the customer', () => {
    for (const header of ['Badge ID', 'Badge #', 'Ticket Number', '胸卡号', '门票号', 'Scanned By'])
      expect(detailHeader(header)).toBe(true);
    expect(accountHeader('胸卡号')).toBe(false);
    expect(accountHeader('会员卡号')).toBe(true);
  });
});
