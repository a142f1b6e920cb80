/**
 * A column as messages name it: its header, and where another column has the same header (电话 over a
 * mobile and 电话 over a landline, as system exports give them) its letter too, 电话 (C列) / Phone (column C).
 * Such columns are told apart by their letter: the sheet's headers stay as typed.
 */
import type { Locale } from '../i18n/locale';
import { columnLetter } from './a1';
import { headerKey } from './header-row';

/** The 1-based columns whose header another column has too (compared as headerKey folds them). */
export function sharedHeaderColumns(headers: readonly string[]): Set<number> {
  const byKey = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const key = headerKey(header);
    if (key === '') return;
    const cols = byKey.get(key);
    if (cols) cols.push(index + 1);
    else byKey.set(key, [index + 1]);
  });
  return new Set([...byKey.values()].filter((cols) => cols.length > 1).flat());
}

/** The header with the column's letter: 电话 (C列), Phone (column C). */
export function columnWithLetter(header: string, col: number, locale: Locale): string {
  const letter = columnLetter(col);
  return locale === 'zh-CN' ? `${header} (${letter}列)` : `${header} (column ${letter})`;
}

/** Each column's name, in sheet order: the header, with its letter where the header is shared. */
export function columnNames(headers: readonly string[], locale: Locale): string[] {
  const shared = sharedHeaderColumns(headers);
  return headers.map((header, index) => (shared.has(index + 1) ? columnWithLetter(header, index + 1, locale) : header));
}

/**
 * The key of a mapping correction that names a column by its letter (`#C`), where naming it by its
 * header would name two columns. It wins over a correction keyed by the header.
 */
export function columnOverrideKey(col: number): string {
  return `#${columnLetter(col)}`;
}
