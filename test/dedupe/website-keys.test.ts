import type { AnyComparator } from '../../shared/dedupe/compare/comparator';
import { textComparator } from '../../shared/dedupe/compare/text';
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

/** The level label two cells compare at, as the user would see it. */
function levelOf(comparator: AnyComparator, a: string, b: string): string | null {
  const ka = comparator.key(a);
  const kb = comparator.key(b);
  if (ka === null || kb === null) return null;
  const pa = comparator.prepare(ka);
  const pb = comparator.prepare(kb);
  const level = ka === kb ? 0 : comparator.compare(pa, pb);
  return comparator.explain(level, pa, pb, a, b).label ?? comparator.levels[level]!.label;
}

// A Website / 官网 column is not a template field: it is compared as a column of text.
describe('compare/text on websites', () => {
  const text = textComparator('text');
  test.each([
    ['www.alibaba.com', 'http://alibaba.com/', 'exact'],
    ['https://www.alibaba.com/', 'ALIBABA.COM', 'exact'],
    ['HTTPS://WWW.1688.COM', '1688.com/', 'exact'],
    ['www.acme.com/shop-a/', 'http://acme.com/shop-a', 'exact'],
    ['http://www.tmall.com/?spm=a1', 'tmall.com/?spm=a1', 'exact'],
    // Another path is another page: two shops of one marketplace are two customers.
    ['alibaba.com/shop-a', 'alibaba.com/shop-b', 'different'],
    ['https://acme.com/shop-a', 'www.acme.com/shop-b/', 'different'],
    // Only www. folds: a shop's own subdomain is another site.
    ['shop.example.com', 'example.com', 'different'],
    ['http://shop.example.com/', 'www.example.com', 'different'],
    ['www.example.com', 'www.example.org', 'different'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(text, a, b)).toBe(expected);
  });

  test.each([
    // www. is a site's name when nothing but a top-level domain follows.
    ['www.com', 'www.com'],
    ['http://www.com/', 'www.com'],
    // Text that only looks like a site is kept as typed.
    ['Wechat: abc', 'wechat: abc'],
    ['wang@alibaba.com', 'wang@alibaba.com'],
    ['v2.0', 'v2.0'],
    ['https://WWW.Alibaba.com/Shop-A/', 'alibaba.com/shop-a'],
  ])('the key of %j is %j', (value, key) => {
    expect(text.key(value)).toBe(key);
  });
});

describe('findDuplicates with a website column', () => {
  // A B2B list merged from a trade-show scan, the CRM and a web form: each writes the site its way.
  const values: CellValue[][] = [
    ['Company', 'Contact', 'Website', 'City'],
    ['Alibaba Group', 'Jack Ma', 'www.alibaba.com', 'Hangzhou'], // 2
    ['Alibaba Group Holding', 'Jack Ma', 'http://alibaba.com/', 'Hangzhou'], // 3
    ['Alibaba', 'Jack Ma', 'https://www.alibaba.com/', 'Hangzhou'], // 4
    ['ALIBABA GROUP', 'Jack Ma', 'ALIBABA.COM', 'Hangzhou'], // 5
    ['Acme Shop A', 'Ann Lee', 'acme.com/shop-a', 'Boston'], // 6
    ['Acme Shop B', 'Ann Lee', 'acme.com/shop-b', 'Boston'], // 7
    ['Tesco', 'Carol White', 'tesco.com', 'London'], // 8
    ['Globex', 'Hank Scorpio', 'globex.com', 'Cypress Creek'], // 9
  ];

  test('says the four ways of writing alibaba.com are the same site', () => {
    const cluster = findDuplicates({ name: 'Leads', values }).clusters.find((c) => c.rows.includes(2));
    expect(cluster?.rows).toEqual([2, 3, 4, 5]);
    const website = cluster!.reasons.filter((r) => r.column === 'Website');
    expect(website.map((r) => r.level)).toEqual(['exact']);
  });

  test('keeps two shops at other paths of one site as different websites', () => {
    const cluster = findDuplicates({ name: 'Leads', values }, { reviewThreshold: 0.01 }).clusters.find((c) =>
      c.rows.includes(6),
    );
    const website = cluster?.reasons.filter((r) => r.column === 'Website') ?? [];
    expect(website.map((r) => r.level)).toEqual(['different']);
  });
});
