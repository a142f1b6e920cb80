import { readPhoneSheet, rowRegionReader } from '../../shared/normalise/phone-region';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { Template } from '../../shared/template/schema';

function phoneSheet(values: CellValue[][], template: Template = DEFAULT_TEMPLATE) {
  return readPhoneSheet(values, mapHeaders(values[0]!, template), template);
}

const GB_TEMPLATE: Template = { ...DEFAULT_TEMPLATE, defaultRegion: 'GB' };

describe('phone-region', () => {
  test('finds the sheet North American when most of an English list’s numbers are written the American way', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email'],
      ['John Smith', '(415) 555-0134', 'john@acme.com'],
      ['Mary Jones', '212-555-0199', 'mary@jones.com'],
      ['Bob Brown', '+1 646 555 0101', 'bob@brown.com'],
      ['Ann Lee', '4155550135', 'ann@lee.com'],
    ];
    expect(phoneSheet(values)).toEqual({ home: 'CN', sheet: 'US' });
  });

  test('keeps the template’s region when a Chinese list holds a few foreign numbers', () => {
    const values: CellValue[][] = [
      ['姓名', '手机号'],
      ['张伟', '13800138000'],
      ['李娜', '+86 139 1234 5678'],
      ['John Smith', '+1 415 555 0134'],
      ['王芳', '010-62345678'],
    ];
    expect(phoneSheet(values)).toEqual({ home: 'CN', sheet: 'CN' });
  });

  test('does not let a few +86 numbers turn a UK list written nationally into a Chinese one', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone'],
      ['Tom Wilson', '020 7946 0958'],
      ['Ann Hughes', '0161 496 0000'],
      ['Ian Jones', '029 2018 0123'],
      ['Wang Fang', '+86 138 0013 8000'],
      ['Li Na', '+86 139 1234 5678'],
    ];
    expect(phoneSheet(values, GB_TEMPLATE)).toEqual({ home: 'GB', sheet: 'GB' });
  });

  test('counts the country column first and reads each row’s country in both languages', () => {
    const values: CellValue[][] = [
      ['客户编号', '姓名', '手机号', '国家'],
      ['C000001', 'John Smith', '4155550134', '美国'],
      ['C000002', 'Mary Jones', '2125550199', 'USA'],
      ['C000003', '张伟', '13800138000', '中国'],
      ['C000004', 'Ann Lee', '6465550101', 'United States'],
    ];
    const sheet = phoneSheet(values);
    expect(sheet).toEqual({ home: 'CN', sheet: 'US', countryCol: 4 });
    const rowRegion = rowRegionReader(sheet);
    expect(values.slice(1).map(rowRegion)).toEqual(['US', 'US', 'CN', 'US']);
  });

  test('finds no country column in a list without one', () => {
    const sheet = phoneSheet([
      ['Name', 'Phone', 'City'],
      ['John Smith', '(415) 555-0134', 'San Francisco'],
    ]);
    expect(sheet.countryCol).toBeUndefined();
    expect(rowRegionReader(sheet)(['John Smith', '(415) 555-0134', 'San Francisco'])).toBeNull();
  });
});
