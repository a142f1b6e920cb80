import { findDuplicates } from '../../shared/dedupe';
import { personNameComparator } from '../../shared/dedupe/compare/person-name';
import { nicknamesOfOneName } from '../../shared/dedupe/nicknames';
import { reasonText } from '../../shared/merge/audit-log';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) => findDuplicates({ name: 'Contacts', values }).clusters;
const merged = (values: CellValue[][]) =>
  clustersOf(values)
    .filter((c) => c.band === 'merge')
    .map((c) => c.rows);

/** Other contacts of a small US agency's list, so the model has a list to learn from. */
const OTHERS: CellValue[][] = [
  ['Laura Chen', 'laura.chen@brightpath.io', '(415) 555-0142', 'Brightpath', 'San Francisco'],
  ['Marcus Webb', 'mwebb@harborfreight.co', '(617) 555-0199', 'Harbor Freight Co', 'Boston'],
  ['Priya Nair', 'priya@nairdesign.com', '(212) 555-0167', 'Nair Design', 'New York'],
  ['Diego Alvarez', 'diego.alvarez@outlook.com', '(305) 555-0110', 'Alvarez Imports', 'Miami'],
  ['Hannah Olsen', 'hannah.olsen@gmail.com', '(503) 555-0133', 'Olsen Bakery', 'Portland'],
  ['Tyrone Jackson', 'tjackson@metrobuild.com', '(312) 555-0188', 'Metro Build', 'Chicago'],
  ['Sofia Rossi', 'sofia.rossi@rossilaw.com', '(702) 555-0121', 'Rossi Law', 'Las Vegas'],
  ['Ethan Park', 'ethan.park@parkdental.com', '(206) 555-0154', 'Park Dental', 'Seattle'],
];

describe('findDuplicates on English names written with a nickname', () => {
  test('merges Bob Smith with Robert Smith when they share a mobile, and says why', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Phone', 'Company', 'City'],
      ['Robert Smith', 'rsmith@acmesupply.com', '(617) 555-0123', 'Acme Supply', 'Boston'], // 2
      ...OTHERS,
      ['Bob Smith', 'bob.smith@gmail.com', '617-555-0123', 'Acme Supply Inc.', 'Boston'], // 11
    ];
    const clusters = clustersOf(values);
    expect(clusters.filter((c) => c.band === 'merge').map((c) => c.rows)).toEqual([[2, 11]]);
    const name = clusters[0]!.reasons.find((r) => r.column === 'Name')!;
    expect(name.level).toBe('nickname');
    expect(name.message).toContain('nickname');
    expect(name.message).toContain('Robert Smith');
    // The merge log's reason in a Chinese sheet names the level in Chinese.
    expect(reasonText(name, (column, level) => `${column}：${ZH_LEVEL_WORDS[level]}`)).toBe('Name：英文名与其昵称');
  });

  test('merges split First/Last columns: Bill and William Jones at one company with one email', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'City'],
      ['William', 'Jones', 'wjones@keystonehvac.com', '(215) 555-0170', 'Keystone HVAC', 'Philadelphia'], // 2
      ...OTHERS.map(([name, ...rest]) => [...String(name).split(' '), ...rest]),
      ['Bill', 'Jones', 'WJones@KeystoneHVAC.com', '', 'Keystone HVAC LLC', 'Philadelphia'], // 11
    ];
    expect(merged(values)).toEqual([[2, 11]]);
  });

  test('keeps apart two people of one family whose given names are not one name (John and Jane Smith)', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Phone', 'Company', 'City'],
      ['John Smith', 'john.smith@gmail.com', '(617) 555-0123', 'Smith Roofing', 'Boston'], // 2
      ...OTHERS,
      ['Jane Smith', 'jane.smith@gmail.com', '(617) 555-0123', 'Smith Roofing', 'Boston'], // 11
      ['Samuel Ortiz', 'sam.ortiz@gmail.com', '(480) 555-0101', 'Ortiz Landscaping', 'Phoenix'], // 12
      ['Samantha Ortiz', 'samantha.ortiz@gmail.com', '(480) 555-0101', 'Ortiz Landscaping', 'Phoenix'], // 13
    ];
    const groups = clustersOf(values).map((c) => c.rows);
    expect(merged(values)).toEqual([]);
    // Sam is short for both, but Samuel and Samantha are two names: no nickname between them.
    const ortiz = clustersOf(values).find((c) => c.rows.includes(12));
    expect(ortiz?.reasons.find((r) => r.column === 'Name')?.level).not.toBe('nickname');
    expect(groups.length).toBeLessThanOrEqual(2);
  });
});

describe('nickname families', () => {
  test('pairs a short form with its full name only, whichever way round and in any case of family', () => {
    expect(nicknamesOfOneName('bob', 'robert')).toBe(true);
    expect(nicknamesOfOneName('robert', 'bobby')).toBe(true);
    expect(nicknamesOfOneName('peggy', 'margaret')).toBe(true);
    expect(nicknamesOfOneName('sam', 'samantha')).toBe(true);
    expect(nicknamesOfOneName('samuel', 'samantha')).toBe(false);
    expect(nicknamesOfOneName('alexander', 'alexandra')).toBe(false);
    expect(nicknamesOfOneName('john', 'jane')).toBe(false);
    expect(nicknamesOfOneName('robert', 'robert')).toBe(false);
    expect(nicknamesOfOneName('zhang', 'wei')).toBe(false);
  });

  test('Bob Smith and Robert Smith meet in one block; a family-name column gets no nickname keys', () => {
    const full = personNameComparator('full');
    const keysOf = (name: string) => full.blockKeys!(full.prepare(full.key(name)!), full.key(name)!);
    const shared = keysOf('Bob Smith').filter((k) => keysOf('Robert Smith').includes(k));
    expect(shared.length).toBeGreaterThan(0);
    expect(keysOf('Jane Smith').some((k) => keysOf('John Smith').includes(k))).toBe(false);
    const family = personNameComparator('family');
    expect(family.prepare(family.key('Bill')!).nicknameForms).toEqual([]);
  });

  test('Chinese names are untouched: no nickname forms, 张伟 and 张玮 compare as before', () => {
    const full = personNameComparator('full');
    const a = full.prepare(full.key('张伟')!);
    expect(a.nicknameForms).toEqual([]);
    expect(full.compare(a, full.prepare(full.key('张玮')!))).toBe(3); // homophone
  });
});
