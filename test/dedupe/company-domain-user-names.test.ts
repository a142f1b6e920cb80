/**
 * An Airtable base of small-business contacts: Emma Brown of Brown & Co (emma@brownco.com) and Emma
 * Browne of Browne Legal (emma@brownelegal.com) are two people at two firms. The user name "emma"
 * at two company domains is only the first name both firms chose; "Browne Legal" is not "Brown & Co"
 * with more words (Brown is a letter away from Browne, and Legal is no place or parent).
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { companyComparator } from '../../shared/dedupe/compare/company';
import { emailComparator } from '../../shared/dedupe/compare/email';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

const airtable: CellValue[][] = [
  ['Name', 'Company', 'Email', 'Phone', 'Tags', 'Linked Deals', 'Active', 'Created', 'Owner', 'Notes'],
  [
    'Maria Gonzalez',
    'Sunrise Yoga',
    'maria@sunriseyoga.co',
    '(646) 555-0199',
    'VIP,Newsletter',
    'Deal 12,Deal 19',
    'checked',
    '11/3/2025 4:12pm',
    'Chris Doe',
    null,
  ], // 2
  [
    'Maria Gonzales',
    'Sunrise Yoga Studio',
    'maria@sunriseyoga.co',
    '646-555-0199',
    'Newsletter',
    'Deal 12',
    null,
    '11/4/2025 9:01am',
    'Chris Doe',
    'typo in surname',
  ], // 3
  [
    'Mario Gonzalez',
    'Sunset Pilates',
    'mario@sunsetpilates.com',
    '(646) 555-0142',
    'Lead',
    null,
    'checked',
    '10/2/2025 3:00pm',
    'Chris Doe',
    'brother of Maria - different biz',
  ], // 4
  [
    'David Liu',
    'Oak & Iron',
    'dliu@oakandiron.com',
    '+1 (718) 555-0110',
    'Wholesale,VIP',
    'Deal 3',
    'checked',
    '9/12/2025 10:22am',
    'Pat Lee',
    null,
  ], // 5
  [
    'Emma Brown',
    'Brown & Co',
    'emma@brownco.com',
    null,
    'Lead',
    null,
    null,
    '1/2/2025 8:00am',
    'Pat Lee',
    'phone missing',
  ], // 6
  [
    'Emma Browne',
    'Browne Legal',
    'emma@brownelegal.com',
    '(917) 555-0166',
    'Lead',
    null,
    null,
    '1/3/2025 8:00am',
    'Pat Lee',
    null,
  ], // 7
  [
    'Kenji Sato',
    'Sato Imports',
    'kenji@satoimports.jp',
    '+81 3-5555-0101',
    'Import,Japan',
    null,
    'checked',
    '12/5/2025 2:15pm',
    'Chris Doe',
    null,
  ], // 8
  [
    'Olivia Martin',
    'Martin Florals',
    'olivia@martinflorals.com',
    '(212) 555-0133',
    null,
    null,
    'checked',
    '3/7/2025 11:11am',
    'Pat Lee',
    null,
  ], // 9
];

describe('findDuplicates on namesakes at two company domains', () => {
  test('Emma Brown of Brown & Co and Emma Browne of Browne Legal are not merged', () => {
    expect(together(clustersOf(airtable), 6, 7)?.band ?? 'none').not.toBe('merge');
  });

  test('nor in the three columns that carry the likeness', () => {
    const values: CellValue[][] = [
      ['Name', 'Company', 'Email'],
      ['Emma Brown', 'Brown & Co', 'emma@brownco.com'],
      ['Emma Browne', 'Browne Legal', 'emma@brownelegal.com'],
    ];
    const pair = together(clustersOf(values), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    // Whatever is said of them is true: no "more words", no "different provider".
    for (const reason of pair?.reasons ?? []) {
      expect(reason.message).not.toMatch(/more words|different provider/);
    }
  });

  test('Maria Gonzalez and Maria Gonzales on one mailbox still merge', () => {
    expect(together(clustersOf(airtable), 2, 3)?.band).toBe('merge');
  });
});

describe('compare/email: one user name at two domains', () => {
  const comparator = emailComparator();
  const labelOf = (a: string, b: string) => {
    const [x, y] = [comparator.prepare(comparator.key(a)!), comparator.prepare(comparator.key(b)!)];
    return comparator.levels[comparator.compare(x, y)]!.label;
  };
  test.each([
    ['emma@brownco.com', 'emma@brownelegal.com'],
    ['zhangwei@huaqiang.cn', 'zhangwei@tengfei.com.cn'],
  ])('%s and %s, two companies’ domains, are different addresses', (a, b) => {
    expect(labelOf(a, b)).toBe('different');
  });
  test.each([
    ['zhangwei88@163.com', 'zhangwei88@qq.com'],
    ['emma.brown@gmail.com', 'emma.brown@outlook.com'],
  ])('%s and %s, two mail providers, share a user name', (a, b) => {
    expect(labelOf(a, b)).toBe('same-user-name');
  });
});

describe('compare/company: a name inside another', () => {
  const comparator = companyComparator();
  const labelOf = (a: string, b: string) => {
    const [x, y] = [comparator.prepare(comparator.key(a)!), comparator.prepare(comparator.key(b)!)];
    return comparator.levels[comparator.compare(x, y)]!.label;
  };
  test.each([
    ['Brown & Co', 'Browne Legal'],
    ['Lee & Co', 'Leer Partners'],
  ])('%s and %s: a letter apart, with a word more, are different companies', (a, b) => {
    expect(labelOf(a, b)).toBe('different');
  });
  test.each([
    ['Spago', 'Spago (Los Angeles)'],
    ['Lakeside YMCA', 'YMCA of Greater Springfield - Lakeside YMCA'],
  ])('%s is inside %s', (a, b) => {
    expect(labelOf(a, b)).toBe('similar');
  });
});
