/**
 * Addresses an export starred out (淘宝's 买家支付宝账号 lily***@163.com, a CRM's masked contact
 * e-mail j***@example.com). What is visible is shared by many people's addresses and is most often the
 * name's own letters (zm***@126.com for 张敏), so agreeing adds little to a name that agrees and never
 * says who a row is (not an identifying role: a name and a masked address alone are reviewed); two
 * masked addresses that show different characters are two addresses. Never compared with a whole one.
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellString, foldText } from '../../normalise';
import type { Comparator } from './comparator';

const STARS = /[*＊]+/g;

/** lily***@163.com → lily*@163.com; null for an address with no star in its user name, or nothing visible there. */
export function maskedEmailKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  const text = foldText(raw).trim().toLowerCase().replace(STARS, '*');
  const at = text.lastIndexOf('@');
  if (at <= 0 || !text.slice(0, at).includes('*') || text.slice(0, at).replace(/\*/g, '') === '') return null;
  if (!/^[^\s@]+\.[^\s@]+$/.test(text.slice(at + 1))) return null;
  return text;
}

/** Whether an address's user name is starred out (lily***@163.com). */
export function isMaskedEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  return at > 0 && /[*＊]/.test(text.slice(0, at));
}

export function maskedEmailComparator(): Comparator<string> {
  return {
    name: 'maskedEmail',
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.9, u: 0.02 },
      { label: 'different', m: 0.1, u: 1 },
    ],
    key: maskedEmailKey,
    prepare: (key) => key,
    compare: () => 1,
    explain: (level) =>
      level === 0
        ? { label: 'same-visible-characters', similarity: 0, phrase: 'same visible characters of a masked address' }
        : { similarity: 0, phrase: 'different masked addresses' },
  };
}
