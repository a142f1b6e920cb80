/**
 * Lists of another country's numbers typed without their country code, on the built-in Chinese
 * template (probe 10): a Japanese team's list of mobiles (090-1234-5678 is a Chinese landline in
 * Tacheng only by chance), a Korean lead list (010-1234-5678 is Beijing's shape too), British and
 * German leads. A number gets a country only on evidence: the sheet's script (kana, Hangul), the
 * row's e-mail domain (.co.jp, .co.uk, .de, .co.kr); with none it is left as typed and its readings
 * named, never read as China's because of the template, nor as India's because other rows are.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

/** in/32-japan-mobiles.csv: a Japanese list of mobiles, kana and kanji, .co.jp and .jp addresses. */
const JAPAN_MOBILES: CellValue[][] = [
  ['会社名', '携帯電話', 'メールアドレス'],
  ['株式会社山田製作所', '090-1234-5678', 't.yamada@yamada-ss.co.jp'],
  ['有限会社佐藤商店', '080-9876-5432', 'hanako@sato-shoten.jp'],
  ['合同会社ミライ', '070-1111-2222', 'ken@mirai.llc'],
];

/** in/30-japan-min.csv: one row, kana only in the headers. */
const JAPAN_ONE_ROW: CellValue[][] = [
  ['会社名', '担当者', 'メールアドレス', '携帯電話', '〒', '取引開始日'],
  ['株式会社山田製作所', '山田 太郎', 't.yamada@yamada-ss.co.jp', '090-1234-5678', '100-0005', '2019/04/01'],
];

/** A Korean team's list: names and companies in Hangul, mobiles typed as Korea does. */
const KOREA_HANGUL: CellValue[][] = [
  ['Name', 'Company', 'Email', 'Phone'],
  ['김민준', '한화', 'minjun.kim@gmail.com', '010-1234-5678'],
  ['박지호', '삼성전자', 'jiho.park@samsung.com', '010-9876-5432'],
  ['이서연', 'LG전자', 'seoyeon@naver.com', '010-5555-1234'],
];

/** in/33-korea-mobiles.csv: Korean leads in English, two with .co.kr addresses. */
const KOREA_LATIN: CellValue[][] = [
  ['Name', 'Company', 'Email', 'Phone'],
  ['Kim Min-jun', 'Hanwha', 'minjun.kim@hanwha.co.kr', '010-1234-5678'],
  ['Park Ji-ho', 'Samsung', 'jiho.park@samsung.com', '010-9876-5432'],
  ['Lee Seo-yeon', 'LG', 'seoyeon@lg.co.kr', '010-5555-1234'],
];

/** in/22-phone-wrong-country-min2.csv: a London and a Seoul number beside their e-mail domains. */
const UK_KOREA: CellValue[][] = [
  ['Name', 'Email', 'Phone'],
  ['Tom Baker', 'tom@bakerltd.co.uk', '020 7946 0018'],
  ['Kim Min-jun', 'minjun.kim@hanwha.co.kr', '010-1234-5678'],
];

/** in/20-tradefair-nocountry.csv: trade-fair leads typed by hand, no country column. */
const TRADE_FAIR: CellValue[][] = [
  ['Name', 'Company', 'Email', 'Phone', 'Notes'],
  ['JOHN SMITH', 'acme industrial', 'john.smith@acme.co.uk', '07911 123456', 'UK visitor'],
  ['Hans Müller', 'Müller GmbH', 'h.mueller@mueller-gmbh.de', '030 1234567', 'Berlin'],
  ['Priya Sharma', 'TATA Steel', 'priya.sharma@tatasteel.com', '98765 43210', 'Mumbai'],
  ['Li Wei', 'Huawei', 'liwei@huawei.com', '138 1234 5678', 'Shenzhen'],
  ['Tom Baker', 'Baker Ltd', 'tom@bakerltd.com', '020 7946 0018', 'London office'],
  ['Kim Min-jun', 'Hanwha', 'minjun.kim@hanwha.co.kr', '010-1234-5678', 'Seoul'],
];

function phoneIssues(values: CellValue[][], locale: Locale): [number, string, string][] {
  return checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.code, i.message]);
}

/** The phone column as clean writes it, row by row. */
function cleanedPhones(values: CellValue[][], locale: Locale, header: string): CellValue[] {
  const col = values[0]!.indexOf(header) + 1;
  const edits = planClean(sheet(values), { now: TODAY, locale }).plan.edits.filter((e) => e.col === col);
  return values.slice(1).map((row, i) => edits.find((e) => e.row === i + 2)?.after ?? row[col - 1]!);
}

describe.each<Locale>(['en-US', 'zh-CN'])('check and clean (%s): national numbers of another country', (locale) => {
  const name = (en: string, zh: string) => (locale === 'zh-CN' ? `（${zh}）` : ` (${en})`);

  test('a Japanese list’s mobiles are Japanese, by its kana, never Chinese landlines', () => {
    expect(cleanedPhones(JAPAN_MOBILES, locale, '携帯電話')).toEqual([
      '+81 90 1234 5678',
      '+81 80 9876 5432',
      '+81 70 1111 2222',
    ]);
    const issues = phoneIssues(JAPAN_MOBILES, locale);
    expect(issues.map(([row, code]) => [row, code])).toEqual([
      [2, 'phone.nonCanonical'],
      [3, 'phone.nonCanonical'],
      [4, 'phone.nonCanonical'],
    ]);
    expect(issues[0]![2]).toBe(
      locale === 'zh-CN'
        ? '电话号码格式不统一：将改为 +81 90 1234 5678。'
        : 'Phone number in a non-standard form: will become +81 90 1234 5678.',
    );
    expect(issues.some(([, , message]) => /0901|\+86|\+39/.test(message))).toBe(false);
  });

  test('one row with kana only in its headers is Japanese too', () => {
    expect(cleanedPhones(JAPAN_ONE_ROW, locale, '携帯電話')).toEqual(['+81 90 1234 5678']);
  });

  test('a Korean list in Hangul reads its 010 mobiles in Korea, not as Beijing numbers', () => {
    expect(cleanedPhones(KOREA_HANGUL, locale, 'Phone')).toEqual([
      '+82 10 1234 5678',
      '+82 10 9876 5432',
      '+82 10 5555 1234',
    ]);
    expect(phoneIssues(KOREA_HANGUL, locale).some(([, , message]) => message.includes('+86'))).toBe(false);
  });

  test('Korean leads in English: a .co.kr address settles its row; a row without one is left as typed', () => {
    expect(cleanedPhones(KOREA_LATIN, locale, 'Phone')).toEqual([
      '+82 10 1234 5678',
      '010-9876-5432',
      '+82 10 5555 1234',
    ]);
    const park = phoneIssues(KOREA_LATIN, locale).find(([row]) => row === 3);
    expect(park?.[1]).toBe('phone.ambiguous');
    expect(park?.[2]).toContain(`+82 10 9876 5432${name('South Korea', '韩国')}`);
    expect(park?.[2]).toContain(`+86 10 9876 5432${name('China', '中国')}`);
  });

  test('a London and a Seoul number beside .co.uk and .co.kr addresses keep their countries', () => {
    expect(cleanedPhones(UK_KOREA, locale, 'Phone')).toEqual(['+44 20 7946 0018', '+82 10 1234 5678']);
  });

  test('trade-fair leads: each row’s e-mail domain settles it, the rest are not read as India’s', () => {
    expect(cleanedPhones(TRADE_FAIR, locale, 'Phone')).toEqual([
      '+44 7911 123456',
      '+49 30 1234567',
      '+91 98765 43210',
      '13812345678',
      '020 7946 0018',
      '+82 10 1234 5678',
    ]);
    const issues = phoneIssues(TRADE_FAIR, locale);
    expect(issues.find(([row]) => row === 3)?.[2]).toBe(
      locale === 'zh-CN'
        ? '电话号码没写国家代码：将改为 +49 30 1234567（德国）。'
        : 'Phone number typed without its country code: will become +49 30 1234567 (Germany).',
    );
    expect(issues.find(([row]) => row === 2)?.[2]).toContain(
      `+44 7911 123456${name('United Kingdom, Guernsey', '英国，根西岛')}`,
    );
    const london = issues.find(([row]) => row === 6);
    expect(london?.[1]).toBe('phone.ambiguous');
    expect(london?.[2]).toContain('+44 20 7946 0018');
    expect(london?.[2]).toContain('+91 20 7946 0018');
  });

  test('a Chinese list with one Japanese contact in kana stays Chinese', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱'],
      ['张伟', '13800138000', 'zw@example.cn'],
      ['李娜', '010-62345678', 'ln@qq.com'],
      ['王芳', '0901-2345678', 'wf@163.com'],
      ['ヤマダ タロウ', '03-1234-5678', 'yamada@sample.co.jp'],
    ];
    expect(cleanedPhones(values, locale, '手机').slice(0, 3)).toEqual(['13800138000', '010-62345678', '0901-2345678']);
    expect(phoneIssues(values, locale).filter(([row]) => row < 5)).toEqual([]);
  });

  test('a British list’s own numbers only change their form: no country is named', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email'],
      ['Emma Wilson', '07911 123456', 'emma@wilson.co.uk'],
      ['Oliver Hughes', '020 7946 0958', 'oliver@hughes.co.uk'],
      ['Amelia Clarke', '0161 496 0000', 'amelia@clarke.co.uk'],
    ];
    expect(phoneIssues(values, locale).map(([, , message]) => message)[0]).toBe(
      locale === 'zh-CN'
        ? '电话号码格式不统一：将改为 +44 7911 123456。'
        : 'Phone number in a non-standard form: will become +44 7911 123456.',
    );
  });

  test('a British mobile in a Guernsey range is named as the United Kingdom’s', () => {
    const values = TRADE_FAIR.map((row, i) =>
      i === 1 ? [row[0]!, row[1]!, 'john.smith@gmail.com', ...row.slice(3)] : row,
    );
    const john = phoneIssues(values, locale).find(([row]) => row === 2);
    expect(john?.[1]).toBe('phone.ambiguous');
    expect(john?.[2]).toContain(`+44 7911 123456${name('United Kingdom, Guernsey', '英国，根西岛')}`);
  });
});
