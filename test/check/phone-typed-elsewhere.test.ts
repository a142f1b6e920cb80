/**
 * A number the list's country does not read, typed as another country writes its own (a German
 * team's 030 12345678 on a list with no country anywhere, a Hong Kong mobile on a mainland list), is
 * a number, only not of the country assumed: check names where it is one and clean leaves it as
 * typed. A number no country reads as typed (12345, letters) is still invalid.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

/** A German wholesaler's contacts as exported from its mail program: no country column, no +code. */
// prettier-ignore
const GERMAN_SWISS: CellValue[][] = [
  ['Name', 'Firma', 'Telefon', 'E-Mail'],
  ['Anna Schmidt', 'Schmidt Feinkost GmbH', '030 12345678', 'anna.schmidt@gmail.com'],
  ['Bernd Müller', 'Müller Getränke', '0171 2345678', 'b.mueller@gmx.net'],
  ['Dieter Fischer', 'Fischer & Co. KG', '089 / 123 456-78', 'fischer@t-online.com'],
  ['Eva Keller', 'Keller Käse AG', '044 668 18 00', 'eva.keller@bluewin.com'],
  ['Fritz Bauer', 'Bauer Bäckerei', '12345', 'fritz.bauer@gmail.com'],
  ['Greta Wolf', 'Wolf Weine', 'Büro anrufen', 'greta@gmail.com'],
];

/** The same list with one customer's number written with +49. */
const WITH_ONE_CODE: CellValue[][] = [
  ...GERMAN_SWISS.slice(0, 3),
  ['Clara Weber', 'Weber KG', '+49 30 1234567', 'clara.weber@gmail.com'],
  ...GERMAN_SWISS.slice(3),
];

/** A Shenzhen shop's customers, one from Hong Kong, typed as Hong Kong writes a mobile; no place on any row. */
const MAINLAND_WITH_HK: CellValue[][] = [
  ['姓名', '手机', '备注'],
  ['张伟', '13800138000', '老客户'],
  ['李娜', '13900139000', ''],
  ['陈大文', '9123 4567', '月结'],
  ['王芳', '0755-83456789', ''],
];

const issues = (values: CellValue[][], locale: Locale) =>
  checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.code, i.message]);

/** Each cell of the column as clean writes it. */
function cleaned(values: CellValue[][], header: string): CellValue[] {
  const col = values[0]!.indexOf(header) + 1;
  const edits = planClean(sheet(values), { now: TODAY, locale: 'en-US' }).plan.edits.filter((e) => e.col === col);
  return values.slice(1).map((row, i) => edits.find((e) => e.row === i + 2)?.after ?? row[col - 1]!);
}

describe('check and clean: a number valid in another country than the one assumed', () => {
  test('a German list with no country anywhere: each number names where it is one (en-US)', () => {
    const tail = `: left as typed. Add the country code (+1, +86 …) or fill in the row's country.`;
    expect(issues(GERMAN_SWISS, 'en-US')).toEqual([
      [2, 'phone.ambiguous', `"030 12345678" could be +49 30 12345678 (Germany)${tail}`],
      [3, 'phone.ambiguous', `"0171 2345678" could be +49 171 2345678 (Germany)${tail}`],
      [
        4,
        'phone.ambiguous',
        `"089 / 123 456-78" could be +49 89 12345678 (Germany) or +39 089 1234 5678 (Italy)${tail}`,
      ],
      [5, 'phone.ambiguous', `"044 668 18 00" could be +41 44 668 18 00 (Switzerland)${tail}`],
      [6, 'phone.invalid', `"12345" is not a valid phone number.`],
      [7, 'phone.invalid', `"Büro anrufen" is not a valid phone number.`],
    ]);
  });

  test('a German list with no country anywhere: each number names where it is one (zh-CN)', () => {
    const tail = `：已保持原样。请加上国家代码（如 +86、+1）或填写该行的国家。`;
    expect(issues(GERMAN_SWISS, 'zh-CN')).toEqual([
      [2, 'phone.ambiguous', `“030 12345678”可能是 +49 30 12345678（德国）${tail}`],
      [3, 'phone.ambiguous', `“0171 2345678”可能是 +49 171 2345678（德国）${tail}`],
      [4, 'phone.ambiguous', `“089 / 123 456-78”可能是 +49 89 12345678（德国） 或 +39 089 1234 5678（意大利）${tail}`],
      [5, 'phone.ambiguous', `“044 668 18 00”可能是 +41 44 668 18 00（瑞士）${tail}`],
      [6, 'phone.invalid', '“12345”不是有效的电话号码。'],
      [7, 'phone.invalid', '“Büro anrufen”不是有效的电话号码。'],
    ]);
  });

  test('clean leaves every number of that list as typed', () => {
    expect(cleaned(GERMAN_SWISS, 'Telefon')).toEqual(GERMAN_SWISS.slice(1).map((row) => row[2]));
  });

  test('one +49 number does not make a Zürich number typed as Switzerland types it German', () => {
    const phones = cleaned(WITH_ONE_CODE, 'Telefon');
    expect(phones[4]).toBe('044 668 18 00');
    const zurich = issues(WITH_ONE_CODE, 'en-US').find(([row]) => row === 6);
    expect(zurich?.[1]).toBe('phone.ambiguous');
    expect(zurich?.[2]).toContain('+41 44 668 18 00 (Switzerland)');
    expect(zurich?.[2]).toContain('+49 4466 81800 (Germany)');
  });

  test('nor on a trade-show list of several countries, none of them most', () => {
    const values: CellValue[][] = [
      ['Name', 'Company', 'Phone'],
      ['Clara Weber', 'Weber KG', '+49 30 1234567'],
      ['Tom Baker', 'Baker & Sons', '+44 20 7946 0958'],
      ['Anna Kowalski', 'Kowalski SA', '+48 601 234 567'],
      ['Eva Keller', 'Keller Käse AG', '044 668 18 00'],
    ];
    expect(cleaned(values, 'Phone')[3]).toBe('044 668 18 00');
    expect(issues(values, 'en-US').find(([row]) => row === 5)?.[2]).toContain('+41 44 668 18 00 (Switzerland)');
  });

  test('a Hong Kong mobile on a mainland list is named as a Hong Kong or Singapore number, left as typed', () => {
    expect(issues(MAINLAND_WITH_HK, 'zh-CN')).toEqual([
      [
        4,
        'phone.ambiguous',
        '“9123 4567”可能是 +852 9123 4567（香港） 或 +65 9123 4567（新加坡）：已保持原样。请加上国家代码（如 +86、+1）或填写该行的国家。',
      ],
    ]);
    expect(issues(MAINLAND_WITH_HK, 'en-US')[0]?.[2]).toBe(
      `"9123 4567" could be +852 9123 4567 (Hong Kong) or +65 9123 4567 (Singapore): left as typed. Add the country code (+1, +86 …) or fill in the row's country.`,
    );
    expect(cleaned(MAINLAND_WITH_HK, '手机')[2]).toBe('9123 4567');
  });

  test('a row whose city says 香港 still reads it as Hong Kong’s', () => {
    const values = MAINLAND_WITH_HK.map((row, r) => [row[0]!, row[1]!, r === 0 ? '城市' : r === 3 ? '香港' : '深圳']);
    expect(cleaned(values, '手机')[2]).toBe('+852 9123 4567');
  });
});
