/**
 * Short codes: postcodes, ID numbers (national ID, social security), customer IDs and other codes.
 * Exact after dropping spaces and dashes; postcodes and ID numbers also one edit apart (a wrong,
 * missing or swapped character).
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
  // Columns the template does not know (Account ID, 会员号) and customer IDs: equal or not. Two
  // codes a character apart are as likely two customers numbered in a row as one mistyped.
  code: [
    { label: 'exact', m: 0.8, u: 0.01 },
    { label: 'different', m: 0.2, u: 1 },
  ],
};

const NAMES: Record<CodeRole, string[]> = {
  postcode: ['same postcode', 'postcodes one character apart', 'different postcodes'],
  idNumber: ['same ID number', 'ID numbers one character apart', 'different ID numbers'],
  code: ['same value', 'different values'],
};

/**
 * What people type in a code column for "none" (无, 暂无, N/A, 000000000000000000): two rows
 * holding it share no code, so it is no value at all, not evidence that they are one customer.
 */
const NO_CODE = new Set([
  '无',
  '暂无',
  '没有',
  '未知',
  '不详',
  '未填',
  '空',
  '待定',
  '待补充',
  'NA',
  'NONE',
  'NULL',
  'NIL',
  'UNKNOWN',
  'TBD',
]);
// Zeros, Xs or stars typed over a code nobody had (a lucky 888888 is a real member number).
const MASK = /^(?:0{4,}|X{4,}|\*{3,})$/;

export function codeKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  const key = cleanText(raw)
    .toUpperCase()
    .replace(/[\s\-_./]+/g, '');
  return key === '' || NO_CODE.has(key) || MASK.test(key) ? null : key;
}

export function codeComparator(role: CodeRole): Comparator<string> {
  return {
    name: role,
    termFrequency: true,
    levels: LEVELS[role],
    key: codeKey,
    prepare: (key) => key,
    compare: (a, b) => (role === 'code' ? 1 : withinOneEdit(a, b) ? 1 : 2),
    explain: (level) => ({
      similarity: level === 0 ? 1 : level === LEVELS[role].length - 1 ? 0 : 0.8,
      phrase: NAMES[role][level] ?? 'compared',
    }),
    blockKeys(p) {
      // One edit leaves one half of a long code intact: block on each half to find ID typos.
      if (role !== 'idNumber' || p.length < 6) return [p];
      const half = Math.floor(p.length / 2);
      return [p, `<${p.slice(0, half)}`, `>${p.slice(half + 1)}`];
    },
  };
}
