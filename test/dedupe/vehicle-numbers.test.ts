/**
 * A car dealer's (4S店) customer list keeps a row per car, named by its VIN (车架号, VIN码) and plate
 * (车牌号): the same VIN or plate under one owner's name is one customer who changed phones, however
 * the plate is typed (京A·12345, 京A12345, 京A 12345). The same car under another name is another
 * owner (a car sold on). An owner's second car is another row to keep: reviewed, never merged.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (name: string, values: CellValue[][]) =>
  findDuplicates({ name, values }, { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// 4S店 保有客户: 周建华's 530Li serviced again in 2023 under a new phone, without the 服务顾问 and address.
const dealer: CellValue[][] = [
  [
    '客户姓名',
    '联系电话',
    '车牌号',
    '车型',
    'VIN码',
    '购车日期',
    '上次保养日期',
    '行驶里程(km)',
    '保险到期',
    '销售顾问',
    '服务顾问',
    '地址',
  ],
  [
    '周建华',
    '13501011234',
    '京A·12345',
    '宝马 530Li',
    'LBV5S3102JSR12345',
    '2019-04-15',
    '2024-03-10',
    68000,
    '2024-06-30',
    '刘洋',
    '陈刚',
    '北京市朝阳区望京街道',
  ],
  [
    '周建华',
    '135 0101 1234',
    '京B 88888',
    '宝马 X3',
    'LBV3U2107MSA54321',
    '2021-09-01',
    '2024-01-05',
    32000,
    '2024-09-01',
    '刘洋',
    '陈刚',
    '北京市朝阳区望京',
  ],
  [
    '北京顺达物流有限公司',
    '010-64001234',
    '京C12345',
    '宝马 X5',
    'WBAKR010500Z12345',
    '2022-01-20',
    '',
    15000,
    '',
    '张伟',
    '',
    '北京市顺义区',
  ],
  [
    '周建华',
    '13701019999',
    '京A12345',
    '宝马 530Li',
    'LBV5S3102JSR12345',
    '2019-04-15',
    '2023-03-10',
    55000,
    '',
    '刘洋',
    '',
    '',
  ],
  [
    '孙悦',
    '13901234567',
    '沪A·D12345',
    '宝马 i3',
    'WBY1Z210X0V123456',
    '2023/07/08',
    '2024/01/08',
    8000,
    '2024/07/07',
    '李娜',
    '陈刚',
    '上海市',
  ],
  [
    '李明',
    '13911112222',
    '浙A·66666',
    '奥迪 A6L',
    'LFV3A24G5K3012345',
    '2019-06-01',
    '2024-02-02',
    70000,
    '2024-06-01',
    '张伟',
    '陈刚',
    '杭州市西湖区',
  ],
];

// A UK dealership's service customers: Oliver Bennett's car came back under a new mobile.
const garage: CellValue[][] = [
  ['Customer Name', 'Mobile', 'Registration Plate', 'Make & Model', 'VIN', 'Last Service'],
  ['Oliver Bennett', '07700 900412', 'AB12 CDE', 'Ford Focus', 'WF0AXXGCDA1234567', '12/03/2024'],
  ['Priya Shah', '07700 900555', 'KX19 LMN', 'VW Golf', 'WVWZZZ1KZAW765432', '02/02/2024'],
  ['Oliver Bennett', '07911 123987', 'AB12CDE', 'Ford Focus', 'WF0A XXGC DA12 34567', '05/10/2022'],
  ['Tom Reed', '07700 900666', 'LD70 XYZ', 'Kia Ceed', 'U5YHN516ALL123456', '09/09/2023'],
];

describe('findDuplicates on a car dealer’s customers', () => {
  test('merges one owner’s rows of one car (same VIN, 京A·12345 = 京A12345) under a new phone', () => {
    const group = together(clustersOf('保有客户', dealer), 2, 5);
    expect(group?.band).toBe('merge');
    expect(group!.reasons).toContainEqual(expect.objectContaining({ column: 'VIN码', level: 'exact' }));
    expect(group!.reasons).toContainEqual(expect.objectContaining({ column: '车牌号', level: 'exact' }));
  });

  test('merges them in an English list too (AB12 CDE = AB12CDE, the VIN typed in groups)', () => {
    const group = together(clustersOf('Service customers', garage), 2, 4);
    expect(group?.band).toBe('merge');
    expect(group!.reasons).toContainEqual(expect.objectContaining({ column: 'VIN', level: 'exact' }));
  });

  test('reviews one car under one name whose other details all differ: the VIN and plate alone say who', () => {
    const bare = dealer.map((row, r) =>
      r === 4 ? [row[0]!, row[1]!, row[2]!, '', row[4]!, '', '', '', '', '', '', ''] : row,
    );
    expect(together(clustersOf('保有客户', bare), 2, 5)?.band).toBeDefined();
  });

  test('keeps one car under two owners’ names apart: a car sold on', () => {
    const sold = dealer.map((row, r) => (r === 4 ? ['王磊', ...row.slice(1)] : row));
    expect(together(clustersOf('保有客户', sold), 2, 5)?.band).not.toBe('merge');
  });

  test('reviews, never merges, one owner’s two cars on one phone: merging would lose a car', () => {
    const twoCars = dealer.filter((_, r) => r !== 4);
    expect(together(clustersOf('保有客户', twoCars), 2, 3)?.band).toBe('review');
    expect(together(clustersOf('保有客户', dealer), 2, 3)).toBeUndefined();
  });
});
