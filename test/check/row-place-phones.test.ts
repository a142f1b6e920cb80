/**
 * A Taiwan company's customer list with its Hong Kong and Macau customers among the Taiwanese ones,
 * their local numbers typed without a country code. Each row's bare number is read in the place the
 * row itself names (another of its numbers with +852/+853, an address that begins 香港 or 澳門); where
 * the row names none and the number is valid in two places, it is left as typed with both readings.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const HEADER = ['公司名稱', '聯絡人', '職稱', '電話', '手機', '電子郵件', '地址', '業務', '備註'];

/** The rows as a Taipei distributor keeps them: 臺北, 臺中 and 新竹 customers, a Hong Kong and a Macau one. */
const TAIWAN_WITH_HK_MACAU: CellValue[][] = [
  HEADER,
  [
    '華通國際有限公司',
    '陳大文',
    '經理',
    '(02)2345-6789',
    '0912-345-678',
    'dawen@huatong.com.tw',
    '臺北市信義區信義路五段7號',
    '林志明',
    '老客戶',
  ],
  [
    '華通國際有限公司台中分公司',
    '王小明',
    '',
    '(04)2222-3333',
    '0933-111-222',
    '',
    '臺中市西屯區臺灣大道三段99號',
    '林志明',
    '',
  ],
  [
    '香港利豐貿易有限公司',
    '黃志強',
    '董事',
    '+852 2345 6789',
    '9123 4567',
    'wong@lifung.hk',
    '香港九龍尖沙咀廣東道1號',
    '張美玲',
    '',
  ],
  ['利豐貿易(香港)', '黃志強', '', '23456789', '91234567', '', '廣東道1號', '張美玲', '同一間'],
  ['澳門永利餐飲', '何家豪', '', '+853 2888 1234', '6612 3456', '', '澳門新馬路10號', '張美玲', ''],
  [
    '台灣積體電路製造股份有限公司',
    '張忠謀',
    '董事長',
    '03-5636688',
    '',
    '',
    '新竹科學園區力行六路8號',
    '林志明',
    '大客戶',
  ],
  ['王大同', '王大同', '', '', '0988-777-666', 'datong@gmail.com', '高雄市前鎮區', '林志明', '個人客戶'],
];

function issuesAt(values: CellValue[][], locale: Locale, row: number, column: string): Issue[] {
  return checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.row === row && i.column === column);
}

describe('bare Hong Kong and Macau numbers on a Taiwan list', () => {
  test.each<[Locale, string]>([
    ['zh-CN', '电话号码没写国家代码：将改为 +853 6612 3456（澳门）。'],
    ['en-US', 'Phone number typed without its country code: will become +853 6612 3456 (Macau).'],
  ])(
    'reads a Macau row’s mobile in Macau when the row’s office number has +853 and its address is 澳門 (%s)',
    (locale, says) => {
      const issues = issuesAt(TAIWAN_WITH_HK_MACAU, locale, 6, '手機');
      expect(issues.map((i) => [i.severity, i.code, i.suggestion])).toEqual([
        ['warning', 'phone.nonCanonical', '+853 6612 3456'],
      ]);
      expect(issues[0]!.message).toContain(says);
      expect(issues[0]!.message).not.toContain('+886');
    },
  );

  test('reads a Hong Kong row’s mobile in Hong Kong when its address begins 香港', () => {
    const issues = issuesAt(TAIWAN_WITH_HK_MACAU, 'zh-CN', 4, '手機');
    expect(issues.map((i) => [i.severity, i.suggestion])).toEqual([['warning', '+852 9123 4567']]);
  });

  test('reads a row’s numbers in Hong Kong when its address begins 九龍', () => {
    const rows = TAIWAN_WITH_HK_MACAU.map((row, index) =>
      index === 4 ? row.map((v, c) => (c === 6 ? '九龍廣東道1號' : v)) : row,
    );
    const office = issuesAt(rows, 'en-US', 5, '電話');
    const mobile = issuesAt(rows, 'en-US', 5, '手機');
    expect([...office, ...mobile].map((i) => [i.severity, i.suggestion])).toEqual([
      ['warning', '+852 2345 6789'],
      ['warning', '+852 9123 4567'],
    ]);
  });

  test.each<[Locale, string]>([
    ['zh-CN', '“91234567”不是有效的电话号码。'],
    ['en-US', '"91234567" is not a valid phone number.'],
  ])('reports, unmoved, a Hong Kong number on a row that names no place (%s)', (locale, says) => {
    const issues = issuesAt(TAIWAN_WITH_HK_MACAU, locale, 5, '手機');
    expect(issues.map((i) => [i.severity, i.value, i.suggestion])).toEqual([['error', '91234567', null]]);
    expect(issues[0]!.message).toBe(says);
  });

  test('leaves the Taiwan rows’ numbers in Taiwan', () => {
    const issues = checkSheet(sheet(TAIWAN_WITH_HK_MACAU), { now: TODAY, locale: 'zh-CN' }).issues;
    const suggested = new Map(issues.map((i) => [`${i.row}|${i.column}`, i.suggestion]));
    expect(suggested.get('2|手機')).toBe('+886 912 345 678');
    expect(suggested.get('3|電話')).toBe('+886 4 2222 3333');
    expect(suggested.get('8|手機')).toBe('+886 988 777 666');
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([5, 5]);
  });

  test.each<[Locale, string]>([
    ['zh-CN', '“6612 3456”可能是 '],
    ['en-US', '"6612 3456" could be '],
  ])('leaves 6612 3456 as typed, naming its readings, on a row that names no place (%s)', (locale, says) => {
    const rows = TAIWAN_WITH_HK_MACAU.map((row, index) =>
      index === 5 ? ['永利餐飲', '何家豪', '', '', '6612 3456', '', '新馬路10號', '張美玲', ''] : row,
    );
    const issues = issuesAt(rows, locale, 6, '手機');
    expect(issues.map((i) => [i.severity, i.code, i.suggestion])).toEqual([['warning', 'phone.ambiguous', null]]);
    expect(issues[0]!.message).toContain(says);
    expect(issues[0]!.message).toContain('+886 6 612 3456');
    expect(issues[0]!.message).toContain('+853 6612 3456');
  });

  test('leaves a trunk-less 6612 3456 as typed on a Taiwan list with no other Hong Kong or Macau numbers', () => {
    const rows: CellValue[][] = [
      ['客戶名稱', '聯絡人', '手機', '電話'],
      ['鴻海精密工業股份有限公司', '林美玲', '0933-123-456', '02-2268-3466'],
      ['統一企業股份有限公司', '王大同', '0987-654-321', '06-253-2121'],
      ['國泰人壽', '張志豪', '0912-345-678', '07-331-2345'],
      ['永利餐飲', '何家豪', '6612 3456', ''],
    ];
    const issues = issuesAt(rows, 'en-US', 5, '手機');
    expect(issues.map((i) => [i.code, i.suggestion])).toEqual([['phone.ambiguous', null]]);
    expect(issues[0]!.message).toContain('+853 6612 3456');
  });
});
