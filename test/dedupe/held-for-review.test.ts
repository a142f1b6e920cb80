/**
 * Pairs that details hold back for a person's look: one phone under two personal mailboxes, phones
 * one digit apart under one common name, a Suffix on one row only. Review pairs carry a confidence
 * that ranks them, and a name that is all two rows share, with every other detail apart, is no pair.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { duplicateWords } from '../../cli/commands/duplicate-words';
import { bandClusters } from '../../shared/ui/views/search-settings';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.5 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('findDuplicates holds back pairs that may be two people', () => {
  test('one shop line under two personal mailboxes is reviewed, not merged', () => {
    const list: CellValue[][] = [
      ['Phone', 'Email'],
      ['(503) 555-0100', 'mary@gmail.com'],
      ['(503) 555-0100', 'john@gmail.com'],
    ];
    const pair = together(clustersOf(list), 2, 3);
    expect(pair?.band).toBe('review');
  });

  test('one phone and one mailbox still merge', () => {
    const list: CellValue[][] = [
      ['Phone', 'Email'],
      ['(503) 555-0100', 'mary@gmail.com'],
      ['503.555.0100', 'Mary@gmail.com'],
    ];
    expect(together(clustersOf(list), 2, 3)?.band).toBe('merge');
  });

  test.each([
    [
      ['姓名', '手机'],
      ['李娜', '15900001111'],
      ['李娜', '15900001112'],
    ],
    [
      ['Name', 'Phone', 'City'],
      ['Michael Smith', '(503) 555-0100', 'Portland'],
      ['Michael Smith', '(503) 555-0101', 'Portland'],
    ],
  ])('one common name on numbers one digit apart is reviewed: %j', (header, a, b) => {
    const pair = together(clustersOf([header, a, b]), 2, 3);
    expect(pair?.band).toBe('review');
    expect(pair!.confidence).toBeLessThan(0.9);
  });

  test.each([
    [
      ['姓名', '手机', '城市'],
      ['林小旭', '18017317442', '武汉'],
      ['林小旭', '18017313442', '武汉'],
    ],
    [
      ['Name', 'Phone', 'City'],
      ['Michael Smith', '(503) 555-0100', 'Portland'],
      ['Michael Smith', '(503) 585-0100', 'Portland'],
    ],
  ])(
    'a digit mistyped inside the number, not at its end where lines of a run differ, is a slip: %j',
    (header, a, b) => {
      expect(together(clustersOf([header, a, b]), 2, 3)?.band).toBe('merge');
    },
  );

  test('numbers one digit apart still merge when the e-mail agrees too', () => {
    const list: CellValue[][] = [
      ['Name', 'Phone', 'Email'],
      ['Michael Smith', '(503) 555-0100', 'msmith@gmail.com'],
      ['Michael Smith', '(503) 555-0101', 'msmith@gmail.com'],
    ];
    expect(together(clustersOf(list), 2, 3)?.band).toBe('merge');
  });

  test('a Suffix on one row only does not hold back one e-mail and one mobile, and is named', () => {
    const outlook: CellValue[][] = [
      ['First Name', 'Last Name', 'Suffix', 'Email', 'Mobile Phone'],
      ['David', 'Miller', 'Jr.', 'dave.m@gmail.com', '(425) 555-0123'],
      ['Dave', 'Miller', null, 'dave.m@gmail.com', '425.555.0123'],
    ];
    const pair = together(clustersOf(outlook), 2, 3);
    expect(pair?.band).toBe('merge');
    expect(pair?.reasons).toContainEqual(
      expect.objectContaining({ column: 'Suffix', level: 'one-side-only', message: 'Suffix: on one row only (Jr.)' }),
    );
  });

  test('Jr. and Sr. on one e-mail and mobile stay two people', () => {
    const outlook: CellValue[][] = [
      ['First Name', 'Last Name', 'Suffix', 'Email', 'Mobile Phone'],
      ['David', 'Miller', 'Jr.', 'dave.m@gmail.com', '(425) 555-0123'],
      ['David', 'Miller', 'Sr.', 'dave.m@gmail.com', '425.555.0123'],
    ];
    expect(together(clustersOf(outlook), 2, 3)?.band).not.toBe('merge');
  });

  test('two Michael Johnsons with every other detail apart are not listed', () => {
    const list: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Address', 'ZIP'],
      ['Michael', 'Johnson', 'mjohnson@gmail.com', '312-555-0189', '2400 N Clark St', '60614'],
      ['Michael', 'Johnson', 'mike.johnson77@yahoo.com', '415-555-0190', '1800 Mission St', '94110'],
    ];
    expect(together(clustersOf(list), 2, 3)).toBeUndefined();
  });

  test('review groups are ranked: more agreeing evidence, higher confidence, all below the threshold', () => {
    // Two of one name at one address, other phones and mailboxes; two more at one address and company.
    const list: CellValue[][] = [
      ['First Name', 'Last Name', 'Company', 'Email', 'Phone', 'Address'],
      ['Emily', 'Chen', null, 'emily.chen@gmail.com', '(206) 555-0142', '12 Pine St'],
      ['Emily', 'Chen', null, 'echen88@yahoo.com', '(206) 555-0199', '12 Pine St'],
      ['Robert', 'Lee', 'Lee Dental Group', 'rlee@outlook.com', '(206) 555-0177', '4 Oak Ave'],
      ['Robert', 'Lee', 'Lee Dental Group', 'robert.lee@gmail.com', '(206) 555-0160', '4 Oak Ave'],
      ['Anna', 'Kowalski', 'Baltic Imports', 'anna.k@baltic-imports.com', '(312) 555-0111', '80 Lake Shore Dr'],
    ];
    const clusters = clustersOf(list);
    const chens = together(clusters, 2, 3);
    const lees = together(clusters, 4, 5);
    expect(chens?.band).toBe('review');
    expect(lees?.band).toBe('review');
    expect(lees!.confidence).toBeGreaterThan(chens!.confidence);
    expect(lees!.confidence).toBeLessThan(0.9);
  });

  test('says which rule holds a pair, in both languages', () => {
    const list: CellValue[][] = [
      ['姓名', '手机'],
      ['李娜', '15900001111'],
      ['李娜', '15900001112'],
    ];
    const pair = together(clustersOf(list), 2, 3)!;
    const rule = pair.reasons.find((r) => r.level === 'numbers-in-a-run')!;
    expect(rule.column).toBe('手机');
    expect(duplicateWords('en-US').reason(rule)).toBe(
      '手机: numbers one digit apart and only the name besides: perhaps lines of one run, held for review',
    );
    expect(duplicateWords('zh-CN').reason(rule)).toBe('手机：号码只差一位、此外只有姓名相同，可能是同一批连号，待复核');
  });

  test('a Suffix on one row only is worded in Chinese too', () => {
    const outlook: CellValue[][] = [
      ['First Name', 'Last Name', 'Suffix', 'Email', 'Mobile Phone'],
      ['David', 'Miller', 'Jr.', 'dave.m@gmail.com', '(425) 555-0123'],
      ['Dave', 'Miller', null, 'dave.m@gmail.com', '425.555.0123'],
    ];
    const suffix = together(clustersOf(outlook), 2, 3)!.reasons.find((r) => r.level === 'one-side-only')!;
    expect(duplicateWords('zh-CN').reason(suffix)).toBe('Suffix：仅一行填写（Jr.）');
  });

  test('a held group stays below a lowered threshold, and in review when the sidebar lowers it later', () => {
    const list: CellValue[][] = [
      ['Phone', 'Email'],
      ['(503) 555-0100', 'mary@gmail.com'],
      ['(503) 555-0100', 'john@gmail.com'],
    ];
    const low = findDuplicates({ name: 'Sheet1', values: list }, { threshold: 0.55 }).clusters;
    expect(low).toEqual([expect.objectContaining({ rows: [2, 3], band: 'review', held: true })]);
    expect(low[0]!.confidence).toBeLessThan(0.55);
    expect(bandClusters(low, 0.5)[0]!.band).toBe('review');
  });
});
