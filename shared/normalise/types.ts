/**
 * The contract every per-kind normaliser keeps: never throw, report an empty cell as empty,
 * a fixable value as valid with its canonical form, an unfixable one as invalid with a code.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';

/** Codes a normaliser may report; each has a message in every language (shared/i18n). */
export type InvalidCode =
  | 'phone.invalid'
  /** Two numbers in one cell (13800138000/13900139000). */
  | 'phone.several'
  /** A number with a note after it (13800138000 (微信同号)). */
  | 'phone.withNote'
  /** A number with a person's name after it (13800138000 张总): the contact to ask for, no note. */
  | 'phone.withName'
  /** A Chinese local landline typed without its area code (62556677 on a Chinese list). */
  | 'phone.noAreaCode'
  /** A fax typed in a phone cell with its label (传真:010-88886666): no phone line, left as typed. */
  | 'phone.fax'
  | 'email.invalid'
  /** Several addresses in one cell (Google Contacts' a@x.com ::: b@y.com). */
  | 'email.several'
  | 'date.invalid'
  | 'number.invalid'
  | 'number.negative'
  | 'integer.notWhole'
  | 'choice.notInList'
  | 'yesNo.invalid'
  /** Chinese resident ID numbers (id-number.ts): not 18 or 15 digits. */
  | 'idNumber.wrongLength'
  /** The last character does not match the 17 digits before it. */
  | 'idNumber.badCheckDigit'
  /** The birth date inside the number is no date, or lies ahead. */
  | 'idNumber.badBirthDate'
  /** Stored as a number, so Excel kept only 15 digits (3.20102E+17, 320102199001011000). */
  | 'idNumber.digitsLost'
  /** A postcode of digits shorter than its country's (10020 on a Chinese row): a zero or a digit lost. */
  | 'postcode.tooShort'
  /** In a British postcode's shape but no British postcode (ZZ99 9ZZ): left as typed. */
  | 'postcode.impossible';

/**
 * A valid value that may not be what was meant, and is kept: kim@gmial.com is an address whose domain
 * looks mistyped from gmail.com (`readings`, the likely domain); 17012345678-4821 is the privacy number
 * a shop's platform gave one order, not the buyer's own mobile (no readings). Only the customer knows,
 * so nothing rewrites it.
 */
export type NormaliseWarning =
  | { code: 'email.domainTypo' | 'phone.privacy'; readings: readonly string[] }
  /**
   * 10/13/2023 in a column whose other dates put the day first (15/02/2023): it reads only month first, so
   * it is read so, but may be a slip. `order` is the column's; no `readings`.
   */
  | { code: 'date.otherOrder'; readings: readonly string[]; order: DateOrder };

export type NormaliseOutcome =
  | { status: 'empty' }
  /**
   * `value` is the canonical form: ISO yyyy-mm-dd text for dates, a number for integers and money.
   * `time`: a date's time of day as typed (24-hour `HH:MM[:SS]`, with its zone if one was written),
   * which clean writes after the date; comparisons use the date alone. `warning`: a doubt about the value
   * that cleaning cannot settle (`NormaliseWarning`), for every caller to report alike.
   */
  | { status: 'valid'; value: CellValue; time?: string; warning?: NormaliseWarning }
  | { status: 'invalid'; code: InvalidCode }
  /**
   * Valid under two plausible readings (a phone with no signal for its country, 03/04/2024 in a column
   * that does not say whether the day or the month comes first, 1.500 in one that does not say whether
   * its point groups thousands, a whole name with a word after it: 李娜 采购 is 李娜 and a note, or one
   * name, a city's pinyin two cities share: Suzhou is 苏州 or 宿州): left as typed, reported.
   */
  | {
      status: 'ambiguous';
      code: 'phone.ambiguous' | 'date.ambiguous' | 'number.ambiguous' | 'name.ambiguous' | 'region.ambiguous';
      readings: string[];
    }
  /**
   * An amount written with its own unit or currency sign (1.5万, ¥15,000) in a column whose header counts in
   * another scale (累计成交金额（万元）): as a bare number it would be read in the header's unit. No readings.
   */
  | { status: 'ambiguous'; code: 'number.otherUnit'; readings: string[] }
  /**
   * A date written only to the month (2024年3月, 2024-03, March 2024): a real date with no day, which no
   * day may be invented for, so it is left as typed. `readings` is its month alone, yyyy-mm.
   */
  | { status: 'ambiguous'; code: 'date.monthOnly'; readings: string[] }
  /**
   * A date without its year (6月1日, 06-01, 6/1): the year is the typist's (this one, the next), so it
   * is left as typed; a birthday's (3月8日) is a day of every year, no whole date either. `readings` are
   * the days it may be, mm-dd.
   */
  | { status: 'ambiguous'; code: 'date.noYear'; readings: string[] }
  /**
   * A date given only to its year (2018 under Customer since, 2018年): no month or day may be invented
   * for it (never 2018-01-01), so it is left as typed. `readings` is its year alone, yyyy.
   */
  | { status: 'ambiguous'; code: 'date.yearOnly'; readings: string[] }
  /**
   * An amount in another currency than its column's (£75.00 among dollars): as a bare number it would
   * read as the column's, so it is left as typed. It has one reading (`readings` is empty); `currency`
   * is the column's sign ($, ¥, HK$), where its amounts write one. `mayBe`: the column's sign is one
   * nothing settled ($ outside a US list) and may stand for the amount's own currency (`amount`, USD)
   * as well as `guess`, the one the sheet's region reads it as (HKD), if any.
   */
  | {
      status: 'ambiguous';
      code: 'number.otherCurrency';
      readings: string[];
      currency?: string;
      mayBe?: { amount: string; guess?: string };
    };

/** Day first (25/12/2024, as in China's d/m writing, Britain, Europe) or month first (12/25/2024, the US). */
export type DateOrder = 'dmy' | 'mdy';
/** How many of a date column's dates read only day first, and how many only month first. */
export interface OrderDates {
  dmy: number;
  mdy: number;
}

/** The mark a number's decimals follow: `.` (1,234.56, as China, Britain and the US write) or `,` (1.234,56, much of Europe). */
export type DecimalMark = '.' | ',';

export interface NormaliseContext {
  locale: Locale;
  /** ISO 3166 alpha-2 region for phone numbers written without a country code (the template's). */
  defaultRegion: string;
  /** The region most of the sheet's phones and countries resolve to (phones; defaults to `defaultRegion`). */
  sheetRegion?: string;
  /** Regions other numbers of the sheet belong to (a Taiwan list's Hong Kong numbers): one they also read is ambiguous. */
  otherSheetRegions?: readonly string[];
  /** The region the row's country column names, when it names one (phones; dates' calendar, `calendarOf`). */
  rowRegion?: string | null;
  /** The region a row names otherwise, for its bare phones: another number's +code, its address (phone-row-place.ts). */
  rowPlace?: string | null;
  /**
   * The list is not the template region's team's (mostly other countries' rows, not in its language:
   * phone-list-home.ts): phones of the template's region keep their country code too.
   */
  foreignList?: true;
  /** The column's number format, when the host knows it (a date format marks numbers as date serials). */
  columnFormat?: string | null;
  /**
   * The cell's own number format (null: General), where it is not its column's: a code stored as a number
   * is the text its own cell shows (text-marker.ts). Absent: the column's.
   */
  cellFormat?: string | null;
  /**
   * The cell's link, where it has one the value may stand for: an e-mail cell showing a label (张伟邮箱)
   * that links to mailto:zhangwei@huawei.com holds that address. Absent: no such link.
   */
  cellLink?: string;
  /** Whether the column's dates put the day or the month first, when its other dates say (`dateOrderOf`). */
  dateOrder?: DateOrder;
  /**
   * How many of the column's dates read only day first (25/12/2024) and only month first (12/25/2024),
   * where any does: a list's country outweighs one such date the other way round (`rowDates`).
   */
  orderDates?: OrderDates;
  /**
   * Where the column's dates put the year, when its other dates say (`yearPlaceOf`): first (2024/1/8, 99.3.5,
   * 113/03/05) or last (25/12/85). A short date's reading with a one-digit year in the other place is
   * dropped: 24/3/5 beside 2024/1/8 is 2024-03-05, 5/3/4 beside 25/12/85 (day first) 2004-03-05.
   */
  yearPlace?: 'first' | 'last';
  /** The column writes Taiwan's years (民國69年, 113年): on a Taiwan row or list its 69年9月15日 is 1980 (`calendarOf`). */
  rocYears?: boolean;
  /**
   * The list is Taiwan's (its region, or written in traditional characters): where its column does not
   * write 民國 years, a two-digit year first (69年9月15日, 69/9/15) is 1969 or 民國 69, 1980 (`calendarOf`).
   */
  taiwanList?: boolean;
  /**
   * The column holds Unix timestamps only, all in seconds (1700000000) or all in milliseconds
   * (1700000000000), as API and CRM dumps write 创建时间 (`dateColumnContext`): each is read as its instant.
   */
  timestamps?: 'seconds' | 'milliseconds';
  /**
   * The column writes times of day with their zone at other hours than midnight (Constant Contact's
   * Created At, 2021-03-15 14:22:10 -0700): its midnight with a zone is a moment too, kept with it.
   */
  zonedTimes?: true;
  /** Whether the column's numbers mark decimals with `.` or `,`, when its other numbers say (`decimalMarkOf`). */
  decimalMark?: DecimalMark;
  /** The column's other values are dates (`dateColumnContext`): a five-digit number there is Excel's date serial. */
  serialText?: boolean;
  /**
   * The column holds no numbers with decimals (`dateColumnContext`): its 2024.3 is March 2024 written to
   * the month, not a number.
   */
  monthDots?: true;
  /** The column holds birth dates: none lies ahead of `now`, and one may be kept without its year (--06-21). */
  birthDate?: boolean;
  /** The column holds Chinese resident ID numbers (`holdsChineseIds`): a text field's cells are checked as such. */
  chineseIds?: boolean;
  /**
   * A money column's currency (`moneyColumnContext`): `code` an ISO code, or `$` / `¥` where its amounts
   * say only the sign; `sign` as messages name it, where some amount or the header writes it;
   * `guessedSign` a shared sign ($) its amounts write that only the region read as `code` (HKD in a Hong
   * Kong list). An amount in another is left as typed.
   */
  currency?: { code: string; sign?: string; guessedSign?: string };
  /**
   * How many of its currency one number of a money column counts, where its header names a scale
   * (10,000 for 累计成交金额（万元）, 1,000 for Revenue (USD k): normalise/header-unit.ts).
   */
  unitScale?: number;
  /** Today, for dates that cannot lie ahead (a birth date, the one inside an ID number). */
  now?: Date;
}
