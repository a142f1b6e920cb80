/**
 * Phones: equal when their E.164 forms are (the normaliser reads +86, spaces, dashes and
 * full-width digits); one wrong, missing or swapped digit is a typo. Numbers the normaliser
 * rejects (often that very typo) keep their digits so they can still be compared.
 */
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { CellValue } from '../../sheet/cell-value';
import { foldText, phoneKey } from '../../normalise';
import { editSketch, hashString, mayBeWithinOneEdit, withinOneEdit, type EditSketch } from '../similarity';
import type { Comparator } from './comparator';

export interface PreparedPhone extends EditSketch {
  digitsHash: number;
  key: string;
  /** Digits without "+" and extension; country code included when known. */
  digits: string;
  international: boolean;
  /** A Chinese fixed line (an office switchboard is shared by colleagues); false when unknown. */
  landline: boolean;
  /** A Chinese mobile number (one person's); false when unknown. */
  mobile: boolean;
}

/**
 * Digits of a number the normaliser rejected: "+" and the region's own calling code dropped (so
 * "+86 141 0314 4192" and "141-0314-4192" agree), "+" kept before other calling codes, a trunk 0 dropped.
 */
export function fallbackPhoneKey(text: string, callingCode: string): string | null {
  const folded = foldText(text).trim();
  let digits = folded.replace(/\D/g, '');
  let international = /^\(?(?:\+|00)/.test(folded);
  if (international && folded.replace(/^\(/, '').startsWith('00')) digits = digits.slice(2);
  if (callingCode && digits.startsWith(callingCode) && (international || digits.length - callingCode.length >= 10)) {
    digits = digits.slice(callingCode.length);
    international = false;
  }
  if (!international) digits = digits.replace(/^0/, '');
  if (digits.length < 6 || digits.length > 15) return null;
  return international ? `+${digits}` : `#${digits}`;
}

// Digits and the punctuation people put between them, nothing else.
const PLAIN_NUMBER = /^[\d\s\-()+./]+$/;

export function phoneComparator(region: string): Comparator<PreparedPhone> {
  const callingCode = isSupportedCountry(region) ? getCountryCallingCode(region) : '';
  return {
    name: 'phone',
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.88, u: 1e-6 },
      { label: 'typo', m: 0.03, u: 1e-7 },
      { label: 'different', m: 0.09, u: 1 },
    ],
    key(value: CellValue) {
      if (value === null || value === '') return null;
      // A plainly written number needs no parsing to be matched: its digits, with the region's
      // calling code and trunk 0 dropped, are the national number phoneKey would give (tested).
      // Parsing is kept for the rest (extensions, letters), and is slow on a million rows.
      const text = foldText(String(value)).trim();
      if (PLAIN_NUMBER.test(text)) return fallbackPhoneKey(text, callingCode);
      const e164 = phoneKey(value, region);
      if (e164) {
        // The region's own numbers keep only national digits, like rejected numbers do.
        return callingCode && e164.startsWith(`+${callingCode}`) && !e164.includes(';') ? `#${e164.slice(callingCode.length + 1)}` : e164;
      }
      return fallbackPhoneKey(String(value), callingCode);
    },
    prepare(key) {
      const international = key.startsWith('+');
      const digits = key.slice(1).replace(/;ext=.*$/, '');
      const chinese = callingCode === '86' && !international;
      const mobile = chinese && /^1[3-9]\d{9}$/.test(digits);
      const sketch = editSketch(digits);
      return {
        sketchLength: sketch.sketchLength, sketchHead: sketch.sketchHead, sketchTail: sketch.sketchTail,
        digitsHash: hashString(digits), key, digits, international, landline: chinese && !mobile, mobile,
      };
    },
    compare(a, b) {
      if (a.digitsHash === b.digitsHash && a.digits === b.digits) return 0;
      if (a.international === b.international) return mayBeWithinOneEdit(a, b) && withinOneEdit(a.digits, b.digits) ? 1 : 2;
      // One number was written with a country code, the other without: compare the national parts.
      const [full, bare] = a.international ? [a.digits, b.digits] : [b.digits, a.digits];
      for (let cc = 1; cc <= 3; cc++) if (full.slice(cc) === bare) return 0;
      for (let cc = 1; cc <= 3; cc++) if (withinOneEdit(full.slice(cc), bare)) return 1;
      return 2;
    },
    explain(level) {
      if (level === 0) return { similarity: 1, phrase: 'same number' };
      if (level === 1) return { similarity: 0.9, phrase: 'numbers one digit apart' };
      return { similarity: 0, phrase: 'different numbers' };
    },
  };
}
