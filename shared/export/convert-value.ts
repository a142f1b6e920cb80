/**
 * A sheet value in the form a CRM's importer reads: dates in its date format, phones in E.164
 * (or the national form for a Chinese CRM), yes/no as its checkbox pair, choices as its picklist
 * value or the option's label. A value the normalisers cannot read is exported as typed and
 * counted, so the report can say how many went out unconverted.
 */
import { errorValue } from '../sheet/error-values';
import type { CellValue } from '../sheet/cell-value';
import { cellText, isBlank, isoDate } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import {
  normaliseCell,
  normaliseChoice,
  normaliseDate,
  normaliseMultiChoice,
  normalisePhone,
  normaliseYesNo,
  phoneKey,
} from '../normalise';
import { isNoDateMark } from '../normalise/date';
import { hasPlainCodeMarker, hasTabMarker, withoutTabMarker, withoutTextMarker } from '../normalise/text-marker';
import { isPlaceholder, noValueIn } from '../check/placeholder';
import { serialTime } from '../normalise/time-of-day';
import { normaliseColumnMoney } from '../normalise/money-column';
import type { NormaliseContext, NormaliseOutcome } from '../normalise/types';
import type { RowDates } from '../normalise/row-dates';
import type { ChoiceOption, Field } from '../template/schema';
import { simplifiedHan } from '../dedupe/simplified';
import type { CrmLayout } from './crm-layouts';
import { withPostcodeZero } from './postcode-zero';
import { crmIndustry, hasIndustryValues, isCrmIndustry } from './industry-values';
import { optionNamed } from './option-named';
import { ColumnMemo, UNREADABLE } from './column-memo';
import type { PhoneRegions } from './phone-line';
import { CellTally, type SheetCell } from './cell-tally';
import { isSetAsideContact } from './masked-values';

export { phoneLine, type PhoneRegions } from './phone-line';

/**
 * What a column says about reading its cells: its number format; for a date column, the order of day
 * and month its unambiguous dates show and whether it holds birth dates; for amounts and counts, their
 * decimal mark and a money column's currency (as check reads them).
 */
export type ColumnReading = Pick<
  NormaliseContext,
  'columnFormat' | 'dateOrder' | 'serialText' | 'birthDate' | 'now' | 'decimalMark' | 'currency'
> & {
  /** A code column's cells with a number format of their own, by sheet row (the others show the column's). */
  cellFormats?: ReadonlyMap<number, string>;
};

/** A sheet's rows and the region each reads its dates in (`rowDates`), where it names them. */
export interface SheetRowDates {
  values: readonly (readonly CellValue[] | undefined)[];
  rows: RowDates;
}

/** `datesAside`: an extra column of dates whose dates of two readings the file keeps in the notes (date-parts.ts). */
export type ConvertTarget =
  | { kind: 'crm'; picklist?: Record<string, string>; standard?: readonly string[] }
  | { kind: 'extra'; datesAside?: true };

/** Codes of a date given to part of its day (no day, no month, no year), which the export keeps as typed. */
const PART_DAY_CODES: ReadonlySet<string> = new Set(['date.monthOnly', 'date.noYear', 'date.yearOnly']);

const DATE_TOKENS = /yyyy|MM|dd|M|d/g;
/** The template field of industries, written in the CRM's own values where it has them. */
const INDUSTRY_FIELD = 'industry';
/** The template field of postcodes (ZIP codes). */
const POSTCODE_FIELD = 'postcode';

/** An ISO yyyy-mm-dd date in a pattern of yyyy, MM, dd (M and d unpadded). */
export function formatIsoDate(iso: string, pattern: string): string {
  const [y, m, d] = iso.split('-');
  return pattern.replace(DATE_TOKENS, (token) => {
    switch (token) {
      case 'yyyy':
        return y;
      case 'MM':
        return m;
      case 'dd':
        return d;
      case 'M':
        return String(Number(m));
      default:
        return String(Number(d));
    }
  });
}

/** The time of day a date cell holds ('' at midnight), as clean writes it. */
function cellTime(date: Date): string {
  return serialTime((((date.getTime() % DAY_MS) + DAY_MS) % DAY_MS) / DAY_MS);
}

function withTime(day: string, time: string): string {
  return time ? `${day} ${time}` : day;
}

const DAY_MS = 86_400_000;

export class ValueConverter {
  /** Header -> how many values were exported as typed because they could not be read. */
  readonly asTyped = new CellTally();
  /** Header -> how many postcodes got back the leading zero a spreadsheet dropped (2110 -> 02110). */
  readonly postcodesZeroed = new CellTally();
  /**
   * Header -> how many dates read two ways (05/04/2023 in a column that does not say which comes first):
   * left out of the date column, which the CRM reads in its one order, and kept as typed in the notes
   * (date-parts.ts), with the first of them as typed.
   */
  readonly twoReadings = new CellTally();
  /** Of the values kept as typed, dates without their day or year (check's date.monthOnly, date.noYear). */
  readonly partDays = new CellTally();
  /** Header -> how many placeholders (无, -, N/A, (跳过)) were written blank, as check reads them. */
  readonly placeholders = new CellTally();
  /** Header -> how many formula errors (#N/A, #REF!) were written blank (check's value.formulaError). */
  readonly formulaErrors = new CellTally();
  /** CRM column -> how many values were part of a date (a birthday without its year, 1990.03), kept in the notes instead. */
  readonly partialDates = new CellTally();
  /** Header -> values that are none of the CRM's own (its industries), exported as typed. */
  readonly notCrmValues = new Map<string, Set<string>>();
  /** Header -> choice labels with no standard picklist value in the CRM (exported as the label). */
  readonly offPicklist = new Map<string, Set<string>>();
  private readonly optionsByLabel = new WeakMap<Field, Map<string, ChoiceOption>>();
  private readonly memos = { crm: new Map<string, ColumnMemo>(), extra: new Map<string, ColumnMemo>() };

  constructor(
    private readonly layout: CrmLayout,
    readonly sheetLocale: Locale,
    private readonly regions: Omit<PhoneRegions, 'rowRegion' | 'rowPlace'>,
    /** Each row's region for its dates' calendar (a 台北 row's 民國 years), as check reads them. */
    private readonly dates?: SheetRowDates,
  ) {}

  /** The country of the row being converted (from its country column), for reading its phones. */
  rowRegion: string | null = null;
  /** The place the row names otherwise (another number's +853, an address in 澳門), weaker than its country. */
  rowPlace: string | null = null;
  /** The sheet row being converted, so the report counts each cell once. */
  row = 0;

  phoneRegions(): PhoneRegions {
    return { ...this.regions, rowRegion: this.rowRegion, ...(this.rowPlace ? { rowPlace: this.rowPlace } : {}) };
  }

  /** The export value of one cell of a template field, for the column headed `header`. */
  convert(
    field: Field,
    value: CellValue,
    header: string,
    target: ConvertTarget,
    reading: ColumnReading = {},
    /** The sheet column the value comes from (a CRM column's name for a phone line), to count each cell once. */
    source?: number | string,
  ): CellValue {
    const cell = source === undefined ? null : { row: this.row, source };
    // Outlook's 0/0/00 is blank to every command (cell-value.ts).
    if (isBlank(value)) return null;
    // A formula's error result (#N/A of a VLOOKUP that found nothing) is no value: the CRM gets none.
    if (errorValue(value) !== null) {
      this.formulaErrors.count(header, cell);
      return null;
    }
    // A starred-out number or address is no CRM's phone or e-mail: masked-values.ts keeps it aside.
    if (
      target.kind === 'crm' &&
      (field.kind === 'phone' || field.kind === 'email') &&
      isSetAsideContact(field.kind, value)
    )
      return null;
    // A date is read in its row's calendar: with the row's region, and remembered under it.
    const region = field.kind === 'date' ? this.dateRegion() : null;
    if (region !== null) reading = this.dates!.rows.contextOf(reading, this.dates!.values[this.row - 1]);
    // A word for none where a date, an option or text goes (微盟's 生日 "--", 问卷星's (跳过), 无), as
    // check reads it: no value, so the CRM field is left empty rather than given the word.
    if (field.kind !== 'phone' && field.kind !== 'email' && this.saysNone(field, value, reading)) {
      this.placeholders.count(header, cell);
      return null;
    }
    let converted: CellValue | undefined;
    if (typeof value === 'string' && !(field.kind === 'phone' && (this.rowRegion !== null || this.rowPlace !== null))) {
      // Lists repeat their values (dates, options, owners): convert each distinct string once per column.
      const memos = this.memos[target.kind];
      const memoKey = region === null ? header : `${header}\n${region}`;
      let memo = memos.get(memoKey);
      if (!memo) memos.set(memoKey, (memo = new ColumnMemo()));
      const hit = memo.get(value);
      if (hit !== undefined) converted = hit === UNREADABLE ? undefined : hit;
      else {
        converted = this.convertKind(field, value, header, target, reading);
        memo.set(value, converted === undefined ? UNREADABLE : converted);
      }
    } else converted = this.convertKind(field, value, header, target, reading);
    if (field.key === POSTCODE_FIELD && converted !== undefined) converted = this.postcodeZero(converted, header, cell);
    if (converted === undefined) {
      // 无 or - in a phone or e-mail cell says there is none (check's value.placeholder): the CRM gets none.
      if ((field.kind === 'phone' || field.kind === 'email') && isPlaceholder(value)) {
        this.placeholders.count(header, cell);
        return null;
      }
      this.asTyped.count(header, cell);
      const read = field.kind === 'date' ? normaliseDate(value, reading) : null;
      // A date written only to its month (2024年3月), its year (2018) or without its year (6月1日) is kept as typed too.
      if (read?.status === 'ambiguous' && PART_DAY_CODES.has(read.code))
        this.partDays.count(header, cell, cellText(value).trim());
      return this.plain(value);
    }
    return converted;
  }

  /** The region the current row's dates are read in, or null where the sheet or the row names none. */
  private dateRegion(): string | null {
    return this.dates ? this.dates.rows.regionOf(this.dates.values[this.row - 1]) : null;
  }

  /** Whether check calls the value a placeholder in its field (`noValueIn`), read as check reads it. */
  private saysNone(field: Field, value: CellValue, reading: ColumnReading): boolean {
    if (!isPlaceholder(value)) return false;
    let status: NormaliseOutcome['status'] | undefined;
    if (field.kind === 'date') status = normaliseDate(value, reading).status;
    else if (field.kind === 'choice') status = normaliseChoice(value, field, this.sheetLocale).status;
    else if (field.kind === 'multiChoice') status = normaliseMultiChoice(value, field, this.sheetLocale).status;
    return noValueIn(field, value, status) === 'placeholder';
  }

  /**
   * Why a CRM's date column cannot take a cell, read in its row as `convert` reads it: part of a date (a
   * birthday without its year, 1990.03; not Outlook's 0/0/00, which is none), or a date of two readings.
   */
  dateAside(value: CellValue, reading: ColumnReading, row: readonly CellValue[] | undefined): DateAside | null {
    if (isNoDateMark(value)) return null;
    const inRow =
      this.dates && this.dates.rows.regionOf(row) !== null ? this.dates.rows.contextOf(reading, row) : reading;
    return dateAsideOf(normaliseDate(value, inRow), inRow);
  }

  /** The region a row's dates are read in (`dateAside` reads alike in rows of one region), or null. */
  rowDateRegion(row: readonly CellValue[] | undefined): string | null {
    return this.dates ? this.dates.rows.regionOf(row) : null;
  }

  /** A postcode with the zero a spreadsheet dropped, where the row is American or Australian (postcode-zero.ts). */
  private postcodeZero(value: CellValue, header: string, cell: SheetCell | null): CellValue {
    // The row's country, else the sheet's phones' region when it is not the template's: as check reads it.
    const { defaultRegion, sheetRegion } = this.regions;
    const zeroed = withPostcodeZero(value, this.rowRegion ?? (sheetRegion !== defaultRegion ? sheetRegion : null));
    if (zeroed !== value) this.postcodesZeroed.count(header, cell);
    return zeroed;
  }

  /** A value of a column no template field governs: kept as typed, a date cell in the CRM's format with its time of day. */
  plain(value: CellValue): CellValue {
    // Outlook's 0/0/00 in a column no field governs (Anniversary) is its blank too.
    if (isBlank(value)) return null;
    // 抖店 writes its order numbers as "\t6919…" or "6920…\t" so Excel keeps them as text: the tab is that marker, no part of the code.
    if (hasTabMarker(value)) return withoutTabMarker(value);
    // 金蝶's '4000023409200123456: Excel's text marker, no part of the code.
    if (hasPlainCodeMarker(value)) return withoutTextMarker(value.trim());
    return value instanceof Date
      ? withTime(formatIsoDate(isoDate(value), this.layout.dateFormat), cellTime(value))
      : value;
  }

  /** undefined when the value cannot be read as its field's kind. */
  private convertKind(
    field: Field,
    value: CellValue,
    header: string,
    target: ConvertTarget,
    reading: ColumnReading,
  ): CellValue | undefined {
    const labelLocale = target.kind === 'crm' ? this.layout.labelLocale : this.sheetLocale;
    switch (field.kind) {
      case 'date': {
        const outcome = normaliseDate(value, reading);
        // Outlook's 0/0/00 is no date. A birthday without its year is part of one, and a date of two readings
        // would be read in the CRM's one order: a CRM's date column takes neither (the export keeps them in
        // the notes: date-parts.ts); a column of the sheet's own keeps a part as typed.
        const aside = dateAsideOf(outcome, reading);
        if (aside === 'twoReadings' && (target.kind === 'crm' || target.datesAside)) return null;
        if (aside === 'part') {
          if (target.kind === 'crm' || isNoDateMark(value)) return null;
          return typeof value === 'string' ? value.trim() : value;
        }
        if (outcome.status !== 'valid') return undefined;
        const day = formatIsoDate(String(outcome.value), this.layout.dateFormat);
        // A CRM's date column takes the day; a column of the sheet's own (WeCom's 添加时间) keeps its time too.
        if (target.kind !== 'extra') return day;
        return withTime(day, outcome.time ?? (value instanceof Date ? cellTime(value) : ''));
      }
      case 'phone': {
        if (this.layout.phoneForm === 'national') {
          const outcome = normalisePhone(value, { ...this.phoneRegions(), locale: this.layout.labelLocale });
          if (outcome.status !== 'valid') return undefined;
          // A number of another country stays in E.164: "+1 415 555 2671" would read as a formula in a CSV.
          if (!String(outcome.value).startsWith('+')) return outcome.value;
        }
        const key = phoneKey(value, this.phoneRegions());
        return key === null ? undefined : key.replace(';ext=', ' ext. ');
      }
      case 'yesNo': {
        const outcome = normaliseYesNo(value, 'en-US');
        if (outcome.status !== 'valid') return undefined;
        return outcome.value === 'Yes' ? this.layout.yesNo[0] : this.layout.yesNo[1];
      }
      case 'choice': {
        // An industry is an option only by its whole name (option-named.ts): 电子 is no 电子商务.
        const industry = field.key === INDUSTRY_FIELD;
        // Industry in the CRM's own values where it has them (industry-values.ts), else as typed.
        if (industry && target.kind === 'crm' && hasIndustryValues(this.layout.crm)) {
          const own = crmIndustry(this.layout.crm, value);
          if (own !== null) return own;
          const key = optionNamed(field, value)?.key;
          const mapped = key === undefined ? undefined : target.picklist?.[key];
          if (mapped !== undefined) return mapped;
          return this.notCrmValue(header, value);
        }
        // Under the sheet's own header a CRM's value (a HubSpot export's FOOD_BEVERAGES, RETAIL) stays as
        // typed: it is read, though the template has no option for it.
        if (industry && target.kind === 'extra' && isCrmIndustry(this.layout.crm, value)) return String(value).trim();
        // A value the CRM has as it stands (Phone Inquiry, Marketing Qualified Lead) goes back as it was.
        const standard = target.kind === 'crm' ? sameValue(target.standard, value) : undefined;
        if (standard !== undefined) return standard;
        const outcome = normaliseChoice(value, field, 'en-US');
        // Not given (Outlook's Unspecified, 未知), as check reads it: the CRM gets no value.
        if (outcome.status === 'empty') return null;
        if (outcome.status !== 'valid') return undefined;
        const option = industry ? optionNamed(field, value) : this.optionOf(field, String(outcome.value));
        if (!option) return industry ? undefined : outcome.value;
        const picklist = target.kind === 'crm' ? target.picklist : undefined;
        const mapped = picklist?.[option.key];
        if (mapped !== undefined) return mapped;
        const label = option.labels[labelLocale];
        if (picklist) this.noteOffPicklist(header, label);
        return label;
      }
      case 'multiChoice': {
        const outcome = normaliseMultiChoice(value, field, labelLocale);
        return outcome.status === 'valid'
          ? String(outcome.value).split(', ').join(this.layout.multiSeparator)
          : undefined;
      }
      case 'money': {
        // An amount in another currency than the column's ($1,280.50 among ¥) goes as typed: as a number
        // the CRM would store it in the column's.
        const outcome = normaliseColumnMoney(value, reading);
        return outcome.status === 'valid' ? outcome.value : undefined;
      }
      default: {
        const cellFormat = typeof value === 'number' ? reading.cellFormats?.get(this.row) : undefined;
        const outcome = normaliseCell(field, value, {
          locale: this.sheetLocale,
          defaultRegion: this.regions.defaultRegion,
          columnFormat: reading.columnFormat ?? null,
          ...(cellFormat === undefined ? {} : { cellFormat }),
          ...(reading.decimalMark ? { decimalMark: reading.decimalMark } : {}),
        });
        if (outcome.status !== 'valid') return undefined;
        // A listed place typed in traditional characters (臺灣, 廣東省) keeps the sheet's script.
        if (field.options && typeof value === 'string' && simplifiedHan(value) !== value) return value.trim();
        return outcome.value;
      }
    }
  }

  private optionOf(field: Field, englishLabel: string): ChoiceOption | undefined {
    let byLabel = this.optionsByLabel.get(field);
    if (!byLabel) {
      byLabel = new Map((field.options ?? []).map((option) => [option.labels['en-US'], option]));
      this.optionsByLabel.set(field, byLabel);
    }
    return byLabel.get(englishLabel);
  }

  /** A value written as typed because it is none of the CRM's own, named for the report. */
  private notCrmValue(header: string, value: CellValue): CellValue {
    const typed = typeof value === 'string' ? value.trim() : value;
    let values = this.notCrmValues.get(header);
    if (!values) this.notCrmValues.set(header, (values = new Set()));
    values.add(String(typed));
    return typed;
  }

  private noteOffPicklist(header: string, label: string): void {
    let labels = this.offPicklist.get(header);
    if (!labels) this.offPicklist.set(header, (labels = new Set()));
    labels.add(label);
  }
}

/** Why a CRM's date column cannot take a value: part of a date only, or a date of two readings. */
export type DateAside = 'part' | 'twoReadings';

/** Codes of a birthday that is only part of a date: a day of every year (03-08), a year alone (1985). */
const BIRTHDAY_PARTS: ReadonlySet<string> = new Set(['date.noYear', 'date.yearOnly']);

function dateAsideOf(outcome: NormaliseOutcome, reading: ColumnReading): DateAside | null {
  if (outcome.status === 'empty') return 'part';
  if (outcome.status !== 'ambiguous') return null;
  if (outcome.code === 'date.ambiguous') return 'twoReadings';
  return reading.birthDate && BIRTHDAY_PARTS.has(outcome.code) ? 'part' : null;
}

/**
 * The one of `values` that `value` is, letter case, spaces and underscores aside: HubSpot's exports
 * write a stage by its label (Marketing Qualified Lead) or its internal name (marketingqualifiedlead).
 */
function sameValue(values: readonly string[] | undefined, value: CellValue): string | undefined {
  if (!values || typeof value !== 'string') return undefined;
  const typed = internalForm(value);
  return values.find((v) => internalForm(v) === typed);
}

function internalForm(text: string): string {
  return text.replace(/[\s_-]+/g, '').toLowerCase();
}
