/**
 * Which of a CRM's phone columns a number goes to. A Chinese number by its digits (a mobile to Mobile,
 * a landline or service number to Phone); another country's as the sheet says (the number's label, its
 * type column, its header), else by its type in libphonenumber-js's metadata: MOBILE to Mobile, and a
 * fixed line, or a number that can be either (FIXED_LINE_OR_MOBILE: US and Canadian ones), to Phone.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CellValue } from '../sheet/cell-value';
import { phoneKey } from '../normalise';
import { simplifiedHan } from '../dedupe/simplified';
import { labelledLine } from '../normalise/phone-labels';

// With the extension of an order's privacy number (13800138000-1234): still a mobile line.
const CN_MOBILE_E164 = /^\+861[3-9]\d{9}(?:;ext=\d+)?$/;

/** How phones are read, as check reads them: the template's region, the sheet's majority, the row's country. */
export interface PhoneRegions {
  defaultRegion: string;
  sheetRegion: string;
  otherSheetRegions?: readonly string[];
  rowRegion: string | null;
}

/** Mobile as headers say it: 手机 (手機), Hong Kong's 手提 and 流動電話, Taiwan's 行動電話. */
const MOBILE_HEADER = /mobile|cell|手机|移动|手提|流动|行动/i;
/** A header naming a line that is not a mobile: Business Phone, Home Phone, Landline, 座机, 办公电话. */
const OTHER_HEADER = /business|work|office|home|landline|main|座机|固话|固定|办公|家庭|住宅|总机/i;

/** E.164 numbers known to be mobiles, by libphonenumber-js's type (parsing is the slow part of a large list). */
const mobileTypes = new Map<string, boolean>();
const TYPES_KEPT = 50_000;

function isMobileNumber(key: string): boolean {
  const e164 = key.replace(/;ext=\d+$/, '');
  let mobile = mobileTypes.get(e164);
  if (mobile === undefined) {
    mobile = parsePhoneNumberFromString(e164)?.getType() === 'MOBILE';
    if (mobileTypes.size >= TYPES_KEPT) mobileTypes.clear();
    mobileTypes.set(e164, mobile);
  }
  return mobile;
}

/**
 * Which phone column of a CRM a number goes to. `said` is the line the row's type column names
 * (Google's Phone 1 - Type), when it has one.
 */
export function phoneLine(
  value: CellValue,
  regions: PhoneRegions,
  sheetHeader: string,
  said?: 'mobile' | 'other',
): 'mobile' | 'other' {
  const key = phoneKey(value, regions);
  if (key !== null && key.startsWith('+86')) return CN_MOBILE_E164.test(key) ? 'mobile' : 'other';
  const labelled = typeof value === 'string' ? labelledLine(value) : undefined;
  if (labelled !== undefined) return labelled === 'mobile' ? 'mobile' : 'other';
  if (said !== undefined) return said;
  const header = simplifiedHan(sheetHeader);
  if (MOBILE_HEADER.test(header)) return 'mobile';
  if (OTHER_HEADER.test(header)) return 'other';
  return key !== null && isMobileNumber(key) ? 'mobile' : 'other';
}
