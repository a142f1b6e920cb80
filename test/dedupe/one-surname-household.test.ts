/**
 * A Chinese shop's customer list names each buyer in one 姓名 column. Two names of one surname with
 * other given names (王芳, 王强) on one mobile at one address are a household (a couple, a parent and
 * child ordering on the family's phone): reviewed as relatives, never merged unasked, as Liam and
 * Noah O'Brien are in split name columns (household-given-names.test.ts).
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const HEADER = ['姓名', '手机', '地址', '累计消费'];
const OTHERS: CellValue[][] = [
  ['李娜', '13900001111', '北京市朝阳区建国路88号', '¥320.00'],
  ['张伟', '13700002222', '广州市天河区体育西路1号', '¥89.00'],
  ['陈静', '13600003333', '杭州市西湖区文三路478号', '¥1,208.00'],
];
const find = (rows: CellValue[][]) => findDuplicates({ name: '客户', values: [HEADER, ...rows, ...OTHERS] }).clusters;

describe('one surname, other given names, in one name column', () => {
  test('two people of a household on one mobile and address are reviewed as relatives, not merged', () => {
    const found = find([
      ['王芳', '13812345678', '上海市浦东新区张杨路500号', '¥560.00'],
      ['王强', '13812345678', '上海市浦东新区张杨路500号', '¥1,020.00'],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'review']]);
    const name = found[0]!.reasons.find((r) => r.column === '姓名');
    expect(name).toMatchObject({ level: 'different', message: '姓名: different given names (王芳 ≠ 王强)' });
  });

  test('a third row of one of them does not join the other through the shared phone', () => {
    const found = find([
      ['王芳', '13812345678', '上海市浦东新区张杨路500号', '¥560.00'],
      ['王强', '13812345678', '上海市浦东新区张杨路500号', '¥1,020.00'],
      ['王芳', '13812345678', '上海市浦东新区张杨路500号', '¥75.00'],
    ]);
    expect(found.filter((c) => c.band === 'merge').map((c) => c.rows)).toEqual([[2, 4]]);
  });

  test('a family e-mail keeps them reviewed, as it keeps David and Mary Wong', () => {
    const { clusters } = findDuplicates({
      name: '客户',
      values: [
        ['姓名', '手机', '邮箱', '地址'],
        ['王芳', '13812345678', 'wangjia88@163.com', '上海市浦东新区张杨路500号'],
        ['王强', '13812345678', 'wangjia88@163.com', '上海市浦东新区张杨路500号'],
        ...OTHERS.map((r) => [r[0]!, r[1]!, null, r[2]!]),
      ],
    });
    expect(clusters.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'review']]);
  });

  test('one buyer account still makes them one customer: a gift shipped to a relative', () => {
    const { clusters } = findDuplicates({
      name: '订单',
      values: [
        ['订单编号', '买家会员名', '收货人姓名', '联系手机', '收货地址'],
        ['3698712345', 'tb_wangjia88', '王芳', '13812345678', '上海市浦东新区张杨路500号'],
        ['3698755555', 'tb_wangjia88', '王强', '13812345678', '上海市浦东新区张杨路500号'],
        ['3698800001', 'tb_lina', '李娜', '13900001111', '北京市朝阳区建国路88号'],
        ['3698800002', 'zhangwei_77', '张伟', '13700002222', '广州市天河区体育西路1号'],
      ],
    });
    expect(clusters.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'merge']]);
  });

  test('the same name, spaced or in pinyin, is still one customer merged', () => {
    const found = find([
      ['王芳', '13812345678', '上海市浦东新区张杨路500号', '¥560.00'],
      ['王芳', '13812345678', '上海市浦东新区张杨路500号', '¥1,020.00'],
      ['刘洋', '13512340000', '南京市鼓楼区中山路1号', '¥60.00'],
      ['刘 洋', '13512340000', '南京市鼓楼区中山路1号', '¥90.00'],
      ['赵敏', '13311112222', '成都市武侯区人民南路4段9号', '¥45.00'],
      ['Zhao Min', '13311112222', '成都市武侯区人民南路4段9号', '¥30.00'],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([
      [[2, 3], 'merge'],
      [[4, 5], 'merge'],
      [[6, 7], 'merge'],
    ]);
  });

  test('names of two surnames on one mobile stay reviewed as before', () => {
    const found = find([
      ['王芳', '13812345678', '上海市浦东新区张杨路500号', '¥560.00'],
      ['刘强', '13812345678', '上海市浦东新区张杨路500号', '¥1,020.00'],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'review']]);
  });
});
