/**
 * The number a header gives its column among columns of the same kind: 电话2, Phone 2, 第二联系人,
 * Second Contact, 联系人2电话, Contact 2 Email. A list with two contacts per row numbers each person's
 * columns alike; mapping and export read the number the same way.
 */

const ORDINALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  first: 1,
  second: 2,
  third: 3,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
};
// "secondary" is no second anything (Secondary Phone is the customer's other number).
const ORDINAL = '[二三四五]|second(?!ary)|third|2nd|3rd|first|1st|一';
const TRAILING_DIGIT = /^(.*\D)([1-9])$/u;
const LEADING_ORDINAL = new RegExp(`^第?(${ORDINAL})(.+)$`, 'u');
const TRAILING_ORDINAL = new RegExp(`^(.+?)(${ORDINAL})$`, 'u');
const AFTER_CONTACT = new RegExp(`^(联系人|contact(?:person)?)([1-9]|${ORDINAL})(.+)$`, 'u');

/** A folded header's number and what it says beside it (电话2 → 2, 电话; 第二联系人电话 → 2, 联系人电话), or null. */
export function headerNumber(folded: string): { n: number; base: string } | null {
  let m = TRAILING_DIGIT.exec(folded);
  if (m) return { n: Number(m[2]), base: m[1]! };
  m = LEADING_ORDINAL.exec(folded);
  if (m) return { n: ORDINALS[m[1]!]!, base: m[2]! };
  m = TRAILING_ORDINAL.exec(folded);
  if (m && /\p{Script=Han}$/u.test(m[1]!)) return { n: ORDINALS[m[2]!]!, base: m[1]! };
  // Contact 2 Phone, 联系人2电话: the number after the contact's word.
  m = AFTER_CONTACT.exec(folded);
  if (m) return { n: /\d/.test(m[2]!) ? Number(m[2]) : ORDINALS[m[2]!]!, base: m[1]! + m[3]! };
  return null;
}
