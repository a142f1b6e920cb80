/**
 * A Chinese resident ID number records its holder's birth date (digits 7-14; yymmdd at 7-12 of an old
 * 15-digit one) and sex (the 17th digit, the 15th of an old one: odd for a man, even for a woman). A row
 * whose birth-date or gender column says otherwise has one of its two cells mistyped, and only the ID
 * card tells which: a warning on the row's birth date or gender, naming the ID number's, and no change.
 */
import type { CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { OperationContext } from '../operations/options';
import type { Field } from '../template/schema';
import { holdsChineseIds, idHolder, type IdSex } from '../normalise/id-number';
import { dateColumnContext, normaliseDate } from '../normalise/date';
import { normaliseChoice } from '../normalise/choice';
import { foldText } from '../normalise/text';
import type { GovernedColumn } from './scan-cells';

const ID_NUMBER_FIELD = 'idNumber';
const BIRTH_DATE_FIELD = 'birthDate';
const GENDER_FIELD = 'gender';

/** A birthday without its year, as a birth-date column keeps one: --03-15, 0000-03-15, 03-15, 3/15, 15/3, 3月15日. */
const YEARLESS_ISO = /^(?:--|0000-)(\d{2})-?(\d{2})$/;
const YEARLESS = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const YEARLESS_CHINESE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
/** A birth year and month without the day, as 出生年月 holds them: 1982.03, 1982-3, 1982年3月. */
const YEAR_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/** The parts of a birth date a cell gives: a whole date, a month and day, or a year and month. */
interface DatePart {
  year?: number;
  month: number;
  day?: number;
}

export interface IdRowMismatch {
  code: 'idNumber.birthDateMismatch' | 'idNumber.sexMismatch';
  row: number;
  /** The birth-date or gender cell's column: the warning sits there, as the ID column has checks of its own. */
  column: GovernedColumn;
  value: CellValue;
  idColumn: string;
  idNumber: string;
  /** The ID number's birth date, yyyy-mm-dd (19yy of an old number). */
  birthDate: string;
  idSex: IdSex;
}

/**
 * The rows (other than `skipped`: totals, notes, line items, misaligned rows) whose Chinese resident ID
 * number disagrees with their birth date or gender. One pass reading three cells a row; the birth
 * dates and genders are read once per distinct value.
 */
export function idNumberRowMismatches(
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  skipped: ReadonlySet<number>,
): IdRowMismatch[] {
  const { values } = snapshot;
  const idCol = ctx.mapping.byField[ID_NUMBER_FIELD];
  if (idCol === undefined || !holdsChineseIds(values, idCol)) return [];
  const birth = columnOf(ctx, BIRTH_DATE_FIELD);
  // A column of its own values (own-values.ts) is not read as the options.
  const gender = columnOf(ctx, GENDER_FIELD, (f) => f.kind === 'choice' && f.options !== undefined);
  if (!birth && !gender) return [];
  const idColumn = ctx.mapping.columns.find((c) => c.col === idCol)?.header ?? '';
  const readBirth = birth ? birthReader(values, birth.col, ctx.now) : undefined;
  const readSex = gender ? sexReader(gender.field, ctx) : undefined;
  const out: IdRowMismatch[] = [];
  for (let index = 1; index < values.length; index++) {
    const cells = values[index];
    const row = index + 1;
    if (!cells || skipped.has(row)) continue;
    const idValue = cells[idCol - 1];
    if (idValue === null || idValue === undefined || idValue === '') continue;
    const holder = idHolder(idValue, ctx.now);
    if (!holder) continue;
    const found = (code: IdRowMismatch['code'], column: GovernedColumn, value: CellValue): IdRowMismatch => ({
      code,
      row,
      column,
      value,
      idColumn,
      idNumber: String(idValue).trim(),
      birthDate: `${holder.year}-${pad(holder.month)}-${pad(holder.day)}`,
      idSex: holder.sex,
    });
    if (birth && readBirth) {
      const cell = cells[birth.col - 1] ?? null;
      const parts = cell === null || isIdDate(cell, holder.digits) ? undefined : readBirth(cell);
      if (parts && !parts.some((p) => sameDate(p, holder))) out.push(found('idNumber.birthDateMismatch', birth, cell));
    }
    if (gender && readSex) {
      const cell = cells[gender.col - 1] ?? null;
      const sex = cell === null ? null : readSex(cell);
      if (sex !== null && sex !== holder.sex) out.push(found('idNumber.sexMismatch', gender, cell));
    }
  }
  return out;
}

/** The common row: its birth date written yyyy-mm-dd and an 18-digit ID number's own, told without a copy. */
function isIdDate(cell: CellValue, digits: string): boolean {
  if (typeof cell !== 'string' || cell.length !== 10 || digits.length !== 18) return false;
  for (let i = 0; i < 10; i++) {
    const c = cell.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c !== digits.charCodeAt(6 + i - (i > 7 ? 2 : i > 4 ? 1 : 0))) return false;
  }
  return true;
}

function columnOf(ctx: OperationContext, key: string, fits: (f: Field) => boolean = () => true) {
  const col = ctx.mapping.byField[key];
  const field = ctx.template.fields.find((f) => f.key === key);
  if (col === undefined || !field || !fits(field) || ctx.ownValues.has(col)) return undefined;
  const header = ctx.mapping.columns.find((c) => c.col === col)?.header ?? '';
  return { col, header, field } satisfies GovernedColumn;
}

/**
 * What a birth-date cell says, read as check reads the column (its day or month order, its short
 * years): every reading of a date read two ways, so that either may be the ID's; none for a cell
 * that is no date (check reports it as such) or a lunar birthday (农历八月十五 is no Gregorian day).
 */
function birthReader(
  values: SheetSnapshot['values'],
  col: number,
  now: Date,
): (cell: CellValue) => DatePart[] | undefined {
  const context = dateColumnContext(values, col, { birthDate: true, now });
  const seen = new Map<CellValue, DatePart[] | undefined>();
  return (cell) => {
    if (seen.has(cell)) return seen.get(cell);
    const parts = readBirth(cell, context);
    // Text cells repeat (1982-03-15 on a client's every policy); a number or Date is read each time.
    if (typeof cell === 'string') seen.set(cell, parts);
    return parts;
  };
}

function readBirth(cell: CellValue, context: ReturnType<typeof dateColumnContext>): DatePart[] | undefined {
  const outcome = normaliseDate(cell, context);
  if (outcome.status === 'valid') return typeof outcome.value === 'string' ? [isoPart(outcome.value)] : undefined;
  if (outcome.status === 'ambiguous' && outcome.code === 'date.ambiguous') return outcome.readings.map(isoPart);
  // A day without its year or a month without its day is read from the cell's text below.
  const partial =
    outcome.status === 'empty' ||
    (outcome.status === 'ambiguous' && (outcome.code === 'date.noYear' || outcome.code === 'date.monthOnly'));
  if (!partial || typeof cell !== 'string') return undefined;
  // A birthday kept without its year or its day, which the date normaliser leaves as typed.
  const s = foldText(cell).trim();
  let m: RegExpExecArray | null;
  if ((m = YEARLESS_ISO.exec(s)) || (m = YEARLESS_CHINESE.exec(s))) return monthDays([[+m[1]!, +m[2]!]]);
  // 03-15 or 15/3: which comes first the cell does not say, so either reading may be the ID's.
  if ((m = YEARLESS.exec(s)))
    return monthDays([
      [+m[1]!, +m[2]!],
      [+m[2]!, +m[1]!],
    ]);
  if ((m = YEAR_MONTH.exec(s))) {
    const month = +m[2]!;
    return month >= 1 && month <= 12 ? [{ year: +m[1]!, month }] : undefined;
  }
  return undefined;
}

function monthDays(pairs: [number, number][]): DatePart[] | undefined {
  const parts = pairs
    .filter(([m, d]) => m >= 1 && m <= 12 && d >= 1 && d <= 31)
    .map(([month, day]) => ({ month, day }));
  return parts.length > 0 ? parts : undefined;
}

function isoPart(iso: string): DatePart {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** An old number's year has no century: 1969 and 2069 are its 69 alike. */
function sameDate(p: DatePart, id: { year: number; month: number; day: number; century: boolean }): boolean {
  if (p.month !== id.month || (p.day !== undefined && p.day !== id.day)) return false;
  if (p.year === undefined) return true;
  return id.century ? p.year === id.year : p.year % 100 === id.year % 100;
}

/** The sex a gender cell names, as the gender field reads it (男, F, Female, 先生); null for other or no answer. */
function sexReader(field: Field, ctx: OperationContext): (cell: CellValue) => IdSex | null {
  const byLabel = new Map<CellValue, IdSex>();
  for (const option of field.options ?? [])
    if (option.key === 'male' || option.key === 'female') byLabel.set(option.labels[ctx.locale], option.key);
  const seen = new Map<CellValue, IdSex | null>();
  return (cell) => {
    let sex = seen.get(cell);
    if (sex === undefined) {
      const outcome = normaliseChoice(cell, field, ctx.locale);
      sex = outcome.status === 'valid' ? (byLabel.get(outcome.value) ?? null) : null;
      seen.set(cell, sex);
    }
    return sex;
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
