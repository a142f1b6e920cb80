/**
 * A Hong Kong trading company's customer list, most of its rows its mainland factories' (11-digit
 * mobiles), its Hong Kong customers' numbers typed bare with no +852 and no 地區 column: each Hong
 * Kong row says where it is by the district its address begins with (尖沙咀, 旺角, 銅鑼灣, 中環 …).
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const HK_WITH_FACTORIES: CellValue[][] = [
  ['客戶名稱', '聯絡人', '手機', '地址'],
  ['利豐貿易有限公司', '黃志強', '9123 4567', '尖沙咀彌敦道132號美麗華廣場一期12樓'],
  ['永記茶餐廳', '陳家明', '6123 4567', '旺角亞皆老街8號朗豪坊辦公大樓20樓'],
  ['金城電子', '李美華', '5432 1098', '銅鑼灣軒尼詩道500號希慎廣場30樓'],
  ['華興投資', '張偉文', '9876 5432', '中環皇后大道中99號中環中心45樓'],
  ['匯豐物流', '何嘉欣', '6345 7788', '觀塘鴻圖道52號百本中心8樓'],
  ['沙田車行', '吳志明', '9456 1234', '沙田正街18號新城市廣場一期'],
  ['深圳華強電子', '王建國', '13800138000', '廣東省深圳市福田區華強北路1號'],
  ['廣州天河貿易', '劉德明', '13912345678', '廣州市天河區體育西路191號'],
  ['東莞沙田五金廠', '林志強', '13600001111', '沙田鎮港口大道8號'],
  ['佛山順德家電', '陳少芬', '13798765432', '佛山市順德區北滘鎮美的大道6號'],
  ['惠州電池廠', '鄧國華', '13512345678', '惠州市仲愷高新區和暢五路'],
  ['中山燈飾', '梁志偉', '13322223333', '中山市古鎮鎮東興路'],
  ['珠海印刷', '馮小玲', '13144445555', '珠海市香洲區人民東路'],
];

function phoneIssues(values: CellValue[][], locale: Locale): Issue[] {
  return checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === '手機');
}

describe('bare Hong Kong mobiles on rows whose address begins with a Hong Kong district', () => {
  test.each<[Locale, string]>([
    ['zh-CN', '电话号码没写国家代码：将改为 +852 9123 4567（香港）。'],
    ['en-US', 'Phone number typed without its country code: will become +852 9123 4567 (Hong Kong).'],
  ])('reads them as Hong Kong’s, not as invalid mainland numbers (%s)', (locale, says) => {
    const issues = phoneIssues(HK_WITH_FACTORIES, locale);
    expect(issues.map((i) => [i.row, i.severity, i.code, i.suggestion])).toEqual([
      [2, 'warning', 'phone.nonCanonical', '+852 9123 4567'],
      [3, 'warning', 'phone.nonCanonical', '+852 6123 4567'],
      [4, 'warning', 'phone.nonCanonical', '+852 5432 1098'],
      [5, 'warning', 'phone.nonCanonical', '+852 9876 5432'],
      [6, 'warning', 'phone.nonCanonical', '+852 6345 7788'],
      [7, 'warning', 'phone.nonCanonical', '+852 9456 1234'],
    ]);
    expect(issues[0]!.message).toContain(says);
  });

  test('leaves the mainland rows’ mobiles Chinese, the Dongguan town 沙田鎮’s too', () => {
    const issues = phoneIssues(HK_WITH_FACTORIES, 'zh-CN');
    expect(issues.filter((i) => i.row >= 8)).toEqual([]);
  });

  test('leaves a mainland mobile Chinese on a row whose address begins with a Hong Kong district', () => {
    const rows = [...HK_WITH_FACTORIES, ['沙田車行', '吳志明', '13600002222', '沙田正街18號新城市廣場一期']];
    expect(phoneIssues(rows, 'zh-CN').filter((i) => i.row === rows.length)).toEqual([]);
  });

  test.each<[Locale, string]>([
    ['zh-CN', '“9123 4567”不是有效的电话号码。'],
    ['en-US', '"9123 4567" is not a valid phone number.'],
  ])(
    'reads a row in the country its 國家 column names, whatever district its address begins with (%s)',
    (locale, says) => {
      const rows: CellValue[][] = [
        ['客戶名稱', '聯絡人', '手機', '國家', '地址'],
        ['利豐貿易有限公司', '黃志強', '9123 4567', '香港', '沙田正街18號'],
        ['東莞沙田五金廠', '林志強', '9123 4567', '中國', '沙田正街18號'],
        ['深圳華強電子', '王建國', '13800138000', '中國', '廣東省深圳市福田區華強北路1號'],
      ];
      const issues = phoneIssues(rows, locale);
      expect(issues.map((i) => [i.row, i.code, i.suggestion])).toEqual([
        [2, 'phone.nonCanonical', '+852 9123 4567'],
        [3, 'phone.invalid', null],
      ]);
      expect(issues[1]!.message).toBe(says);
    },
  );

  test.each<[Locale, string]>([
    ['zh-CN', '“8888 1234”不是有效的电话号码。'],
    ['en-US', '"8888 1234" is not a valid phone number.'],
  ])('does not read a Dongguan landline typed without its area code as Hong Kong’s (%s)', (locale, says) => {
    const rows = [...HK_WITH_FACTORIES, ['東莞沙田模具廠', '蔡永強', '8888 1234', '沙田鎮穗豐年村']];
    const issues = phoneIssues(rows, locale).filter((i) => i.row === rows.length);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', 'phone.invalid']]);
    expect(issues[0]!.message).toBe(says);
  });
});
