import type { AnyComparator } from '../../shared/dedupe/compare/comparator';
import { addressComparator } from '../../shared/dedupe/compare/address';
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

describe('compare/address on Chinese addresses typed with and without the province and 省/市/区/县', () => {
  const address = addressComparator();
  test.each([
    ['杭州市西湖区文三路90号', '杭州西湖区文三路90号', 'exact'],
    ['杭州市西湖区文三路90号', '杭州市西湖文三路90号', 'exact'],
    ['浙江省杭州市西湖区文三路90号', '杭州市西湖区文三路90号', 'exact'],
    ['浙江杭州西湖区文三路90号', '杭州市西湖区文三路90号', 'exact'],
    ['中国浙江省杭州市西湖区文三路90号', '杭州西湖区文三路90号', 'exact'],
    ['浙江省 杭州市 西湖区 文三路 90号', '杭州市西湖区文三路90号', 'exact'],
    ['广西壮族自治区南宁市青秀区民族大道100号', '南宁市青秀区民族大道100号', 'exact'],
    ['北京市朝阳区建国路88号', '北京朝阳区建国路88号', 'exact'],
    ['北京市朝阳区建国路88号', '朝阳区建国路88号', 'exact'],
    ['江苏省苏州市昆山市前进中路8号', '苏州昆山市前进中路8号', 'exact'],
    // 吉林市 is a city of 吉林省, not the province written without 省.
    ['吉林省吉林市船营区解放中路5号', '吉林市船营区解放中路5号', 'exact'],
    ['浙江省杭州市西湖區文三路90號', '杭州西湖区文三路90号', 'exact'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(address, a, b)).toBe(expected);
  });

  test.each([
    // Another district, house number or city stays another place.
    ['杭州市西湖区解放路12号', '杭州市上城区解放路12号'],
    ['杭州市西湖区文三路90号', '杭州西湖区文三路91号'],
    ['浙江省杭州市西湖区文三路90号', '浙江省宁波市西湖区文三路90号'],
    ['杭州市西湖区文三路90号', '杭州市西湖区文二路90号'],
    // Streets named after provinces are streets, not a province written first.
    ['上海市黄浦区江西中路100号', '上海市黄浦区广西中路100号'],
    ['江西路100号', '广西路100号'],
    ['吉林省长春市朝阳区人民大街1号', '北京市朝阳区人民大街1号'],
  ])('%s vs %s is not the same address', (a, b) => {
    expect(levelOf(address, a, b)).not.toBe('exact');
  });

  test('leaves an English address as it was keyed', () => {
    expect(address.key('1200 W Lake St, Suite 5')).toBe('1200 west lake street suite 5');
  });
});

describe('compare/text on Chinese cities', () => {
  test.each([
    ['text', '浙江省杭州市', '杭州市', 'exact'],
    ['text', '杭州市', '杭州', 'exact'],
    ['text', '浙江杭州市', '杭州', 'exact'],
    ['text', '杭州', '宁波', 'different'],
    ['text', '西湖区', '上城区', 'different'],
    ['region', '浙江省杭州市', '杭州', 'exact'],
    ['region', '浙江省', '浙江', 'exact'],
    ['region', '北京市', '北京', 'exact'],
    ['region', '吉林市', '吉林省吉林市', 'exact'],
    ['region', '广西壮族自治区', '广西', 'exact'],
    // A province and a city in it are near, not the same value and not two places.
    ['region', '浙江', '浙江省杭州市', 'similar'],
  ] as const)('%s: %s vs %s is %s', (role, a, b, expected) => {
    expect(levelOf(textComparator(role), a, b)).toBe(expected);
  });
});

describe('findDuplicates on a sheet with a 省份 column', () => {
  // The province has a column of its own; some rows still write it into the city and the address.
  const values: CellValue[][] = [
    ['姓名', '手机', '省份', '城市', '地址'],
    ['王建国', '13812345678', '浙江', '浙江省杭州市', '浙江省杭州市西湖区文三路90号'], // 2
    ['王建国', null, '浙江省', '杭州市', '杭州市西湖区文三路90号'], // 3: same person
    ['李娜', '13900000001', '浙江', '杭州', '杭州市西湖区文三路120号'], // 4
    ['李娜', null, '浙江', '杭州', '杭州西湖区文三路120号'], // 5: same person, 市 left out
    ['张伟', '13700000002', '浙江', '杭州', '杭州市上城区解放路12号'], // 6
    ['张伟', null, '浙江', '杭州', '杭州市西湖区解放路12号'], // 7: another district
    ['赵敏', '13600000003', '江苏', '南京', '南京市鼓楼区中山路5号'], // 8
    ['刘洋', '13500000004', '江苏', '苏州', '苏州市姑苏区人民路8号'], // 9
  ];
  const clusters = findDuplicates({ name: '客户', values }, { reviewThreshold: 0.01 }).clusters;
  const levels = (row: number, column: string) =>
    clusters
      .find((c) => c.rows.includes(row))
      ?.reasons.filter((r) => r.column === column)
      .map((r) => r.level);

  test('says the city and the address written with the province are the same as without it', () => {
    expect(clusters.find((c) => c.rows.includes(2))?.rows).toEqual([2, 3]);
    expect(levels(2, '地址')).toEqual(['exact']);
    expect(levels(2, '城市')).toEqual(['exact']);
  });

  test('says an address with 市 left out is the same address', () => {
    expect(clusters.find((c) => c.rows.includes(4))?.rows).toEqual([4, 5]);
    expect(levels(4, '地址')).toEqual(['exact']);
  });

  test('keeps another district a different address', () => {
    expect(levels(6, '地址')).not.toContain('exact');
  });
});
