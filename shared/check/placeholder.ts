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

export function isPlaceholder(value: CellValue | undefined): boolean {
  if (value === undefined || isBlank(value)) return false;
  if (typeof value === 'number') return value === 0;
  if (typeof value !== 'string') return false;
  const key = codeKey(value.replace(DASHES, '-'));
  return key === null || ZEROS.test(key);
}
