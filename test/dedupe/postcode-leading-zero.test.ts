import { findDuplicates } from '../../shared/dedupe';
import { codeComparator } from '../../shared/dedupe/compare/code';

describe('postcodes that lost their leading zero', () => {
  const postcode = codeComparator('postcode');
  const level = (a: string, b: string) => postcode.compare(postcode.prepare(a), postcode.prepare(b));

  test('a ZIP Excel stored as a number is the same postcode as the one typed with its zero', () => {
    expect(level('7102', '07102')).toBe(0);
    expect(level('02134', '2134')).toBe(0);
    expect(level('800', '0800')).toBe(0);
    expect(postcode.explain(0, '7102', '07102', '7102', '07102').phrase).toBe(
      'same postcode, one without its leading 0',
    );
    // Not a lost zero: another digit, or a zero that is not leading.
    expect(level('7102', '17102')).toBe(1);
    expect(level('7102', '71020')).toBe(1);
    expect(level('10001', '07102')).toBe(2);
  });

  test('a Shopify customer whose billing ZIP lost its zero on one order is matched on it, not called a typo', () => {
    const result = findDuplicates({
      name: 'orders',
      values: [
        ['Billing Name', 'Email', 'Billing Zip', 'Billing City'],
        ['Jane Doe', 'jane.doe@gmail.com', '07102', 'Newark'],
        ['Jane Doe', 'jane.doe@gmail.com', 7102, 'Newark'],
        ['Tom Reyes', 'tom.reyes@outlook.com', '94110', 'San Francisco'],
      ],
    });
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    const zip = result.clusters[0]!.reasons.find((r) => r.column === 'Billing Zip')!;
    expect(zip.message).toBe('Billing Zip: same postcode, one without its leading 0 (07102 = 7102)');
  });
});
