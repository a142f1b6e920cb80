/**
 * A postcode a spreadsheet stored as a number lost its leading zero: a US ZIP of four digits (02110
 * became 2110, as check reports it: postcode.leadingZero) or an Australian postcode of three (the
 * Northern Territory's 0800 became 800). Given back where the row is of that country; elsewhere four
 * digits are a whole postcode (2150 is Parramatta's).
 */
import type { CellValue } from '../sheet/cell-value';
import { withZipZero } from '../normalise/postcode';

const AU_WITHOUT_ZERO = /^\d{3}$/;

/** The postcode with the zero it lost, for a row of `region` (US, AU); else as it is. */
export function withPostcodeZero(value: CellValue, region: string | null): CellValue {
  if (region !== 'AU') return withZipZero(value, region);
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && AU_WITHOUT_ZERO.test(text) ? `0${text}` : value;
}
