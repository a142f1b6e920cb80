import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { ENGLISH_REGIONS, HK_TW_MEMBERS, MAINLAND_WITH_HK_TW } from '../support/region-column-lists';

function phoneIssues(values: CellValue[][], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  return checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.column, i.code, i.suggestion]);
}

describe('check-sheet of phones on rows whose region column names their country', () => {
  test('reads a member list’s Hong Kong numbers on 香港 rows as Hong Kong’s, its Taiwan numbers on 臺灣 rows as Taiwan’s', () => {
    const issues = phoneIssues(HK_TW_MEMBERS);
    expect(issues.filter((i) => i[2] !== 'phone.nonCanonical')).toEqual([]);
    const suggested = new Map(issues.map((i) => [`${String(i[0])}|${String(i[1])}`, i[3]]));
    expect(suggested.get('4|手機')).toBe('+852 6368 7353');
    expect(suggested.get('6|電話')).toBe('+852 2440 4535');
    expect(suggested.get('7|手機')).toBe('+852 9123 4567');
    expect(suggested.get('2|電話')).toBe('+852 2959 8950');
    expect(suggested.get('3|手機')).toBe('+886 915 721 178');
    expect(suggested.get('5|電話')).toBe('+886 2 2225 3579');
  });

  test('reads a mainland list’s 香港 and 台湾 rows in their own region, its provinces’ rows as Chinese, in Chinese', () => {
    const issues = checkSheet(sheet(MAINLAND_WITH_HK_TW), { now: TODAY, locale: 'zh-CN' }).issues;
    expect(issues.filter((i) => i.field === 'phone').map((i) => [i.row, i.code, i.message])).toEqual([
      [5, 'phone.nonCanonical', '电话号码格式不统一：将改为 +852 9123 4567。'],
      [6, 'phone.nonCanonical', '电话号码格式不统一：将改为 +886 912 345 678。'],
      [7, 'phone.nonCanonical', '电话号码格式不统一：将改为 +852 6368 7353。'],
    ]);
  });

  test('reads an English list’s Region of countries as each row’s country, in English', () => {
    const issues = checkSheet(sheet(ENGLISH_REGIONS), { now: TODAY, locale: 'en-US' }).issues;
    expect(issues.map((i) => [i.row, i.code, i.message])).toEqual([
      [2, 'phone.nonCanonical', 'Phone number in a non-standard form: will become +852 6368 7353.'],
      [3, 'phone.nonCanonical', 'Phone number in a non-standard form: will become +886 912 345 678.'],
      [4, 'phone.nonCanonical', 'Phone number in a non-standard form: will become +65 9123 4567.'],
      [5, 'phone.nonCanonical', 'Phone number in a non-standard form: will become +852 2440 4535.'],
    ]);
  });

  test('reports a number that is none in its row’s region as invalid, never as another region’s number', () => {
    const values: CellValue[][] = [
      ['姓名', '地區', '手機'],
      ['陳大文', '香港', '0912-345-678'],
      ['林雅婷', '臺灣', '9123 4567'],
      ['黃曉彤', '香港', '6368 7353'],
    ];
    expect(phoneIssues(values, 'en-US')).toEqual([
      [2, '手機', 'phone.invalid', null],
      [3, '手機', 'phone.invalid', null],
      [4, '手機', 'phone.nonCanonical', '+852 6368 7353'],
    ]);
  });

  test('reads a list whose 地区 holds provinces only as it reads a list without one', () => {
    const values: CellValue[][] = [
      ['姓名', '地区', '手机'],
      ['张伟', '广东', '13800138000'],
      ['李娜', '上海市', '021-62345678'],
      ['陈大文', '广东', '9123 4567'],
    ];
    // A Hong Kong mobile's shape, as on a list without 地区: named as Hong Kong's or Singapore's, left as typed.
    expect(phoneIssues(values)).toEqual([[4, '手机', 'phone.ambiguous', null]]);
  });

  test('reads a 台北 row’s number as Taiwan’s whatever the other rows’ region, and a 九龙 row’s as Hong Kong’s', () => {
    // A Macau shop's list with customers from Taipei and Kowloon: 地区 names a city or district, not a country.
    const macau: CellValue[][] = [
      ['姓名', '手机', '地区'],
      ['何鸿', '28123456', '澳门'],
      ['梁安', '66123456', '澳门'],
      ['陈明', '+853 2812 3456', '澳門'],
      ['黄大', '0228123456', '台北'],
      ['林小', '22345678', '台北'],
      ['陈三', '91234567', '九龙'],
    ];
    const issues = phoneIssues(macau);
    expect(issues.filter((i) => i[0] === 5 || i[0] === 7).map((i) => i[2])).toEqual([
      'phone.nonCanonical',
      'phone.nonCanonical',
    ]);
    const suggested = new Map(issues.map((i) => [i[0], i[3]]));
    expect(suggested.get(5)).toBe('+886 2 2812 3456');
    expect(suggested.get(7)).toBe('+852 9123 4567');
  });
});
