/**
 * Integers (counts) and money amounts to JS numbers. Reads currency signs and codes, thousands
 * separators, accounting negatives "(100)", and for money the Chinese units 万 (10^4), 千, 亿.
 * An amount keeps every digit it was given (12345.678 stays 12345.678): rounding to cents would
 * change what it says. Counts and spend are never negative unless asked. A money column has one
 * currency (`moneyColumnContext`): an amount in another is left as typed, since as a bare number
 * it would read as the column's.
 */
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseContext, NormaliseOutcome } from './types';
import { EMPTY, foldText } from './text';

export interface NumberOptions {
  /** Accept values below zero (default false: purchase counts and spend are never negative). */
  allowNegative?: boolean;
}

const NOT_A_NUMBER: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'number.invalid' });
const NEGATIVE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'number.negative' });
const NOT_WHOLE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'integer.notWhole' });

/**
 * Currency signs and words as folded text reads them (￥ is ¥), each with the currency it names: an
 * ISO code, or `$` / `¥` for a sign several currencies share (US, HK, Singapore … dollars; yuan and yen).
 */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
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
  cny: 'CNY',
  usd: 'USD',
  hkd: 'HKD',
  twd: 'TWD',
  aud: 'AUD',
  sgd: 'SGD',
  cad: 'CAD',
  nzd: 'NZD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
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
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  円: 'JPY',
  元: 'CNY',
  圆: 'CNY',
  块: 'CNY',
  $: '$',
  '¥': '¥',
  '€': 'EUR',
  '£': 'GBP',
};
/** The currencies a shared sign may stand for. */
const SIGN_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  $: ['USD', 'HKD', 'TWD', 'AUD', 'SGD', 'CAD', 'NZD'],
  '¥': ['CNY', 'JPY'],
};
/** How a message names a currency. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
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
};
const EURO_REGIONS = 'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' ');
/** The currency of a region's own amounts, written without a sign. */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
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
const CONFLICT = '?';
// Each unit as a power of ten, applied to the decimal text so 1.1万 is 11000, not 11000.000000000002.
const MONEY_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/百万$/, 6],
  [/万$/, 4],
  [/亿$/, 8],
  [/千$/, 3],
  [/k$/, 3],
];
// Counts are often written with their measure word: 12次, 3单.
const COUNT_SUFFIX = /(?:次|单|笔|个|件)$/;
// Grouped thousands ("1,234.50") or plain digits; a lone comma ("1,5") is not guessed at.
const DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$|^\d+(?:\.\d+)?e[-+]?\d{1,3}$/;

type Parsed = number | 'empty' | 'invalid';

/** Amounts read to find a column's currency: enough to see which most say. */
const MONEY_SAMPLE = 2_000;

// Already plain: skip the folding and the currency and unit handling below.
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/** Where a reader wants it, the currency an amount's signs name (null for none). */
interface Sign {
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

function stripCurrency(s: string, sign: Sign | undefined): string {
  const prefix = CURRENCY_PREFIX.exec(s);
  if (prefix) {
    s = s.slice(prefix[0].length);
    if (sign) sign.currency = together(sign.currency, CURRENCY_WORDS[prefix[0]]!);
  }
  const suffix = CURRENCY_SUFFIX.exec(s);
  if (suffix) {
    s = s.slice(0, suffix.index);
    if (sign) sign.currency = together(sign.currency, CURRENCY_WORDS[suffix[0]]!);
  }
  return s;
}

function parseNumberText(raw: string, money: boolean, sign?: Sign): Parsed {
  if (PLAIN_NUMBER.test(raw)) return Number(raw);
  let s = foldText(raw)
    .toLowerCase()
    .replace(/[\s\x85]+/g, '')
    .replace(/\u2212/g, '-'); // U+2212 is the typeset minus
  if (s === '') return 'empty';
  if (s.length > 64) return 'invalid';
  let signs = 0;
  let negative = false;
  for (let changed = true; changed && s !== '';) {
    const before = s;
    if (s.startsWith('(') && s.endsWith(')')) {
      s = s.slice(1, -1);
      negative = true;
      signs++;
    }
    if (s.startsWith('-') || s.startsWith('+')) {
      negative = negative || s[0] === '-';
      s = s.slice(1);
      signs++;
    }
    s = stripCurrency(s, sign);
    changed = s !== before;
  }
  if (signs > 1) return 'invalid';
  let exponent = 0;
  if (money) {
    for (const [unit, power] of MONEY_UNITS) {
      if (unit.test(s)) {
        s = s.replace(unit, '');
        exponent = power;
        break;
      }
    }
  } else s = s.replace(COUNT_SUFFIX, '');
  if (!DECIMAL.test(s)) return 'invalid';
  const digits = s.replace(/,/g, '');
  const n = exponent === 0 || digits.includes('e') ? Number(digits) * 10 ** exponent : Number(`${digits}e${exponent}`);
  if (!Number.isFinite(n)) return 'invalid';
  return negative ? -n : n;
}

function parse(value: CellValue | undefined, money: boolean): Parsed {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value === 'string') return parseNumberText(value, money);
  return 'invalid'; // booleans and dates are not amounts
}

/** Rounds to cents, half away from zero, without float noise (1.005 -> 1.01, 0.1 + 0.2 -> 0.3). */
export function roundMoney(n: number): number {
  const abs = Math.abs(n);
  // Beyond 10^13 a double has no cents left to round to.
  if (abs >= 1e13) return n;
  const scaled = n * 100;
  if (Number.isInteger(scaled) && scaled / 100 === n) return n + 0; // already whole cents
  const cents = Math.round(Number((abs * 100).toPrecision(15)));
  const rounded = cents / 100;
  return (n < 0 ? -rounded : rounded) + 0; // + 0 turns -0 into 0
}

function moneyOutcome(parsed: Parsed, options: NumberOptions): NormaliseOutcome {
  if (parsed === 'empty') return EMPTY;
  if (parsed === 'invalid') return NOT_A_NUMBER;
  if (parsed < 0 && !options.allowNegative) return NEGATIVE;
  return { status: 'valid', value: parsed + 0 }; // + 0 turns -0 into 0
}

export function normaliseMoney(value: CellValue | undefined, options: NumberOptions = {}): NormaliseOutcome {
  return moneyOutcome(parse(value, true), options);
}

/**
 * The currency an amount's sign or word names: an ISO code, `$` or `¥` for a sign several currencies
 * share, `?` for signs that name two (¥100美元), null for none (a number cell, `1,234.50`).
 */
export function currencyOf(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  const sign: Sign = { currency: null };
  parseNumberText(value, true, sign);
  return sign.currency;
}

/** Whether an amount whose sign names `currency` is in the column's: a shared sign is any of its currencies. */
function inCurrency(currency: string, column: string): boolean {
  return currency === column || (SIGN_CURRENCIES[currency]?.includes(column) ?? false);
}

/**
 * The currency of a money column: the one its amounts' signs name most, an unmarked amount counting
 * for the region's (a Shopify export writes the store's amounts bare); none where nothing names one.
 */
export function moneyColumnContext(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
  region: string,
): Pick<NormaliseContext, 'currency'> {
  const home = REGION_CURRENCY[region];
  const votes = new Map<string, number>();
  let unmarked = 0;
  for (let r = 1, amounts = 0; r < values.length && amounts < MONEY_SAMPLE; r++) {
    const cell = values[r]?.[col - 1];
    const sign: Sign = { currency: null };
    if (typeof cell === 'number') unmarked++;
    else if (typeof cell !== 'string' || typeof parseNumberText(cell, true, sign) !== 'number') continue;
    else if (sign.currency === null) unmarked++;
    else if (sign.currency !== CONFLICT) votes.set(sign.currency, (votes.get(sign.currency) ?? 0) + 1);
    amounts++;
  }
  // A shared sign is the region's currency where it can be ($ in a US list); elsewhere it stays a sign,
  // and HK$ or US$ beside it may be another dollar than its.
  for (const [shared, currencies] of Object.entries(SIGN_CURRENCIES)) {
    const count = votes.get(shared);
    if (count === undefined || !home || !currencies.includes(home)) continue;
    votes.delete(shared);
    votes.set(home, (votes.get(home) ?? 0) + count);
  }
  // Only a currency some amount writes is named in messages: a region's is the template's guess.
  const written = new Set(votes.keys());
  if (home && unmarked > 0) votes.set(home, (votes.get(home) ?? 0) + unmarked);
  // On a tie a currency the amounts write beats the region's guess ($1,234.50 beside a bare 1200).
  const rank = (currency: string) =>
    (votes.get(currency) ?? 0) * 4 + (written.has(currency) ? 2 : 0) + (currency === home ? 1 : 0);
  let best = home;
  for (const currency of votes.keys()) if (best === undefined || rank(currency) > rank(best)) best = currency;
  if (!best) return {};
  return { currency: { code: best, ...(written.has(best) ? { sign: CURRENCY_SIGNS[best] ?? best } : {}) } };
}

/**
 * A money cell of a column with a currency (`moneyColumnContext`): an amount in another currency
 * (£75.00 among dollars) is left as typed, since as a number it would read as the column's.
 */
export function normaliseColumnMoney(
  value: CellValue | undefined,
  ctx: Pick<NormaliseContext, 'currency'>,
): NormaliseOutcome {
  if (ctx.currency === undefined || typeof value !== 'string') return normaliseMoney(value);
  const sign: Sign = { currency: null };
  const outcome = moneyOutcome(parseNumberText(value, true, sign), {});
  if (outcome.status !== 'valid' || sign.currency === null || inCurrency(sign.currency, ctx.currency.code))
    return outcome;
  return {
    status: 'ambiguous',
    code: 'number.otherCurrency',
    readings: [],
    ...(ctx.currency.sign ? { currency: ctx.currency.sign } : {}),
  };
}

/**
 * Whether amounts can be added: all in one currency, an unmarked one being in the region's (as
 * `moneyColumnContext` reads it) or, where the region has none, in the others'.
 */
export function sameCurrency(values: readonly CellValue[], region: string): boolean {
  const home = REGION_CURRENCY[region];
  let named: string | undefined;
  const shared = new Set<string>();
  for (const value of values) {
    const currency = currencyOf(value) ?? home;
    if (currency === undefined) continue;
    if (currency === CONFLICT) return false;
    if (SIGN_CURRENCIES[currency]) shared.add(currency);
    else if (named === undefined) named = currency;
    else if (named !== currency) return false;
  }
  if (named === undefined) return shared.size <= 1;
  return [...shared].every((sign) => inCurrency(sign, named));
}

export function normaliseInteger(value: CellValue | undefined, options: NumberOptions = {}): NormaliseOutcome {
  const parsed = parse(value, false);
  if (parsed === 'empty') return EMPTY;
  if (parsed === 'invalid') return NOT_A_NUMBER;
  if (parsed < 0 && !options.allowNegative) return NEGATIVE;
  const whole = Math.round(parsed);
  // Tolerate float noise from formulas (2.9999999999), not real fractions.
  if (Math.abs(parsed - whole) > 1e-9 * Math.max(1, Math.abs(parsed))) return NOT_WHOLE;
  return { status: 'valid', value: whole + 0 };
}
