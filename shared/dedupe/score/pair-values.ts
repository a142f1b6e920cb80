/**
 * What two records' values say beyond their comparison codes, for the checks that tell two people
 * apart (two-people.ts): real birth dates, a Han surname, a number typed into the other phone
 * column, a personal mobile. Loops, not `some` with an arrow: these run for most candidate pairs,
 * and each arrow was an allocation (about 80 MB of garbage per 100,000 rows).
 */
import { isYearless, type PreparedDate } from '../compare/date';
import type { PreparedName } from '../compare/person-name';
import type { PreparedPhone } from '../compare/phone';
import type { MatchField } from '../records';
import type { FieldModel } from './model';

/** Birth dates that stand for "unknown" in exports (a form's first year, the Unix epoch). */
const PLACEHOLDER_BIRTH = /^(?:1900-|1970-01-01)/;

export function isPlaceholderBirth(date: PreparedDate): boolean {
  return PLACEHOLDER_BIRTH.test(date.key);
}

/** A whole birth date agrees (or is swapped): a birthday without its year, one person in 365, is no such thing. */
export function wholeBirthAgrees(models: readonly FieldModel[], f: number, c: number, i: number): boolean {
  if (c === 0 || c > 2) return false;
  const field = models[f]!.field;
  return !isYearless(field.values[field.ids[i]!] as PreparedDate);
}

/**
 * One birthday, with or without its year (03-05, 3月5日, 1990-03-05), or day and month swapped: the
 * comparator's exact or swapped level, or a birthday without a year meeting a whole date on its day.
 */
export function sameBirthday(
  models: readonly FieldModel[],
  birthFields: readonly number[],
  codes: ArrayLike<number>,
  offset: number,
  i: number,
  j: number,
): boolean {
  for (const f of birthFields) {
    const c = codes[offset + f]!;
    if (c === 1 || c === 2) return true;
    if (c !== 3) continue;
    const field = models[f]!.field;
    const a = field.values[field.ids[i]!] as PreparedDate;
    const b = field.values[field.ids[j]!] as PreparedDate;
    if (isYearless(a) !== isYearless(b) && a.digits.slice(4) === b.digits.slice(4)) return true;
  }
  return false;
}

/** Some field of `fields` has the code `byField` gives it. */
export function someCodeAt(
  fields: readonly number[],
  codes: ArrayLike<number>,
  offset: number,
  byField: readonly number[],
): boolean {
  for (let k = 0; k < fields.length; k++) if (codes[offset + fields[k]!] === byField[fields[k]!]) return true;
  return false;
}

/** Some field of `fields` has code `code`. */
export function someCodeIs(fields: readonly number[], codes: ArrayLike<number>, offset: number, code: number): boolean {
  for (let k = 0; k < fields.length; k++) if (codes[offset + fields[k]!] === code) return true;
  return false;
}

/** Both rows have a real birth date (not a placeholder such as 1900-01-01) in a field whose code is `different`. */
export function birthDatesDiffer(
  models: readonly FieldModel[],
  birthFields: readonly number[],
  different: readonly number[],
  codes: ArrayLike<number>,
  offset: number,
  i: number,
  j: number,
): boolean {
  for (const f of birthFields) {
    if (codes[offset + f] !== different[f]) continue;
    const field = models[f]!.field;
    const a = field.values[field.ids[i]!] as PreparedDate;
    const b = field.values[field.ids[j]!] as PreparedDate;
    if (!isPlaceholderBirth(a) && !isPlaceholderBirth(b)) return true;
  }
  return false;
}

/** Two Han names of one surname (张小宝, 张小贝). */
export function oneSurname(
  models: readonly FieldModel[],
  nameFields: readonly number[],
  i: number,
  j: number,
): boolean {
  for (const f of nameFields) {
    const field = models[f]!.field;
    const a = field.ids[i]!;
    const b = field.ids[j]!;
    if (a < 0 || b < 0) continue;
    const x = (field.values[a] as PreparedName).hanSurname;
    if (x !== '' && x === (field.values[b] as PreparedName).hanSurname) return true;
  }
  return false;
}

/** A number of one row stands in another phone column of the other (typed into the wrong column). */
export function numberShared(
  models: readonly FieldModel[],
  phoneFields: readonly number[],
  i: number,
  j: number,
): boolean {
  if (phoneFields.length < 2) return false;
  for (const f of phoneFields) {
    const x = models[f]!.field;
    if (x.ids[i]! < 0) continue;
    for (const g of phoneFields) {
      const y = models[g]!.field;
      if (f !== g && y.ids[j]! >= 0 && x.keys[x.ids[i]!] === y.keys[y.ids[j]!]) return true;
    }
  }
  return false;
}

/** A mobile held by a few rows (not a company's shared one or a placeholder). */
export function ownMobile(field: MatchField, id: number): boolean {
  return id >= 0 && (field.values[id] as PreparedPhone).mobile && field.counts[id]! <= 5;
}

/** A mobile held by a few rows, or a number of unknown kind held by at most two; never a fixed line. */
export function isPersonalPhone(field: MatchField, id: number): boolean {
  if (id < 0) return false;
  const phone = field.values[id] as PreparedPhone;
  const count = field.counts[id]!;
  return phone.mobile ? count <= 5 : !phone.landline && count <= 2;
}

/**
 * One e-mail and one personal phone (a mobile, or a number few rows hold) agree: what one person
 * keeps. A Suffix (Jr.) on one row only is weak beside them: an export's column one form filled.
 */
export function mailboxAndOwnPhoneAgree(
  models: readonly FieldModel[],
  emailFields: readonly number[],
  phoneFields: readonly number[],
  codes: ArrayLike<number>,
  offset: number,
  i: number,
): boolean {
  if (!someCodeIs(emailFields, codes, offset, 1)) return false;
  for (const f of phoneFields) {
    const field = models[f]!.field;
    if (codes[offset + f] === 1 && isPersonalPhone(field, field.ids[i]!)) return true;
  }
  return false;
}
