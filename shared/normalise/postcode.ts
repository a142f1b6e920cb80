/**
 * A postcode of digits shorter than its country's: a spreadsheet that stored it as a number dropped
 * its leading zeros (02134 became 2134, Hohhot's 010020 became 10020). Only a US ZIP code of four
 * digits is given back its zero (postcode.leadingZero): its row says it is American, and four digits
 * are no whole ZIP code. Any other short postcode may have lost a zero or a digit, so it is reported
 * and left as typed.
 */
import type { CellValue } from '../sheet/cell-value';
import { chineseScript } from './chinese-script';
import type { PhoneSheet } from './phone-region';

/** Digits a postcode has in countries that write it as digits alone (Taiwan's 3, 5 or 6 are not one length). */
const POSTCODE_DIGITS: Readonly<Record<string, number>> = {
  CN: 6,
  IN: 6,
  SG: 6,
  RU: 6,
  US: 5,
  DE: 5,
  FR: 5,
  IT: 5,
  ES: 5,
  MX: 5,
  MY: 5,
  TH: 5,
  ID: 5,
  KR: 5,
  AU: 4,
  NZ: 4,
  ZA: 4,
  PH: 4,
  CH: 4,
  AT: 4,
  BE: 4,
  DK: 4,
  NO: 4,
};

/** Four digits (and a ZIP+4's four more) that were a US ZIP code before its leading zero was dropped. */
const ZIP_WITHOUT_ZERO = /^\d{4}(?:-\d{4})?$/;
const DIGITS = /^\d+$/;
const SAMPLE = 2_000;

function textOf(value: CellValue | undefined): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  return typeof value === 'string' ? value.trim() : undefined;
}

/** The ZIP code with the zero a spreadsheet dropped, on a row of `region` US; any other value as it is. */
export function withZipZero(value: CellValue, region: string | null): CellValue {
  const text = textOf(value);
  return region === 'US' && text !== undefined && ZIP_WITHOUT_ZERO.test(text) ? `0${text}` : value;
}

/**
 * Whether a postcode of digits is shorter than `region`'s postcodes are (10020 on a Chinese row, 501 on
 * an American one): reported, left as typed. Asked after `withZipZero`, which mends the one case it can.
 */
export function isShortPostcode(value: CellValue | undefined, region: string | null): boolean {
  const length = region ? POSTCODE_DIGITS[region] : undefined;
  if (length === undefined) return false;
  const text = textOf(value);
  return text !== undefined && DIGITS.test(text) && text.length < length;
}

/**
 * The country a list's postcodes are of where a row names none: the region its phones say, else the
 * mainland for a list in simplified Chinese on a Chinese template; else none is known (a Shopify
 * export's ZIP codes on the default template are not therefore judged as Chinese ones).
 */
export function listPostcodeCountry(
  sheet: PhoneSheet,
  values: readonly (readonly CellValue[] | undefined)[],
): string | null {
  if (sheet.sheet !== sheet.home) return sheet.sheet;
  const step = Math.max(1, Math.floor((values.length - 1) / SAMPLE));
  return sheet.home === 'CN' && chineseScript(values, step) === 'simplified' ? 'CN' : null;
}

/**
 * A British postcode: an outward code (SK1, SW1A, M1) and an inward one (3AB), whose letters never
 * include those Royal Mail leaves out (Q, V, X first; I, J, Z second; C, I, K, M, O, V inward).
 */
const UK_POSTCODE = /^(GIR|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?))(\d[ABD-HJLNP-UW-Z]{2})$/;
/**
 * A British postcode's shape, a letter first and a digit and two letters last: typed as one. An Irish
 * Eircode (H91 X2Y3), a Canadian (K1A 0B1) or a Dutch (1012 AB) postcode has another and is not judged.
 */
const UK_POSTCODE_LIKE = /^[A-Z][A-Z\d]{1,3}\d[A-Z]{2}$/;

/**
 * A postcode on a British row written as Royal Mail writes it (sk13ab: SK1 3AB); 'impossible' for
 * one in its shape no British postcode has (ZZ99 9ZZ); undefined for any other value or row, left as it is.
 */
export function ukPostcode(value: CellValue | undefined, region: string | null): string | 'impossible' | undefined {
  if (region !== 'GB' || typeof value !== 'string') return undefined;
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const match = UK_POSTCODE.exec(compact);
  if (match) return `${match[1]} ${match[2]}`;
  return UK_POSTCODE_LIKE.test(compact) ? 'impossible' : undefined;
}
