/**
 * English lists written with national numbers only and no country anywhere: a UK sign-up sheet, an
 * Australian client list, a US contact list typed without brackets. The built-in template is
 * Chinese, but a list with no Chinese in it is read in the region its numbers are valid in.
 */
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

const sheetRegion = (values: CellValue[][]) =>
  readPhoneSheet(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE).sheet;

const UK: CellValue[][] = [
  ['Name', 'Mobile', 'Email'],
  ['Alice Green', '07123 456789', 'alice@example.co.uk'],
  ['Ben Hall', '07712 345678', 'ben@example.co.uk'],
  ['Cara Ives', '020 7946 0958', 'cara@example.co.uk'],
  ['Dan Kerr', '0161 496 0000', 'dan@example.co.uk'],
];

const AU: CellValue[][] = [
  ['Client', 'Mobile', 'Office', 'Email'],
  ['Jack Wilson', '0412 345 678', '(02) 9374 4000', 'jack@wilsonbuild.com.au'],
  ['Olivia Brown', '0423 456 780', '(03) 9123 4567', 'olivia@brownlaw.com.au'],
  ['Noah Taylor', '0438 111 222', '(07) 3000 1234', 'noah@taylorco.com.au'],
];

const US: CellValue[][] = [
  ['Name', 'Phone', 'Email'],
  ['John Smith', '2125550199', 'john@acme.com'],
  ['Mary Jones', '6175550123', 'mary@jones.com'],
  ['Bob Brown', '4155550134', 'bob@brown.com'],
  ['Ann Lee', '3125550188', 'ann@lee.com'],
  ['Tom Hill', '7185550142', 'tom@hill.com'],
];

describe('the region of a list written with national numbers only', () => {
  test('a UK list with no Chinese in it is British, though 020 and 0771 are Chinese area codes too', () => {
    expect(sheetRegion(UK)).toBe('GB');
  });

  test('an Australian list is Australian', () => {
    expect(sheetRegion(AU)).toBe('AU');
  });

  test('a US list typed as bare ten-digit numbers is North American', () => {
    expect(sheetRegion(US)).toBe('US');
  });

  test('a Chinese list of landlines stays Chinese: its names are Chinese', () => {
    const values: CellValue[][] = [
      ['姓名', '电话'],
      ['张伟', '020 8754 9851'],
      ['李娜', '0771 234 5678'],
      ['王芳', '0712 345 6789'],
    ];
    expect(sheetRegion(values)).toBe('CN');
  });

  test('an English list of customers in China (pinyin names, Chinese mobiles) stays Chinese', () => {
    const values: CellValue[][] = [
      ['Name', 'Mobile'],
      ['Zhang Wei', '13800138000'],
      ['Li Na', '139 1234 5678'],
      ['Wang Fang', '010 6234 5678'],
    ];
    expect(sheetRegion(values)).toBe('CN');
  });

  test('numbers no region reads as most of them leave the template region', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone'],
      ['A Person', '12'],
      ['B Person', '345'],
      ['C Person', '6789'],
    ];
    expect(sheetRegion(values)).toBe('CN');
  });

  test('check proposes no Chinese form for the UK numbers and marks no Australian number invalid', () => {
    for (const values of [UK, AU]) {
      const snapshot = { name: 'Customers', values };
      const result = checkSheet(snapshot);
      const phoneIssues = result.issues.filter((i) => /phone/i.test(i.code));
      expect(phoneIssues.filter((i) => i.severity === 'error')).toEqual([]);
      for (const issue of phoneIssues) expect(String(issue.suggestion ?? '')).not.toMatch(/^0\d{2,3}-\d{7,8}$/);
    }
  });
});
