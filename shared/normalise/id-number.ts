/**
 * Chinese resident ID numbers (居民身份证号码, GB 11643-1999): 6 digits of address, the birth date as
 * yyyymmdd, 3 of sequence, and a check digit (ISO 7064 MOD 11-2, X for 10); the old kind has 15 digits
 * with a yymmdd birth date and no check digit. Checked only in a column that mostly holds them
 * (`holdsChineseIds`): passports, SSNs and other countries' IDs share the field and are left alone.
 * An ID number is never rewritten but for the check digit x, which the standard writes X
 * (`idNumberAsWritten`): a CRM would take 11010519820315451x and …451X for two people.
 */
import type { CellValue } from '../sheet/cell-value';
import { isoFromParts } from './date';
import { EMPTY, foldText } from './text';
import { withoutTextMarker } from './text-marker';
import type { NormaliseOutcome } from './types';

const WRONG_LENGTH: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'idNumber.wrongLength' });
const BAD_CHECK_DIGIT: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'idNumber.badCheckDigit' });
const BAD_BIRTH_DATE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'idNumber.badBirthDate' });
const DIGITS_LOST: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'idNumber.digitsLost' });

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** Excel's text for a long number in General format: 3.20102E+17. */
const SCIENTIFIC = /^\d(?:\.\d+)?e\+?(\d{1,2})$/i;
/** Digits, with the check digit X last; spaces and dashes people group them with are ignored. */
const DIGITS = /^\d+[xX]?$/;
/** Lengths a mistyped resident ID number has (one or two digits off 15 or 18); other codes are another document. */
const NEAR_LENGTHS = { min: 14, max: 20 };
/** Excel keeps 15 significant digits: a longer number cell has lost its last ones. */
const EXACT_DIGITS = 1e15;
const SAMPLE = 2_000;
const PLAIN_ID = /^\d{17}[\dXx]$|^\d{15}$/;

/** The characters of an ID number that count: folded to half-width, the text marker ('), spaces and dashes dropped. */
export function idDigits(value: CellValue): string {
  // The common cell, 18 plain digits, is its own: no folding, no copies.
  if (typeof value === 'string' && PLAIN_ID.test(value)) return value;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return withoutTextMarker(foldText(text)).replace(/[\s-]/g, '');
}

/** The birth date inside an ID number as written there (yyyy-mm-dd, possibly impossible), or null. */
export function idBirthDate(value: CellValue): string | null {
  const digits = idDigits(value);
  if (digits.length === 18) return `${digits.slice(6, 10)}-${digits.slice(10, 12)}-${digits.slice(12, 14)}`;
  if (digits.length === 15) return `19${digits.slice(6, 8)}-${digits.slice(8, 10)}-${digits.slice(10, 12)}`;
  return null;
}

/** A man's or a woman's number: the 17th digit (the 15th of an old one) is odd for a man, even for a woman. */
export type IdSex = 'male' | 'female';

/**
 * What a resident ID number says of its holder, for a cell `normaliseChineseId` finds valid and made
 * of 18 or 15 digits (a passport's letters, a blank or a broken number say nothing): the birth date
 * (an old number's century is not written: `century` false) and the sex. Read from the characters'
 * codes, as check reads every row's (id-number-row.ts).
 */
export function idHolder(
  value: CellValue,
  now?: Date,
): { year: number; month: number; day: number; century: boolean; sex: IdSex; digits: string } | null {
  if (typeof value === 'number' ? !Number.isInteger(value) || value >= EXACT_DIGITS : typeof value !== 'string')
    return null;
  const digits = idDigits(value);
  const long = digits.length === 18;
  if (!long && digits.length !== 15) return null;
  let sum = 0;
  for (let i = long ? 16 : 14; i >= 0; i--) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    sum += d * WEIGHTS[i]!;
  }
  const last = digits.charCodeAt(17);
  if (long && CHECK_CHARS.charCodeAt(sum % 11) !== (last === 120 ? 88 : last)) return null; // x read as X
  const at = (i: number) => (digits.charCodeAt(i) - 48) * 10 + digits.charCodeAt(i + 1) - 48;
  const year = long ? at(6) * 100 + at(8) : 1900 + at(6);
  const [month, day] = long ? [at(10), at(12)] : [at(8), at(10)];
  if (isoFromParts(year, month, day) === null || (now && year * 10_000 + month * 100 + day > dayNumber(now)))
    return null;
  return {
    year,
    month,
    day,
    century: long,
    sex: digits.charCodeAt(long ? 16 : 14) % 2 === 1 ? 'male' : 'female',
    digits,
  };
}

/**
 * A cell of an ID-number column as clean writes it: the apostrophe an export put before it dropped
 * ('0012345) and, in a column of Chinese resident ID numbers (`chineseIds`), a check digit x written X,
 * the same digit in its standard form. Spaces, width and everything else stay as typed; a passport or
 * another column's ID keeps its case.
 */
export function idNumberAsWritten(value: CellValue, chineseIds: boolean): CellValue {
  if (typeof value !== 'string') return value;
  const text = withoutTextMarker(value);
  if (!chineseIds || !/[xｘ]\s*$/.test(text)) return text;
  const digits = idDigits(text);
  if (!/^\d{17}x$/i.test(digits) || idCheckDigit(digits) !== 'X') return text;
  return text.replace(/[xｘ](\s*)$/, 'X$1');
}

/** Whether `canonical` is `value` with its ID number's check digit x written X, and no other change. */
export function isCheckDigitCase(value: CellValue, canonical: unknown): boolean {
  return (
    typeof value === 'string' &&
    typeof canonical === 'string' &&
    canonical !== value &&
    canonical.toLowerCase() ===
      withoutTextMarker(value)
        .replace(/ｘ(\s*)$/, 'x$1')
        .toLowerCase()
  );
}

/** The check digit of the first 17 digits. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Whether a column holds Chinese resident ID numbers: most of its filled cells (blanks and
 * non-digit words such as 无 aside) are 18 or 15 digits, or the number Excel made of one.
 */
export function holdsChineseIds(values: readonly (readonly CellValue[] | undefined)[], col: number): boolean {
  let ids = 0;
  let others = 0;
  for (let r = 1; r < values.length && ids + others < SAMPLE; r++) {
    const cell = values[r]?.[col - 1];
    if (cell === null || cell === undefined) continue;
    const shape = idShape(cell);
    if (shape === 'id') ids++;
    else if (shape === 'other') others++;
  }
  return ids > others;
}

function idShape(cell: CellValue): 'id' | 'other' | null {
  if (typeof cell === 'number') {
    if (cell === 0) return null; // typed for none, like 无
    const digits = Math.floor(Math.log10(Math.abs(cell))) + 1;
    return digits === 15 || digits === 18 ? 'id' : 'other';
  }
  if (typeof cell !== 'string') return 'other';
  const text = idDigits(cell);
  if (text === '') return null;
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) return scientific[1] === '17' || scientific[1] === '14' ? 'id' : 'other';
  if (/^\d{17}[\dX]$/i.test(text) || /^\d{15}$/.test(text)) return 'id';
  // A word (无, 暂无, N/A) says nothing of what the column holds, nor does an 18-digit number with a
  // digit lost or doubled (no country's ID has 17 or 19 digits).
  if (!/\d/.test(text) || /^\d{16}[\dX]$|^\d{18}[\dX]$/i.test(text)) return null;
  return 'other';
}

/** A cell of a column `holdsChineseIds` said yes to: valid as typed, or why it is no resident ID number. */
export function normaliseChineseId(value: CellValue | undefined, now?: Date): NormaliseOutcome {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return { status: 'valid', value };
    // The cell shows "320102199001011000": the number format kept Excel's 15 digits, not the ID's 18.
    if (value >= EXACT_DIGITS) return DIGITS_LOST;
    return Number.isInteger(value) ? checkDigits(String(value), value, now) : { status: 'valid', value };
  }
  if (typeof value !== 'string') return { status: 'valid', value };
  const digits = idDigits(value);
  if (digits === '') return EMPTY;
  // A CSV saved by Excel from a General column: "3.20102E+17".
  const scientific = SCIENTIFIC.exec(digits);
  if (scientific && Number(scientific[1]) >= NEAR_LENGTHS.min - 1) return DIGITS_LOST;
  // Letters make it another document (a passport, a Hong Kong identity card): not ours to judge.
  if (!DIGITS.test(digits)) return { status: 'valid', value };
  return checkDigits(digits, value, now);
}

function checkDigits(digits: string, value: CellValue, now: Date | undefined): NormaliseOutcome {
  const valid: NormaliseOutcome = { status: 'valid', value };
  if (digits.length === 18) {
    if (!realBirthDate(digits.slice(6, 14), now)) return BAD_BIRTH_DATE;
    if (idCheckDigit(digits) === digits[17]!.toUpperCase()) return valid;
    // Three zeros where the sequence and check digit were: the 15 digits Excel kept of a number.
    return digits.endsWith('000') ? DIGITS_LOST : BAD_CHECK_DIGIT;
  }
  if (digits.length === 15 && /^\d+$/.test(digits)) {
    return realBirthDate(`19${digits.slice(6, 12)}`, now) ? valid : BAD_BIRTH_DATE;
  }
  return digits.length >= NEAR_LENGTHS.min && digits.length <= NEAR_LENGTHS.max ? WRONG_LENGTH : valid;
}

function realBirthDate(yyyymmdd: string, now: Date | undefined): boolean {
  const iso = isoFromParts(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8)));
  // Compared as numbers: a million rows' toISOString() was most of the cost of reading their IDs.
  return iso !== null && (now === undefined || Number(yyyymmdd) <= dayNumber(now));
}

let lastTime = NaN;
let lastDay = 0;

/** Today as yyyymmdd; the same `now` comes with every row of a sheet. */
function dayNumber(now: Date): number {
  const time = now.getTime();
  if (time !== lastTime) {
    lastTime = time;
    lastDay = now.getUTCFullYear() * 10_000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  }
  return lastDay;
}
