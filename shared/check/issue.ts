/**
 * A data problem found by `check`: a value, never thrown. `row` is the spreadsheet row (header = 1),
 * `column` the header text as it appears in the sheet (with its letter, 电话 (C列), where another column
 * has the same header: column-names.ts). The shape is part of `custodian check --json`.
 */
import { z } from 'zod';
import { cellValueSchema } from '../sheet/cell-value';

export const issueCodeSchema = z.enum([
  'required.missing',
  'id.missing',
  'id.duplicate',
  /** C0012 on two rows naming one company and two persons: two contacts of the customer the ID numbers (a warning). */
  'id.companyContacts',
  'text.nonCanonical',
  /** '02134: the apostrophe an export put before a code to keep it as text in Excel (text-marker.ts). */
  'text.textMarker',
  'postcode.leadingZero',
  /** sk13ab on a British row: written as Royal Mail writes it, SK1 3AB. */
  'postcode.nonCanonical',
  /** 10020 on a Chinese row: shorter than its country's postcodes, left as typed. */
  'postcode.tooShort',
  /** ZZ99 9ZZ on a British row: no postcode Royal Mail gives, left as typed. */
  'postcode.impossible',
  /** 123 in a code column whose format shows it as 000123: written as the text the cell shows. */
  'text.zeroPadded',
  /** 28801 in a postcode or code column stored as a number: written as the same digits in text. */
  'text.storedAsNumber',
  'name.nonCanonical',
  /** 李娜 采购: a whole name with a word after it (a role, a company, a place), or one name: left as typed (a warning). */
  'name.ambiguous',
  /** TRUE or FALSE in a name column (a checkbox column slid into its place): no name, left as typed. */
  'name.trueFalse',
  'phone.invalid',
  'phone.several',
  'phone.withNote',
  /** 13800138000 (微信同号) where the row's notes can take the note: cleaning moves it there (a warning). */
  'phone.noteToMove',
  /** 13800138000 张总: a number and the contact's name, no note; left as typed. */
  'phone.withName',
  /** 62556677 on a Chinese list: a local landline without its area code, left as typed; the row's city suggests one. */
  'phone.noAreaCode',
  /** 传真:010-88886666 in a phone column: a fax, no phone line, left as typed. */
  'phone.fax',
  'phone.nonCanonical',
  'phone.ambiguous',
  /** 17012345678-4821: a mobile with an extension, the privacy number an order export gives for one order (a warning). */
  'phone.privacy',
  'date.ambiguous',
  /** Suzhou in a region column of a Chinese list: the pinyin of two cities (苏州, 宿州), left as typed (a warning). */
  'region.ambiguous',
  'email.invalid',
  /** a@x.com ::: b@y.com: several addresses in one cell, left as typed. */
  'email.several',
  'email.nonCanonical',
  /** kim@gmial.com: a domain one slip from a well-known mail domain, left as typed (a warning). */
  'email.domainTypo',
  'date.invalid',
  'date.nonCanonical',
  /** 2024年3月, 2024-03, March 2024: a date written only to its month, left as typed (a warning). */
  'date.monthOnly',
  /** 6月1日, 06-01, a birthday's 03-08: a date without its year, left as typed (a warning). */
  'date.noYear',
  /** 2018 under Customer since, 2018年: a date given only to its year, left as typed (a warning). */
  'date.yearOnly',
  /** 10/13/2023 among dates written day first: read in the only order it can be, unlike its column (a warning). */
  'date.otherOrder',
  'number.invalid',
  'number.negative',
  'number.nonCanonical',
  /** An amount in another currency than its column's (£75.00 among dollars): left as typed (a warning). */
  'number.otherCurrency',
  /** 1.5万 or ¥15,000 in a column whose header counts in a scale (万元): left as typed (a warning). */
  'number.otherUnit',
  /** 1.500 or 2,000 in a column whose numbers do not say which mark is the decimal one: left as typed (a warning). */
  'number.ambiguous',
  'integer.notWhole',
  'choice.notInList',
  /** A whole column of values none of which is an option (reported once, on its header). */
  'choice.ownValues',
  'choice.nonCanonical',
  'yesNo.invalid',
  'yesNo.nonCanonical',
  'record.stale',
  /** 无, N/A, - in a phone, e-mail or ID-number cell: no value rather than a bad one (a warning). */
  'value.placeholder',
  /** A cell of spaces only (full-width U+3000 and no-break spaces too): it looks empty but is not; cleaning empties it (a warning). */
  'value.onlySpaces',
  /** 138****8000: a value an export starred out, left as typed (a warning). */
  'value.masked',
  /** #N/A, #REF!: a formula's error result, no value; left as typed, exported as none (a warning). */
  'value.formulaError',
  /** A CSV row with more fields than the others: its values sit right of their headers, so none is read. */
  'row.misaligned',
  /** A row with no name, ID or 序号 under a customer's, holding only another number or notes: that customer's further line (a warning). */
  'row.continuation',
  'idNumber.wrongLength',
  'idNumber.badCheckDigit',
  'idNumber.badBirthDate',
  'idNumber.digitsLost',
  /** 11010519820315451x: the check digit x, which cleaning writes X (the same digit, its standard form). */
  'idNumber.lowercaseX',
  /** The birth date inside a row's ID number is not its birth-date column's: one of the two is wrong (a warning). */
  'idNumber.birthDateMismatch',
  /** The sex a row's ID number records (its 17th digit) is not its gender column's: one of the two is wrong (a warning). */
  'idNumber.sexMismatch',
]);
export type IssueCode = z.infer<typeof issueCodeSchema>;

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

export const issueSchema = z.object({
  row: z.number().int().positive(),
  column: z.string(),
  field: z.string(),
  code: issueCodeSchema,
  severity: severitySchema,
  message: z.string(),
  value: cellValueSchema,
  suggestion: cellValueSchema,
});
export type Issue = z.infer<typeof issueSchema>;
