/**
 * The currencies an amount's signs and words name (¥, US$, 人民币, EUR), the one a region writes
 * without a sign, and which are written with a decimal point at home: what `normaliseMoney` and a
 * money column's currency (number.ts) read an amount's sign with.
 */
/**
 * The ISO 4217 codes of the currencies in use: an amount with one before or after it is in that
 * currency (AED 0.00, 1,250.00 SGD). Codes that are English words (ALL, BOB, CUP, MAD, PEN, SOS, TOP,
 * TRY) are left out: `top 100` or `all 3` names no currency.
 */
const ISO_CODES = (
  'AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP ' +
  'GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW ' +
  'KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD ' +
  'NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD ' +
  'SHP SLE SLL SRD SSP STN SVC SYP SZL THB TJS TMT TND TTD TWD TZS UAH UGX USD UYU UZS VES VND ' +
  'VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
).split(' ');

/**
 * Currency signs and words as folded text reads them (￥ is ¥), each with the currency it names: an
 * ISO code, or `$` / `¥` for a sign several currencies share (US, HK, Singapore … dollars; yuan and yen).
 */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ISO_CODES.map((code) => [code.toLowerCase(), code])),
  us$: 'USD',
  hk$: 'HKD',
  nt$: 'TWD',
  au$: 'AUD',
  a$: 'AUD',
  sg$: 'SGD',
  s$: 'SGD',
  ca$: 'CAD',
  c$: 'CAD',
  nz$: 'NZD',
  rmb: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  美金: 'USD',
  港币: 'HKD',
  港幣: 'HKD',
  港元: 'HKD',
  新台币: 'TWD',
  台币: 'TWD',
  澳元: 'AUD',
  新加坡元: 'SGD',
  新币: 'SGD',
  加元: 'CAD',
  新西兰元: 'NZD',
  纽币: 'NZD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  瑞士法郎: 'CHF',
  瑞郎: 'CHF',
  韩元: 'KRW',
  円: 'JPY',
  元: 'CNY',
  圆: 'CNY',
  块: 'CNY',
  $: '$',
  '¥': '¥',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
};
/**
 * Rs, Rs. or rs before or after an amount (Rs. 3,50,000.00, 1,200 Rs): the rupee of India, Pakistan,
 * Sri Lanka, Nepal or Mauritius, a sign they share as the dollars share $. Many words end in rs (3
 * orders), so it is one only against the amount's digits or scale, or alone (a header's (Rs.)).
 */
const RUPEES = 'Rs';
const RUPEE_PREFIX = /^rs\.?(?=[\d(+-]|la(?:kh|c)|crore|$)/;
const RUPEE_SUFFIX = /(?<=^|[\d.])rs\.?$/;
/** The currencies a shared sign may stand for. */
export const SIGN_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  $: ['USD', 'HKD', 'TWD', 'AUD', 'SGD', 'CAD', 'NZD'],
  '¥': ['CNY', 'JPY'],
  [RUPEES]: ['INR', 'PKR', 'LKR', 'NPR', 'MUR'],
};
/**
 * Where the region's own currency is one a shared sign stands for, whether that settles the sign: `$`
 * in a US list is the US dollar, but a Hong Kong list's `$` may be the US dollar as well as its own.
 */
const SETTLED_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  $: ['USD'],
  '¥': ['CNY', 'JPY'],
};

export function regionSettles(sign: string, home: string): boolean {
  return SETTLED_BY_REGION[sign]?.includes(home) ?? false;
}
/** How a message names a currency. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  CNY: '¥',
  JPY: '¥',
  USD: '$',
  HKD: 'HK$',
  TWD: 'NT$',
  AUD: 'A$',
  SGD: 'S$',
  CAD: 'C$',
  NZD: 'NZ$',
  EUR: '€',
  GBP: '£',
  CHF: 'CHF',
  INR: '₹',
  KRW: '₩',
};
const EURO_REGIONS = 'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' ');
/** The currency of a region's own amounts, written without a sign. */
export const REGION_CURRENCY: Readonly<Record<string, string>> = {
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  SG: 'SGD',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  GB: 'GBP',
  JP: 'JPY',
  ...Object.fromEntries(EURO_REGIONS.map((region) => [region, 'EUR'])),
};
// Longest first, so 港元 is read before 元 and us$ before $.
const CURRENCY_ALTERNATIVES = Object.keys(CURRENCY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[$]/g, '\\$'))
  .join('|');
const CURRENCY_PREFIX = new RegExp(`^(?:${CURRENCY_ALTERNATIVES})`);
const CURRENCY_SUFFIX = new RegExp(`(?:${CURRENCY_ALTERNATIVES})$`);
/** Two signs that cannot name one currency (¥100美元): the amount is in none the column could have. */
export const CONFLICT = '?';
/**
 * Currencies written with a decimal point where they are at home: an amount signed with one is read so
 * ($1,200 is 1200). The euro is written both ways, so € says nothing.
 */
export const POINT_CURRENCIES = new Set([
  'USD',
  'HKD',
  'TWD',
  'AUD',
  'SGD',
  'CAD',
  'NZD',
  'GBP',
  'JPY',
  'CNY',
  'CHF',
  'INR',
  'PKR',
  'LKR',
  'NPR',
  'KRW',
  '$',
  '¥',
  RUPEES,
]);

/** Where a reader wants it, the currency an amount's signs name (null for none). */
export interface Sign {
  currency: string | null;
}

/** The one currency two signs of an amount name together ($ and USD are USD), else `CONFLICT`. */
function together(a: string | null, b: string): string {
  if (a === null || a === b) return b;
  if (a === CONFLICT) return a;
  if (SIGN_CURRENCIES[a]?.includes(b)) return b;
  if (SIGN_CURRENCIES[b]?.includes(a)) return a;
  return CONFLICT;
}

/** The currency a sign or word read off an amount names. */
function currencyWord(word: string): string {
  return CURRENCY_WORDS[word] ?? RUPEES;
}

export function stripCurrency(s: string, sign: Sign | undefined): string {
  const prefix = CURRENCY_PREFIX.exec(s) ?? RUPEE_PREFIX.exec(s);
  if (prefix) {
    s = s.slice(prefix[0].length);
    if (sign) sign.currency = together(sign.currency, currencyWord(prefix[0]));
  }
  const suffix = CURRENCY_SUFFIX.exec(s) ?? RUPEE_SUFFIX.exec(s);
  if (suffix) {
    s = s.slice(0, suffix.index);
    if (sign) sign.currency = together(sign.currency, currencyWord(suffix[0]));
  }
  return s;
}

/** Whether an amount whose sign names `currency` is in the column's: a shared sign is any of its currencies. */
export function inCurrency(currency: string, column: string): boolean {
  return currency === column || (SIGN_CURRENCIES[currency]?.includes(column) ?? false);
}

// A header naming its column's currency: Total Spent (USD), Revenue in HK$, 累计消费（美元）, 金额（万元）.
// Codes and signs stand apart from letters (no "aud" in Audit); 元 alone only in brackets.
const HEADER_WORDS = Object.keys(CURRENCY_WORDS)
  .filter((word) => word.length > 1 || /[€£₹₩]/.test(word))
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[$]/g, '\\$'))
  .join('|');
const HEADER_CURRENCY = new RegExp(
  `(?<![a-z])(?:${HEADER_WORDS}|rs\\.?)(?![a-z])|[(]\\s*(?:单位[:：]\\s*)?[万千]?元\\s*[)]`,
  'g',
);

/** The one currency a column's header names (ISO code, or Rs for the rupees), or null where it names none or two. */
export function headerCurrency(header: string): string | null {
  let named: string | null = null;
  for (const [word] of header.normalize('NFKC').toLowerCase().matchAll(HEADER_CURRENCY)) {
    const currency = CURRENCY_WORDS[word] ?? (/^rs/.test(word) ? RUPEES : 'CNY');
    if (named !== null && named !== currency) return null;
    named = currency;
  }
  return named;
}
