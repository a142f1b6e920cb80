/**
 * A postcode a spreadsheet stored as a number lost its leading zeros: only an American row's four
 * digits are a ZIP code given back its zero; a short postcode elsewhere is reported, left as typed.
 */
import { isShortPostcode, listPostcodeCountry, withZipZero } from '../../shared/normalise/postcode';

describe('postcodes that lost their leading zeros', () => {
  test('only an American row’s four digits get their zero back', () => {
    expect(withZipZero(2134, 'US')).toBe('02134');
    expect(withZipZero('8608-1234', 'US')).toBe('08608-1234');
    expect(withZipZero(10020, 'US')).toBe(10020);
    expect(withZipZero(10020, 'CN')).toBe(10020);
    expect(withZipZero('2000', 'AU')).toBe('2000');
    expect(withZipZero(2134, null)).toBe(2134);
  });

  test('a postcode shorter than its country’s is short, as a number or as text', () => {
    expect(isShortPostcode(10020, 'CN')).toBe(true);
    expect(isShortPostcode('10020', 'CN')).toBe(true);
    expect(isShortPostcode(201, 'CN')).toBe(true);
    expect(isShortPostcode(501, 'US')).toBe(true);
    expect(isShortPostcode(2134, 'US')).toBe(true); // where no American row says it lost a zero
  });

  test('a whole postcode, a ZIP given its zero back and a country of no one length are not', () => {
    expect(isShortPostcode('010020', 'CN')).toBe(false);
    expect(isShortPostcode(100010, 'CN')).toBe(false);
    expect(isShortPostcode(withZipZero(2134, 'US'), 'US')).toBe(false);
    expect(isShortPostcode('2000', 'AU')).toBe(false);
    expect(isShortPostcode('KT1 1AA', 'GB')).toBe(false);
    expect(isShortPostcode('100', 'TW')).toBe(false);
    expect(isShortPostcode(10020, null)).toBe(false);
    expect(isShortPostcode('', 'CN')).toBe(false);
  });

  test('a list’s postcodes are its phones’ country’s, else a simplified-Chinese list’s are the mainland’s', () => {
    const chinese = [
      ['姓名', '邮编'],
      ['张伟', 10020],
    ];
    const english = [
      ['Name', 'Zip'],
      ['Ann Lee', 2134],
    ];
    expect(listPostcodeCountry({ home: 'CN', sheet: 'CN' }, chinese)).toBe('CN');
    expect(listPostcodeCountry({ home: 'CN', sheet: 'CN' }, english)).toBeNull();
    expect(listPostcodeCountry({ home: 'CN', sheet: 'US' }, english)).toBe('US');
  });
});
