/**
 * Duplicate detection reads each phone in the region its row's 地區 / 地区 / Region names, as check
 * and clean do: one Hong Kong number typed two ways is one number, and a 香港 row's 6368 7353 is not
 * a 臺灣 row's Tainan number +886 6 368 7353.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { HK_TW_MEMBERS } from '../support/region-column-lists';

const sheet = (values: CellValue[][]) => ({ name: '會員', values });

describe('findDuplicates of phones on rows whose region column names their country', () => {
  test('groups a member typed on two 香港 rows with and without +852, the numbers the same', () => {
    const result = findDuplicates(sheet(HK_TW_MEMBERS));
    expect(result.clusters.map((c) => c.rows)).toEqual([[7, 8]]);
    const phone = result.clusters[0]!.reasons.find((r) => r.column === '手機');
    expect(phone).toMatchObject({ level: 'exact', message: '手機: same number (9123 4567 = +852 91234567)' });
  });

  test('tells a 香港 row’s 6368 7353 from a 臺灣 row’s Tainan number with the same digits', () => {
    const values: CellValue[][] = [
      ['姓名', '地區', '手機', '電子郵件'],
      ['黃曉彤', '香港', '6368 7353', null],
      ['黃曉彤', '臺灣', '+886 6 368 7353', null],
      ['陳大文', '香港', '9123 4567', 'chantaiman@netvigator.com'],
      ['林雅婷', '臺灣', '0912-345-678', 'yating@yahoo.com.tw'],
    ];
    const result = findDuplicates(sheet(values), { reviewThreshold: 0.1 });
    const pair = result.clusters.find((c) => c.rows.includes(2));
    expect(pair?.rows).toEqual([2, 3]);
    expect(pair?.reasons.find((r) => r.column === '手機')?.level).toBe('different');
  });
});
