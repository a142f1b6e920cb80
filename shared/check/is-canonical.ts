/**
 * Whether a cell already holds a value's canonical form, so cleaning would not change it.
 * Hosts represent some canonical values differently (a real date, a number in a text-only CSV).
 */
import { isoDate, sameCell, type CellValue } from '../sheet/cell-value';
import { isDateFormat, isPlausibleSerial, serialToDate } from '../sheet/excel-dates';
import { isoDateTimeToUtc } from '../sheet/typed-input';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { FieldKind } from '../template/schema';

/** What isCanonical knows of the host: the snapshot's capabilities and the column's number format. */
export type CanonicalHost = Pick<SheetSnapshot, 'textOnly' | 'realDates'> & { columnFormat?: string | null };

export function isCanonical(original: CellValue, canonical: CellValue, kind: FieldKind, host: CanonicalHost): boolean {
  if (kind === 'date') {
    if (original instanceof Date) return isoDate(original) === canonical;
    if (typeof original === 'number') {
      return (
        isDateFormat(host.columnFormat) && isPlausibleSerial(original) && isoDate(serialToDate(original)) === canonical
      );
    }
    if (original !== canonical) return false;
    // Where the host writes this text as a real date (an .xlsx column showing dates), text is not that date yet.
    return !(
      host.realDates &&
      typeof canonical === 'string' &&
      isDateFormat(host.columnFormat) &&
      isoDateTimeToUtc(canonical) !== null
    );
  }
  if ((kind === 'integer' || kind === 'money') && typeof canonical === 'number') {
    if (typeof original === 'number') return original === canonical;
    // A CSV holds only text: plain digits are the number itself, "1,234" or "¥12" are not.
    return (
      Boolean(host.textOnly) &&
      typeof original === 'string' &&
      /^-?\d+(\.\d+)?$/.test(original) &&
      Number(original) === canonical
    );
  }
  if (host.textOnly && typeof original === 'string' && typeof canonical !== 'string' && canonical !== null) {
    return original === String(canonical);
  }
  return sameCell(original, canonical);
}
