/**
 * A given name and its short form (Chris and Christine) agree as one name, but a short form serves
 * several names (Chris is Christopher's too, as Sam is Samuel's and Samantha's). With their own
 * mobiles clearly apart and only the company's line agreeing, the rows are as often two people of
 * one family or firm (a couple running Taylor Fitness) as one: reviewed, never merged unasked.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { OUTLOOK_CONTACTS } from './english-contact-exports';

const header = OUTLOOK_CONTACTS[0]!;
const col = (name: string) => header.indexOf(name);

/** The Taylor rows (23, 24) with no e-mails, their first names and mobiles as given. */
function taylors(first: [string, string], mobiles: [string, string], emails: [string, string] = ['', '']) {
  return OUTLOOK_CONTACTS.map((row, r) => {
    if (r !== 22 && r !== 23) return row;
    const k = r - 22;
    const next: CellValue[] = [...row];
    next[col('First Name')] = first[k]!;
    next[col('Mobile Phone')] = mobiles[k]!;
    next[col('E-mail Address')] = emails[k]!;
    next[col('E-mail Display Name')] = '';
    return next;
  });
}

const bandOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters.find(
    (c) => c.rows.includes(23) && c.rows.includes(24),
  )?.band ?? 'none';

describe('findDuplicates on a short form with other own mobiles', () => {
  test('Chris and Christine Taylor on the office line, with mobiles of their own, are reviewed, not merged', () => {
    expect(bandOf(taylors(['Chris', 'Christine'], ['(303) 555-0187', '(720) 555-0143']))).not.toBe('merge');
  });

  test('Chris and Christine Taylor on one mobile are one person', () => {
    expect(bandOf(taylors(['Chris', 'Christine'], ['(303) 555-0187', '303-555-0187']))).toBe('merge');
  });

  test('one mailbox still makes Chris and Christine one person, whatever the mobiles', () => {
    const mail: [string, string] = ['christine@taylorfitness.com', 'christine@taylorfitness.com'];
    expect(bandOf(taylors(['Chris', 'Christine'], ['(303) 555-0187', '(720) 555-0143'], mail))).toBe('merge');
  });

  test('a mobile on one row only says nothing: Chris and Christine Taylor are still one person', () => {
    expect(bandOf(taylors(['Chris', 'Christine'], ['(303) 555-0187', '']))).toBe('merge');
  });
});
