/**
 * Group-buy orders (快团团) where the buyer gave only a surname and a title (王女士, 张先生) and the
 * export starred out the phone (139****1234). 王女士 names any woman surnamed 王, and four hidden digits
 * leave ten thousand numbers: together they say no more than a starred-out name and number do, so
 * two such rows in other provinces are two buyers, never merged unasked.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { nameKey, prepareName } from '../../shared/dedupe/compare/person-name';
import { surnameShare } from '../../shared/dedupe/common-names';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][], reviewThreshold = 0.3) =>
  findDuplicates({ name: '订单', values }, { reviewThreshold }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// 快团团's order export as a 团长 downloads it, the 合计 line included.
const orders: CellValue[][] = [
  [
    '跟团号',
    '团长',
    '下单时间',
    '商品',
    '数量',
    '实付金额',
    '收货人',
    '联系电话',
    '省',
    '市',
    '区',
    '详细地址',
    '订单状态',
    '备注',
  ],
  [
    '1',
    '花花团长',
    '2025-11-03 16:12:05',
    '阳山水蜜桃 5斤装',
    '1',
    '59.90',
    '李**',
    '138****5678',
    '江苏省',
    '无锡市',
    '惠山区',
    '阳山镇桃园路12号',
    '已发货',
    null,
  ], // 2
  [
    '2',
    '花花团长',
    '2025-11-03 16:15:44',
    '阳山水蜜桃 5斤装',
    '2',
    '119.80',
    '王女士',
    '139****1234',
    '江苏省',
    '无锡市',
    '梁溪区',
    '中山路88号3栋502',
    '已发货',
    null,
  ], // 3
  [
    '3',
    '花花团长',
    '2025-11-03 16:20:10',
    '阳山水蜜桃 10斤装',
    '1',
    '99.00',
    '李**',
    '138****5678',
    '江苏省',
    '苏州市',
    '姑苏区',
    '人民路100号',
    '已发货',
    '不同的李',
  ], // 4
  [
    '4',
    '花花团长',
    '2025-11-03 17:01:33',
    '阳山水蜜桃 5斤装',
    '1',
    '59.90',
    '张先生',
    '13612345678',
    '上海市',
    '上海市',
    '浦东新区',
    '世纪大道100号',
    '待发货',
    null,
  ], // 5
  [
    '5',
    '花花团长',
    '2025-11-04 08:00:00',
    '阳山水蜜桃 5斤装',
    '1',
    '59.90',
    '张先生',
    '136 1234 5678',
    '上海市',
    '上海市',
    '浦东新区',
    '世纪大道100号',
    '待发货',
    '同一个人又下一单',
  ], // 6
  [
    '6',
    '花花团长',
    '2025-11-04 09:12:00',
    '阳山水蜜桃 5斤装',
    '1',
    '59.90',
    '王女士',
    '139****1234',
    '浙江省',
    '杭州市',
    '西湖区',
    '文三路1号',
    '已退款',
    null,
  ], // 7
  ['合计', null, null, null, '6', '458.40', null, null, null, null, null, null, null, null],
];

describe('findDuplicates on buyers named by surname and title, with starred-out phones', () => {
  test('王女士 in 无锡 and 王女士 in 杭州 on 139****1234 are not merged', () => {
    const pair = together(clustersOf(orders), 3, 7);
    expect(pair?.band ?? 'none').not.toBe('merge');
  });

  test('with their other province, city and address weighing against, they are not even reviewed', () => {
    expect(together(clustersOf(orders, 0.5), 3, 7)).toBeUndefined();
  });

  test('the three-column copy of those rows is reviewed at most', () => {
    const values: CellValue[][] = [
      ['收货人', '联系电话', '详细地址'],
      ['王女士', '139****1234', '江苏省无锡市梁溪区中山路88号'],
      ['王女士', '139****1234', '浙江省杭州市西湖区文三路1号'],
      ['李先生', '13512345678', '北京市朝阳区'],
    ];
    const pair = together(clustersOf(values), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    if (pair) expect(pair.confidence).toBeLessThanOrEqual(0.7);
  });

  test('李** and 李** on one starred number in two cities stay apart, as before', () => {
    expect(together(clustersOf(orders), 2, 4)).toBeUndefined();
  });

  test('张先生 ordering twice to one address is still one buyer', () => {
    expect(together(clustersOf(orders), 5, 6)?.band).toBe('merge');
  });
});

describe('compare/person-name on a surname with a title', () => {
  test.each([
    ['王女士', '王'],
    ['李先生', '李'],
    ['欧阳小姐', '欧阳'],
  ])('%s is as common as the surname %s, not a rare given name', (name, surname) => {
    const prepared = prepareName(nameKey(name)!, 'full');
    expect(prepared.share).toBeGreaterThanOrEqual(surnameShare(surname));
  });

  test('a whole name keeps its own, rarer share', () => {
    expect(prepareName(nameKey('王建国')!, 'full').share).toBeLessThan(surnameShare('王'));
  });
});
