/**
 * Mexico dropped the 1 its mobiles were dialled with from abroad (+52 1 55 …) in 2019; lists kept in
 * Latin America still hold numbers written that way. The number after the 1 is the same line, so it is
 * read as the mobile it is rather than reported as no number. Numbers of other countries whose digits
 * after the code start with 1 are not touched.
 */
import { normalisePhone, phoneKey } from '../../shared/normalise/phone';

const onList = (value: string) =>
  normalisePhone(value, { defaultRegion: 'CN', locale: 'en-US', rowRegion: 'MX', foreignList: true });

describe('a Mexican mobile written with its old 1 (+52 1 55 …)', () => {
  test.each([
    ['+52 1 55 9876 5432', '+52 55 9876 5432'],
    ['+521 33 1234 5678', '+52 33 1234 5678'],
    ['+5215598765432', '+52 55 9876 5432'],
  ])('%s is the mobile %s', (typed, written) => {
    expect(onList(typed)).toEqual({ status: 'valid', value: written });
  });

  test('has the key of the number written without the 1, so two rows of one customer meet', () => {
    expect(phoneKey('+52 1 55 9876 5432', 'MX')).toBe(phoneKey('+52 55 9876 5432', 'MX'));
  });

  test('a number that is no number without its 1 either stays invalid', () => {
    expect(onList('+52 1 00 0000 0000').status).toBe('invalid');
  });
});
