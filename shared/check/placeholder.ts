/**
 * What people type in a phone, e-mail or ID-number cell for "there is none": 无, 暂无, N/A, -, TBD, 0.
 * The words are dedupe's (codeKey in dedupe/compare/code.ts, so one list serves both), plus zeros of
 * any length, which no phone or address is. Check reports them as no value, not as a bad one; clean
 * leaves them as typed: 无 may record that a customer has no phone where a blank says nobody asked,
 * and which of the two the user means is theirs to say.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import { codeKey } from '../dedupe/compare/code';

const ZEROS = /^0+$/;
// —— and ー are how a Chinese or Japanese keyboard types a dash.
const DASHES = /[\u2010-\u2015\u2212\u30fc]/g;

/** Stars an export wrote over part of a value (脱敏): 138****8000, 110101********1234, li***@qq.com. */
const MASK_STARS = /[*＊]{2,}|\d[*＊]+\d/;

/**
 * A value an export starred out (抖音, 拼多多 and 淘宝 orders give 138****8000): a real number or
 * address of which only part is shown. Not a bad value and not "none": check says it is masked, and
 * clean, which cannot restore the hidden digits, leaves it as typed.
 */
export function isMasked(value: CellValue | undefined): boolean {
  return typeof value === 'string' && MASK_STARS.test(value);
}

export function isPlaceholder(value: CellValue | undefined): boolean {
  if (value === undefined || isBlank(value) || isMasked(value)) return false;
  if (typeof value === 'number') return value === 0;
  if (typeof value !== 'string') return false;
  const key = codeKey(value.replace(DASHES, '-'));
  return key === null || ZEROS.test(key);
}
