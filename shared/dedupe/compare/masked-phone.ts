/**
 * Phones an export starred out (抖音, 拼多多 and 淘宝 give 138****8000). Two such cells masked alike
 * either show the same visible digits or two numbers. The same visible digits are shared by ten
 * thousand numbers, so they are weak evidence of their own, never "same number"; and no two masked
 * numbers are a typo apart.
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellString, foldText } from '../../normalise';
import type { Comparator } from './comparator';

/** Visible digits around one run of stars: 138****8000, +86 138****8000, 138xxxx8000. */
const MASKED = /^(\d*)\*+(\d*)$/;

export function maskedPhoneKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  const text = foldText(raw)
    .replace(/[\s\-()]/g, '')
    .replace(/^(?:\+|00)86(?=1\d)/, '')
    .replace(/[xX×＊]/g, '*');
  const masked = MASKED.exec(text);
  // A number typed whole in a masked column cannot be set beside the masked ones.
  if (!masked || masked[1]!.length + masked[2]!.length < 4) return null;
  return text;
}

export function maskedPhoneComparator(): Comparator<string> {
  return {
    name: 'maskedPhone',
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.9, u: 1e-3 },
      { label: 'different', m: 0.1, u: 1 },
    ],
    key: maskedPhoneKey,
    prepare: (key) => key,
    compare: () => 1,
    explain: (level) =>
      level === 0
        ? { label: 'same-visible-digits', similarity: 1, phrase: 'same visible digits of a masked number' }
        : { similarity: 0, phrase: 'different masked numbers' },
  };
}
