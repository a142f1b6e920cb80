/**
 * A number is written nationally only on its own country's team's list: on an international list (a
 * trade show's badge scans, an export company's contacts) a Chinese number keeps its +86 as the British
 * and German ones keep theirs, while a Chinese team's list, in English or not, writes it as China does.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

/** tradeshow_badge_scans.csv: row 6 is the one Chinese number, its country China. */
// prettier-ignore
const BADGE_SCANS: CellValue[][] = [
  ['Scan Date', 'Scan Time', 'Badge ID', 'First Name', 'Last Name', 'Company', 'Job Title', 'Email', 'Phone', 'Address 1', 'City', 'Postal Code', 'Country', 'Rating', 'Notes', 'Scanned By'],
  ['03/05/2024', '10:12', 'B-10023', 'Oliver', 'Hughes', 'Hughes Logistics Ltd', 'Managing Director', 'oliver@hugheslogistics.co.uk', '+44 (0)20 7123 4567', '1 Canada Square', 'London', 'E14 5AB', 'United Kingdom', 'Hot', 'Wants quote for 20 units by April', 'Mark'],
  ['03/05/2024', '10:40', 'B-10024', 'Klaus', 'Fischer', 'Fischer Maschinenbau GmbH', 'Einkaufsleiter', 'k.fischer@fischer-mb.de', '+49 (0)89 1234 5678', 'Leopoldstr. 10', 'München', '80802', 'Germany', 'Warm', 'German speaker - send DE brochure', 'Mark'],
  ['03/05/2024', '11:02', 'B-10025', 'Chloe', 'Nguyen', 'Southern Cross Imports Pty Ltd', 'Procurement Manager', 'chloe@scimports.com.au', '+61 2 8123 4567', 'Level 5, 100 Pitt St', 'Sydney', '2000', 'Australia', 'Hot', 'met at booth + dinner', 'Anna'],
  ['03/05/2024', '11:30', 'B-10026', 'Oliver', 'Hughes', 'Hughes Logistics', 'MD', 'oliver.hughes@hugheslogistics.co.uk', '+44 20 7123 4567', '', 'London', 'E14 5AB', 'UK', '', 'scanned twice', 'Anna'],
  ['03/06/2024', '09:15', 'B-10027', 'Wei', 'Zhang', 'Shenzhen Bright Electronics Co., Ltd.', 'Sales Director', 'zhangwei@bright-sz.com', '+86 755 8888 1234', '', 'Shenzhen', '518000', 'China', 'Cold', 'competitor?', 'Mark'],
  ['03/06/2024', '09:50', 'B-10028', 'Jean-Pierre', 'Dubois', '', 'Consultant', 'jp.dubois@gmail.com', '+33 1 42 68 53 00', '', 'Paris', '75008', 'France', 'Warm', 'freelancer', 'Anna'],
  ['03/06/2024', '10:20', 'B-10029', 'Aroha', 'Ngata', 'Kiwi Freight NZ', 'Ops Manager', 'aroha@kiwifreight.co.nz', '+64 9 123 4567', '', 'Auckland', '1010', 'New Zealand', 'Warm', '', 'Mark'],
  ['03/06/2024', '10:55', 'B-10030', 'Sanjay', 'Gupta', 'Gupta Exports Pvt Ltd', 'CEO', 'sanjay@guptaexports.in', '+91 98765 43210', '', 'Delhi', '110001', 'India', 'Hot', 'call back in 2 weeks', 'Anna'],
  ['03/06/2024', '11:10', 'B-10031', 'Klaus', 'Fischer', 'Fischer Maschinenbau', 'Head of Purchasing', 'klaus.fischer@fischer-mb.de', '0049 89 12345678', '', 'Munich', '80802', 'DE', '', '', 'Mark'],
  ['03/06/2024', '12:00', 'B-10032', 'Emily', 'Clarke', 'Clarke & Sons', 'Owner', '', '+44 7700 900456', '', 'Leeds', 'LS1 4AP', 'United Kingdom', 'Cold', 'no email on badge', 'Anna'],
];

/** intl_list_with_china.csv: two Chinese numbers, one on a row with no country. */
const INTERNATIONAL: CellValue[][] = [
  ['First Name', 'Last Name', 'Company', 'Email', 'Phone', 'Country'],
  ['Wei', 'Zhang', 'Bright Electronics', 'zw@bright-sz.com', '+86 138 1234 5678', 'China'],
  ['Oliver', 'Hughes', 'Hughes Logistics', 'o@hl.co.uk', '+44 20 7123 4567', 'United Kingdom'],
  ['Li', 'Na', 'Sino Trade', 'ln@sino.cn', '+86 10 6255 6677', ''],
  ['Anna', 'Schmidt', 'ACME GmbH', 'a@acme.de', '+49 30 1234567', 'Germany'],
];

/** The phone column as clean writes it. */
function cleanedPhones(values: CellValue[][], locale: Locale): CellValue[] {
  const col = values[0]!.indexOf('Phone') + 1;
  const edits = planClean(sheet(values), { now: TODAY, locale }).plan.edits.filter((e) => e.col === col);
  return values.slice(1).map((row, i) => edits.find((e) => e.row === i + 2)?.after ?? row[col - 1]!);
}

function phoneIssues(values: CellValue[][], locale: Locale): [number, string][] {
  return checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.code]);
}

describe.each<Locale>(['en-US', 'zh-CN'])(
  'check and clean (%s): Chinese numbers on an international list',
  (locale) => {
    test('a trade show’s +86 number on a row that says China keeps its +86, as the +44 and +49 ones do', () => {
      expect(cleanedPhones(BADGE_SCANS, locale)).toEqual([
        '+44 20 7123 4567',
        '+49 89 12345678',
        '+61 2 8123 4567',
        '+44 20 7123 4567',
        '+86 755 8888 1234',
        '+33 1 42 68 53 00',
        '+64 9 123 4567',
        '+91 98765 43210',
        '+49 89 12345678',
        '+44 7700 900456',
      ]);
      expect(phoneIssues(BADGE_SCANS, locale).filter(([row]) => row === 6)).toEqual([]);
    });

    test('half Chinese rows do not make a list Chinese: both +86 numbers stay written with it', () => {
      expect(cleanedPhones(INTERNATIONAL, locale)).toEqual([
        '+86 138 1234 5678',
        '+44 20 7123 4567',
        '+86 10 6255 6677',
        '+49 30 1234567',
      ]);
      expect(phoneIssues(INTERNATIONAL, locale)).toEqual([]);
    });

    test('a British list with a few Chinese suppliers keeps their +86', () => {
      const list: CellValue[][] = [
        ['Name', 'Phone', 'Country'],
        ['Oliver Hughes', '020 7123 4567', 'UK'],
        ['Emily Clarke', '07911 123456', 'United Kingdom'],
        ['Tom Baker', '0161 496 0000', 'UK'],
        ['Sarah Jones', '0113 496 0123', 'UK'],
        ['Wei Zhang', '+86 755 8888 1234', 'China'],
        ['Li Na', '13812345678', 'China'],
      ];
      expect(cleanedPhones(list, locale)).toEqual([
        '+44 20 7123 4567',
        '+44 7911 123456',
        '+44 161 496 0000',
        '+44 113 496 0123',
        '+86 755 8888 1234',
        '+86 138 1234 5678',
      ]);
    });

    test('an American list keeps writing its numbers with +1, and a Chinese row’s with +86', () => {
      const list: CellValue[][] = [
        ['Name', 'Phone', 'Country'],
        ['John Smith', '(415) 555-0134', 'USA'],
        ['Mary Jones', '(212) 555-0199', 'USA'],
        ['Bob Lee', '415-555-0135', 'United States'],
        ['Wei Zhang', '+86 138 1234 5678', 'China'],
      ];
      expect(cleanedPhones(list, locale)).toEqual([
        '+1 415 555 0134',
        '+1 212 555 0199',
        '+1 415 555 0135',
        '+86 138 1234 5678',
      ]);
    });
  },
);

describe.each<Locale>(['en-US', 'zh-CN'])('check and clean (%s): a Chinese team’s list', (locale) => {
  test('in English, mostly rows of China, it writes Chinese numbers as China does', () => {
    const list: CellValue[][] = [
      ['Name', 'Phone', 'Country'],
      ['Wei Zhang', '+86 138 1234 5678', 'China'],
      ['Na Li', '+86 10 6255 6677', 'China'],
      ['Fang Wang', '13900139000', 'China'],
      ['Qiang Liu', '+86 755 8888 1234', ''],
      ['Oliver Hughes', '+44 20 7123 4567', 'United Kingdom'],
    ];
    expect(cleanedPhones(list, locale)).toEqual([
      '13812345678',
      '010-62556677',
      '13900139000',
      '0755-88881234',
      '+44 20 7123 4567',
    ]);
  });

  test('in English with 11-digit mobiles only and no country column, as today', () => {
    const list: CellValue[][] = [
      ['Name', 'Phone'],
      ['Wei Zhang', '+86 138 1234 5678'],
      ['Na Li', '139 0013 9000'],
    ];
    expect(cleanedPhones(list, locale)).toEqual(['13812345678', '13900139000']);
  });

  test('in Chinese, its foreign clients the most, it still writes its own country’s numbers nationally', () => {
    const list: CellValue[][] = [
      ['姓名', '电话', '国家'],
      ['张伟', '+86 138 1234 5678', '中国'],
      ['Oliver Hughes', '+44 20 7123 4567', '英国'],
      ['Klaus Fischer', '+49 89 12345678', '德国'],
      ['Chloe Nguyen', '+61 2 8123 4567', '澳大利亚'],
    ];
    const col = 2;
    const edits = planClean(sheet(list), { now: TODAY, locale }).plan.edits.filter((e) => e.col === col);
    expect(edits.map((e) => [e.row, e.after])).toEqual([[2, '13812345678']]);
  });
});
