/**
 * Whether a cell still holds what Custodian wrote, judged by meaning rather than by how a host
 * stored it: a host may keep the text `2024-05-05` written into a date column as a real date, or
 * the text `12` as the number 12. Used before an undo, which must not overwrite later changes.
 */
import { isoDate, sameCell, type CellValue } from '../sheet/cell-value';
import { isoDateTimeToUtc } from '../sheet/typed-input';
import { dateToSerial } from '../sheet/excel-dates';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function sameDate(date: Date, other: CellValue | undefined): boolean {
  if (other instanceof Date) return date.getTime() === other.getTime();
  if (typeof other !== 'string') return false;
  // Only the canonical text Custodian writes (yyyy-mm-dd, with the time of day it keeps); other spellings were a user's choice.
  const parsed = isoDateTimeToUtc(other.trim());
  return parsed !== null && parsed.getTime() === date.getTime() && other.trim().startsWith(isoDate(date));
}

/** Same value, or the same date or number stored another way (Date ↔ yyyy-mm-dd [hh:mm] text, 12 ↔ "12"). */
export function sameMeaning(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (sameCell(a, b)) return true;
  if (a instanceof Date) return sameDate(a, b);
  if (b instanceof Date) return sameDate(b, a);
  // A number and the text of that same number (no leading zeros, spaces or signs dropped: "0138" is not 138).
  if (typeof a === 'number' && typeof b === 'string') return PLAIN_NUMBER.test(b) && String(a) === b;
  if (typeof b === 'number' && typeof a === 'string') return PLAIN_NUMBER.test(a) && String(b) === a;
  return false;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Whether a cell read now still holds the value Custodian wrote: the same meaning, or a number written
 * into a date-formatted cell, which hosts read back as the date of that serial (Excel's count, or
 * exceljs's plain days before 1900-03-01). Not the other way: a date that reads back as a number shows as one.
 */
export function stillHolds(current: CellValue | undefined, written: CellValue | undefined): boolean {
  if (sameMeaning(current, written)) return true;
  if (!(current instanceof Date) || typeof written !== 'number') return false;
  return isSerialOf(written, current);
}

/** Whether `serial` is the day `date` as Excel counts it, or as exceljs does before 1900-03-01. */
function isSerialOf(serial: number, date: Date): boolean {
  const days = date.getTime() / MS_PER_DAY;
  return Number.isInteger(days) && (dateToSerial(date) === serial || days + UNIX_EPOCH_SERIAL === serial);
}

/**
 * stillHolds for a cell of a sheet Custodian created, which no one had shown anything in before: a date
 * written there and read back as its serial number is what the host stored (a file written without the
 * date's format), not a later change, so it counts as unchanged too.
 */
export function stillHoldsCreated(current: CellValue | undefined, written: CellValue | undefined): boolean {
  if (stillHolds(current, written)) return true;
  return written instanceof Date && typeof current === 'number' && isSerialOf(current, written);
}
