/**
 * How merging reads a cell of a given field: as a date, a number, or a comparison key that says
 * whether two values are the same (phones by E.164, emails without case, tags by option, text
 * folded). Built on shared/normalise so merging and checking agree on what a value means.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import type { Field } from '../template/schema';
import { normaliseDate, type DateContext } from '../normalise/date';
import type { RowDates } from '../normalise/row-dates';
import { normaliseInteger, normaliseMoney } from '../normalise/number';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { phoneKey } from '../normalise/phone';
import { regionOfCountryCell } from '../normalise/country-column';
import { normaliseEmail } from '../normalise/email';
import { choiceKey, normaliseChoice } from '../normalise/choice';
import { cleanText } from '../normalise/text';
import { cleanPersonName } from '../normalise/name';
import { normaliseCell } from '../normalise';
import { normaliseColumnMoney } from '../normalise/money-column';
import type { DecimalMark, NormaliseContext } from '../normalise/types';

export interface FieldContext {
  field: Field | undefined;
  locale: Locale;
  region: string;
  columnFormat: string | null;
  /** Phones: the sheet's majority region and its country column, so a number is read as check reads it. */
  sheetRegion?: string;
  otherSheetRegions?: readonly string[];
  countryCol?: number;
  /** The country column is a column of places (地區, Region), whose country names alone are read. */
  countryByName?: boolean;
  /** The column holds Chinese resident ID numbers (`holdsChineseIds`): one Excel cut short (3.30106E+17) is invalid. */
  chineseIds?: boolean;
  /** Numbers: the decimal mark the column's numbers show (`decimalMarkOf`), so 1.500 is read as check reads it. */
  decimalMark?: DecimalMark;
  /** Amounts: the column's currency and the scale its header counts in (万元), as check reads them (`moneyColumnContext`). */
  currency?: NormaliseContext['currency'];
  unitScale?: number;
  /** Dates: day or month first as the column's other dates show (`dateColumnContext`), so 12/05 is read as check reads it. */
  dates?: Omit<DateContext, 'columnFormat'>;
  /** Dates: each row's region, where the sheet names them, so a 台北 row's 民國 years are not a 杭州 row's (as check reads them). */
  rowDates?: RowDates;
}

/** The phone key of a cell in its row: an explicit +code, the row's country, the sheet's region, the template's. */
function rowPhoneKey(value: CellValue, ctx: FieldContext, row: readonly CellValue[] | undefined): string | null {
  const rowRegion =
    row && ctx.countryCol ? regionOfCountryCell(row[ctx.countryCol - 1] ?? null, ctx.countryByName) : null;
  return phoneKey(value, {
    defaultRegion: ctx.region,
    ...(ctx.sheetRegion ? { sheetRegion: ctx.sheetRegion } : {}),
    ...(ctx.otherSheetRegions ? { otherSheetRegions: ctx.otherSheetRegions } : {}),
    rowRegion,
  });
}

/** A phone no reading takes, as typed less spaces, dashes and brackets. */
function phoneTextKey(text: string): string {
  return textKey(text).replace(/[\s\-()]/g, '');
}

/**
 * ISO yyyy-mm-dd for a date cell (Date, serial in a date column, common text forms), else null. `row`,
 * the cell's row, reads its dates in the row's region's calendar.
 */
export function dateKey(
  value: CellValue,
  ctx: Pick<FieldContext, 'columnFormat' | 'dates' | 'rowDates'>,
  row?: readonly CellValue[],
): string | null {
  if (isBlank(value)) return null;
  const outcome = readDate(value, ctx, row);
  return outcome.status === 'valid' ? String(outcome.value) : null;
}

/** A serial as Excel holds a date: a number, or one typed as text (45356, a CSV of a date cell that lost its format). */
const SERIAL_SHAPE = /^\d{5}(?:\.\d+)?$/;

/**
 * The core's text (yyyy-mm-dd, with a time of day when it holds one) for a serial in a date column
 * (45356, "45356"), else null: where a merge writes it, it writes the date, never the bare number.
 */
export function serialDateText(
  value: CellValue,
  ctx: Pick<FieldContext, 'columnFormat' | 'dates' | 'rowDates'>,
  row?: readonly CellValue[],
): string | null {
  if (!ctx.dates) return null;
  // Only a serial's five digits: a Unix time (1710000000) in a column of them stays as typed.
  const typed = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!SERIAL_SHAPE.test(typed)) return null;
  const outcome = readDate(value, ctx, row);
  if (outcome.status !== 'valid') return null;
  return outcome.time ? `${String(outcome.value)} ${outcome.time}` : String(outcome.value);
}

/** The days a date cell could be: one when read, each reading when it has two (05/06/2019), none when no date. */
export function dateReadings(
  value: CellValue,
  ctx: Pick<FieldContext, 'columnFormat' | 'dates' | 'rowDates'>,
  row?: readonly CellValue[],
): string[] {
  if (isBlank(value)) return [];
  const outcome = readDate(value, ctx, row);
  if (outcome.status === 'valid') return [String(outcome.value)];
  // In the order read: 05/06 and 06/05 have the same two days, yet are not the same date.
  return outcome.status === 'ambiguous' && outcome.readings ? [...outcome.readings] : [];
}

function readDate(
  value: CellValue,
  ctx: Pick<FieldContext, 'columnFormat' | 'dates' | 'rowDates'>,
  row?: readonly CellValue[],
) {
  const column = ctx.dates && row && ctx.rowDates ? ctx.rowDates.contextOf(ctx.dates, row) : ctx.dates;
  return normaliseDate(value, { ...column, columnFormat: ctx.columnFormat });
}

/** Why check leaves an amount as typed: it is written in another unit or currency than its column's. */
const OTHER_UNIT_CODES = new Set(['number.otherUnit', 'number.otherCurrency']);

type AmountContext = Pick<FieldContext, 'field' | 'decimalMark' | 'currency' | 'unitScale'>;

/**
 * Whether an amount is written in another unit or currency than its column counts in (1.5万 or ¥15,000
 * under 成交金额（万元）, £75.00 under Spend (USD)): as a bare number it would mean another amount, so it
 * is never compared with or added to the column's own.
 */
export function inOtherUnit(value: CellValue, ctx: AmountContext): boolean {
  if (ctx.field?.kind !== 'money' || (ctx.currency === undefined && ctx.unitScale === undefined)) return false;
  if (typeof value !== 'string') return false;
  const outcome = normaliseColumnMoney(value, ctx);
  return outcome.status === 'ambiguous' && OTHER_UNIT_CODES.has(outcome.code);
}

/** The amount or count a cell holds in its column's unit (currency signs, thousands separators, 万), else null. */
export function numberValue(value: CellValue, ctx: AmountContext): number | null {
  if (isBlank(value) || inOtherUnit(value, ctx)) return null;
  const options = { allowNegative: true, ...(ctx.decimalMark ? { decimalMark: ctx.decimalMark } : {}) };
  const outcome = ctx.field?.kind === 'integer' ? normaliseInteger(value, options) : normaliseMoney(value, options);
  return outcome.status === 'valid' && typeof outcome.value === 'number' ? outcome.value : null;
}

/** Free text folded for comparison: width, spacing, case and a trailing full stop do not count. */
export function textKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[。.!！]+$/, '');
}

/**
 * A key under which two cells of the field count as the same value; '' for a blank cell. `row`, the
 * cell's row, lets a phone be read with the row's country (0412 000 111 on an AU row is +61412000111).
 */
export function valueKey(value: CellValue, ctx: FieldContext, row?: readonly CellValue[]): string {
  if (isBlank(value)) return '';
  switch (ctx.field?.kind) {
    case 'phone':
      return rowPhoneKey(value, ctx, row) ?? phoneTextKey(cellText(value));
    case 'email': {
      const outcome = normaliseEmail(value);
      return outcome.status === 'valid' ? String(outcome.value).toLowerCase() : textKey(cellText(value));
    }
    case 'date':
      return dateKey(value, ctx, row) ?? textKey(cellText(value));
    case 'integer':
    case 'money': {
      const n = numberValue(value, ctx);
      return n === null ? textKey(cellText(value)) : String(n);
    }
    case 'choice':
    case 'multiChoice':
      return tagKey(cellText(value), ctx);
    case 'personName':
      return textKey(cleanPersonName(cellText(value))); // "张 伟" is 张伟
    default:
      return textKey(cellText(value));
  }
}

/** What a cluster's values of one field already hold, to tell whether another value is one of them. */
export interface HeldValues {
  has(value: CellValue, row?: readonly CellValue[]): boolean;
  add(value: CellValue, row?: readonly CellValue[]): void;
}

/**
 * Values held by `valueKey`, each phone read in its row. Digits no reading takes (9123 4567 where
 * nothing says Hong Kong) are the number read with its country code whose national digits they are
 * (+852 9123 4567), as duplicate detection calls them the same number; two read numbers are one only
 * when their E.164 forms are.
 */
export function heldValues(ctx: FieldContext): HeldValues {
  const keys = new Set<string>();
  /** National digits of the numbers read, and the digits of those no reading takes. */
  const digits = { read: new Set<string>(), unread: new Set<string>() };
  const entryOf = (value: CellValue, row?: readonly CellValue[]) => {
    if (ctx.field?.kind !== 'phone' || isBlank(value)) return { key: valueKey(value, ctx, row) };
    const read = rowPhoneKey(value, ctx, row);
    if (read !== null) return { key: read, read: true, digits: nationalDigits(read) };
    const text = cellText(value).normalize('NFKC').trim();
    return { key: phoneTextKey(text), read: false, digits: /^(?:\+|00)/.test(text) ? null : typedDigits(text) };
  };
  return {
    has(value, row) {
      const entry = entryOf(value, row);
      if (entry.key === '' || keys.has(entry.key)) return true; // a blank (or a full stop alone) adds nothing
      return !!entry.digits && (entry.read ? digits.unread : digits.read).has(entry.digits);
    },
    add(value, row) {
      const entry = entryOf(value, row);
      keys.add(entry.key);
      if (entry.digits) (entry.read ? digits.read : digits.unread).add(entry.digits);
    },
  };
}

/** The national digits of an E.164 key without extension (+85291234567: 91234567), else null. */
function nationalDigits(key: string): string | null {
  if (key.includes(';')) return null;
  return parsePhoneNumberFromString(key)?.nationalNumber ?? null;
}

/** A typed number's digits without a trunk 0 (0912-345-678: 912345678), as a national number has them. */
function typedDigits(text: string): string | null {
  return text.replace(/\D/g, '').replace(/^0+/, '') || null;
}

/** Whether a filled cell holds what check accepts for its field (a readable phone, a real email, a date…); free text always does. */
export function isValidValue(value: CellValue, ctx: FieldContext, row?: readonly CellValue[]): boolean {
  if (isBlank(value)) return false;
  switch (ctx.field?.kind) {
    case 'phone':
      return rowPhoneKey(value, ctx, row) !== null;
    case 'email':
      return normaliseEmail(value).status === 'valid';
    case 'date':
      return dateKey(value, ctx, row) !== null;
    case 'integer':
    case 'money':
      // Check accepts an amount in another unit with a warning: it is a value, only not one to compute with.
      return numberValue(value, ctx) !== null || inOtherUnit(value, ctx);
    default:
      // A choice the list offers over one it does not (零售 over 零售业), an ID number whole over one
      // Excel cut short; free text is always valid.
      return (
        !ctx.field ||
        normaliseCell(ctx.field, value, {
          locale: ctx.locale,
          defaultRegion: ctx.region,
          columnFormat: ctx.columnFormat,
          ...(ctx.chineseIds ? { chineseIds: true } : {}),
        }).status !== 'invalid'
      );
  }
}

/** One tag (or choice) compared by option, so 高意向 and "High Intent" are one tag. */
export function tagKey(text: string, ctx: Pick<FieldContext, 'field' | 'locale'>): string {
  if (ctx.field?.options) {
    const outcome = normaliseChoice(text, ctx.field, ctx.locale);
    if (outcome.status === 'valid') return `option:${String(outcome.value)}`;
  }
  return choiceKey(text);
}
