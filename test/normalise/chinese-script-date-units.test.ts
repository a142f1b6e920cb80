/**
 * An English list is no Chinese team's because someone typed a date the Chinese way (2024年3月7日) or an
 * amount in 万: those characters are units of a date or a number, not names or places. A Hong Kong
 * shop's member list, its mobiles bare 8 digits, is then read as Hong Kong's.
 */
import { chineseScript } from '../../shared/normalise/chinese-script';
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { sheet, TODAY } from '../operations/fixtures';

// prettier-ignore
const HK_MEMBERS: CellValue[][] = [
  ['Name', 'Mobile', 'Join Date', 'Spend'],
  ['Chan Siu Ming', '91234567', '2024/3/5', 'HK$1,200'],
  ['Lee Mei', '61234567', '2024-03-06', '800'],
  ['Wong Ka Ho', '51234567', '2024年3月7日', '1,000.00'],
  ['Ho Wai', '92345678', '2024-03-08', '500'],
  ['Cheung Tsz Yan', '63456789', '2024-03-09', '1.2万'],
  ['Lam Chi Wai', '51234568', '2024-03-10', '650'],
  ['Ng Ka Yan', '98765432', '2024-03-11', '900'],
];

describe('Chinese characters that are only units of dates and amounts', () => {
  test('do not make an English list a Chinese team’s', () => {
    expect(chineseScript(HK_MEMBERS, 1)).toBe('none');
  });

  test('a Chinese list is still one: names, places and headers in Chinese', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Name', 'Mobile', 'Join Date'],
      ['陈小明', '13800138000', '2024年3月7日'],
      ['李梅', '13900139000', '2024-03-06'],
    ];
    expect(chineseScript(values, 1)).toBe('simplified');
  });

  test('the bare 8-digit mobiles of such a Hong Kong list are read as Hong Kong’s, not as errors', () => {
    const mapping = mapHeaders(HK_MEMBERS[0]!, DEFAULT_TEMPLATE, {}, HK_MEMBERS.slice(1));
    expect(readPhoneSheet(HK_MEMBERS, mapping, DEFAULT_TEMPLATE).sheet).toBe('HK');
    const phones = checkSheet(sheet(HK_MEMBERS), { now: TODAY, locale: 'en-US' }).issues.filter(
      (i) => i.column === 'Mobile',
    );
    expect(phones.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
