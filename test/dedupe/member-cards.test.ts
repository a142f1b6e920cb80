/**
 * A member's card (会员卡号) is an account: two cards are another member, or one member's second card
 * with its own balance. Two cards of one name on one phone are reviewed, never merged: merging would
 * lose a card.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: '会员', values }, { reviewThreshold: 0.3 }).clusters;
/** The cluster holding both rows, if any. */
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('findDuplicates on a 会员表', () => {
  // members.xlsx: 陈丽 holds a 次卡 (000102) and a 储值卡 with ¥3,000 on it (000103).
  const members: CellValue[][] = [
    ['会员卡号', '姓名', '手机', '办卡日期', '到期日期', '卡类型', '剩余次数', '储值余额', '推荐人'],
    ['000101', '林晓燕', '13811110001', '2023-03-01', '2024-03-01', '年卡', null, 1200.5, null],
    ['000102', '陈丽', '13811110002', '2023-05-12', '2025-05-12', '次卡', 18, 0, '林晓燕'],
    ['000103', '陈丽', '138-1111-0002', '2024-06-01', '2025-06-01', '储值卡', null, 3000, '林晓燕'],
    ['000104', '张美玲', '13811110004', '2024/1/5', '2025/1/5', '季卡', null, 500, null],
    ['000105', '王静', '13811110005', '2024-02-14', '2025-02-14', '次卡', 5, 0, '张美玲'],
    ['000106', '王 静', '+86 13811110005', '2024-02-14', '2025-02-14', '次卡', 5, 0, '张美玲'],
    ['000107', '刘芳', '13811110007', '2022-08-08', '2023-08-08', '年卡', null, 0, null],
    ['000108', '杨雪', '13811110008', '2024-09-01', '2025-09-01', '储值卡', null, 2580, '刘芳'],
    ['000109', '赵敏', '13811110009', '2024-10-01', '2025-10-01', '次卡', 30, 0, null],
    ['000110', '黄蓉', '13811110010', '2024-04-04', '2025-04-04', '月卡', null, 0, '赵敏'],
    ['000111', '周婷', '13811110011', '2024-07-07', '2025-07-07', '年卡', null, 888, null],
    ['000112', '周婷婷', '13811110011', '2024-11-11', '2025-11-11', '次卡', 10, 0, '周婷'],
    ['000113', '吴倩', '13811110013', '2023-12-12', '2024-12-12', '储值卡', null, 150.75, null],
    ['000114', '郑洁', '13811110014', '2024-03-03', '2025-03-03', '次卡', 12, 0, '吴倩'],
  ];

  test('reviews, never merges, two cards of one name on one phone', () => {
    const pair = together(clustersOf(members), 3, 4);
    expect(pair?.band).toBe('review');
    expect(pair!.confidence).toBeLessThanOrEqual(0.7);
  });

  test('still merges two rows of one card', () => {
    const values = members.map((row, r) => (r === 3 ? ['000102', ...row.slice(1)] : row));
    expect(together(clustersOf(values), 3, 4)?.band).toBe('merge');
  });
});
