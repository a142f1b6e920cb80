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
