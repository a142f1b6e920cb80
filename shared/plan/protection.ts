/**
 * Custodian's protection of a sheet: the header row and the customer-ID column locked (renaming a
 * header breaks the template mapping, retyping an ID breaks history and merges), everything else
 * editable, and formatting, sorting, filtering and inserting rows still allowed. Meta remembers
 * what it set per sheet, so a later setup replaces it and undo puts back what was there.
 */
import type { Protection, ProtectionAreas } from './plan';

/** What every host still allows on a protected sheet (Excel's WorksheetProtectionOptions names). */
export const PROTECTION_ALLOWS = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSort: true,
  allowAutoFilter: true,
  allowInsertRows: true,
} as const;

export function protectionMetaKey(sheet: string): string {
  return `protection.${sheet}`;
}

/** What Custodian's protection of `sheet` locks now, as meta remembers it. */
export function currentProtection(meta: Readonly<Record<string, string>>, sheet: string): ProtectionAreas | undefined {
  const text = meta[protectionMetaKey(sheet)];
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as ProtectionAreas;
    return Number.isInteger(value.headerRows) && Array.isArray(value.cols) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The meta change that keeps `currentProtection` true once the protection is applied. */
export function protectionMeta(sheet: string, protection: Protection): Record<string, string> {
  const text =
    'remove' in protection ? '' : JSON.stringify({ headerRows: protection.headerRows, cols: protection.cols });
  return { [protectionMetaKey(sheet)]: text };
}

/** The protection that undoes this one: its previous state comes back, or the protection goes. */
export function invertProtection(protection: Protection): Protection {
  const now = 'remove' in protection ? undefined : { headerRows: protection.headerRows, cols: protection.cols };
  const previous = now ? { previous: now } : {};
  const back = protection.previous;
  return back ? { headerRows: back.headerRows, cols: [...back.cols], ...previous } : { remove: true, ...previous };
}

/** Whether a 1-based cell is locked by these areas. */
export function isLocked(areas: ProtectionAreas, row: number, col: number): boolean {
  return row <= areas.headerRows || areas.cols.includes(col);
}
