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
    expect(phoneSheet(values)).toEqual({ home: 'CN', sheet: 'US', foreignList: true });
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

  test('finds a British list British from numbers only a British reading takes, beside one written with +44', () => {
    // The built-in template is Chinese; the list has no country column. 020 7946 0958 is valid in
    // London and Guangzhou alike, but 07911 123456 and 0161 234 5678 are numbers only in Britain.
    const values: CellValue[][] = [
      ['Full name', 'Phone', 'Email', 'Postcode'],
      ['Smith, John', '020 7946 0958', 'john@smithsons.co.uk', 'SW1A 2AA'],
      ['Jones, Sarah', '07911 123456', 'sarah@greencafe.co.uk', 'OX1 3HZ'],
      ['Jones, Sarah', '+44 20 7946 0000', 'sarah@greencafe.co.uk', 'OX1 3HZ'],
      ['Williams, David', '0161 234 5678', 'dave@joinery.co.uk', 'M3 2BW'],
      ['Evans, Gareth', '029 2018 0456', 'gareth@evans.co.uk', 'CF10 2BU'],
    ];
    expect(phoneSheet(values)).toEqual({ home: 'CN', sheet: 'GB', foreignList: true });
  });

  test('keeps a Chinese list of landlines Chinese when a British number is among them', () => {
    // 02087549851 and 075583456789 would be valid London and Newcastle numbers too: they vote for neither.
    const values: CellValue[][] = [
      ['客户名称', '联系电话'],
      ['广州宏创科技', '02087549851'],
      ['深圳卓越电子', '075583456789'],
      ['杭州云栖', '0571 8823 1546'],
      ['伦敦办事处', '+44 20 7946 0958'],
      ['北京鼎盛', '01062345678'],
    ];
    expect(phoneSheet(values)).toEqual({ home: 'CN', sheet: 'CN' });
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

  describe('of a UK sign-up sheet one of whose mobiles is no British number', () => {
    // 07911 654321 is no British mobile (a typo) but an Indian one; every other number is both.
    const SIGN_UPS: CellValue[][] = [
      ['First Name', 'Surname', 'Mobile', 'Email', 'Postcode', 'Town'],
      ['Margaret', 'Ellis', '07911 123456', 'm.ellis@gmail.com', 'KT1 1AA', 'Kingston upon Thames'],
      ['David', 'Hughes', '07812 345678', 'dave.hughes@gmail.com', 'KT2 5PQ', 'Kingston upon Thames'],
      ['Sarah', 'Hughes', '07712 345678', 'sarah.hughes@hotmail.com', 'KT2 5PQ', 'Kingston upon Thames'],
      ['Priya', 'Shah', '07984 112233', 'priya.shah@outlook.com', 'KT6 4BX', 'Surbiton'],
      ['Tom', 'Baker', '07555 123456', 'tom.baker85@icloud.com', 'TW9 1SZ', 'Richmond'],
      ['Emily', 'Clarke', '07450 998877', 'emily.clarke@gmail.com', 'SE1 9NH', 'London'],
      ['George', 'Patel', '07911 654321', 'george.patel@btinternet.com', 'TW1 4EL', 'Twickenham'],
    ];

    test('finds it British by its postcodes, not Indian by one number more', () => {
      expect(phoneSheet(SIGN_UPS).sheet).toBe('GB');
    });

    test('finds it British by a +44 number, .co.uk addresses and a £ header, without postcodes', () => {
      const values = SIGN_UPS.map((row, r) =>
        r === 0
          ? [...row.slice(0, 4), 'Fees Paid (£)']
          : r === 1
            ? [row[0]!, row[1]!, '+44 7911 123456', 'm.ellis@ellis.co.uk', 45]
            : [...row.slice(0, 4), 45],
      );
      expect(phoneSheet(values).sheet).toBe('GB');
    });

    test('leaves the numbers both regions read ambiguous where nothing but the numbers tells', () => {
      const values = SIGN_UPS.map((row) => row.slice(0, 3));
      // The one number only India reads is not made Indian: the sheet is the larger market's.
      expect(phoneSheet(values)).toEqual({ home: 'CN', sheet: 'GB', also: ['IN'], foreignList: true });
    });
  });
});
