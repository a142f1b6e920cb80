import { findDuplicates } from '../../shared/dedupe';
import { companyKey } from '../../shared/dedupe/compare/company';
import type { CellValue } from '../../shared/sheet/cell-value';

/** A food supplier's customer list: restaurants and shops, typed by different sales staff. */
const SHOPS: CellValue[][] = [
  ['客户名称', '联系人', '电话', '地址'],
  ['广州市天河区小蜜蜂餐饮店', '陈晓明', '13926001234', '广州市天河区体育西路88号'], // 2
  ['深圳市南山区大拇指便利店', '李华', '13800001111', '深圳市南山区科技园南区5栋'], // 3
  ['佛山市顺德区老街坊饭店', '黄志强', '13531112222', '佛山市顺德区大良街道清晖路12号'], // 4
  ['东莞市莞城区好再来快餐店', '何丽', '13712223333', '东莞市莞城区运河东一路30号'], // 5
  ['广州市越秀区小蜜蜂餐饮店', '周杰', '13602224444', '广州市越秀区北京路200号'], // 6: another branch, another owner
  ['广州小蜜蜂餐饮', '陈晓明', '020-38881234', '广州天河体育西路88号'], // 7: row 2 again
  ['珠海市香洲区渔家乐海鲜酒楼', '吴敏', '13925556666', '珠海市香洲区情侣中路9号'], // 8
];

describe('findDuplicates on shop and restaurant names', () => {
  test('reads 广州市天河区小蜜蜂餐饮店 and 广州小蜜蜂餐饮 as one shop: city, district and 店 set aside', () => {
    const clusters = findDuplicates({ name: '客户', values: SHOPS }).clusters;
    expect(clusters.filter((c) => c.band === 'merge').map((c) => c.rows)).toEqual([[2, 7]]);
    const company = clusters[0]!.reasons.find((r) => r.column === '客户名称')!;
    expect(company.level).not.toBe('different');
  });

  test('a district is set aside only after a city, so a name that starts with 社区 or 小区 keeps it', () => {
    expect(companyKey('广州市天河区小蜜蜂餐饮店')).toBe(companyKey('广州小蜜蜂餐饮'));
    expect(companyKey('上海浦东新区张江高科技有限公司')).toBe('张江高科技');
    expect(companyKey('社区便利店')).toBe('社区便利');
    expect(companyKey('阳光小区物业管理有限公司')).toBe('阳光小区物业管理');
    // Nothing left but the district: the name is kept as typed.
    expect(companyKey('广州市天河区')).toBe('天河区');
  });
});
