/**
 * Short codes: postcodes, ID numbers (national ID, social security), street numbers. Exact after
 * dropping spaces and dashes, or one edit apart (a wrong, missing or swapped character).
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellString, cleanText } from '../../normalise';
import { withinOneEdit } from '../similarity';
import type { Comparator, LevelSpec } from './comparator';

export type CodeRole = 'postcode' | 'idNumber' | 'code';

const LEVELS: Record<CodeRole, LevelSpec[]> = {
  postcode: [
    { label: 'exact', m: 0.9, u: 1e-3 },
    { label: 'typo', m: 0.05, u: 5e-3 },
    { label: 'different', m: 0.05, u: 1 },
  ],
  idNumber: [
    { label: 'exact', m: 0.9, u: 1e-7 },
    { label: 'typo', m: 0.05, u: 1e-6 },
    { label: 'different', m: 0.05, u: 1 },
  ],
  code: [
    { label: 'exact', m: 0.8, u: 0.01 },
    { label: 'typo', m: 0.08, u: 0.05 },
    { label: 'different', m: 0.12, u: 1 },
  ],
};

const NAMES: Record<CodeRole, [string, string, string]> = {
  postcode: ['same postcode', 'postcodes one character apart', 'different postcodes'],
  idNumber: ['same ID number', 'ID numbers one character apart', 'different ID numbers'],
  code: ['same value', 'values one character apart', 'different values'],
};

export function codeKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  const key = cleanText(raw).toUpperCase().replace(/[\s\-_./]+/g, '');
  return key === '' ? null : key;
}

export function codeComparator(role: CodeRole): Comparator<string> {
  return {
    name: role,
    termFrequency: true,
    levels: LEVELS[role],
    key: codeKey,
    prepare: (key) => key,
    compare: (a, b) => (withinOneEdit(a, b) ? 1 : 2),
    explain: (level) => ({ similarity: [1, 0.8, 0][level] ?? 0, phrase: NAMES[role][level] ?? 'compared' }),
    blockKeys(p) {
      // One edit leaves one half of a long code intact: block on each half to find ID typos.
      if (role !== 'idNumber' || p.length < 6) return [p];
      const half = Math.floor(p.length / 2);
      return [p, `<${p.slice(0, half)}`, `>${p.slice(half + 1)}`];
    },
  };
}
