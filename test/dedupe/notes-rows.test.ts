import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

describe('findDuplicates on notes lines', () => {
  test('the same notes line under two blocks of a list is no duplicate customer', () => {
    const note = '注：金额单位为元，含税';
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '金额'],
      ['杭州西子网络科技有限公司', '王强', '13588889999', 12000],
      ['宁波港联物流有限公司', '李娜', '13600001111', 8000],
      [note, null, null, null],
      ['温州瓯海五金厂', '陈伟', '13711112222', 5000],
      [note, null, null, null],
    ];
    const result = findDuplicates({ name: '客户', values });
    expect(result.rows).toBe(3);
    expect(result.clusters).toEqual([]);
  });

  test('a customer whose name starts like a note (注塑厂) is still a record', () => {
    const values: CellValue[][] = [
      ['Company', 'Phone'],
      ['注塑厂有限公司', '13588889999'],
      ['注塑厂有限公司', '13588889999'],
      ['Note: prices include GST', null],
    ];
    const result = findDuplicates({ name: 'Customers', values });
    expect(result.rows).toBe(2);
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
  });
});
