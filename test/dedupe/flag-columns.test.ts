/**
 * A yes/no column the template does not know (Square's Instant Profile, 是否会员) is shared by half
 * of all rows: it is no evidence that two rows are one customer, and no reason to show.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Customers', values });

describe('yes/no columns in duplicate detection', () => {
  test('a Square export’s Instant Profile is not a reason two rows match', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email Address', 'Phone Number', 'Instant Profile'],
      ['Ann', 'Smith', 'ann@example.com', '+1 415 555 0101', 'No'],
      ['Ann', 'Smith', 'ann.smith@example.com', '+1 415 555 0101', 'No'],
      ['Bob', 'Jones', 'bob@example.com', '+1 415 555 0199', 'Yes'],
      ['Cara', 'Lee', 'cara@example.com', '+1 415 555 0142', 'No'],
    ];
    const { clusters } = findDuplicates(sheet(values));
    expect(clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    expect(clusters[0]!.reasons.map((r) => r.column)).not.toContain('Instant Profile');
  });

  test('two members who share only 是否会员 and a city are not grouped', () => {
    const values: CellValue[][] = [
      ['会员昵称', '是否会员', '城市'],
      ['小鱼', '是', '杭州'],
      ['阿杰', '是', '杭州'],
      ['木木', '否', '宁波'],
    ];
    expect(findDuplicates(sheet(values), { reviewThreshold: 0.3 }).clusters).toEqual([]);
  });
});
