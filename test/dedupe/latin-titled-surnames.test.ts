/**
 * An English-language B2B list (Company, Contact, Phone, Email) names a contact by a title and a
 * surname (Mr. Wang, Ms Li, Dr. Chen), as a Chinese one writes 王总 or 张先生. On a company's
 * switchboard beside a colleague of that surname (Wang Fang), nothing says the titled row is her:
 * reviewed, never merged, and said so as for 王总. A title beside a whole name (Mr. Wang Fang) is
 * only a title: that row is Wang Fang's.
 */
import { findDuplicates } from '../../shared/dedupe';
import { nameKey, prepareName, personNameComparator } from '../../shared/dedupe/compare/person-name';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';
import { enUS } from '../../shared/ui/i18n/en-US';
import { levelKey } from '../../shared/ui/i18n/level-strings';
import type { CellValue } from '../../shared/sheet/cell-value';
import { clusterOf } from './cluster-of-pair';

const HEADER = ['Company', 'Contact', 'Phone', 'Email'];
const OTHER: CellValue[] = ['Globex Corp', 'John Smith', '+1 415 555 0100', 'john@globex.com'];
const sheet = (rows: CellValue[][]): CellValue[][] => [HEADER, ...rows, OTHER];
const clusters = (rows: CellValue[][]) => findDuplicates({ name: 'Contacts', values: sheet(rows) }).clusters;

describe('a Latin title and surname beside a colleague of that surname on a switchboard', () => {
  test.each([
    ['Mr. Wang', 'Wang Fang', 'wangfang@acme.cn'],
    ['Ms Li', 'Li Na', 'lina@acme.cn'],
    ['Mrs. Smith', 'Karen Smith', 'karen.smith@acme.co.uk'],
    ['Dr. Chen', 'Chen Wei', 'chenwei@acme.cn'],
  ])('%s and %s on the company line are reviewed, not merged', (titled, whole, email) => {
    const values = sheet([
      ['Acme Trading Ltd', titled, '+86 21 6123 4567', ''],
      ['Acme Trading Ltd', whole, '+86 21 6123 4567', email],
    ]);
    expect(findDuplicates({ name: 'Contacts', values }).clusters.filter((c) => c.band === 'merge')).toEqual([]);
    const cluster = clusterOf(values, 2, 3);
    expect(cluster.band).toBe('review');
    const contact = cluster.reasons.find((r) => r.column === 'Contact');
    expect(contact?.level).toBe('same-surname');
    expect(contact?.message).toContain('one written with a title');
  });

  test('the reason reads as the title-only reason in both languages', () => {
    const cluster = clusterOf(
      sheet([
        ['Acme Trading Ltd', 'Mr. Wang', '+86 21 6123 4567', ''],
        ['Acme Trading Ltd', 'Wang Fang', '+86 21 6123 4567', 'wangfang@acme.cn'],
      ]),
      2,
      3,
    );
    const contact = cluster.reasons.find((r) => r.column === 'Contact')!;
    expect(contact.message).toBe('Contact: the same surname Wang, one written with a title (Mr. Wang ≈ Wang Fang)');
    expect(enUS[levelKey(contact.level)]).toBe('same surname, one a title');
    expect(ZH_LEVEL_WORDS[contact.level]).toBe('同姓（一方为称呼）');
  });

  test('Mr. Wang Fang and Wang Fang on the company line are one contact, merged', () => {
    const found = clusters([
      ['Acme Trading Ltd', 'Mr. Wang Fang', '+86 21 6123 4567', ''],
      ['Acme Trading Ltd', 'Wang Fang', '+86 21 6123 4567', 'wangfang@acme.cn'],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'merge']]);
  });

  test('Mr. Wang written twice on the company line is one contact, merged', () => {
    const found = clusters([
      ['Acme Trading Ltd', 'Mr. Wang', '+86 21 6123 4567', ''],
      ['Acme Trading Ltd', 'Mr Wang', '+86 21 6123 4567', ''],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'merge']]);
  });

  test('Mr. Wang and Wang Fang on one mobile are one person, merged', () => {
    const found = clusters([
      ['Acme Trading Ltd', 'Mr. Wang', '+86 139 2222 3333', ''],
      ['Acme Trading Ltd', 'Wang Fang', '13922223333', 'wangfang@acme.cn'],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'merge']]);
  });
});

describe('compare/person-name on a Latin title and surname', () => {
  const compare = personNameComparator();
  const level = (a: string, b: string) =>
    compare.compare(prepareName(nameKey(a)!, 'full'), prepareName(nameKey(b)!, 'full'));

  test.each([
    ['Mr. Wang', 'wang'],
    ['Ms Li', 'li'],
    ['Mrs. Smith', 'smith'],
    ['Dr. Chen', 'chen'],
  ])('%s names only the surname %s', (name, surname) => {
    expect(prepareName(nameKey(name)!, 'full').titledSurname).toBe(surname);
  });

  test('a title beside a whole name is set aside as before', () => {
    expect(nameKey('Mr. Wang Fang')).toBe('wang fang');
    expect(prepareName(nameKey('Mr. Wang Fang')!, 'full').titledSurname).toBe('');
  });

  test('Mr. Smith and Mrs. Smith are two people, Mr. Wang and Mr Wang one name', () => {
    expect(level('Mr. Smith', 'Mrs. Smith')).toBe(level('John Smith', 'Mary Jones'));
    expect(nameKey('Mr. Wang')).toBe(nameKey('Mr Wang'));
  });

  test('Mr. Wang and Li Na share no surname', () => {
    expect(level('Mr. Wang', 'Li Na')).toBe(level('John Smith', 'Mary Jones'));
  });
});
