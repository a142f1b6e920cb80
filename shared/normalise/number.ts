/**
 * Integers (counts) and money amounts to JS numbers. Reads currency signs and codes, thousands
 * separators, accounting negatives "(100)", and for money the Chinese units 万 (10^4), 千, 亿 and
 * India's lakh (10^5) and crore (10^7). An amount keeps every digit it was given (12345.678 stays
 * 12345.678): rounding to cents would change what it says. Counts and spend are never negative
 * unless asked. A money column's one currency is money-column.ts's. 1.500 and 2,000 are read with
 * the column's decimal mark (`decimalMarkOf`), and left as typed where it does not say (decimal-mark.ts).
 */
import type { CellValue } from '../sheet/cell-value';
import type { DecimalMark, NormaliseContext, NormaliseOutcome } from './types';
import { EMPTY, foldText } from './text';
import { decimalText, decimalTextIn, markShown, regionDecimalMark } from './decimal-mark';
import { POINT_CURRENCIES, stripCurrency, type Sign } from './currency-signs';
import { withoutCountWords } from './count-words';

export interface NumberOptions {
  /** Accept values below zero (default false: purchase counts and spend are never negative). */
  allowNegative?: boolean;
  /** The mark the column's decimals follow (`decimalMarkOf`): it alone says whether 1.500 is 1500 or 1.5. */
  decimalMark?: DecimalMark;
}

const NOT_A_NUMBER: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'number.invalid' });
const NEGATIVE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'number.negative' });
const NOT_WHOLE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'integer.notWhole' });

// Each unit as a power of ten, applied to the decimal text so 1.1万 is 11000, not 11000.000000000002.
const MONEY_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/百万$/, 6],
  [/万$/, 4],
  [/亿$/, 8],
  [/千$/, 3],
  [/k$/, 3],
  [/\s*thousand$/, 3],
  // A revenue column's $3M, $1.5mm, 1.5 million, $2bn.
  [/\s*(?:million|mn|mm|m)$/, 6],
  [/\s*(?:billion|bn|b)$/, 9],
  // India's 2.5 lakh and 1.2 crore; Cr alone may be a credit, so it stays no unit.
  [/\s*(?:lakhs?|lacs?)$/, 5],
  [/\s*crores?$/, 7],
];

/** A number with one separator that may group thousands or mark decimals (1.500 is 1500 or 1.5). */
export interface Readings {
  grouped: number;
  decimal: number;
}
export type Parsed = number | Readings | 'empty' | 'invalid';

const SWISS_GROUP = /(?<=\d)['’](?=\d{3}(?!\d))/g;
// Already plain: skip the folding and the currency and unit handling below, unless it may be 1500 (1.500).
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;
const ONE_GROUP = /^-?[1-9]\d{0,2}\.\d{3}$/;
// Chinese and Japanese write decimals with a point.
const HAN = /\p{Script=Han}/u;

/** Whether text is an amount, in one reading or two (1.500). */
export function isAmount(parsed: Parsed): boolean {
  return parsed !== 'empty' && parsed !== 'invalid';
}

/** A number's text taken apart: its digits and separators (`1.234,5`), its unit's power of ten, its sign. */
interface NumberText {
  digits: string;
  exponent: number;
  negative: boolean;
  /** A sign or unit of its own says the number marks decimals with a point (¥, $, £, 万, 次). */
  point: boolean;
}

function splitNumberText(
  raw: string,
  money: boolean,
  sign: Sign = { currency: null },
): NumberText | 'empty' | 'invalid' {
  let s = foldText(raw)
    .toLowerCase()
    .replace(/[\s\x85]+/g, '')
    .replace(/\u2212/g, '-'); // U+2212 is the typeset minus
  // An Indian invoice closes a whole-rupee amount with /- (Rs. 5,000/-: no paise).
  if (money && s.endsWith('/-')) s = s.slice(0, -2);
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
  // Swiss francs group thousands with an apostrophe: 1'280.50.
  s = s.replace(SWISS_GROUP, ',');
  let exponent = 0;
  let unit = false;
  if (money) {
    for (const [pattern, power] of MONEY_UNITS) {
      if (pattern.test(s)) {
        s = s.replace(pattern, '');
        exponent = power;
        unit = true;
        break;
      }
    }
  } else {
    ({ digits: s, unit } = withoutCountWords(s));
  }
  const point = unit || (sign.currency !== null && POINT_CURRENCIES.has(sign.currency));
  return { digits: s, exponent, negative, point };
}

function toNumber(digits: string, exponent: number, negative: boolean): number | 'invalid' {
  const n = exponent === 0 || digits.includes('e') ? Number(digits) * 10 ** exponent : Number(`${digits}e${exponent}`);
  if (!Number.isFinite(n)) return 'invalid';
  return negative ? -n : n;
}

export function parseNumberText(raw: string, money: boolean, sign?: Sign, mark?: DecimalMark): Parsed {
  if (PLAIN_NUMBER.test(raw) && (mark === '.' || !ONE_GROUP.test(raw))) return Number(raw);
  const text = splitNumberText(raw, money, sign);
  if (typeof text === 'string') return text;
  const { digits, exponent, negative } = text;
  // A number's own sign or unit is read as written at home: $1,200 is 1200, and $88,50 no amount.
  const read = text.point ? decimalTextIn(digits, '.') : decimalText(digits, mark);
  if (read === null) return 'invalid';
  if (typeof read === 'string') return toNumber(read, exponent, negative);
  const grouped = toNumber(read.grouped, exponent, negative);
  const decimal = toNumber(read.decimal, exponent, negative);
  return grouped === 'invalid' || decimal === 'invalid' ? 'invalid' : { grouped, decimal };
}

function parse(value: CellValue | undefined, money: boolean, mark?: DecimalMark): Parsed {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value === 'string') return parseNumberText(value, money, undefined, mark);
  return 'invalid'; // booleans and dates are not amounts
}

/** Both readings, left as typed: the number a thousand times over or under is another amount. */
function twoReadings(parsed: Readings): NormaliseOutcome {
  return {
    status: 'ambiguous',
    code: 'number.ambiguous',
    readings: [String(parsed.grouped + 0), String(parsed.decimal + 0)],
  };
}

/**
 * The mark a column's numbers use for decimals, as those that read only one way show: 1.234,56, 88,50
 * and 1.234.567 a comma; 1,234.56, 12.5 and an amount in ¥, $ or 万 a point (a bare amount there is
 * in the column's currency too, `moneyColumnContext`), as does a header in Chinese (累计消费金额: its
 * 125,000 is written the Chinese way). Undefined when none says, or when they disagree (a list combined
 * from a French and an American one). Every row is read, not a sample: a French half further down than
 * a sample reaches would be read in the American half's mark. `values` are a sheet's rows, the header
 * first; `col` is 1-based.
 */
export function decimalMarkOf(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
): DecimalMark | undefined {
  const header = values[0]?.[col - 1];
  let shown: DecimalMark | undefined = typeof header === 'string' && HAN.test(header) ? '.' : undefined;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]?.[col - 1];
    // Number cells and plain digits say nothing; most cells stop here, and most others are bare (1.234,56).
    if (typeof cell !== 'string' || /^\d*$/.test(cell)) continue;
    const text = /^[\d.,]+$/.test(cell) ? { digits: cell, point: false } : splitNumberText(cell, true);
    if (typeof text === 'string') continue;
    const form = markShown(text.digits);
    // $88,50 is no amount (see parseNumberText), so it says nothing.
    const mark = text.point ? (form === ',' ? undefined : '.') : form;
    if (mark === undefined) continue;
    if (shown !== undefined && shown !== mark) return undefined;
    shown = mark;
  }
  return shown;
}

/**
 * A number column's context: its decimal mark, where its numbers show one (`decimalMarkOf`), else
 * the one the sheet's region writes, when the sheet's phones or countries name a region (a US list's
 * 2,000 is 2000, a French list's 1.500 is 1500); `sheetRegion` is undefined when nothing names one.
 */
export function numberColumnContext(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
  sheetRegion?: string,
): Pick<NormaliseContext, 'decimalMark'> {
  const mark = decimalMarkOf(values, col) ?? (sheetRegion ? regionDecimalMark(sheetRegion) : undefined);
  return mark ? { decimalMark: mark } : {};
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

export function moneyOutcome(parsed: Parsed, options: NumberOptions): NormaliseOutcome {
  if (parsed === 'empty') return EMPTY;
  if (parsed === 'invalid') return NOT_A_NUMBER;
  if ((typeof parsed === 'number' ? parsed : parsed.grouped) < 0 && !options.allowNegative) return NEGATIVE;
  if (typeof parsed !== 'number') return twoReadings(parsed);
  return { status: 'valid', value: parsed + 0 }; // + 0 turns -0 into 0
}

export function normaliseMoney(value: CellValue | undefined, options: NumberOptions = {}): NormaliseOutcome {
  return moneyOutcome(parse(value, true, options.decimalMark), options);
}

// Tolerate float noise from formulas (2.9999999999), not real fractions.
function isWhole(n: number): boolean {
  return Math.abs(n - Math.round(n)) <= 1e-9 * Math.max(1, Math.abs(n));
}

export function normaliseInteger(value: CellValue | undefined, options: NumberOptions = {}): NormaliseOutcome {
  let parsed = parse(value, false, options.decimalMark);
  if (parsed === 'empty') return EMPTY;
  if (parsed === 'invalid') return NOT_A_NUMBER;
  // A count is whole, so 1.500 and 1,234 have one reading as a count; 2,000 (2000 or 2) still has two.
  if (typeof parsed !== 'number' && !isWhole(parsed.decimal)) parsed = parsed.grouped;
  if ((typeof parsed === 'number' ? parsed : parsed.grouped) < 0 && !options.allowNegative) return NEGATIVE;
  if (typeof parsed !== 'number') return twoReadings(parsed);
  if (!isWhole(parsed)) return NOT_WHOLE;
  return { status: 'valid', value: Math.round(parsed) + 0 };
}
