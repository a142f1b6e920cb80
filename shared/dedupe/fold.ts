/**
 * The text a comparator keys on: the normaliser's clean text, then every compatibility form
 * folded (the clean text keeps CJK punctuation such as （） for display; matching does not),
 * lower-cased, and traditional Chinese characters read as simplified (華為 = 华为).
 */
import type { CellValue } from '../sheet/cell-value';
import { cellString, cleanText, isPlainText } from '../normalise';
import { simplifiedHan } from './simplified';

export function matchText(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  if (isPlainText(raw)) return simplifiedHan(raw.toLowerCase());
  const text = cleanText(raw).normalize('NFKC').toLowerCase().trim();
  return text === '' ? null : simplifiedHan(text);
}
