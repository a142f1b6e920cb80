/**
 * Integers (counts) and money amounts to JS numbers. Reads currency signs and codes, thousands
 * separators, accounting negatives "(100)", and for money the Chinese units 万 (10^4), 千, 亿.
 * An amount keeps every digit it was given (12345.678 stays 12345.678): rounding to cents would
 * change what it says. Counts and spend are never negative unless asked.
 */
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseOutcome } from './types';
import { EMPTY, foldText } from './text';

export interface NumberOptions {
  /** Accept values below zero (default false: purchase counts and spend are never negative). */
  allowNegative?: boolean;
}

const NOT_A_NUMBER: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'number.invalid' });
const NEGATIVE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'number.negative' });
const NOT_WHOLE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'integer.notWhole' });

const CURRENCY_PREFIX = /^(?:rmb|cny|usd|us\$|eur|gbp|hkd|人民币|[¥$€£])/;
const CURRENCY_SUFFIX = /(?:rmb|cny|usd|eur|gbp|hkd|人民币|美元|元|圆|块|[¥$€£])$/;
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

// Already plain: skip the folding and the currency and unit handling below.
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;

function parseNumberText(raw: string, money: boolean): Parsed {
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
    s = s.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
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

export function normaliseMoney(value: CellValue | undefined, options: NumberOptions = {}): NormaliseOutcome {
  const parsed = parse(value, true);
  if (parsed === 'empty') return EMPTY;
  if (parsed === 'invalid') return NOT_A_NUMBER;
  if (parsed < 0 && !options.allowNegative) return NEGATIVE;
  return { status: 'valid', value: parsed + 0 }; // + 0 turns -0 into 0
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
