/**
 * Contact No is the customer's phone on a Singapore or Malaysian list (9123 4567, +65 8123 4567,
 * 012-345 6789) and a contact record's number in a Dynamics or Sage export (CON-00012, 000123): only
 * the values say which. HP No and H/P (handphone) are the phone wherever their values do not deny it.
 */
import type { CellValue } from '../sheet/cell-value';
import { valueShape } from './value-shape';

/** Contact No, Contact No., Contact Number, Contact #. */
const CONTACT_NUMBER = /^contact(?:no|num|nbr|number)$/;
/** A mobile as Singapore and Malaysia call it: HP, HP No, H/P, Handphone, Handphone No. */
const HANDPHONE = /^(?:hp|handphone)(?:no|num|nbr|number)?$/;
/**
 * A number typed without spaces as Singapore's (8 digits from 3, 6, 8 or 9) or a Malaysian mobile
 * (01 and 8 or 9 more digits): a bare number to value shapes, which a record number is too.
 */
const BARE_LOCAL = /^(?:\+?65)?[3689]\d{7}$|^(?:\+?60)?0?1\d{8,9}$/;
/** Share of a column's values that are phones for it to be the phone column. */
const PHONES = 0.5;
/** Values enough to decide on. */
const SAMPLE = 50;

/**
 * A second number as Indian and Gulf lists head it beside Mobile No: Alternate No, Alt Contact Number,
 * Alternative Mobile, Secondary Phone No.
 */
const ALTERNATE_NUMBER =
  /^(?:alternate|alternative|alt|secondary|additional)(?:contact|mobile|phone|tel|cell)?(?:no|num|nbr|number)$/;

export type NumberColumn = 'phone' | 'other' | 'unread';

/** Whether a header names a second number of the customer's, which the values must show to be phones. */
export function isAlternateNumberHeader(folded: string): boolean {
  return ALTERNATE_NUMBER.test(folded);
}

/** Whether a header names the customer's number or a record's, as its values say: only for these headers. */
export function isNumberHeader(folded: string): boolean {
  return CONTACT_NUMBER.test(folded) || HANDPHONE.test(folded);
}

/** A handphone header, the phone when no values say otherwise. */
export function isHandphoneHeader(folded: string): boolean {
  return HANDPHONE.test(folded);
}

/** What a number column holds by its values: phones, something else (record numbers), or no values to read. */
export function readNumberColumn(rows: readonly (readonly CellValue[] | undefined)[], col: number): NumberColumn {
  let seen = 0;
  let phones = 0;
  for (let r = 0; r < rows.length && seen < SAMPLE; r++) {
    const value = rows[r]?.[col - 1];
    const shape = valueShape(value ?? null);
    if (shape === null) continue;
    seen++;
    const text = typeof value === 'number' ? String(value) : String(value).replace(/[\s-]/g, '');
    if (shape === 'phone' || BARE_LOCAL.test(text)) phones++;
  }
  if (seen === 0) return 'unread';
  return phones / seen >= PHONES ? 'phone' : 'other';
}
