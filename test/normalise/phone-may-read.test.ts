/**
 * mayReadIn rules a region out before a parse: it must never rule out a number the parse reads, in
 * any region a list's numbers are asked in. Held to libphonenumber-js's own parse over numbers of
 * each region's shapes (its example numbers with other digits, other lengths, with and without the
 * trunk 0, after the region's international prefix or country code) and over bare digits.
 */
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { isValidParsed, mayReadIn, readsNationally } from '../../shared/normalise/phone-may-read';
import { mailPlace, readPhone } from '../../shared/normalise/phone-reading';
import { NATIONAL_REGIONS, TRADITIONAL_REGIONS, TYPED_MARKETS } from '../../shared/normalise/phone-national-regions';

/** The parse phone-parse.ts makes: 00 read as +, and a Mexican mobile again without its 1 after +52. */
function libraryReads(text: string, region: string): boolean {
  const compact = text.replace(/[\s\-().]/g, '');
  const parsed = parsePhoneNumberFromString(
    /^00[1-9]/.test(compact) ? `+${compact.slice(2)}` : text,
    region as CountryCode,
  );
  if (!parsed) return false;
  if (parsed.isValid()) return true;
  if (parsed.countryCallingCode !== '52' || !/^1\d{10}$/.test(parsed.nationalNumber)) return false;
  return parsePhoneNumberFromString(`+52${parsed.nationalNumber.slice(1)}`)?.isValid() ?? false;
}

// Every region phone-reading.ts asks a bare number in, and a few whose national prefixes parse
// otherwise (Brazil's carrier codes, Argentina's and Russia's prefixes).
const REGIONS = [
  ...new Set([
    'CN',
    ...TRADITIONAL_REGIONS,
    ...NATIONAL_REGIONS,
    ...TYPED_MARKETS,
    ...['PL', 'SE', 'RU', 'AR', 'IL', 'GG', 'CA'],
  ]),
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Numbers typed as a region's teams and their customers type them, most of them not the region's. */
function typedNumbers(region: CountryCode, next: () => number): string[] {
  const digit = () => String(Math.floor(next() * 10));
  const out: string[] = [];
  const example = getExampleNumber(region, examples);
  const national = example?.nationalNumber ?? '2345678901';
  const code = example?.countryCallingCode ?? '1';
  const prefixes = [
    '',
    '0',
    '0',
    '00',
    '010',
    '011',
    '0011',
    '001',
    '1',
    '8',
    '180020',
    '0003768',
    '08',
    code,
    `0${code}`,
  ];
  for (let i = 0; i < 600; i++) {
    let digits = national.replace(/\d/g, (d) => (next() < 0.4 ? digit() : d));
    const change = Math.floor(next() * 5) - 2;
    digits = change < 0 ? digits.slice(0, change) : digits + Array.from({ length: change }, digit).join('');
    const whole = prefixes[Math.floor(next() * prefixes.length)]! + digits;
    const cut = 2 + Math.floor(next() * 4);
    const separator = [' ', '-', '', ' / ', '.'][Math.floor(next() * 5)]!;
    out.push(
      next() < 0.2
        ? `(${whole.slice(0, cut)}) ${whole.slice(cut)}`
        : `${whole.slice(0, cut)}${separator}${whole.slice(cut)}`,
    );
  }
  for (let i = 0; i < 400; i++) {
    const length = 4 + Math.floor(next() * 12);
    const first = next() < 0.7 ? '0' : String(1 + Math.floor(next() * 9));
    out.push(first + Array.from({ length: length - 1 }, digit).join(''));
  }
  return out;
}

describe('mayReadIn', () => {
  test.each(REGIONS)('never rules out a number libphonenumber-js reads in %s', (region) => {
    const next = random(region.charCodeAt(0) * 31 + region.charCodeAt(1));
    const missed: string[] = [];
    let read = 0;
    let ruledOut = 0;
    for (const text of typedNumbers(region as CountryCode, next)) {
      const may = mayReadIn(text, region);
      if (libraryReads(text, region)) {
        read++;
        if (!may) missed.push(text);
      } else if (!may) ruledOut++;
    }
    expect(missed).toEqual([]);
    // The numbers are the region's often enough, and other numbers are ruled out.
    expect(read).toBeGreaterThan(20);
    if (region !== 'MX') expect(ruledOut).toBeGreaterThan(100);
  });

  test.each([
    ['0221 1810111', 'DE', true], // Cologne
    ['0221 1810111', 'FR', false], // ten digits after the 0: no French number has nine
    ['0151 2215279', 'DE', false], // a German mobile a digit short
    ['0151 22152790', 'DE', true],
    ['07911 123456', 'GB', true],
    ['07911 123456', 'FR', false],
    ['089 / 123 456-78', 'FR', true], // a slash is left to the parse
    ['+49 221 1810111', 'FR', true], // its own country code: the parse reads it as Germany's
    ['0049 221 1810111', 'FR', true],
    ['010 1 415 555 0134', 'JP', true], // Japan's international prefix
    ['55 1234 5678', 'MX', true], // Mexico is not ruled on
    ['0221 1810111', 'XX', true], // nor a region the library does not know
  ])('%j in %s: %j', (text, region, expected) => {
    expect(mayReadIn(text, region)).toBe(expected);
    if (!expected) expect(libraryReads(text, region)).toBe(false);
  });
});

describe('isValidParsed', () => {
  test.each(REGIONS)('is the library’s isValid() of every number parsed in %s', (region) => {
    const next = random(region.charCodeAt(1) * 37 + region.charCodeAt(0));
    const differing: string[] = [];
    let valid = 0;
    for (const text of typedNumbers(region as CountryCode, next)) {
      const parsed = parsePhoneNumberFromString(text, region as CountryCode);
      if (!parsed) continue;
      if (parsed.isValid()) valid++;
      if (isValidParsed(parsed) !== parsed.isValid()) differing.push(text);
    }
    expect(differing).toEqual([]);
    expect(valid).toBeGreaterThan(10);
  });

  test.each([
    ['+49 221 88366946', true],
    ['+49 151 2215279', false],
    ['+44 7911 123456', true],
    ['+1 416 555 0134', true], // Toronto: Canada's patterns, read under the US code
    ['+800 1234 5678', true], // no country: the library's own answer
  ])('%j: %j', (text, expected) => {
    expect(isValidParsed(parsePhoneNumberFromString(text)!)).toBe(expected);
  });
});

describe('readsNationally', () => {
  test.each([
    ['0221 1810111', 'CN', true],
    ['0221 1810111', 'DE', true],
    ['62556677', 'CN', true],
    ['+49 221 1810111', 'CN', false],
    ['0049 221 1810111', 'CN', false],
    ['86 10 6552 8899', 'CN', false], // its country code without the +
    ['010 1 415 555 0134', 'JP', false], // after Japan's international prefix
    ['011 44 20 7946 0958', 'US', false],
    ['55 1234 5678', 'MX', false], // Mexico's numbers are parsed twice: not said
    ['0221 1810111', 'XX', false],
  ])('%j in %s: %j', (text, region, expected) => {
    expect(readsNationally(text, region)).toBe(expected);
  });
});

describe('a German team’s list on the Chinese template', () => {
  // Its rows as a German CRM exports them: numbers typed nationally, addresses at .de domains.
  const list = { home: 'CN', sheet: 'CN', row: null, others: ['DE'] } as const;
  const row = { ...list, place: mailPlace('DE') };

  test('a row’s .de address reads its numbers as Germany’s', () => {
    expect(readPhone('0221 88366946', row)).toMatchObject({ kind: 'valid', text: '+49 221 88366946' });
    expect(readPhone('0170 83140201', row)).toMatchObject({ kind: 'valid', text: '+49 170 83140201' });
  });

  test('a mobile Germany does not read is still no number, with or without the address', () => {
    expect(readPhone('0151 2215279', row)).toEqual({ kind: 'invalid' });
    expect(readPhone('0151 2215279', list)).toEqual({ kind: 'invalid' });
  });

  test('a Chinese mobile typed with a trunk 0 keeps both readings without the address', () => {
    expect(readPhone('0151 81924865', row)).toMatchObject({ kind: 'valid', text: '+49 1518 1924865' });
    expect(readPhone('0151 81924865', list)).toMatchObject({ kind: 'ambiguous' });
  });
});
