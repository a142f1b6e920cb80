import { isPhoneNumber, normalisePhone, phoneKey } from '../../shared/normalise/phone';

const CN = { defaultRegion: 'CN' };
const US = { defaultRegion: 'US' };

describe('phone', () => {
  test.each([
    // Chinese mobiles: 11 digits.
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['138.0013.8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['0086 138 0013 8000', '13800138000'],
    ['(86)13800138000', '13800138000'],
    ['(+86) 138 0013 8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['１３８－００１３－８０００', '13800138000'],
    ["'13800138000", '13800138000'],
    ['\u202a138 0013 8000\u202c', '13800138000'],
    [' 13800138000 ', '13800138000'],
    // Chinese landlines: area code (with 0), dash, local number.
    ['010-62345678', '010-62345678'],
    ['01062345678', '010-62345678'],
    ['010 6234 5678', '010-62345678'],
    ['(010)62345678', '010-62345678'],
    ['(021)62345678', '021-62345678'],
    ['（０２１）６２３４５６７８', '021-62345678'],
    ['0755 8888 6666', '0755-88886666'],
    ['0755-88886666', '0755-88886666'],
    ['0912-1234567', '0912-1234567'],
    ['+86 10 6234 5678', '010-62345678'],
    ['+86 (0)10 6234 5678', '010-62345678'],
    ['0086 10 62345678', '010-62345678'],
    // Service numbers.
    ['4008008888', '400-800-8888'],
    ['400-800-8888', '400-800-8888'],
    // Extensions, in Chinese for a Chinese template without a sheet language.
    ['010-62345678转123', '010-62345678 分机 123'],
    ['010-62345678 转 123', '010-62345678 分机 123'],
    ['010-62345678 分机 8', '010-62345678 分机 8'],
    ['010-62345678 分机号 8', '010-62345678 分机 8'],
    ['010-62345678 ext. 123', '010-62345678 分机 123'],
    ['010-62345678 EXT 123', '010-62345678 分机 123'],
    ['010-62345678x123', '010-62345678 分机 123'],
    ['13800138000 转 123', '13800138000 分机 123'],
    // Other regions: international format.
    ['+1 415 555 2671', '+1 415 555 2671'],
    ['+1 (415) 555-2671', '+1 415 555 2671'],
    ['001 415 555 2671', '+1 415 555 2671'],
    ['+1 415-555-2671 ext. 99', '+1 415 555 2671 分机 99'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['+852 2123 4567', '+852 2123 4567'],
  ])('normalises %j to %j', (input, expected) => {
    // A mobile with an extension is a platform's privacy number: written alike, with its warning (phone-privacy.test.ts).
    expect(normalisePhone(input, CN)).toMatchObject({ status: 'valid', value: expected });
  });

  test.each([
    [13800138000, '13800138000'],
    [8613800138000, '13800138000'],
    [1062345678, '010-62345678'],
  ])('reads the number %j as %j', (input, expected) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'valid', value: expected });
  });

  test.each([
    ['1380013800'], // 10 digits
    ['138001380001'], // 12 digits
    ['14000000000'], // not an allocated mobile prefix
    ['12345678'],
    ['0571-8888888'], // Hangzhou numbers have 8 digits
    ['abc'],
    ['1380013800a'],
    ['call 13800138000'],
    ['+'],
    ['---'],
    ['+1 415 555'],
    ['无'],
    ['N/A'],
  ])('reports %j as invalid', (input) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  test.each([
    ['13800138000;13900139000'],
    ['13800138000，13900139000'],
    ['13800138000/13900139000'],
    ['13911112222，010-62345678'],
    ['138 0013 8000 或 139 0013 9000'],
    // A merchant export's 电话: a shop's line and a mobile apart by a space.
    ['0571-87001234 13800001111'],
    ['13800138000  13900139000'],
  ])('says %j holds more than one number (not that it is no number)', (input) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'invalid', code: 'phone.several' });
  });

  test.each([
    ['13800138000 (微信同号)'],
    ['138-0013-8000（晚上打）'],
    ['+1 415 555 0134 (cell)'],
    ['13812345672 微信同号'],
    ['+1 415 555 0134 cell'],
  ])('says %j is a number with a note', (input) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'invalid', code: 'phone.withNote' });
  });

  test.each([['13800138000/8001'], ['(微信同号)'], ['见备注 (13800138000)x'], ['0571 8700 1234 138']])(
    '%j stays plainly invalid',
    (input) => {
      expect(normalisePhone(input, CN)).toEqual({ status: 'invalid', code: 'phone.invalid' });
    },
  );

  test.each([
    [true],
    [false],
    [new Date(Date.UTC(2024, 2, 5))],
    [-13800138000],
    [1.5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('reports the non-phone %j as invalid', (input) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  test.each([[''], ['   '], ['\u3000'], [null], [undefined]])('reports %j as empty', (input) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'empty' });
  });

  test('writes numbers of a non-Chinese default region nationally and Chinese ones internationally', () => {
    expect(normalisePhone('415-555-2671', US)).toEqual({ status: 'valid', value: '(415) 555-2671' });
    expect(normalisePhone('+1 415 555 2671', US)).toEqual({ status: 'valid', value: '(415) 555-2671' });
    expect(normalisePhone('+86 138 0013 8000', US)).toEqual({ status: 'valid', value: '+86 138 0013 8000' });
    // An 11-digit 1[3-9] number that is no US number is a Chinese mobile by its shape.
    expect(normalisePhone('13800138000', US)).toEqual({ status: 'valid', value: '+86 138 0013 8000' });
    expect(normalisePhone('+1 415-555-2671 x99', US)).toEqual({ status: 'valid', value: '(415) 555-2671 ext. 99' });
  });

  test('falls back to CN when no region is given and reads an unknown region by +codes and shapes only', () => {
    expect(normalisePhone('13800138000')).toEqual({ status: 'valid', value: '13800138000' });
    expect(normalisePhone('13800138000', { defaultRegion: 'cn' })).toEqual({ status: 'valid', value: '13800138000' });
    expect(normalisePhone('+86 138 0013 8000', { defaultRegion: 'ZZ' })).toEqual({
      status: 'valid',
      value: '+86 138 0013 8000',
    });
    expect(normalisePhone('13800138000', { defaultRegion: 'ZZ' })).toEqual({
      status: 'valid',
      value: '+86 138 0013 8000',
    });
    expect(normalisePhone('62345678', { defaultRegion: 'ZZ' })).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  test('gives the same key to one number in any format', () => {
    const forms = [
      '13800138000',
      '138 0013 8000',
      '+86 138-0013-8000',
      '008613800138000',
      '１３８００１３８０００',
      13800138000,
    ];
    expect(new Set(forms.map((f) => phoneKey(f, 'CN')))).toEqual(new Set(['+8613800138000']));
    expect(phoneKey('(010)62345678', 'CN')).toBe('+861062345678');
    expect(phoneKey('+1 (415) 555-2671', 'CN')).toBe('+14155552671');
    expect(phoneKey('415 555 2671', 'US')).toBe('+14155552671');
  });

  test('keeps the extension in the key so two desks of one switchboard stay apart', () => {
    expect(phoneKey('010-62345678 转 123', 'CN')).toBe('+861062345678;ext=123');
    expect(phoneKey('010-62345678 ext. 124', 'CN')).not.toBe(phoneKey('010-62345678 ext. 123', 'CN'));
  });

  test('gives no key to a number with two readings, yet knows it for a phone', () => {
    expect(phoneKey('4155550134', 'CN')).toBeNull();
    expect(isPhoneNumber('4155550134', 'CN')).toBe(true);
    expect(isPhoneNumber('13800138000', 'CN')).toBe(true);
    expect(isPhoneNumber('12345', 'CN')).toBe(false);
    expect(isPhoneNumber('无', 'CN')).toBe(false);
  });

  test('gives no key to blank or invalid values', () => {
    expect(phoneKey('', 'CN')).toBeNull();
    expect(phoneKey(null, 'CN')).toBeNull();
    expect(phoneKey('12345', 'CN')).toBeNull();
    expect(phoneKey('14000000000', 'CN')).toBeNull();
  });

  test('answers the same from its cache, per region', () => {
    const first = normalisePhone('(021) 6234-5678', CN);
    expect(first).toEqual({ status: 'valid', value: '021-62345678' });
    expect(normalisePhone('(021) 6234-5678', CN)).toEqual(first);
    expect(normalisePhone('(021) 6234-5678', US)).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });
});
