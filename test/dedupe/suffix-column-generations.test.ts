/**
 * A Suffix column (Outlook's Suffix, Google's Name Suffix) holding Jr., Sr. or III on one row and
 * nothing or another generation on the other names two people of one family line, as "José Martínez"
 * and "José Martínez Jr." in one name cell do: reviewed at most, never merged unasked.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { OUTLOOK_CONTACTS } from './english-contact-exports';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters;
const pairOf = (values: CellValue[][], a: number, b: number): Cluster | undefined =>
  clustersOf(values).find((c) => c.rows.includes(a) && c.rows.includes(b));
const bandOf = (values: CellValue[][], a: number, b: number) => pairOf(values, a, b)?.band ?? 'none';

const header = OUTLOOK_CONTACTS[0]!;
const SUFFIX = header.indexOf('Suffix');
const EMAIL = header.indexOf('E-mail Address');
const DISPLAY = header.indexOf('E-mail Display Name');
const MOBILE = header.indexOf('Mobile Phone');
const withCells = (rows: CellValue[][], changes: Record<number, Record<number, CellValue>>) =>
  rows.map((row, r) =>
    changes[r + 1] ? row.map((cell, c) => (c in changes[r + 1]! ? changes[r + 1]![c]! : cell)) : row,
  );

/** José Luis Martínez (row 6) and José Martínez (row 7) on one mobile, no e-mails: one person, but for `suffixes`. */
const martinez = (suffix6: string, suffix7: string) =>
  withCells(OUTLOOK_CONTACTS, {
    6: { [SUFFIX]: suffix6, [EMAIL]: '', [DISPLAY]: '' },
    7: { [SUFFIX]: suffix7, [EMAIL]: '', [DISPLAY]: '', [MOBILE]: '(773) 555-0198' },
  });

describe('findDuplicates on a Suffix column', () => {
  test('José Luis Martínez (President) and José Martínez Jr. on the office line are reviewed, not merged', () => {
    expect(bandOf(OUTLOOK_CONTACTS, 6, 7)).not.toBe('merge');
  });

  test('without the suffix, José Luis Martínez and José Martínez on one mobile are one person', () => {
    expect(bandOf(martinez('', ''), 6, 7)).toBe('merge');
  });

  test.each([
    ['', 'Jr.'],
    ['Sr.', ''],
    ['Jr.', 'III'],
    ['', 'II'],
  ])('Suffix "%s" and "%s" are two generations: reviewed at most, with no e-mail to tell them apart', (a, b) => {
    expect(bandOf(martinez(a, b), 6, 7)).not.toBe('merge');
  });

  test('the same Jr. on both rows is one generation: still one person', () => {
    expect(bandOf(martinez('Jr.', 'Jr'), 6, 7)).toBe('merge');
  });

  test('a suffix that is no generation (DDS, PhD) beside none says nothing: still one person', () => {
    expect(bandOf(martinez('', 'DDS'), 6, 7)).toBe('merge');
    expect(bandOf(martinez('PhD', ''), 6, 7)).toBe('merge');
  });

  // Google Contacts writes the whole name without its suffix in Name and the suffix apart.
  const google: CellValue[][] = [
    [
      'Name',
      'Given Name',
      'Family Name',
      'Name Suffix',
      'Birthday',
      'E-mail 1 - Value',
      'Phone 1 - Value',
      'Address 1 - Street',
    ],
    [
      'James Whitaker',
      'James',
      'Whitaker',
      'Sr.',
      '',
      'jim.whitaker@comcast.net',
      '(503) 555-0110',
      '1420 NE Alberta St',
    ],
    ['James Whitaker', 'James', 'Whitaker', '', '', '', '(503) 555-0110', '1420 NE Alberta St'],
    ['Emily Foster', 'Emily', 'Foster', '', '', 'emily.foster@kestrelai.com', '(617) 555-0175', '200 Clarendon St'],
    ['Priya Nair', 'Priya', 'Nair', '', '', 'priya.nair@kestrelai.com', '+44 7700 900123', ''],
    ['Robert Chen', 'Robert', 'Chen', '', '', 'robert.chen@acmecorp.com', '+1 (415) 555-0132', '500 Howard St'],
    ['Aisha Rahman', 'Aisha', 'Rahman', '', '', 'aisha@kestrelai.com', '617-555-0134', ''],
  ];

  test("Google's Name Suffix: James Whitaker Sr. and a James Whitaker on the family's line are reviewed, not merged", () => {
    expect(bandOf(google, 2, 3)).not.toBe('merge');
  });
});
