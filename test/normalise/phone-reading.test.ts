import fc from 'fast-check';
import { readPhone, type PhoneContext } from '../../shared/normalise/phone-reading';
import { regionOfCountry, isCountryHeader } from '../../shared/normalise/country';

const CN_SHEET: PhoneContext = { home: 'CN', sheet: 'CN', locale: 'zh-CN' };
const EN_SHEET_CN_TEMPLATE: PhoneContext = { home: 'CN', sheet: 'US', locale: 'en-US' };

describe('phone-reading', () => {
  test.each([
    // A US list whose Country column says USA, governed by the built-in (Chinese) template.
    ['(415) 555-0134', 'US', '+1 415 555 0134', '+14155550134'],
    ['4155550134', 'US', '+1 415 555 0134', '+14155550134'],
    ['212-555-0199', 'US', '+1 212 555 0199', '+12125550199'],
    ['416.555.0134', 'CA', '+1 416 555 0134', '+14165550134'],
    ['020 7946 0958', 'GB', '+44 20 7946 0958', '+442079460958'],
    ['2123 4567', 'HK', '+852 2123 4567', '+85221234567'],
    // Rows whose country is China keep the national form.
    ['0415-5550134', 'CN', '0415-5550134', '+864155550134'],
    ['139 1234 5678', 'CN', '13912345678', '+8613912345678'],
  ])('reads %j in a row whose country is %s as %j', (value, row, text, key) => {
    expect(readPhone(value, { ...CN_SHEET, row })).toEqual(expect.objectContaining({ kind: 'valid', text, key }));
  });

  test.each([
    // The way a number is written says where it is from, whatever the sheet's majority.
    ['(415) 555-0134', '+1 415 555 0134'],
    ['212-555-0199', '+1 212 555 0199'],
    ['415.555.0134', '+1 415 555 0134'],
    ['1-415-555-0134', '+1 415 555 0134'],
    ['310/246-1501', '+1 310 246 1501'],
    // A restaurant guide's way: a space after the slash, a full stop closing the entry.
    ['212/ 319-1660', '+1 212 319 1660'],
    ['212 / 319-1660', '+1 212 319 1660'],
    ['213/651-2030.', '+1 213 651 2030'],
    ['010-62345678', '010-62345678'],
    ['(010)62345678', '010-62345678'],
    ['138-0013-8000', '13800138000'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['400-800-8888', '400-800-8888'],
    ['800-820-8820', '800-820-8820'],
    // With the leading 1 no Chinese number has, 800 and 888 are North American toll-free numbers.
    ['1-800-555-0199', '+1 800 555 0199'],
    ['1 (888) 555-0123', '+1 888 555 0123'],
  ])('reads %j in a Chinese sheet without a country column as %j', (value, text) => {
    expect(readPhone(value, CN_SHEET)).toEqual(expect.objectContaining({ kind: 'valid', text }));
  });

  test('a slashed area code with its number cut short is no number', () => {
    expect(readPhone('310/788-', CN_SHEET)).toEqual(expect.objectContaining({ kind: 'invalid' }));
    expect(readPhone('310/ 788-12', CN_SHEET)).toEqual(expect.objectContaining({ kind: 'invalid' }));
  });

  test('never turns a North American number into a Chinese landline (issue 15)', () => {
    expect(readPhone('(415) 555-0134', { ...CN_SHEET, row: 'US' })).not.toEqual(
      expect.objectContaining({ text: '0415-5550134' }),
    );
    expect(readPhone('212-555-0199', CN_SHEET)).not.toEqual(expect.objectContaining({ text: '021-25550199' }));
  });

  test.each([
    ['4155550134', ['+1 415 555 0134', '+86 415 555 0134']],
    ['2125550199', ['+1 212 555 0199', '+86 21 2555 0199']],
    [4155550134, ['+1 415 555 0134', '+86 415 555 0134']],
  ])('reports %j as ambiguous in a Chinese sheet with no country, naming both readings', (value, readings) => {
    expect(readPhone(value, CN_SHEET)).toEqual({ kind: 'ambiguous', readings });
  });

  test('reads ten bare digits as North American in a sheet whose numbers are mostly North American', () => {
    expect(readPhone('4155550134', EN_SHEET_CN_TEMPLATE)).toEqual(
      expect.objectContaining({ kind: 'valid', key: '+14155550134', text: '+1 415 555 0134' }),
    );
    expect(readPhone('4155550134', { home: 'US', sheet: 'US' })).toEqual(
      expect.objectContaining({ kind: 'valid', text: '(415) 555-0134' }),
    );
  });

  test('reports a number as ambiguous when its country and its format disagree and both are valid', () => {
    expect(readPhone('(415) 555-0134', { ...CN_SHEET, row: 'CN' })).toEqual({
      kind: 'ambiguous',
      readings: ['+86 415 555 0134', '+1 415 555 0134'],
    });
  });

  test('reports a number written the North American way but invalid there as invalid, not as a Chinese number', () => {
    expect(readPhone('(200) 555-0134', CN_SHEET)).toEqual({ kind: 'invalid' });
    expect(readPhone('123-555-0134', { ...CN_SHEET, locale: 'en-US' })).toEqual({ kind: 'invalid' });
  });

  test('lets an explicit country code win over the row and the sheet', () => {
    expect(readPhone('+1 415 555 0134', { ...CN_SHEET, row: 'CN' })).toEqual(
      expect.objectContaining({ kind: 'valid', key: '+14155550134' }),
    );
    expect(readPhone('0086 10 6234 5678', { home: 'US', sheet: 'US', row: 'US' })).toEqual(
      expect.objectContaining({ key: '+861062345678', text: '+86 10 6234 5678' }),
    );
  });

  test('reports a Chinese mobile in a US row as invalid: it is no US number', () => {
    expect(readPhone('13800138000', { ...CN_SHEET, row: 'US' })).toEqual({ kind: 'invalid' });
  });

  test('writes a Chinese number internationally where its national form would read as another number', () => {
    // 131 2555 0134 is also 1 (312) 555-0134 in Chicago: in a US row only the +86 form keeps its meaning.
    const reading = readPhone('+86 131 2555 0134', { ...CN_SHEET, row: 'US' });
    expect(reading).toEqual(
      expect.objectContaining({ kind: 'valid', key: '+8613125550134', text: '+86 131 2555 0134' }),
    );
    expect(readPhone('13125550134', { ...CN_SHEET, row: 'US' })).toEqual(
      expect.objectContaining({ kind: 'valid', key: '+13125550134' }),
    );
  });

  test.each([
    ['010-62345678转808', 'zh-CN', '010-62345678 分机 808'],
    ['13800138000 分机 808', 'zh-CN', '13800138000 分机 808'],
    ['13800138000 ext. 808', 'zh-CN', '13800138000 分机 808'],
    ['010-62345678 ext 808', 'en-US', '010-62345678 ext. 808'],
    ['+1 415 555 0134 x808', 'en-US', '+1 415 555 0134 ext. 808'],
    ['+1 415 555 0134 转808', 'zh-CN', '+1 415 555 0134 分机 808'],
    // An office line's extension after one more dash, as Chinese business cards write it.
    ['0755-83456789-8012', 'zh-CN', '0755-83456789 分机 8012'],
    ['(010)62345678-801', 'zh-CN', '010-62345678 分机 801'],
  ] as const)('writes the extension of %j in the sheet language (%s)', (value, locale, text) => {
    expect(readPhone(value, { home: 'CN', sheet: 'CN', locale })).toEqual(
      expect.objectContaining({ kind: 'valid', text }),
    );
  });

  test('does not take the last group of a landline written 4-4 for an extension', () => {
    expect(readPhone('0755-8888-6666', CN_SHEET)).toEqual(
      expect.objectContaining({ kind: 'valid', key: '+8675588886666', text: '0755-88886666' }),
    );
  });

  test('keeps the extension in an ambiguous number’s readings', () => {
    expect(readPhone('4155550134 x808', { ...CN_SHEET, locale: 'en-US' })).toEqual({
      kind: 'ambiguous',
      readings: ['+1 415 555 0134 ext. 808', '+86 415 555 0134 ext. 808'],
    });
  });

  test.each([
    // A German or Swiss team's numbers on a list whose country is China by default: where they are
    // numbers as typed, never given a code.
    ['030 12345678', ['+49 30 12345678']],
    ['0171 2345678', ['+49 171 2345678']],
    ['044 668 18 00', ['+41 44 668 18 00']],
    // Munich with its area code before a slash, as German letterheads wrote it: Salerno's too, by its groups.
    ['089 / 123 456-78', ['+49 89 12345678', '+39 089 1234 5678']],
    ['9123 4567', ['+852 9123 4567', '+65 9123 4567']],
    ['030 12345678 ext. 12', ['+49 30 12345678 分机 12']],
  ])('names where %j is a number when the sheet’s country reads none', (value, readings) => {
    expect(readPhone(value, CN_SHEET)).toEqual({ kind: 'ambiguous', readings });
  });

  test.each([['12345'], ['12345678'], ['(999) 1234 5678'], ['0000 000000']])(
    'keeps %j invalid: no country reads it as typed',
    (value) => {
      expect(readPhone(value, CN_SHEET).kind).toBe('invalid');
    },
  );

  test('a row’s country still decides: a German number on an American row is no number', () => {
    expect(readPhone('030 12345678', { ...CN_SHEET, row: 'US' }).kind).toBe('invalid');
  });

  test('reads an area code before a slash on a German row', () => {
    expect(readPhone('089 / 123 456-78', { ...CN_SHEET, row: 'DE' })).toMatchObject({
      kind: 'valid',
      key: '+498912345678',
      text: '+49 89 12345678',
    });
  });

  test.each([
    ['(415) 555-0134', { ...CN_SHEET, row: 'US' }],
    ['+86 131 2555 0134', { ...CN_SHEET, row: 'US' }],
    ['+86 800 810 8888', CN_SHEET],
    ['+86 800 810 8888', { home: 'CN', sheet: 'US' }],
    ['0086 415 555 0134', CN_SHEET],
    ['020 7946 0958', { home: 'GB', sheet: 'GB' }],
    ['4155550134', EN_SHEET_CN_TEMPLATE],
    ['010 6234 5678 转 8', CN_SHEET],
  ] as const)('reads the written form of %j as the same number again', (value, ctx) => {
    const first = readPhone(value, ctx);
    expect(first.kind).toBe('valid');
    if (first.kind !== 'valid') return;
    expect(readPhone(first.text, ctx)).toEqual(first);
  });
});

describe('country', () => {
  test.each([
    ['USA', 'US'],
    ['United States', 'US'],
    ['US', 'US'],
    ['U.S.A.', 'US'],
    ['America', 'US'],
    ['美国', 'US'],
    [' usa ', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['英国', 'GB'],
    ['China', 'CN'],
    ['PRC', 'CN'],
    ['中国', 'CN'],
    ['中国大陆', 'CN'],
    ['CN', 'CN'],
    ['Hong Kong', 'HK'],
    ['香港', 'HK'],
    ['Taiwan', 'TW'],
    ['台湾', 'TW'],
    ['Singapore', 'SG'],
    ['新加坡', 'SG'],
    ['Japan', 'JP'],
    ['日本', 'JP'],
    ['Canada', 'CA'],
    ['加拿大', 'CA'],
    ['Australia', 'AU'],
    ['澳大利亚', 'AU'],
    ['Germany', 'DE'],
    ['德国', 'DE'],
    ['France', 'FR'],
    ['法国', 'FR'],
    ['Brazil', 'BR'],
    ['+1', 'US'],
    ['1', 'US'],
    ['86', 'CN'],
    ['+44', 'GB'],
    ['0086', 'CN'],
    [86, 'CN'],
  ] as const)('reads %j as %s', (value, region) => {
    expect(regionOfCountry(value)).toBe(region);
  });

  test.each([[''], ['Mars'], ['未知'], [null], [true], ['+999']])('names no region for %j', (value) => {
    expect(regionOfCountry(value)).toBeNull();
  });

  test.each([['Country'], ['国家'], ['国家/地区'], ['国家地区'], ['Country Code'], ['Nation'], ['国籍']])(
    'knows %j as a country header',
    (header) => {
      expect(isCountryHeader(header)).toBe(true);
    },
  );

  test.each([['City'], ['城市'], ['地区'], ['Region']])('does not take %j for a country header', (header) => {
    expect(isCountryHeader(header)).toBe(false);
  });
});

describe('phone-reading properties', () => {
  const mobile = fc
    .tuple(fc.constantFrom('13', '15', '18', '19'), fc.stringMatching(/^\d{9}$/))
    .map(([p, rest]) => `${p}${rest}`);
  const cnLandline = fc
    .tuple(fc.constantFrom('010', '021', '0755', '0415'), fc.stringMatching(/^[2-8]\d{6}$/))
    .map(([a, l]) => `${a}-${l}`);
  const nanp = fc.stringMatching(/^[2-9]\d{2}[2-9]\d{6}$/);
  const number = fc.oneof(
    mobile,
    mobile.map((m) => `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`),
    cnLandline,
    nanp,
    nanp.map((d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`),
    nanp.map((d) => `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`),
    fc.constantFrom('020 7946 0958', '+44 20 7946 0958', '400-800-8888', '+86 800 810 8888', '2123 4567'),
  );
  const ext = fc.constantFrom('', ' 转 8', ' ext. 12');
  const region = fc.constantFrom('CN', 'US', 'GB', 'HK');
  const context = fc.record({
    home: region,
    sheet: region,
    row: fc.option(region, { nil: null }),
    locale: fc.constantFrom('zh-CN' as const, 'en-US' as const),
  });

  test('the written form of a number reads back as the same number in the same row', () => {
    fc.assert(
      fc.property(number, ext, context, (n, e, ctx) => {
        const first = readPhone(`${n}${e}`, ctx);
        if (first.kind !== 'valid') return;
        expect(readPhone(first.text, ctx)).toEqual(first);
      }),
      { numRuns: 3000 },
    );
  });

  test('a number written with its country code is the same number in every row and sheet', () => {
    fc.assert(
      fc.property(nanp, context, context, (d, a, b) => {
        const written = `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
        const first = readPhone(written, a);
        const second = readPhone(written, b);
        expect(first.kind === 'valid' ? first.key : null).toBe(second.kind === 'valid' ? second.key : null);
      }),
      { numRuns: 500 },
    );
  });

  test('a country code in brackets ((852) 2987 6543, as Hong Kong cards write it) is read when nothing else reads the number', () => {
    expect(readPhone('(852) 2987 6543', { home: 'CN', sheet: 'CN' })).toMatchObject({
      kind: 'valid',
      key: '+85229876543',
      text: '+852 2987 6543',
    });
    expect(readPhone('(44) 20 7946 0958', { home: 'CN', sheet: 'CN' })).toMatchObject({ key: '+442079460958' });
    // A reading the sheet has wins: an American area code and a Chinese one stay what they are.
    expect(readPhone('(415) 555-0132', { home: 'US', sheet: 'US' })).toMatchObject({ key: '+14155550132' });
    expect(readPhone('(010) 6234 5678', { home: 'CN', sheet: 'CN' })).toMatchObject({ key: '+861062345678' });
    // An American area code written the American way stays American, valid or not: (216) is no Tunisia.
    expect(readPhone('(216) 555-0134', { home: 'CN', sheet: 'CN' })).toMatchObject({ key: '+12165550134' });
    expect(readPhone('(241) 555-0134', { home: 'CN', sheet: 'US' }).kind).toBe('invalid'); // no Gabon
    // Brackets around something that is no country code leave the number invalid.
    expect(readPhone('(999) 1234 5678', { home: 'CN', sheet: 'CN' }).kind).toBe('invalid');
  });
});
