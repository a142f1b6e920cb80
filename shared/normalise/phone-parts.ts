/**
 * A phone cell that holds several numbers (13800138000/13900139000, 0571-87001234 13800001111,
 * WeCom's 备注手机号 joined by commas, QuickBooks' Phone:… Mobile:…): its numbers, each as typed, but
 * for a landline's area code typed once for two lines (0551-65331234/65335678), which the second is given.
 * Check reports such a cell (phone.several) and leaves it as typed, unless each number has its label
 * (phone.ts); dedupe matches a row on any of its numbers.
 */
import { labelledNumbers } from './phone-labels';

/**
 * Between two numbers typed into one cell: 13800138000/13900139000, 139…，010-…, 139… 或 138…,
 * Google Contacts' " ::: " between the values of one field, and a line break (a card scanner's
 * export puts each of a card's mobiles on a line of its own).
 */
const BETWEEN_NUMBERS = /\s*(?::::|[/／,，;；、|\n]|或|or)\s*/i;

/** The cell's numbers when it holds two or more that each `reads` as a number; else null. */
export function phoneParts(value: string, reads: (text: string) => boolean): string[] | null {
  // Phone:(615) 333-0424 Mobile:(615) 925-7247: each number with its label, which says its line.
  const labelled = labelledNumbers(value)?.map((part) => value.slice(part.start, part.end));
  if (labelled?.every(reads)) return labelled;
  const parts = value
    .split(BETWEEN_NUMBERS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length >= 2 && parts.every(reads)) return parts;
  const whole = parts.length >= 2 ? withSharedAreaCode(parts, reads) : null;
  if (whole) return whole;
  // Two whole numbers apart by a space only (0571-87001234 13800001111), as merchant exports write them.
  const spaced = value.trim().split(/\s+/);
  if (spaced.length >= 2 && spaced.every(reads)) return spaced;
  return null;
}

/**
 * A Chinese landline as typed: its area code by the numbering plan (010, 02x, 0xxx; in brackets or not)
 * with what follows it, and its local number, grouped or not (65331234, 6361 1226).
 */
const LANDLINE = /^(\(?0(?:10|2\d|[3-9]\d\d)\)?[\s-]*)(\d+(?:[\s-]\d+)*)$/;
const DIGITS = /^\d+(?:[\s-]\d+)*$/;
const SEPARATORS = /[\s-]/g;

/**
 * The parts with the first's area code given to each later part that is no number alone: a part of
 * the local number's length is another local number (0551-65331234/65335678), one of its last typed
 * group's length replaces that group (021-6361 1226/1227). Null when any part is neither.
 */
function withSharedAreaCode(parts: readonly string[], reads: (text: string) => boolean): string[] | null {
  const first = LANDLINE.exec(parts[0]!);
  if (!first || !reads(parts[0]!)) return null;
  const [, area, local] = first as unknown as [string, string, string];
  const localDigits = local.replace(SEPARATORS, '').length;
  const groups = local.split(/[\s-]/);
  const lastGroup = groups.length >= 2 ? groups[groups.length - 1]! : null;
  const whole = [parts[0]!];
  for (const part of parts.slice(1)) {
    if (reads(part)) {
      whole.push(part);
      continue;
    }
    if (!DIGITS.test(part)) return null;
    const digits = part.replace(SEPARATORS, '');
    let number: string | null = null;
    if (digits.length === localDigits) number = area + part;
    else if (lastGroup && digits === part && digits.length === lastGroup.length)
      number = area + local.slice(0, local.length - lastGroup.length) + part;
    if (number === null || !reads(number)) return null;
    whole.push(number);
  }
  return whole;
}
