import { normalisePhone } from '../../shared/normalise/phone';
import { readPhone } from '../../shared/normalise/phone-reading';
import { regionOfCountry } from '../../shared/normalise/country';
import { readPhoneSheet, rowRegionReader } from '../../shared/normalise/phone-region';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

function phoneSheet(values: CellValue[][]) {
  return readPhoneSheet(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE);
}

/** Each data row's phone (column 2) read as check reads it: the sheet's majority, the row's country. */
function readRows(values: CellValue[][]) {
  const sheet = phoneSheet(values);
  const rowRegion = rowRegionReader(sheet);
  return values
    .slice(1)
    .map((row) =>
      normalisePhone(row[1], { defaultRegion: sheet.home, sheetRegion: sheet.sheet, rowRegion: rowRegion(row) }),
    );
}

describe('phone-reading: a country the row or sheet names', () => {
  test('reports a number that is no number in the row’s country as invalid, not as a Chinese landline', () => {
    // 07700 900xxx is a range Ofcom keeps for drama: no British number, though 0770-0900456 is one in Guangxi.
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Country'],
      ['Emma Wilson', '07700 900456', 'United Kingdom'],
      ['Oliver Hughes', '07911 123456', 'United Kingdom'],
      ['Raj Patel', '0412 345 678', 'Australia'],
    ];
    expect(readRows(values)).toEqual([
      { status: 'invalid', code: 'phone.invalid' },
      { status: 'valid', value: '+44 7911 123456' },
      { status: 'valid', value: '+61 412 345 678' },
    ]);
  });

  test.each([['United Kingdom'], ['英国'], ['Australia']])(
    'does not read a number invalid in a %s row in the sheet’s or the template’s region',
    (country) => {
      const row = regionOfCountry(country);
      expect(readPhone('07700 900456', { home: 'CN', sheet: 'CN', row })).toEqual({ kind: 'invalid' });
      expect(readPhone('0161 496 000', { home: 'CN', sheet: 'US', row })).toEqual({ kind: 'invalid' });
    },
  );

  test('reads a number in the template’s region when its row names no country and the sheet is the template’s', () => {
    expect(readPhone('07700900456', { home: 'CN', sheet: 'CN', row: null })).toEqual(
      expect.objectContaining({ kind: 'valid', text: '0770-0900456' }),
    );
  });

  test('reports a number that is no number in the sheet’s foreign majority as invalid, not as the template’s', () => {
    // A British list without a country column: its one drama-range number is not a Chinese landline.
    const values: CellValue[][] = [
      ['Name', 'Phone'],
      ['Emma Wilson', '07700 900456'],
      ['Oliver Hughes', '+44 7400 123456'],
      ['Amelia Clarke', '+44 20 7123 4567'],
      ['Jack Turner', '+44 161 234 5678'],
    ];
    expect(phoneSheet(values).sheet).toBe('GB');
    expect(readRows(values)[0]).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  test('still reads a Chinese mobile, 400 line and number written the Chinese way in a British list', () => {
    const ctx = { home: 'CN', sheet: 'GB', row: null };
    expect(readPhone('13800138000', ctx)).toEqual(expect.objectContaining({ kind: 'valid', key: '+8613800138000' }));
    expect(readPhone('0755-83456789', ctx)).toEqual(expect.objectContaining({ kind: 'valid', key: '+8675583456789' }));
    expect(readPhone('400-800-1234', ctx)).toEqual(expect.objectContaining({ kind: 'valid', key: '+864008001234' }));
  });

  test('but not on a row whose country is British: a number no British one is invalid there', () => {
    const ctx = { home: 'CN', sheet: 'GB', row: 'GB' };
    expect(readPhone('400-800-1234', ctx)).toEqual({ kind: 'invalid' });
    expect(readPhone('0755-83456789', ctx)).toEqual({ kind: 'invalid' });
  });
});

describe('phone-region: how many numbers make a majority', () => {
  test('does not let one German number make an English list German', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Phone'],
      ['Lucy Harris', 'lucy.harris@gmail.com', '07400 222333'],
      ['Anna Schmidt', 'anna@web.de', '+49 30 12345678'],
    ];
    // Still no Chinese team's list: its one number that names a country is Germany's, so its bare
    // numbers are read among Germany's and not given China's code by default.
    expect(phoneSheet(values)).toEqual({ home: 'CN', sheet: 'CN', also: ['DE'], foreignList: true });
  });

  test('does not let two North American numbers decide a sheet’s ten bare digits', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone'],
      ['John Smith', '(415) 555-0134'],
      ['Mary Jones', '212-555-0199'],
      ['Ann Lee', '4155550135'],
    ];
    expect(phoneSheet(values).sheet).toBe('CN');
  });

  test('takes the majority of three numbers or more', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone'],
      ['John Smith', '(415) 555-0134'],
      ['Mary Jones', '212-555-0199'],
      ['Bob Brown', '+1 646 555 0101'],
      ['Ann Lee', '4155550135'],
    ];
    expect(phoneSheet(values).sheet).toBe('US');
  });
});
