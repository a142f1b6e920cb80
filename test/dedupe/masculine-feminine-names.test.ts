/**
 * A household list (First Name, Last Name) or a family firm's contacts: a man and a woman of one
 * family whose given names are the masculine and feminine forms of one name (Daniel and Danielle,
 * Paul and Paula) share the surname, phone and address by nature. They are two given names, not a
 * typo: reviewed at most, never merged unasked, and explained as different given names in both
 * languages. Their e-mails (paul@, paula@) name two people, not one address mistyped. A real typo
 * (Jonh), a variant spelling (Steven, Stephen) and a nickname (Bob, Robert) are still one person.
 */
import { findDuplicates } from '../../shared/dedupe';
import { emailComparator } from '../../shared/dedupe/compare/email';
import { personNameComparator } from '../../shared/dedupe/compare/person-name';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Cluster } from '../../shared/dedupe/types';

const HOUSEHOLD = ['First Name', 'Last Name', 'Email', 'Phone', 'Address', 'ZIP'];
const household = (rows: CellValue[][]) => findDuplicates({ name: 'Customers', values: [HOUSEHOLD, ...rows] }).clusters;
const reason = (cluster: Cluster | undefined, column: string) => cluster?.reasons.find((r) => r.column === column);

describe('masculine and feminine forms of a given name', () => {
  test('Daniel and Danielle Reed at one address are reviewed as different given names, not merged as a typo', () => {
    const [found, ...rest] = household([
      ['Daniel', 'Reed', 'dreed@yahoo.com', '919-555-0160', '402 Glenwood Ave', '27603'],
      ['Danielle', 'Reed', 'danielle.reed@gmail.com', '919-555-0160', '402 Glenwood Ave', '27603'],
    ]);
    expect(rest).toEqual([]);
    expect(found?.band).toBe('review');
    const given = reason(found, 'First Name');
    expect(given?.level).toBe('different');
    expect(given?.message).toBe('First Name: different given names (Daniel ≠ Danielle)');
    expect(ZH_LEVEL_WORDS[given!.level]).not.toContain('笔误');
  });

  test.each([
    ['Alexander', 'Alexandra'],
    ['Carl', 'Carla'],
    ['Daniel', 'Daniela'],
    ['Eric', 'Erica'],
    ['Francis', 'Frances'],
    ['Gabriel', 'Gabriela'],
    ['Jesse', 'Jessie'],
    ['Jon', 'Joan'],
    ['Joseph', 'Josephine'],
    ['Paul', 'Paula'],
  ])('%s and %s Reed on one phone and address are never merged', (he, she) => {
    const found = household([
      [he, 'Reed', `${he.toLowerCase()}.reed@gmail.com`, '919-555-0160', '402 Glenwood Ave', '27603'],
      [she, 'Reed', `${she.toLowerCase()}.reed@yahoo.com`, '919-555-0160', '402 Glenwood Ave', '27603'],
    ]);
    expect(found.filter((c) => c.band === 'merge')).toEqual([]);
    for (const c of found) expect(reason(c, 'First Name')?.level).toBe('different');
  });

  test('Paul and Paula Reed of a family dental practice are two contacts, their mailboxes two people', () => {
    const { clusters } = findDuplicates({
      name: 'Contacts',
      values: [
        ['Company', 'Contact', 'Email', 'Phone', 'Address', 'City', 'State'],
        [
          'Reed Family Dental',
          'Paul Reed',
          'paul@reedfamilydental.com',
          '(919) 555-0160',
          '402 Glenwood Ave',
          'Raleigh',
          'NC',
        ],
        [
          'Reed Family Dental',
          'Paula Reed',
          'paula@reedfamilydental.com',
          '(919) 555-0160',
          '402 Glenwood Ave',
          'Raleigh',
          'NC',
        ],
      ],
    });
    expect(clusters.filter((c) => c.band === 'merge')).toEqual([]);
    const [found] = clusters;
    expect(reason(found, 'Contact')).toMatchObject({
      level: 'different',
      message: 'Contact: different given names (Paul Reed ≠ Paula Reed)',
    });
    expect(reason(found, 'Email')).toMatchObject({
      level: 'different',
      message: 'Email: different addresses (paul@reedfamilydental.com ≠ paula@reedfamilydental.com)',
    });
  });

  test('a typo, a variant spelling and a nickname of one given name are still one person merged', () => {
    const found = household([
      ['John', 'Reed', 'john.reed@gmail.com', '919-555-0160', '402 Glenwood Ave', '27603'],
      ['Jonh', 'Reed', '', '919-555-0160', '402 Glenwood Ave', '27603'],
      ['Steven', 'Marsh', 'steven.marsh@gmail.com', '919-555-0171', '18 Oak St', '27605'],
      ['Stephen', 'Marsh', '', '919-555-0171', '18 Oak St', '27605'],
      ['Robert', 'Kline', 'bob.kline@gmail.com', '617-555-0199', '12 Elm St', '02134'],
      ['Bob', 'Kline', '', '(617) 555-0199', '12 Elm St', '02134'],
      ['Michael', 'Ortiz', 'm.ortiz@gmail.com', '617-555-0142', '9 Pine Rd', '02135'],
      ['Micheal', 'Ortiz', '', '617-555-0142', '9 Pine Rd', '02135'],
    ]);
    expect(found.filter((c) => c.band === 'merge').map((c) => c.rows)).toEqual([
      [2, 3],
      [4, 5],
      [6, 7],
      [8, 9],
    ]);
  });
});

describe('one name of a person, explained', () => {
  test('Katherine and Kate Moss are a name and its short form, not a typo', () => {
    const { clusters } = findDuplicates({
      name: 'Contacts',
      values: [
        ['Company', 'Contact', 'Email', 'Phone', 'Address', 'City', 'State'],
        [
          'Kessler Precision Corporation',
          'Katherine Moss',
          'kmoss@kesslerprecision.com',
          '(440) 555-0122 x204',
          '3100 Lakeland Blvd',
          'Cleveland',
          'OH',
        ],
        [
          'Kessler Precision Corp',
          'Kate Moss',
          'KMoss@kesslerprecision.com',
          '440-555-0122',
          '3100 Lakeland Blvd',
          'Cleveland',
          'OH',
        ],
      ],
    });
    expect(clusters.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'merge']]);
    expect(reason(clusters[0], 'Contact')).toMatchObject({
      level: 'nickname',
      message: "Contact: one given name is the other's short form (nickname) (Katherine Moss ≈ Kate Moss)",
    });
  });

  test('Rebecca Stone and Rebecca Lindgren are one given name and another family name, perhaps a married name', () => {
    const { clusters } = findDuplicates({
      name: 'Contacts',
      values: [
        ['Company', 'Contact', 'Email', 'Phone', 'Address', 'City', 'State'],
        [
          'Lakeview Animal Hospital',
          'Rebecca Stone',
          'rstone@lakeviewvet.com',
          '608-555-0155',
          '210 Lakeview Dr',
          'Madison',
          'WI',
        ],
        [
          'Lakeview Animal Hospital',
          'Rebecca Lindgren',
          'rstone@lakeviewvet.com',
          '608-555-0155',
          '210 Lakeview Dr',
          'Madison',
          'WI',
        ],
      ],
    });
    expect(clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    const contact = reason(clusters[0], 'Contact');
    expect(contact).toMatchObject({
      level: 'other-family-name',
      message:
        'Contact: same given name, another family name (perhaps a married name) (Rebecca Stone ≠ Rebecca Lindgren)',
    });
    expect(ZH_LEVEL_WORDS[contact!.level]).toBe('名相同，姓不同（或为婚后改姓）');
  });
});

describe('the comparators', () => {
  const levelOf = (
    comparator: ReturnType<typeof emailComparator> | ReturnType<typeof personNameComparator>,
    a: string,
    b: string,
  ) => {
    const [ka, kb] = [comparator.key(a), comparator.key(b)];
    const [pa, pb] = [comparator.prepare(ka!), comparator.prepare(kb!)] as [never, never];
    const level = ka === kb ? 0 : comparator.compare(pa, pb);
    return comparator.explain(level, pa, pb, a, b).label ?? comparator.levels[level]!.label;
  };

  test.each([
    ['paul@reedfamilydental.com', 'paula@reedfamilydental.com', 'different'],
    ['jon.reed@gmail.com', 'joan.reed@gmail.com', 'different'],
    ['eric_reed@outlook.com', 'erica_reed@outlook.com', 'different'],
    ['jonh.reed@gmail.com', 'john.reed@gmail.com', 'typo'],
    ['micheal@reedfamilydental.com', 'michael@reedfamilydental.com', 'typo'],
  ])('e-mail %s vs %s is %s', (a, b, expected) => {
    expect(levelOf(emailComparator(), a, b)).toBe(expected);
  });

  test.each([
    ['given', 'Daniel', 'Danielle', 'different'],
    ['given', 'Francis', 'Frances', 'different'],
    ['given', 'Jonh', 'John', 'typo'],
    ['given', 'Steven', 'Stephen', 'similar'],
    ['full', 'Paul Reed', 'Paula Reed', 'different'],
    ['full', 'Micheal Ortiz', 'Michael Ortiz', 'typo'],
    ['full', 'Jon Smith', 'John Smith', 'typo'],
    ['full', 'Kate Moss', 'Katherine Moss', 'nickname'],
    ['full', 'Rebecca Stone', 'Rebecca Lindgren', 'other-family-name'],
    ['full', 'Stone, Rebecca', 'Lindgren, Rebecca', 'other-family-name'],
    ['full', 'John Doe', 'Jane Doe', 'different'],
    ['full', 'Wang Fang', 'Wang Li', 'different'],
  ] as const)('%s name %s vs %s is %s', (role, a, b, expected) => {
    expect(levelOf(personNameComparator(role), a, b)).toBe(expected);
  });
});
