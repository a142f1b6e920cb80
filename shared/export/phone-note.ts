/**
 * A number and a note in one phone cell (138 0013 8000（微信同号）, 0577-65551234 晚上打): the CRM's
 * phone column takes the number, the notes take the note. Whether a cell is one is the phone
 * normaliser's reading (check's phone.withNote); this only says where the number ends.
 */
import type { CellValue } from '../sheet/cell-value';
import { normalisePhone, phoneKey } from '../normalise/phone';
import type { PhoneRegions } from './phone-line';

export interface NotedNumber {
  /** The number as typed. */
  number: string;
  /** The note, without its brackets. */
  note: string;
}

/** A note in brackets at the end: （微信同号）, (after 6pm). */
const BRACKETED = /^(.*?)\s*[（(]([^()（）]*)[)）]$/s;
/** After a slash: 13912345678 / 微信同号. */
const SLASHED = /^(.*\d)\s*[/／]\s*(\S.*)$/s;
/** Up to the last digit: 0577-65551234 晚上打. */
const AFTER_DIGITS = /^(.*\d)\s+(\S.*)$/s;

/**
 * The number and the note of a cell the phone normaliser reads as a number with a note, or with a
 * person's name after it (13912345678 张总: a CRM's notes keep the name); null for any other cell, and
 * where the number alone is not one valid number (two readings stay as typed).
 */
export function notedNumber(value: CellValue, regions: PhoneRegions): NotedNumber | null {
  if (typeof value !== 'string') return null;
  const outcome = normalisePhone(value, regions);
  if (outcome.status !== 'invalid' || (outcome.code !== 'phone.withNote' && outcome.code !== 'phone.withName'))
    return null;
  const text = value.trim();
  const parts = BRACKETED.exec(text) ?? SLASHED.exec(text) ?? AFTER_DIGITS.exec(text);
  if (!parts) return null;
  const number = parts[1]!.trim();
  const note = parts[2]!.trim();
  return note !== '' && phoneKey(number, regions) !== null ? { number, note } : null;
}
