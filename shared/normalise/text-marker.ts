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

/** A code field's value: its text normalised (normaliseText) and without the marker. */
export function normaliseCode(value: CellValue | undefined): NormaliseOutcome {
  const outcome = normaliseText(value);
  return outcome.status === 'valid' && hasTextMarker(outcome.value)
    ? { status: 'valid', value: outcome.value.slice(1) }
    : outcome;
}
