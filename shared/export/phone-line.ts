/**
 * Which of a CRM's phone columns a number goes to: a Chinese number by its digits (a mobile to
 * Mobile, a landline or service number to Phone); another country's by the sheet's header.
 */
import type { CellValue } from '../sheet/cell-value';
import { phoneKey } from '../normalise';
import { simplifiedHan } from '../dedupe/simplified';

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

/**
 * Which phone column of a CRM a number goes to. Chinese numbers tell mobiles from landlines by
 * their digits; other numbers cannot, so the sheet's header decides ("Mobile", "Cell", 手机).
 */
export function phoneLine(value: CellValue, regions: PhoneRegions, sheetHeader: string): 'mobile' | 'other' {
  const key = phoneKey(value, regions);
  if (key !== null && key.startsWith('+86')) return CN_MOBILE_E164.test(key) ? 'mobile' : 'other';
  return MOBILE_HEADER.test(simplifiedHan(sheetHeader)) ? 'mobile' : 'other';
}
