/**
 * The apostrophe put before a code so that Excel keeps it as text: Shopify writes Zip '02134 and
 * '+16175550123 that way. A spreadsheet stores what follows it (typed-input.ts), but a CSV carries
 * it as a character. In a postcode, an ID number or a customer ID it is never part of the value,
 * as in a phone (phone-parse.ts); in free text ('90s, '47 Brand) it may be, so it stays there.
 * 抖店's tab before or after an order number is the same kind of marker (hasTabMarker).
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

/** Digits behind the marker, grouped or not ('4000023409200123456, '138 0013 8000). */
const MARKED_DIGITS = /^'\d+(?:[ ./-]\d+)*$/;
/** One word of letters and at least four digits behind the marker ('91440300MA5F3XXX1K). */
const MARKED_CODE_WORD = /^'(?=(?:[^\d]*\d){4})[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*$/u;

/**
 * Whether a cell of any column (not one of the template's code fields) is plainly a code behind the
 * marker, as 金蝶 and other ERPs write long numbers into a CSV: digits, or one word with four digits
 * or more. Text in which the ' may be meant ('47 Brand, '90s) is not.
 */
export function hasPlainCodeMarker(value: CellValue | undefined): value is string {
  if (!hasTextMarker(value)) return false;
  const text = value.trim();
  return MARKED_DIGITS.test(text) || MARKED_CODE_WORD.test(text);
}

/**
 * One tab before or after a code with a digit in it: 抖店 writes its order numbers as "\t6919…" or
 * "6920…\t" so that Excel keeps them as text. The tab is that export's marker, as ' is Shopify's.
 */
const TAB_MARKED_CODE =
  /^(?:\t(?=[^\t]*\d)[\p{L}\p{N}][\p{L}\p{N} ./-]*|(?=[^\t]*\d)[\p{L}\p{N}][\p{L}\p{N} ./-]*\t)$/u;

/** Whether `value` is a code with a tab before or after it (6920123456789012345\t); other text keeps its tabs. */
export function hasTabMarker(value: CellValue | undefined): value is string {
  return typeof value === 'string' && value.includes('\t') && TAB_MARKED_CODE.test(value);
}

/** The code without its tab and nothing else changed; any other text as it is. */
export function withoutTabMarker(text: string): string {
  return hasTabMarker(text) ? text.replace('\t', '') : text;
}

// A number format that pads a code with zeros (000000, "VIP"00000): the cell shows 000123 for 123.
const ZERO_PADDED = /^((?:"[^"]*"|\\.)*)(0{2,})$/;

/** Whether a number format pads the codes it shows with zeros (000000). */
export function isZeroPaddedFormat(format: string | null | undefined): boolean {
  return typeof format === 'string' && ZERO_PADDED.test(format);
}

// The names hosts give the plain format (Excel's General, as its Chinese builds write it too) and the text format.
const PLAIN_FORMAT = /^(?:general|g\/通用格式|常规|@)$/i;
/** A literal of a number format: quoted ("C"), escaped (\\-), or one of the characters Excel shows unquoted. */
const LITERAL = String.raw`"[^"]*"|\\.|[$\-+/():!^&'~{}<>= ]`;
/**
 * One section of a format that shows a whole number as a code: literals ("C", \-, spaces) around runs
 * of zeros, "C"000000, 000000"-A", or a code in groups as a phone or a company number is kept: 0000 000 000.
 */
const CODE_SECTION = new RegExp(`^(?:(?:${LITERAL})*0+)+(?:${LITERAL})*$`);
const CODE_PART = new RegExp(`(${LITERAL})|(0+)`, 'g');

function literalOf(part: string): string {
  return part.replace(/"([^"]*)"|\\(.)/g, '$1$2');
}

/**
 * The text a cell shows for a number under `format`, its own (null: General): 126 under "C"000000 is
 * C000126, under 000000 000126, 438111222 under 0000 000 000 is 0438 111 222, under General 126.
 * Undefined where the format is one this does not render (#,##0, 0.00, sections by sign), or a fraction
 * would be rounded: what the cell shows is then not known.
 */
export function shownCodeText(value: number, format: string | null | undefined): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (!format || PLAIN_FORMAT.test(format.trim())) return String(value);
  if (!CODE_SECTION.test(format) || !Number.isSafeInteger(value)) return undefined;
  const parts = [...format.matchAll(CODE_PART)];
  const places = parts.reduce((n, p) => n + (p[2]?.length ?? 0), 0);
  // Digits beyond the zeros go with the first group, as Excel shows them.
  const digits = String(Math.abs(value)).padStart(places, '0');
  let extra = digits.length - places;
  let used = 0;
  let text = '';
  for (const [, literal, zeros] of parts) {
    if (literal !== undefined) {
      text += literalOf(literal);
      continue;
    }
    const take = zeros!.length + extra;
    text += digits.slice(used, used + take);
    used += take;
    extra = 0;
  }
  // One section shows a negative number with its sign before the whole (-C000001).
  return `${value < 0 ? '-' : ''}${text}`;
}

/**
 * A code field's value: its text normalised (normaliseText) and without the marker. A number is the code
 * its cell shows under `format`, the cell's own (会员卡号 000123 stored as 123 under 000000: the zeros are
 * part of it); one under a format not rendered here is left as typed rather than guessed.
 */
export function normaliseCode(value: CellValue | undefined, format?: string | null): NormaliseOutcome {
  if (typeof value === 'number') return { status: 'valid', value: shownCodeText(value, format) ?? value };
  const outcome = normaliseText(value);
  return outcome.status === 'valid' && hasTextMarker(outcome.value)
    ? { status: 'valid', value: outcome.value.slice(1) }
    : outcome;
}
