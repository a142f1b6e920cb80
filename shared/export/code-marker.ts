/**
 * The ' that 金蝶 and other ERPs write before long numbers and codes in a CSV ('4000023409200123456,
 * '91440300MA5F3XXX1K) so that Excel keeps them as text: no part of the value, so the CRM gets the
 * value without it. Only where the value is plainly a code: digits (grouped or not), or one word of
 * letters and at least four digits. Text in which a ' may be meant ('90s, '47 Brand) keeps it.
 */
import { hasTextMarker } from '../normalise/text-marker';

const DIGITS = /^'\d+(?:[ ./-]\d+)*$/;
const CODE_WORD = /^'(?=(?:[^\d]*\d){4})[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*$/u;

/** Whether `text` is a code behind Excel's text marker that the CRM should get without it. */
export function hasCodeMarker(text: string): boolean {
  const value = text.trim();
  return hasTextMarker(value) && (DIGITS.test(value) || CODE_WORD.test(value));
}

/** The code without its marker ('4000023409200123456 → 4000023409200123456); any other text as it is. */
export function withoutCodeMarker(text: string): string {
  return hasCodeMarker(text) ? text.trim().slice(1) : text;
}
