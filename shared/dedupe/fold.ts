/**
 * The text a comparator keys on: the normaliser's clean text, then every compatibility form
 * folded (the clean text keeps CJK punctuation such as （） for display; matching does not) and
 * lower-cased.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellString, cleanText, isPlainText } from '../normalise';

export function matchText(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  if (isPlainText(raw)) return raw.toLowerCase();
  const text = cleanText(raw).normalize('NFKC').toLowerCase().trim();
  return text === '' ? null : text;
}
