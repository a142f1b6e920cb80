/**
 * Phones: equal when their E.164 forms are (the normaliser reads +86, spaces, dashes and
 * full-width digits); one wrong, missing or swapped digit is a typo. Numbers the normaliser
 * rejects (often that very typo) keep their digits so they can still be compared.
 */
import type { CellValue } from '../../sheet/cell-value';
import { foldText, phoneKey } from '../../normalise';
import { withinOneEdit } from '../similarity';
import type { Comparator } from './comparator';

export interface PreparedPhone {
  key: string;
  /** Digits without "+" and extension; country code included when known. */
  digits: string;
  international: boolean;
}

export function phoneComparator(region: string): Comparator<PreparedPhone> {
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
      const e164 = phoneKey(value, region);
      if (e164) return e164;
      const digits = foldText(String(value)).replace(/\D/g, '');
      return digits.length >= 6 && digits.length <= 15 ? `#${digits}` : null;
    },
    prepare(key) {
      const international = key.startsWith('+');
      const digits = (international ? key.slice(1) : key.slice(1)).replace(/;ext=.*$/, '');
      return { key, digits, international };
    },
    compare(a, b) {
      if (a.digits === b.digits) return 0;
      if (a.international === b.international) return withinOneEdit(a.digits, b.digits) ? 1 : 2;
      // One number lost its country code to the typo: compare the national parts.
      const [full, bare] = a.international ? [a.digits, b.digits] : [b.digits, a.digits];
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
