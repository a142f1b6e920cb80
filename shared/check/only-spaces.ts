/**
 * A cell of spaces only (spaces, full-width U+3000 an IME types, no-break spaces a web page pastes, tabs):
 * every command reads it as blank, but Excel does not. A filter for blanks misses it and COUNTA counts
 * it, so check says so and clean empties it.
 */
import type { CellValue } from '../sheet/cell-value';

export function holdsOnlySpaces(value: CellValue | undefined): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === '';
}
