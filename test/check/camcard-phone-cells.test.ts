/**
 * A 名片全能王 (CamCard) export: a card's fax typed into its phone cell with its label (传真:010-…,
 * 传真 021-…), and a card's two mobiles on two lines of one cell. A fax is no phone line: it is kept
 * as typed and said to be a fax; two lines are two numbers, as "13911112222;13911113333" is.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Locale } from '../../shared/i18n/locale';
import { normalisePhone } from '../../shared/normalise/phone';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const CAMCARD: CellValue[][] = [
  ['姓名', '职位', '公司', '手机', '电话', '邮箱', '地址', '网址', '备注'],
  [
    '王磊',
    '销售总监',
    '上海云图信息技术有限公司',
    '13911112222;13911113333',
    '021-61234567',
    'wanglei@yuntu.cn',
    '上海市徐汇区漕河泾开发区1号',
    'www.yuntu.cn',
    '2025展会',
  ],
  [
    '李明\nLi Ming',
    'CEO',
    '明日科技(香港)有限公司',
    '+852 9123 4567\n+86 13700001111',
    '+852 2123 4567',
    'liming@tomorrow.hk',
    '香港湾仔港湾道1号',
    '',
    '香港客户',
  ],
  [
    '赵敏',
    '采购',
    '北京赵氏贸易',
    '手机:13800001234',
    '传真:010-88886666',
    'zhaomin@zhaoshi.com',
    '北京市朝阳区',
    '',
    '',
  ],
  ['钱多', '经理', '上海钱氏', '13900001111', '传真 021-66668888', '', '上海市', '', ''],
];

function phoneIssues(locale: Locale) {
  return checkSheet(sheet(CAMCARD), { now: TODAY, locale })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.column, i.code, i.severity, i.message, i.suggestion ?? null]);
}

describe('a CamCard export’s phone cells', () => {
  test('keeps a fax typed in a phone cell as typed and says it is a fax (zh-CN)', () => {
    const issues = phoneIssues('zh-CN');
    expect(issues.filter(([row, column]) => (row === 4 || row === 5) && column === '电话')).toEqual([
      [
        4,
        '电话',
        'phone.fax',
        'error',
        '“传真:010-88886666”是传真号码，不是电话：已保持原样。传真请放到单独的列（如 传真），这一格只留电话号码。',
        null,
      ],
      [
        5,
        '电话',
        'phone.fax',
        'error',
        '“传真 021-66668888”是传真号码，不是电话：已保持原样。传真请放到单独的列（如 传真），这一格只留电话号码。',
        null,
      ],
    ]);
  });

  test('says a fax is a fax in English too (en-US)', () => {
    const issues = phoneIssues('en-US');
    expect(issues.filter(([row, column]) => row === 4 && column === '电话').map((i) => i[4])).toEqual([
      '"传真:010-88886666" is a fax number, not a phone: left as typed. Put the fax in a column of its own (Fax, say) and keep only a phone number here.',
    ]);
  });

  test.each([['传真:010-88886666'], ['传真 021-66668888'], ['Fax: (305) 909-1726'], ['傳真：02-2712-3456']])(
    'never cleans the fax %s into a callable number',
    (typed) => {
      expect(normalisePhone(typed, { defaultRegion: 'CN' })).toEqual({ status: 'invalid', code: 'phone.fax' });
    },
  );

  test('still reads a number labelled as a phone or mobile', () => {
    expect(normalisePhone('电话：021-62345678', { defaultRegion: 'CN' })).toEqual({
      status: 'valid',
      value: '021-62345678',
    });
    expect(normalisePhone('手机:13800001234', { defaultRegion: 'CN' })).toEqual({
      status: 'valid',
      value: '13800001234',
    });
  });

  test.each<[Locale, string]>([
    [
      'zh-CN',
      '“+852 9123 4567\n+86 13700001111”里有不止一个号码：一个单元格只放一个号码，另一个请放到单独的一列（如 备用电话）。',
    ],
    [
      'en-US',
      '"+852 9123 4567\n+86 13700001111" holds more than one number: keep one number per cell and put the other in a column of its own (Other Phone, say).',
    ],
  ])('says two numbers on two lines of one cell are two numbers, as for ";" (%s)', (locale, message) => {
    const issues = phoneIssues(locale);
    expect(issues.filter(([row]) => row === 2 || row === 3).map((i) => [i[0], i[2], i[4]])).toEqual([
      [2, 'phone.several', expect.any(String)],
      [3, 'phone.several', message],
    ]);
  });
});
