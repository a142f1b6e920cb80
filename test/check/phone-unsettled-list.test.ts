/**
 * A list whose country is not established (a few British, American, Polish and Japanese contacts on
 * the built-in Chinese template, no country column) does not give a number typed nationally a country
 * code it may not have: 020 7946 0958 is London's as much as Guangzhou's, 090-1234-5678 a Japanese
 * mobile however China reads it. Such a number is left as typed and its readings named. A
 * Traditional-Chinese list's bare numbers are read in Taiwan, Hong Kong or Macau, whichever reads them.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

/** A small agency's contacts: two with a +code, the British ones typed as Britain writes them. */
const UK_IN_MIXED: CellValue[][] = [
  ['Name', 'Email', 'Phone'],
  ['Sarah Johnson', 'sarah@acme.com', '+1 415-555-0132'],
  ['Priya Sharma', 'priya@sharmatextiles.in', '+91 98765 43210'],
  ['Tom Baker', 'tom.baker@bakerandsons.co.uk', '020 7946 0958'],
  ['Jean Martin', 'jl.martin@orange.fr', '+33 1 42 68 53 00'],
];

/** Mostly Polish numbers with their code, an American one, and a Japanese mobile typed as Japan does. */
const MIXED: CellValue[][] = [
  ['Name', 'Company', 'Phone'],
  ['Anna Kowalski', 'Kowalski', '+48 601 234 567'],
  ['Piotr Nowak', 'Nowak SA', '+48 602 345 678'],
  ['David Smith', 'Smith Consulting', '(646) 555-0102'],
  ['Kenji Tanaka', 'Tanaka Trading', '090-1234-5678'],
];

/** A Pipedrive persons export, its columns trimmed. */
// prettier-ignore
const PIPEDRIVE: CellValue[][] = [
  ['Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Phone - Work', 'Person - Phone - Mobile'],
  ['Anna Kowalski', 'Kowalski Logistics', 'anna@kowalskilogistics.pl', '+48 22 123 45 67', '+48 601 234 567'],
  ['Carlos Ruiz', 'Ruiz & Hijos', 'carlos.ruiz@ruizhijos.es', '+34 91 123 45 67', ''],
  ['Kenji Tanaka', 'Tanaka Trading', 'k.tanaka@tanaka-trading.jp', '03-1234-5678', '090-1234-5678'],
  ['David Smith', 'Smith Consulting', 'david@smithconsulting.com', '(555) 010-2030', ''],
];

/** A Taiwan shop's customers in traditional characters, 民國 dates, a Hong Kong and a Macau customer. */
const HK_TW: CellValue[][] = [
  ['客戶名稱', '聯絡人', '手機', '最後交易日'],
  ['恒通貿易', '陳大文', '9123 4567', '113/04/18'],
  ['金利來', '黃小玲', '6612 3456', '民國112年6月30日'],
  ['優品', '林志明', '0912-345-678', '112/1/5'],
];

function phoneIssues(values: CellValue[][], locale: Locale): [number, string, string][] {
  return checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.code, i.message]);
}

/** Each phone column as clean writes it, row by row. */
function cleanedPhones(values: CellValue[][], locale: Locale, header: string): CellValue[] {
  const col = values[0]!.indexOf(header) + 1;
  const edits = planClean(sheet(values), { now: TODAY, locale }).plan.edits.filter((e) => e.col === col);
  return values.slice(1).map((row, i) => edits.find((e) => e.row === i + 2)?.after ?? row[col - 1]!);
}

describe.each<Locale>(['en-US', 'zh-CN'])('check and clean (%s): a list whose country is not established', (locale) => {
  const or = locale === 'zh-CN' ? ' 或 ' : ' or ';

  test('a London number beside a .co.uk address is read in Britain, by the row’s e-mail', () => {
    expect(cleanedPhones(UK_IN_MIXED, locale, 'Phone')).toEqual([
      '+1 415 555 0132',
      '+91 98765 43210',
      '+44 20 7946 0958',
      '+33 1 42 68 53 00',
    ]);
  });

  test('without a country domain it is left as typed, its readings named, never given +86', () => {
    const values = UK_IN_MIXED.map((row, i) => (i === 3 ? [row[0]!, 'tom.baker@gmail.com', row[2]!] : row));
    expect(cleanedPhones(values, locale, 'Phone')[2]).toBe('020 7946 0958');
    const issue = phoneIssues(values, locale).find(([row]) => row === 4);
    expect(issue?.[1]).toBe('phone.ambiguous');
    expect(issue?.[2]).toContain('+44 20 7946 0958');
    expect(issue?.[2]).toContain('+86 20 7946 0958');
  });

  test('a Japanese mobile typed as Japan does is left as typed, both readings named', () => {
    expect(cleanedPhones(MIXED, locale, 'Phone')).toEqual([
      '+48 601 234 567',
      '+48 602 345 678',
      '+1 646 555 0102',
      '090-1234-5678',
    ]);
    const issue = phoneIssues(MIXED, locale).find(([row]) => row === 5);
    expect(issue?.[1]).toBe('phone.ambiguous');
    const [china, japan] = locale === 'zh-CN' ? ['（中国）', '（日本）'] : [' (China)', ' (Japan)'];
    expect(issue?.[2]).toContain(`+86 901 234 5678${china}${or}+81 90 1234 5678${japan}`);
  });

  test('a Tokyo landline and a Japanese mobile beside a .jp address are read in Japan', () => {
    expect(cleanedPhones(PIPEDRIVE, locale, 'Person - Phone - Work')).toEqual([
      '+48 22 123 45 67',
      '+34 911 23 45 67',
      '+81 3 1234 5678',
      '(555) 010-2030',
    ]);
    expect(cleanedPhones(PIPEDRIVE, locale, 'Person - Phone - Mobile')[2]).toBe('+81 90 1234 5678');
    // Only China's default reading takes (555) 010-2030, on a list that is no Chinese team's: named, not written.
    expect(phoneIssues(PIPEDRIVE, locale).find(([row]) => row === 5)?.[1]).toBe('phone.ambiguous');
  });

  test('a Tokyo landline without a .jp address is left as typed, its readings named', () => {
    const values = PIPEDRIVE.map((row, i) =>
      i === 3 ? [row[0]!, row[1]!, 'kenji.tanaka@gmail.com', ...row.slice(3)] : row,
    );
    expect(cleanedPhones(values, locale, 'Person - Phone - Work')[2]).toBe('03-1234-5678');
    const tokyo = phoneIssues(values, locale).find(([row, , message]) => row === 4 && message.includes('03-1234-5678'));
    expect(tokyo?.[1]).toBe('phone.ambiguous');
    expect(tokyo?.[2]).toContain('+81 3 1234 5678');
  });

  test('a Traditional-Chinese list reads its numbers in Taiwan, Hong Kong or Macau', () => {
    expect(cleanedPhones(HK_TW, locale, '手機')).toEqual(['+852 9123 4567', '6612 3456', '+886 912 345 678']);
    const issues = phoneIssues(HK_TW, locale);
    expect(issues.map(([row, code]) => [row, code])).toEqual([
      [2, 'phone.nonCanonical'],
      [3, 'phone.ambiguous'],
      [4, 'phone.nonCanonical'],
    ]);
    expect(issues[1]![2]).toContain('+852 6612 3456');
    expect(issues[1]![2]).toContain('+853 6612 3456');
  });
});

describe.each<Locale>(['en-US', 'zh-CN'])('check and clean (%s): a list of one country is read as before', (locale) => {
  test.each<[string, CellValue[][], string, string[]]>([
    [
      'Chinese',
      [
        ['姓名', '手机'],
        ['张伟', '13812345678'],
        ['李娜', '139 1234 5678'],
        ['王芳', '0755-88881234'],
      ],
      '手机',
      ['13812345678', '13912345678', '0755-88881234'],
    ],
    [
      'British',
      [
        ['Name', 'Phone', 'Email'],
        ['Emma Wilson', '07911 123456', 'emma@wilson.co.uk'],
        ['Oliver Hughes', '020 7946 0958', 'oliver@hughes.co.uk'],
        ['Amelia Clarke', '0161 496 0000', 'amelia@clarke.co.uk'],
      ],
      'Phone',
      ['+44 7911 123456', '+44 20 7946 0958', '+44 161 496 0000'],
    ],
    [
      'American',
      [
        ['Name', 'Phone'],
        ['Sarah Johnson', '(415) 555-0132'],
        ['Mike Hill', '(212) 555-0188'],
        ['Dana Lee', '(646) 555-0102'],
      ],
      'Phone',
      ['+1 415 555 0132', '+1 212 555 0188', '+1 646 555 0102'],
    ],
  ])('a %s list', (_, values, header, expected) => {
    expect(cleanedPhones(values, locale, header)).toEqual(expected);
  });
});
