import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

function bands(values: CellValue[][]) {
  return findDuplicates({ name: '客户', values }).clusters.map((c) => ({ rows: c.rows, band: c.band }));
}

describe('two clearly different names on one phone', () => {
  test('are reviewed, not merged: a couple or a shop sharing a mobile', () => {
    expect(
      bands([
        ['姓名', '手机', '城市'],
        ['张伟', '13800138000', '杭州'],
        ['李娜', '13800138000', '杭州'],
        ['王强', '13912345678', '南京'],
      ]),
    ).toEqual([{ rows: [2, 3], band: 'review' }]);
    expect(
      bands([
        ['Name', 'Phone', 'City'],
        ['John Smith', '(415) 555-0134', 'San Francisco'],
        ['Mary Jones', '(415) 555-0134', 'San Francisco'],
        ['Tom Lee', '(617) 555-0199', 'Boston'],
      ]),
    ).toEqual([{ rows: [2, 3], band: 'review' }]);
  });

  test('still merge when something the person alone keeps agrees too: an e-mail, or a birth date', () => {
    expect(
      bands([
        ['Name', 'Phone', 'Email'],
        ['Katherine Miller', '(415) 555-0134', 'kmiller@outlook.com'],
        ['Kate Johnson', '(415) 555-0134', 'kmiller@outlook.com'],
        ['Tom Lee', '(617) 555-0199', 'tom.lee@gmail.com'],
      ]),
    ).toEqual([{ rows: [2, 3], band: 'merge' }]);
    expect(
      bands([
        ['姓名', '手机', '出生日期', '地址'],
        ['陈静', '13800138000', '1988-05-12', '杭州市西湖区文三路478号'],
        ['刘芳', '13800138000', '1988-05-12', '杭州市西湖区文三路478号'],
        ['王强', '13912345678', '1975-02-03', '南京市鼓楼区中山路1号'],
      ]),
    ).toEqual([{ rows: [2, 3], band: 'merge' }]);
  });
});
