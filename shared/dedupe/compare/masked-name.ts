/**
 * Names an export starred out (拼多多's 周*, 抖音's 王**, J*** S****). What is visible is shared by
 * many people, so agreeing says nothing; but another visible surname is another person. A masked
 * name is never compared with a whole one (张* may be 张伟 or 张敏).
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellString, foldText } from '../../normalise';
import type { Comparator } from './comparator';

const STARS = /[*＊]+/g;

/** 周* → 周*, 王** → 王*, 张*伟 → 张*伟; null for a name with no star or nothing visible. */
export function maskedNameKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  const text = foldText(raw).trim().replace(/\s+/g, ' ').toLowerCase().replace(STARS, '*');
  if (!text.includes('*') || text.replace(/[*\s]/g, '') === '') return null;
  return text;
}

/** What two masked names show at one end: both something, and neither a part of the other (欧阳* and 欧* agree). */
function endsDiffer(a: string, b: string, atStart: boolean): boolean {
  if (a === '' || b === '') return false;
  return atStart ? !a.startsWith(b) && !b.startsWith(a) : !a.endsWith(b) && !b.endsWith(a);
}

export function maskedNameComparator(): Comparator<string> {
  return {
    name: 'maskedName',
    termFrequency: false,
    levels: [
      { label: 'exact', m: 0.9, u: 0.05 },
      { label: 'different', m: 0.1, u: 1 },
    ],
    key: maskedNameKey,
    prepare: (key) => key,
    compare(a, b) {
      const head = (k: string) => k.slice(0, k.indexOf('*')).trim();
      const tail = (k: string) => k.slice(k.lastIndexOf('*') + 1).trim();
      return endsDiffer(head(a), head(b), true) || endsDiffer(tail(a), tail(b), false) ? 1 : 0;
    },
    // Nothing visible differs, which is no agreement: never worded as the same name.
    explain: (level) =>
      level === 0
        ? { label: 'same-visible-characters', similarity: 0, phrase: 'same visible characters of a masked name' }
        : { similarity: 0, phrase: 'different masked names' },
  };
}
