import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { isValidMobilePrefix } from '../../shared/normalise/phone-parse';

/** libphonenumber's own verdict on a whole number: a valid Chinese mobile. */
function libraryMobile(number: string): boolean {
  const parsed = parsePhoneNumberFromString(number, 'CN');
  return parsed !== undefined && parsed.isValid() && parsed.getType() === 'MOBILE';
}

describe('isValidMobilePrefix', () => {
  test('agrees with libphonenumber on every five-digit prefix, whatever digits follow', () => {
    const disagreements: string[] = [];
    for (let prefix = 13000; prefix < 20000; prefix++) {
      for (const rest of ['000000', '999999', '385172']) {
        const number = `${prefix}${rest}`;
        if (isValidMobilePrefix(number) !== libraryMobile(number)) disagreements.push(number);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test.each([
    ['13800138000', true],
    ['19912345678', true],
    ['14000000000', false],
    ['17406000000', false],
    ['19400000000', false],
  ])('reads %j as a mobile: %j', (number, expected) => {
    expect(isValidMobilePrefix(number)).toBe(expected);
  });
});
