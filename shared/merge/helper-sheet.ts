/**
 * Appending to a helper sheet (archive, log) whose header row a plan cannot see. Convention: meta
 * key `helperSheet.header.<sheet name>` holds the header row last written there (JSON). When it
 * is missing (a new sheet) or differs (the customer sheet gained a column), the append starts with
 * the header row, so every block of rows sits under the header that describes it.
 */
import type { CellValue } from '../sheet/cell-value';
import type { CellExtras } from '../sheet/snapshot';
import type { SheetWrite } from '../plan/plan';

export const HELPER_HEADER_KEY = 'helperSheet.header.';

export interface HelperAppend {
  write: SheetWrite;
  meta: Record<string, string>;
}

export function appendToHelperSheet(
  meta: Readonly<Record<string, string>>,
  name: string,
  header: readonly string[],
  rows: CellValue[][],
  /** Links, notes and formats parallel to `rows`; left out of the write when no row has any. */
  extras?: ((CellExtras | null)[] | null)[],
): HelperAppend {
  const key = HELPER_HEADER_KEY + name;
  const json = JSON.stringify(header);
  const needsHeader = meta[key] !== json;
  const withExtras = extras?.some((e) => e !== null) ? { extras: needsHeader ? [null, ...extras] : extras } : {};
  return {
    write: { name, hidden: false, mode: 'append', rows: needsHeader ? [[...header], ...rows] : rows, ...withExtras },
    meta: needsHeader ? { [key]: json } : {},
  };
}
