/**
 * A phone cell that holds several numbers (13800138000/13900139000, 0571-87001234 13800001111,
 * WeCom's 备注手机号 joined by commas): its numbers, each as typed. Check reports such a cell
 * (phone.several) and leaves it as typed; dedupe matches a row on any of its numbers.
 */

/**
 * Between two numbers typed into one cell: 13800138000/13900139000, 139…，010-…, 139… 或 138…, and
 * Google Contacts' " ::: " between the values of one field.
 */
const BETWEEN_NUMBERS = /\s*(?::::|[/／,，;；、|]|或|or)\s*/i;

/** The cell's numbers when it holds two or more that each `reads` as a number; else null. */
export function phoneParts(value: string, reads: (text: string) => boolean): string[] | null {
  const parts = value
    .split(BETWEEN_NUMBERS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length >= 2 && parts.every(reads)) return parts;
  // Two whole numbers apart by a space only (0571-87001234 13800001111), as merchant exports write them.
  const spaced = value.trim().split(/\s+/);
  if (spaced.length >= 2 && spaced.every(reads)) return spaced;
  return null;
}
