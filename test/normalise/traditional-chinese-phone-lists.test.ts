/**
 * Hong Kong, Taiwan and Macau teams write their lists in traditional characters with local numbers
 * only: 9123 4567, 0912-345-678. Such a list is no mainland list: its numbers are read in the
 * region they are valid in, when exactly one of those regions reads most of them.
 */
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { sheet, TODAY } from '../operations/fixtures';

const sheetRegion = (values: CellValue[][]) =>
  readPhoneSheet(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE).sheet;

/** A Hong Kong trading firm's contacts. */
const HONG_KONG: CellValue[][] = [
  ['姓名', '公司', '手提電話', '辦公室電話', '電郵'],
  ['陳大文', '永興貿易有限公司', '9123 4567', '2345 6789 內線 12', 'dw@wing.com'],
  ['黃小明', '大昌行(香港)有限公司', '6123 4567', '2123 4567', 'xm@dch.com'],
  ['李嘉欣', '新鴻基地產', '5123 4567', '2828 8888', 'kh@shkp.com'],
  ['張志強', '利豐貿易', '9876 5432', '3555 1234', 'cc@lifung.com'],
];

/** A Taipei distributor's customers. */
const TAIWAN: CellValue[][] = [
  ['客戶名稱', '聯絡人', '手機', '電話'],
  ['鴻海精密工業股份有限公司', '林美玲', '0933-123-456', '02-2268-3466'],
  ['統一企業股份有限公司', '王大同', '0987-654-321', '06-253-2121'],
  ['國泰人壽', '張志豪', '0912-345-678', '07-331-2345'],
];

/** A Macau list: its numbers read in Hong Kong too, so nothing says which. */
const MACAU: CellValue[][] = [
  ['姓名', '手提電話', '電話'],
  ['何嘉欣', '6612 3456', '2838 3333'],
  ['梁偉強', '6688 1234', '2878 1234'],
  ['吳美玲', '6212 3456', '2856 7890'],
];

describe('the region of a list written in traditional Chinese with local numbers only', () => {
  test('a Hong Kong list is Hong Kong’s', () => {
    expect(sheetRegion(HONG_KONG)).toBe('HK');
  });

  test('a Taiwan list is Taiwan’s', () => {
    expect(sheetRegion(TAIWAN)).toBe('TW');
  });

  test('a Macau list, whose numbers Hong Kong reads alike, is nobody’s: it stays the template’s', () => {
    expect(sheetRegion(MACAU)).toBe('CN');
  });

  test('check proposes the Hong Kong numbers in full and reports none invalid', () => {
    const { issues } = checkSheet(sheet(HONG_KONG), { now: TODAY, locale: 'zh-CN' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const suggestions = issues.filter((i) => i.column === '手提電話').map((i) => i.suggestion);
    expect(suggestions).toEqual(['+852 9123 4567', '+852 6123 4567', '+852 5123 4567', '+852 9876 5432']);
  });

  test('a mainland list in simplified characters stays Chinese', () => {
    const mainland: CellValue[][] = [
      ['姓名', '电话'],
      ['张伟', '62345678'],
      ['李娜', '82345678'],
      ['王芳', '65432109'],
    ];
    expect(sheetRegion(mainland)).toBe('CN');
  });

  test('a Taiwan list with Hong Kong numbers among its own: a number both read is left as typed, with both readings', () => {
    const mixed: CellValue[][] = [
      ['客戶名稱', '聯絡人', '手機'],
      ['鴻海精密工業股份有限公司', '林美玲', '0933-123-456'],
      ['統一企業股份有限公司', '王大同', '0987-654-321'],
      ['國泰人壽', '張志豪', '0912-345-678'],
      ['台積電', '陳建宏', '0921-555-888'],
      ['長榮海運', '吳淑芬', '0955-222-333'],
      ['永興貿易(香港)', '陳大文', '9123 4567'],
      ['大昌行(香港)', '黃小明', '5123 4567'],
      ['新鴻基地產', '李嘉欣', '9876 5432'],
      ['利豐貿易', '張志強', '6123 4567'],
    ];
    const phones = readPhoneSheet(mixed, mapHeaders(mixed[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE);
    expect([phones.sheet, phones.also]).toEqual(['TW', ['HK']]);
    const { issues } = checkSheet(sheet(mixed), { now: TODAY, locale: 'zh-CN' });
    const byRow = new Map(issues.filter((i) => i.column === '手機').map((i) => [i.row, i]));
    // 6123 4567 is Tainan without its 0 or a Hong Kong mobile: never turned into one of them.
    expect(byRow.get(10)).toMatchObject({ code: 'phone.ambiguous' });
    expect(byRow.get(10)?.suggestion ?? null).toBeNull();
    expect(byRow.get(10)?.message).toMatch(/\+886 6 123 4567.*\+852 6123 4567/);
    // Taiwan's own numbers are still read as Taiwan's; a Hong Kong number Taiwan cannot read is flagged, not moved.
    expect(byRow.get(2)?.suggestion).toBe('+886 933 123 456');
    expect(byRow.get(7)?.suggestion ?? null).toBeNull();
  });
});
