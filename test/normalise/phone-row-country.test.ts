/**
 * A row's country decides which country its phone is in: a number that country does not take is
 * reported invalid and left as typed, whatever another country's way of writing or shape says.
 */
import { normalisePhone } from '../../shared/normalise/phone';

const inRow = (value: string, rowRegion: string, defaultRegion = 'CN') =>
  normalisePhone(value, { defaultRegion, rowRegion });

describe('phones on a row that names its country', () => {
  test.each(['(415) 555-0134', '415-555-0135', '4155550136'])(
    'a North American number on a British row, %s, is invalid, not +1',
    (value) => {
      expect(inRow(value, 'GB')).toEqual({ status: 'invalid', code: 'phone.invalid' });
      expect(inRow(value, 'GB', 'US')).toEqual({ status: 'invalid', code: 'phone.invalid' });
    },
  );

  test('a Chinese mobile or landline on an American row is invalid, not Chinese', () => {
    expect(inRow('13800138000', 'US')).toEqual({ status: 'invalid', code: 'phone.invalid' });
    expect(inRow('138-0013-8000', 'US')).toEqual({ status: 'invalid', code: 'phone.invalid' });
    expect(inRow('010-62345678', 'US')).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  test('numbers the row’s country takes are still read there', () => {
    expect(inRow('(415) 555-0134', 'US')).toEqual({ status: 'valid', value: '+1 415 555 0134' });
    expect(inRow('(415) 555-0134', 'CA')).toEqual({ status: 'valid', value: '+1 415 555 0134' });
    expect(inRow('020 7946 0958', 'GB')).toEqual({ status: 'valid', value: '+44 20 7946 0958' });
    expect(inRow('13800138000', 'CN')).toEqual({ status: 'valid', value: '13800138000' });
    // A + code says which country it is on any row; it stays written, as 13800138000 would be no number there.
    expect(inRow('+1 415 555 0134', 'GB')).toEqual({ status: 'valid', value: '+1 415 555 0134' });
    expect(inRow('+86 138 0013 8000', 'US')).toEqual({ status: 'valid', value: '+86 138 0013 8000' });
  });

  test('a number the row’s country reads one way and its writing another is left as typed, naming both', () => {
    expect(inRow('(415) 555-0137', 'CN')).toEqual({
      status: 'ambiguous',
      code: 'phone.ambiguous',
      readings: expect.arrayContaining(['+1 415 555 0137']),
    });
  });
});
