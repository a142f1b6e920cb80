/**
 * Compare's answer for a row of B whose own pair with a row of A scores high but which the engine's
 * clustering does not join with it: maybe in A (a person looks), never "already in A", since dedupe
 * would not merge them. The demo's trade show list: 孙丽 of 成都青木文化 (sunli@qingmu.cn) is not the
 * customer list's 孙丽 of 西安秦川软件 (sunli@sina.com); 张伟 and 李娜 are customers already.
 */
import { compareLists } from '../../shared/operations/compare-lists';
import { sampleCustomers } from '../../shared/ui/demo/sample-customers';
import { tradeShowList } from '../../shared/ui/demo/trade-show-list';

describe('compare of the demo trade show list with its customers', () => {
  const comparison = compareLists(
    { name: '客户名单', snapshot: sampleCustomers(new Date('2025-03-17')) },
    { name: '展会名单', snapshot: tradeShowList() },
  );
  const row = (r: number) => comparison.rows.find((c) => c.row === r)!;

  test('finds the two customers already in the list', () => {
    expect(row(2).status).toBe('existing');
    expect(row(3).status).toBe('existing');
    expect(comparison.counts.existing).toBe(2);
  });

  test('a namesake of another company and city is at most maybe in the list, in the review band', () => {
    const sunli = row(5);
    expect(sunli.status).not.toBe('existing');
    if (sunli.status === 'possible') expect(sunli.confidence).toBeLessThanOrEqual(0.7);
  });

  test('a lead the list does not hold is new', () => {
    expect(row(4).status).toBe('new');
  });
});
