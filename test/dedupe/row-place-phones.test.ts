/**
 * Duplicate detection reads a bare number in the place its row names without a country column (its
 * other number's +853, an address in 澳門 or 尖沙咀), as check reads it: one Macau customer typed
 * with and without +853 is one number, and a Macau row's 6612 3456 is not Tainan's +886 6 612 3456.
 */
import { findDuplicates, type Reason } from '../../shared/dedupe';
import { phoneRowKeys } from '../../shared/dedupe/compare/phone';
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import { rowPlaceReader } from '../../shared/normalise/phone-row-place';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { translator } from '../../shared/ui/i18n';
import { levelKey } from '../../shared/ui/i18n/level-strings';
import { MACAU_HK_MAINLAND } from '../support/macau-hk-mainland-list';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });

/** The chip the sidebar shows for a reason, in its language. */
const chip = (reason: Reason | undefined, locale: 'zh-CN' | 'en-US') => {
  const t = translator(locale);
  return reason && t('dupes.reason', { column: reason.column, level: t(levelKey(reason.level)) });
};

describe('findDuplicates of bare numbers on rows that name their place', () => {
  test('groups a Macau customer typed with +853 and, on a row in 澳門, without', () => {
    const result = findDuplicates(sheet(MACAU_HK_MAINLAND));
    const macau = result.clusters.find((c) => c.rows.includes(5));
    expect(macau?.rows).toEqual([5, 6]);
    const phone = macau?.reasons.find((r) => r.column === '手机');
    expect(phone).toMatchObject({ level: 'exact', message: '手机: same number (+853 6612 3456 = 6612 3456)' });
    expect([chip(phone, 'zh-CN'), chip(phone, 'en-US')]).toEqual(['手机：相同', '手机: same']);
  });

  test('groups a Hong Kong customer written in Chinese with +852 and in English, bare, in Tsim Sha Tsui', () => {
    const result = findDuplicates(sheet(MACAU_HK_MAINLAND), { reviewThreshold: 0.1 });
    expect(result.clusters.find((c) => c.rows.includes(9))?.rows).toEqual([9, 10]);
  });

  test('finds no other group: the mainland rows, the Tainan row and the Taipa row are other customers', () => {
    const result = findDuplicates(sheet(MACAU_HK_MAINLAND), { reviewThreshold: 0.1 });
    expect(result.clusters.map((c) => c.rows)).toEqual([
      [5, 6],
      [9, 10],
    ]);
  });

  test('tells a Macau 陳美玲’s 6612 3456, her address in 澳門, from a Tainan 陳美玲’s +886 6 612 3456', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '电话', '地址'],
      ['珠海华发贸易有限公司', '张伟', '13800138000', '0756-2123456', '珠海市香洲区人民东路1号'],
      ['澳門金沙貿易行', '陳美玲', '6612 3456', '', '澳門新馬路10號'],
      ['台南安平漁產', '陳美玲', '+886 6 612 3456', '', '台南市安平區安平路1號'],
      ['广州天河科技', '王芳', '13611112222', '020-38881234', '广州市天河区体育西路191号'],
      ['深圳华强电子', '陈明', '13722223333', '0755-83456789', '深圳市福田区华强北路1号'],
    ];
    expect(findDuplicates(sheet(values)).clusters).toEqual([]);
    // Only the contact's name agrees; the company, phone and address differ: two people, not even reviewed.
    const review = findDuplicates(sheet(values), { reviewThreshold: 0.1 }).clusters.find((c) => c.rows.includes(3));
    expect(review).toBeUndefined();
  });

  test('keys a Macau row’s bare 6612 3456 as +853, and a mainland or Tainan row’s numbers as before', () => {
    const mapping = mapHeaders(MACAU_HK_MAINLAND[0]!, DEFAULT_TEMPLATE, {}, MACAU_HK_MAINLAND.slice(1));
    const phones = readPhoneSheet(MACAU_HK_MAINLAND, mapping, DEFAULT_TEMPLATE);
    const key = phoneRowKeys('CN', phones, rowPlaceReader(mapping, DEFAULT_TEMPLATE))!;
    const at = (row: number, col: number) => key(MACAU_HK_MAINLAND[row - 1]![col - 1]!, MACAU_HK_MAINLAND[row - 1]);
    expect([at(5, 3), at(6, 3), at(6, 4), at(7, 3), at(7, 4), at(8, 3), at(9, 3), at(10, 3)]).toEqual([
      '+85366123456',
      '+85366123456',
      '+85328881234',
      '+886912345678',
      '+88666123456',
      '+85366881122',
      '+85291234567',
      '+85291234567',
    ]);
    expect([at(2, 3), at(2, 4), at(11, 4)]).toEqual(['#13800138000', '#7562123456', '#75583456789']);
  });
});
