/**
 * An order export where one buyer placed most of the orders (张伟, 30 of 35 rows, one mobile, one
 * address, other order numbers and times): one customer, found as one group. The term frequency that
 * makes a switchboard's number weak evidence (many names on one line) does not count a customer's own
 * repeat orders as other customers sharing the number.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const HEADER = ['订单号', '收货人', '手机', '收货地址', '订单成交时间', '实付金额'];
const OTHERS: CellValue[][] = [
  ['240513000000', '李娜', '13912345678', '上海市静安区南京西路1号', '2024-05-10 09:00:00', 88],
  ['240513000001', '王芳', '13712345678', '北京市朝阳区建国路1号', '2024-05-10 09:05:00', 88],
  ['240513000002', '刘洋', '13612345678', '广州市天河区体育西路1号', '2024-05-10 09:10:00', 88],
  ['240513000003', '陈静', '13512345678', '深圳市南山区科技园1号', '2024-05-10 09:15:00', 88],
  ['240513000004', '赵磊', '13412345678', '成都市武侯区天府大道1号', '2024-05-10 09:20:00', 88],
];
const orders = (n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [
    `2405120000${String(i).padStart(2, '0')}`,
    '张伟',
    '13812345678',
    '浙江省杭州市西湖区文三路90号',
    `2024-05-${String((i % 28) + 1).padStart(2, '0')} 10:${String(i).padStart(2, '0')}:00`,
    100 + i,
  ]);

describe('a buyer with most of an order export’s rows', () => {
  test('is one customer: every order of theirs in one group, merged', () => {
    const values = [HEADER, ...orders(30), ...OTHERS];
    const { clusters } = findDuplicates({ name: '订单', values });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.band).toBe('merge');
    expect(clusters[0]!.rows).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  });

  test('a company switchboard under many names stays weak evidence: its colleagues are not merged', () => {
    const names = ['王建国', '李娜', '张伟', '刘洋', '陈静', '赵磊', '孙丽', '周杰', '吴敏', '郑强'];
    const values: CellValue[][] = [
      ['姓名', '电话', '公司'],
      ...names.map((name) => [name, '0571-88886666', '杭州宏达五金有限公司']),
      ['钱伟', '13588812345', '上海明远贸易有限公司'],
    ];
    const { clusters } = findDuplicates({ name: '客户', values });
    expect(clusters.filter((c) => c.band === 'merge')).toEqual([]);
  });
});
