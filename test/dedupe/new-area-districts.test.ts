/**
 * A district written with and without its suffix reads as one, 新区 as much as 区: 浦东新区 = 浦东 as
 * 滨江区 = 滨江, so two entries of one customer do not show their district as a difference.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const ledger: CellValue[][] = [
  ['客户名称', '联系人', '手机', '省', '市', '区', '跟进阶段'],
  ['上海浦江物流（集团）有限公司', '陈静', '13601234567 / 021-58881234', '上海市', '上海市', '浦东新区', '初次接触'],
  ['上海浦江物流(集团)有限公司', '陈静', '13601234567', '上海', '上海', '浦东', '初次接触'],
  ['杭州（滨江）云帆网络有限公司', '郑浩', '18667001234', '浙江省', '杭州市', '滨江区', '已成交'],
  ['杭州(滨江)云帆网络有限公司', '郑浩', '186-6700-1234', '浙江', '杭州', '滨江', '已成交'],
  ['苏州金鸡湖生物医药有限公司', '刘洋', '15995512345', '江苏省', '苏州市', '工业园区', '合同谈判'],
];

describe('findDuplicates on districts with and without their suffix', () => {
  const clusters = findDuplicates({ name: '客户台账', values: ledger }).clusters;
  const district = (rows: number[]) =>
    clusters.find((c) => c.rows.join() === rows.join())?.reasons.find((r) => r.column === '区');

  test('reads 浦东新区 and 浦东 as one district, as 滨江区 and 滨江', () => {
    expect(district([4, 5])?.level).toBe('exact');
    expect(district([2, 3])?.level).toBe('exact');
  });

  test('keeps two districts two: 浦东新区 is not 浦江', () => {
    const other = ledger.map((row, r) => (r === 2 ? [...row.slice(0, 5), '浦江', row[6]!] : row));
    const pair = findDuplicates({ name: '客户台账', values: other }).clusters.find((c) => c.rows.join() === '2,3');
    expect(pair?.reasons.find((r) => r.column === '区')?.level).toBe('different');
  });
});
