/**
 * A B2B list (客户名称, 联系人, 手机, 座机, 邮箱, 地址) names a boss by surname and title (王总). Beside a
 * colleague of that surname (王芳, 王伟) at one company, on the company's switchboard and at its
 * address, nothing says which of them 王总 is, or that it is either: reviewed, never merged. A mobile
 * both rows hold is the person's own, and merges them.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const HEADER = ['客户名称', '联系人', '手机', '座机', '邮箱', '地址'];
const clusters = (rows: CellValue[][]) => findDuplicates({ name: '客户', values: [HEADER, ...rows] }).clusters;
const ADDRESS = '深圳市南山区科技中一路腾讯大厦';

describe('a surname and a title beside a colleague of that surname', () => {
  test('王总 and 王芳 sharing only the switchboard, company and address are reviewed, not merged', () => {
    const found = clusters([
      ['腾讯', '王总', '', '0755-86013388', '', ADDRESS],
      ['腾讯', '王芳', '13922223333', '0755-86013388', 'wangfang@tencent.com', ADDRESS],
      ['华为技术有限公司', '李娜', '13800138000', '0755-28780808', 'lina@huawei.com', '深圳市龙岗区坂田华为基地'],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'review']]);
    expect(found[0]!.reasons.find((r) => r.column === '联系人')?.level).toBe('same-surname');
  });

  test('王总 is merged with neither of two colleagues surnamed 王 on the switchboard', () => {
    const found = clusters([
      ['深圳市腾讯计算机系统有限公司', '王伟', '', '0755-86013388', 'wangwei@tencent.com', ADDRESS],
      ['腾讯', '王总', '', '0755-86013388', '', ADDRESS],
      ['腾讯', '王芳', '13922223333', '0755-86013388', 'wangfang@tencent.com', ADDRESS],
    ]);
    expect(found.filter((c) => c.band === 'merge')).toEqual([]);
  });

  test('王总 and 王芳 on one mobile are one person, merged', () => {
    const found = clusters([
      ['腾讯', '王总', '139 2222 3333', '0755-86013388', '', ADDRESS],
      ['腾讯', '王芳', '13922223333', '0755-86013388', 'wangfang@tencent.com', ADDRESS],
    ]);
    expect(found.map((c) => [c.rows, c.band])).toEqual([[[2, 3], 'merge']]);
  });
});
