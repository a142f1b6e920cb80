import { checkSheet } from '../../shared/check/check-sheet';
import { readPhone } from '../../shared/normalise/phone-reading';
import { regionOfCountry } from '../../shared/normalise/country';
import { sheet, TODAY } from '../operations/fixtures';

/** A Hong Kong trading firm's contacts, typed in traditional characters, offices with extensions. */
const HK_TW_CONTACTS = [
  ['姓名', '公司', '手機', '辦公室電話', '電郵', '國家/地區'],
  ['陳大文', '永興貿易有限公司', '+852 9123 4567', '+852 2345 6789 內線 12', 'dw@wing.hk', '香港'],
  ['黃小明', '大昌行(香港)有限公司', '+852 6123 4567', '2123 4567轉301', 'xm@dch.hk', '香港特別行政區'],
  ['林美玲', '鴻海精密工業股份有限公司', '0933 123 456', '02-2268-3466 分機 5501', 'mei@foxconn.com', '台灣'],
  ['何嘉欣', '澳門旅遊娛樂有限公司', '6612 3456', '2838 3333 分機號 8', 'kh@stdm.mo', '澳門'],
];

describe('Hong Kong, Taiwan and Macau phones', () => {
  test('reads the extension words typed in traditional characters (轉, 分機, 內線) as extensions', () => {
    const { issues } = checkSheet(sheet(HK_TW_CONTACTS), { now: TODAY, locale: 'zh-CN' });
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.row, i.column, i.value])).toEqual([]);
    const suggested = new Map(issues.map((i) => [`${i.row}|${i.column}`, i.suggestion]));
    expect(suggested.get('2|辦公室電話')).toBe('+852 2345 6789 分機 12');
    expect(suggested.get('3|辦公室電話')).toBe('+852 2123 4567 分機 301');
    expect(suggested.get('4|辦公室電話')).toBe('+886 2 2268 3466 分機 5501');
    expect(suggested.get('5|辦公室電話')).toBe('+853 2838 3333 分機 8');
  });

  test('keeps the extension apart in the match key, whatever word introduced it', () => {
    const ctx = { home: 'CN', sheet: 'HK', row: 'HK' };
    const key = (text: string) => {
      const reading = readPhone(text, ctx);
      return reading.kind === 'valid' ? reading.key : reading.kind;
    };
    expect(key('2123 4567 轉 301')).toBe('+85221234567;ext=301');
    expect(key('2123 4567 内线 301')).toBe('+85221234567;ext=301');
    expect(key('2123 4567 ext. 301')).toBe('+85221234567;ext=301');
  });

  test.each([
    ['台灣', 'TW'],
    ['臺灣', 'TW'],
    ['香港特別行政區', 'HK'],
    ['中國香港', 'HK'],
    ['澳門', 'MO'],
    ['澳門特別行政區', 'MO'],
    ['馬來西亞', 'MY'],
    ['新加坡', 'SG'],
  ])('reads the country %j, written in traditional characters, as %s', (country, region) => {
    expect(regionOfCountry(country)).toBe(region);
  });
});
