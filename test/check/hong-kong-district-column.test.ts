/**
 * A Hong Kong list whose 地區 / District column holds the city's areas and districts (Kowloon Bay, 沙田,
 * 銅鑼灣 …), not 香港: each is a place the region column takes as typed, and together they say the
 * list is Hong Kong's, so bare eight-digit numbers (which Singapore's could also be) are +852.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// prettier-ignore
const EN_DISTRICTS: CellValue[][] = [
  ['Customer Name', 'Phone', 'District'],
  ['Harbour Trading Ltd', '9876 5432', 'Wan Chai'],
  ['Kowloon Logistics', '9123 4567', 'Kowloon Bay'],
  ['Sha Tin Hardware', '6234 5678', 'Sha Tin'],
  ['Mong Kok Electronics', '9812 3456', 'Mong Kok'],
  ['TST Foods', '6123 4567', 'Tsim Sha Tsui'],
  ['Central Florist', '9876 1234', 'Central'],
  ['Causeway Bay Books', '9338 1234', 'Causeway Bay'],
  ['Tsuen Wan Motors', '9411 2233', 'Tsuen Wan'],
  ['Kowloon Tong Clinic', '9222 3344', 'Kowloon'],
];

// prettier-ignore
const ZH_DISTRICTS: CellValue[][] = [
  ['客戶名稱', '電話', '地區'],
  ['港島貿易有限公司', '98765432', '灣仔'],
  ['九龍物流有限公司', '91234567', '觀塘'],
  ['新界五金行', '62345678', '沙田'],
  ['旺角電器', '98123456', '九龍'],
  ['將軍澳食品', '61234567', '將軍澳'],
  ['中環花店', '98761234', '中環'],
  ['銅鑼灣書店', '93381234', '銅鑼灣'],
  ['荃灣車行', '94112233', '荃灣'],
];

const check = (values: CellValue[][], locale: Locale) => checkSheet(sheet(values), { now: TODAY, locale }).issues;

describe('check on a Hong Kong list with a column of its districts', () => {
  test.each<[string, CellValue[][], Locale, string]>([
    ['English', EN_DISTRICTS, 'en-US', 'District'],
    ['Chinese', ZH_DISTRICTS, 'zh-CN', '地區'],
  ])('takes every %s district as a place, not an error', (_, values, locale, column) => {
    expect(check(values, locale).filter((i) => i.column === column)).toEqual([]);
  });

  test.each<[CellValue[][], Locale, string, string]>([
    [EN_DISTRICTS, 'en-US', 'Phone', 'Phone number in a non-standard form: will become +852 9876 5432.'],
    [ZH_DISTRICTS, 'zh-CN', '電話', '电话号码格式不统一：将改为 +852 9876 5432。'],
  ])('reads the bare numbers as Hong Kong’s (%#)', (values, locale, column, says) => {
    const phones = check(values, locale).filter((i) => i.column === column);
    expect(phones.map((i) => [i.severity, i.code])).toEqual(
      values.slice(1).map(() => ['warning', 'phone.nonCanonical']),
    );
    expect(phones.map((i) => i.suggestion)).toEqual(
      values.slice(1).map(
        (row) =>
          `+852 ${String(row[1])
            .replace(/\s/g, '')
            .replace(/^(\d{4})/, '$1 ')}`,
      ),
    );
    expect(phones[0]!.message).toBe(says);
  });

  test('without the district column the same numbers could be Singapore’s and are left as typed', () => {
    const bare = EN_DISTRICTS.map((row) => row.slice(0, 2));
    const phones = check(bare, 'en-US').filter((i) => i.column === 'Phone');
    expect(phones.every((i) => i.suggestion !== '+852 9876 5432')).toBe(true);
    expect(phones[0]!.message).toContain('+65 9876 5432');
  });
});
