/**
 * Taiwan writes 股份有限公司 short as (股)公司 (台灣積體電路製造(股)公司): one legal form, so the two
 * spellings are one company with its legal form set aside, not a typo apart.
 */
import { companyKey } from '../../shared/dedupe/compare/company';
import { findDuplicates } from '../../shared/dedupe';

describe('Taiwan’s (股)公司', () => {
  test('is 股份有限公司 written short', () => {
    expect(companyKey('台灣積體電路製造(股)公司')).toBe(companyKey('台灣積體電路製造股份有限公司'));
    expect(companyKey('統一企業（股）公司')).toBe(companyKey('統一企業股份有限公司'));
    expect(companyKey('大同(股)')).toBe(companyKey('大同股份有限公司'));
    // Other words in brackets stay part of the name.
    expect(companyKey('美商(艾克)科技有限公司')).not.toBe(companyKey('美商科技有限公司'));
  });

  test('two rows of one company so written are one customer, its legal form set aside', () => {
    const { clusters } = findDuplicates({
      name: '客戶',
      values: [
        ['客戶名稱', '聯絡人', '電話'],
        ['台灣積體電路製造(股)公司', '陳建志', '03-5636688'],
        ['台灣積體電路製造股份有限公司', '陳建志', '(03)563-6688'],
        ['鴻海精密工業股份有限公司', '林志明', '02-22683466'],
      ],
    });
    expect(clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    const reason = clusters[0]!.reasons.find((r) => r.column === '客戶名稱');
    expect(reason?.level).not.toBe('typo');
  });
});
