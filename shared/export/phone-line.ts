/**
 * Which of a CRM's phone columns a number goes to. A Chinese number by its digits (a mobile to Mobile,
 * a landline or service number to Phone, or to Home Phone where the sheet says it is a home number);
 * another country's as the sheet says (the number's label, its type column, its header: Mobile, Home,
 * Work …), else by its type in libphonenumber-js's metadata: MOBILE to Mobile, and a fixed line, or a
 * number that can be either (FIXED_LINE_OR_MOBILE: US and Canadian ones), to Phone. Nothing but the
 * sheet makes a number a home one.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CellValue } from '../sheet/cell-value';
import { phoneKey } from '../normalise';
import { simplifiedHan } from '../dedupe/simplified';
import { labelledLine } from '../normalise/phone-labels';

// With the extension of an order's privacy number (13800138000-1234): still a mobile line.
const CN_MOBILE_E164 = /^\+861[3-9]\d{9}(?:;ext=\d+)?$/;

/**
 * How phones are read, as check reads them: the template's region, the sheet's majority, the row's
 * country, else the place the row names (another number's +853, an address in 澳門: phone-row-place.ts).
 */
export interface PhoneRegions {
  defaultRegion: string;
  sheetRegion: string;
  otherSheetRegions?: readonly string[];
  rowRegion: string | null;
  rowPlace?: string | null;
  /** The list is no team's of the template region (phone-list-home.ts): its numbers keep their +code too, as check writes them. */
  foreignList?: true;
}

/** Mobile as headers say it: 手机 (手機), Hong Kong's 手提 and 流動電話, Taiwan's 行動電話, Apple Contacts' Phone (iPhone). */
const MOBILE_HEADER = /mobile|cell|iphone|手机|移动|手提|流动|行动/i;
/** A header naming a home line: Home Phone, 家庭电话, 住宅电话, 宅电. */
const HOME_HEADER = /home|家庭|住宅|宅电/i;
/** A header naming another line that is not a mobile: Business Phone, Landline, 座机, 办公电话. */
const OTHER_HEADER = /business|work|office|landline|main|座机|固话|固定|办公|总机/i;
/** A number labelled as a home one (Home: 020 7946 0958). */
const HOME_LABEL = /^home\s*[:：]/i;

/** A CRM phone line: Mobile, Home Phone, or Phone (every other number). */
export type PhoneLine = 'mobile' | 'home' | 'other';

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

/** The line the sheet gives a number: its label, else its type column (`said`), else its header. */
function sheetLine(value: CellValue, sheetHeader: string, said: PhoneLine | undefined): PhoneLine | undefined {
  const labelled = typeof value === 'string' ? labelledLine(value) : undefined;
  if (typeof value === 'string' && labelled !== undefined)
    return labelled === 'mobile' ? 'mobile' : HOME_LABEL.test(value.trim()) ? 'home' : 'other';
  if (said !== undefined) return said;
  const header = simplifiedHan(sheetHeader);
  if (MOBILE_HEADER.test(header)) return 'mobile';
  if (HOME_HEADER.test(header)) return 'home';
  return OTHER_HEADER.test(header) ? 'other' : undefined;
}

/**
 * Which phone column of a CRM a number goes to. `said` is the line the row's type column names
 * (Google's Phone 1 - Type), when it has one. 'home' only where the sheet says so; a layout without
 * a home line writes it as 'other' (row-phones.ts).
 */
export function phoneLine(value: CellValue, regions: PhoneRegions, sheetHeader: string, said?: PhoneLine): PhoneLine {
  const key = phoneKey(value, regions);
  const given = sheetLine(value, sheetHeader, said);
  // A Chinese mobile is one whatever the sheet says; a landline typed as the home's is the home's.
  if (key !== null && key.startsWith('+86'))
    return CN_MOBILE_E164.test(key) ? 'mobile' : given === 'home' ? 'home' : 'other';
  if (given !== undefined) return given;
  return key !== null && isMobileNumber(key) ? 'mobile' : 'other';
}
