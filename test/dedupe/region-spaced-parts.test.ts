/**
 * 有赞 writes a member's 所在地区 as 浙江省 杭州市 西湖区, a hand-kept list as 浙江省杭州市西湖区: the
 * spaces between the Han place parts are no difference, in duplicate matching and in the report's segments.
 */
import { textComparator } from '../../shared/dedupe/compare/text';
import { buildInsights } from '../../shared/insights/build-insights';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const YOUZAN_TWO_FORMS: CellValue[][] = [
  ['客户姓名', '手机号', '生日', '所在地区'],
  ['张伟', '13812345678', '1988-03-15', '浙江省 杭州市 西湖区'],
  ['张伟', '13812345678', '1988-03-15', '浙江省杭州市西湖区'],
  ['李娜', '13912345678', '1990-05-01', '广东省 深圳市 南山区'],
];

describe('a region typed with and without spaces between its parts', () => {
  test('is one key for duplicate matching', () => {
    const region = textComparator('region');
    expect(region.key('浙江省 杭州市 西湖区')).toBe(region.key('浙江省杭州市西湖区'));
    expect(region.key('北京市 北京市 朝阳区')).toBe(region.key('北京市北京市朝阳区'));
  });

  test('a space beside a Latin word still counts', () => {
    const region = textComparator('region');
    expect(region.key('Hangzhou 西湖')).not.toBe(region.key('Hangzhou西湖'));
  });

  test('is one segment in the report', () => {
    const report = buildInsights({ name: '客户列表', values: YOUZAN_TWO_FORMS }, { now: TODAY });
    const region = report.segments.find((s) => s.field === 'region')!;
    expect(region.values.map((v) => [v.value, v.count])).toEqual([
      ['浙江省 杭州市 西湖区', 2],
      ['广东省 深圳市 南山区', 1],
    ]);
  });
});
