/**
 * 无, 暂无, N/A or 000000000000000000 in an ID-number or member-number column means nobody typed
 * one: two people with it share nothing, and must not be grouped for it.
 */
import { findDuplicates } from '../../shared/dedupe';
import { codeKey } from '../../shared/dedupe/compare/code';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '会员', values });

describe('codes typed for "none"', () => {
  it.each([
    '无',
    '暂无',
    ' N/A ',
    'n.a.',
    'NULL',
    '未知',
    '000000000000000000',
    'XXXXXX',
    '****',
    '(跳过)',
    '（未作答）',
    'No answer',
    '[Skipped]',
  ])('gives %j no key', (value) => {
    expect(codeKey(value)).toBeNull();
  });

  it.each([
    ['110101199003071234', '110101199003071234'],
    ['11010119900307123x', '11010119900307123X'],
    ['888888', '888888'],
    ['0001', '0001'],
    ['VIP-007', 'VIP007'],
  ])('keeps a real code %j as %j', (value, key) => {
    expect(codeKey(value)).toBe(key);
  });

  it('does not group two members whose ID numbers are both placeholders', () => {
    for (const none of ['无', '暂无', 'N/A', '000000000000000000']) {
      const result = findDuplicates(
        sheet([
          ['姓名', '手机', '身份证号'],
          ['李雷', '13800000001', none],
          ['韩梅梅', '13900000002', none],
          ['王五', '13700000003', '110101199003071234'],
        ]),
      );
      expect(result.clusters).toEqual([]);
    }
  });

  it('still groups rows that share a real ID number', () => {
    const result = findDuplicates(
      sheet([
        ['姓名', '手机', '身份证号'],
        ['李雷', '13800000001', '110101199003071234'],
        ['李 雷', '13800000001', '110101199003071234'],
        ['韩梅梅', '13900000002', '无'],
      ]),
    );
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
  });
});
