/**
 * The apostrophe put before a code so that Excel keeps it as text: Shopify writes Zip '02134 and
 * '+16175550123 that way. A spreadsheet stores what follows it (typed-input.ts), but a CSV carries
 * it as a character. In a postcode, an ID number or a customer ID it is never part of the value,
 * as in a phone (phone-parse.ts); in free text ('90s, '47 Brand) it may be, so it stays there.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import { normaliseText } from './text';
import type { NormaliseOutcome } from './types';

/**
 * One ' then a code: letters and digits, a digit among them (what Excel would take for a number),
 * grouped by spaces, dashes, dots or slashes.
 */
const MARKED_CODE = /^'(?=[^']*\d)[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u;

/** Text fields of the template that hold codes; a customer ID (kind `id`) always does. */
const CODE_FIELDS: ReadonlySet<string> = new Set(['postcode', 'idNumber']);

export function isCodeField(field: Pick<Field, 'key' | 'kind'>): boolean {
  return field.kind === 'id' || (field.kind === 'text' && CODE_FIELDS.has(field.key));
}

/** Whether `value` is a code behind the marker: '02134, 'M5E 1E5, '0012345. */
export function hasTextMarker(value: CellValue | undefined): value is string {
  return typeof value === 'string' && value.includes("'") && MARKED_CODE.test(value.trim());
}

/** The code without its marker and nothing else changed ('02134 → 02134); any other text as it is. */
export function withoutTextMarker(text: string): string {
  return hasTextMarker(text) ? text.replace("'", '') : text;
}

// A number format that pads a code with zeros (000000, "VIP"00000): the cell shows 000123 for 123.
const ZERO_PADDED = /^((?:"[^"]*"|\\.)*)(0{2,})$/;

/** Whether a number format pads the codes it shows with zeros (000000). */
export function isZeroPaddedFormat(format: string | null | undefined): boolean {
  return typeof format === 'string' && ZERO_PADDED.test(format);
}

/** The text a zero-padding number format shows for a whole number (123 under 000000 is 000123), else undefined. */
export function zeroPaddedText(value: CellValue | undefined, format: string | null | undefined): string | undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || !format) return undefined;
  const padded = ZERO_PADDED.exec(format);
  if (!padded) return undefined;
  const literal = padded[1]!.replace(/"([^"]*)"|\\(.)/g, '$1$2');
  return literal + String(value).padStart(padded[2]!.length, '0');
}

/**
 * A code field's value: its text normalised (normaliseText) and without the marker. A number under a
 * zero-padding format is the code its cell shows (会员卡号 000123 stored as 123): the zeros are part of it.
 */
export function normaliseCode(value: CellValue | undefined, columnFormat?: string | null): NormaliseOutcome {
  const shown = zeroPaddedText(value, columnFormat);
  if (shown !== undefined) return { status: 'valid', value: shown };
  const outcome = normaliseText(value);
  return outcome.status === 'valid' && hasTextMarker(outcome.value)
    ? { status: 'valid', value: outcome.value.slice(1) }
    : outcome;
}
