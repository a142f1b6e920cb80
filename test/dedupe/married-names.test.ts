/**
 * A personal contact list kept over years: Sarah Johnson married and became Sarah Miller, keeping
 * her Gmail address and her mobile. One given name, another family name, and both of what she alone
 * keeps agreeing is one person, merged and said to be perhaps a married name; one of the two alone
 * (a family's shared mailbox, a household's line) is held for review. A list with First Name and
 * Last Name columns and one with a single Contact column read the same rows the same way.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';
import type { CellValue } from '../../shared/sheet/cell-value';

type Person = [given: string, family: string, email: string, phone: string];

const OTHERS: Person[] = [
  ['David', 'Brown', 'dbrown@yahoo.com', '(415) 555-0199'],
  ['Priya', 'Natarajan', 'priya.n@outlook.com', '(650) 555-0123'],
  ['Tom', 'Okafor', 'tokafor@gmail.com', '(510) 555-0188'],
];

const layouts = {
  'First Name / Last Name': (rows: Person[]): CellValue[][] => [
    ['First Name', 'Last Name', 'Email', 'Phone'],
    ...rows.map(([g, f, e, p]) => [g, f, e, p]),
  ],
  Contact: (rows: Person[]): CellValue[][] => [
    ['Contact', 'Email', 'Phone'],
    ...rows.map(([g, f, e, p]) => [`${g} ${f}`, e, p]),
  ],
};
const LAYOUTS = Object.entries(layouts);

function pairOf(values: CellValue[][]): Cluster | undefined {
  return findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters.find(
    (c) => c.rows.includes(2) && c.rows.includes(3),
  );
}

describe('one given name and another family name (a married name)', () => {
  test.each(LAYOUTS)('%s: the same personal e-mail and phone are one person, merged and explained', (_, layout) => {
    for (const phone of ['555-0142', '(415) 555-0142']) {
      const pair = pairOf(
        layout([
          ['Sarah', 'Johnson', 'sarah.j@gmail.com', phone],
          ['Sarah', 'Miller', 'sarah.j@gmail.com', phone],
          ...OTHERS,
        ]),
      );
      expect(pair?.band).toBe('merge');
      const name = pair!.reasons.find((r) => r.level === 'other-family-name');
      expect(name?.message).toMatch(/same given name, another family name \(perhaps a married name\)/);
      expect(ZH_LEVEL_WORDS[name!.level]).toBe('名相同，姓不同（或为婚后改姓）');
    }
  });

  test.each(LAYOUTS)('%s: only the e-mail shared (a new phone) is held for review', (_, layout) => {
    const pair = pairOf(
      layout([
        ['Sarah', 'Johnson', 'sarah.j@gmail.com', '(415) 555-0142'],
        ['Sarah', 'Miller', 'sarah.j@gmail.com', '(415) 555-0177'],
        ...OTHERS,
      ]),
    );
    expect(pair?.band).toBe('review');
    expect(pair!.reasons.some((r) => r.level === 'other-family-name')).toBe(true);
  });

  test.each(LAYOUTS)('%s: only the e-mail shared, no phones, is held for review', (_, layout) => {
    const pair = pairOf(
      layout([['Sarah', 'Johnson', 'sarah.j@gmail.com', ''], ['Sarah', 'Miller', 'sarah.j@gmail.com', ''], ...OTHERS]),
    );
    expect(pair?.band).toBe('review');
  });

  test.each(LAYOUTS)('%s: only the phone shared is held for review', (_, layout) => {
    for (const phone of ['555-0142', '(415) 555-0142']) {
      const pair = pairOf(
        layout([['Sarah', 'Johnson', 'sarah.j@gmail.com', phone], ['Sarah', 'Miller', '', phone], ...OTHERS]),
      );
      expect(pair?.band).toBe('review');
      expect(pair!.reasons.some((r) => r.level === 'other-family-name')).toBe(true);
    }
  });
});

describe('one given name and other family names on a company switchboard', () => {
  const office = (rows: Person[]) => rows.map(([g, f, e]) => [g, f, e, '(212) 555-0100'] as Person).concat(OTHERS);

  test.each(LAYOUTS)('%s: two colleagues with their own mailboxes are never merged', (_, layout) => {
    const values = layout(
      office([
        ['Sarah', 'Johnson', 'sarah.johnson@acme.com', ''],
        ['Sarah', 'Miller', 'sarah.miller@acme.com', ''],
        ['Mark', 'Davis', 'mark.davis@acme.com', ''],
      ]),
    );
    expect(pairOf(values)?.band ?? 'none').not.toBe('merge');
  });

  test.each(LAYOUTS)('%s: two colleagues without e-mails are never merged', (_, layout) => {
    const values = layout(
      office([
        ['Sarah', 'Johnson', '', ''],
        ['Sarah', 'Miller', '', ''],
        ['Mark', 'Davis', '', ''],
      ]),
    );
    expect(pairOf(values)?.band ?? 'none').not.toBe('merge');
  });

  test.each(LAYOUTS)('%s: two of a company on its line, only the two of them listed, are never merged', (_, layout) => {
    const rows = layout([
      ['Sarah', 'Johnson', '', '(212) 555-0100'],
      ['Sarah', 'Miller', '', '(212) 555-0100'],
      ...OTHERS,
    ]);
    const values = rows.map((row, r) => [r === 0 ? 'Company' : r <= 2 ? 'Acme Corp' : `Other ${r}`, ...row]);
    expect(pairOf(values)?.band ?? 'none').not.toBe('merge');
  });
});
