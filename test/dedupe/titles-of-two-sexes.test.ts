/**
 * A delivery list where a couple each gave only a surname and a title (王先生, 王女士) on one home
 * mobile and address: a man and a woman, two customers, never merged unasked. One buyer typed with
 * the same title twice, or a title and a whole name of that surname, is still one.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) => findDuplicates({ name: '收货地址', values }).clusters;
const merged = (clusters: Cluster[], a: number, b: number) =>
  clusters.some((c) => c.band === 'merge' && c.rows.includes(a) && c.rows.includes(b));

const header = ['收货人', '联系电话', '省', '市', '详细地址'];
const orders: CellValue[][] = [
  header,
  ['王先生', '13812345678', '浙江省', '杭州市', '文三路1号'], // 2
  ['王女士', '13812345678', '浙江省', '杭州市', '文三路1号'], // 3
  ['李先生', '13912345678', '江苏省', '南京市', '中山路8号'], // 4
  ['李先生', '139 1234 5678', '江苏省', '南京市', '中山路8号'], // 5
  ['陳小姐', '13700001111', '广东省', '深圳市', '深南大道100号'], // 6
  ['陈女士', '137 0000 1111', '广东省', '深圳市', '深南大道100号'], // 7
  ['赵阿姨', '13600002222', '北京市', '北京市', '朝阳路9号'], // 8
  ['赵叔叔', '13600002222', '北京市', '北京市', '朝阳路9号'], // 9
  ['孙先生', '13500003333', '上海市', '上海市', '南京西路5号'], // 10
  ['孙伟', '13500003333', '上海市', '上海市', '南京西路5号'], // 11
];

describe('titles that say a man and a woman', () => {
  test('王先生 and 王女士 on one mobile and address are two customers', () => {
    expect(merged(clustersOf(orders), 2, 3)).toBe(false);
  });

  test('赵阿姨 and 赵叔叔 likewise', () => {
    expect(merged(clustersOf(orders), 8, 9)).toBe(false);
  });

  test('one title typed twice, two titles of one sex, and a title beside a whole name still merge', () => {
    const clusters = clustersOf(orders);
    expect(merged(clusters, 4, 5)).toBe(true);
    // 陳小姐 (traditional) and 陈女士: both say a woman.
    expect(merged(clusters, 6, 7)).toBe(true);
    expect(merged(clusters, 10, 11)).toBe(true);
  });
});
