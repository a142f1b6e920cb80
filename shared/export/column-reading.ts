/**
 * How a column's cells are read, as check reads them (scan-cells.ts): its number format; for dates the
 * column's day/month order; for amounts and counts its decimal mark and a money column's currency.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import { dateColumnContext, normaliseDate } from '../normalise/date';
import { numberColumnContext } from '../normalise/number';
import { moneyColumnContext } from '../normalise/money-column';
import type { ColumnReading } from './convert-value';
import type { PhoneRegions } from './phone-line';

/** The template field of birth dates, read as check reads it (Outlook's 0/0/00 is no date). */
const BIRTH_DATE_FIELD = 'birthDate';
/** Cells read to tell a column of dates the template has no field for. */
const SAMPLE = 200;
/** Text that is written as a date: three parts (18/11/2023, 5/8/24, 2024-03-05, 2024年3月5日), a time after it. */
const DATE_SHAPE = /^\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A field for a column of dates the template has none for ("Last Job"), so it is read as a date column. */
export const EXTRA_DATE_FIELD: Field = {
  key: 'extraDate',
  kind: 'date',
  labels: { 'zh-CN': '日期', 'en-US': 'Date' },
  synonyms: [],
  required: false,
  appendWhenMissing: false,
};

/**
 * Whether a column the template has no field for holds dates: date cells, or text written as a date
 * that reads as one (with one reading or two), and next to nothing else. Numbers are not dates here.
 */
export function holdsDates(values: readonly CellValue[][], col: number): boolean {
  const context = dateColumnContext(values, col);
  let dates = 0;
  let others = 0;
  for (let r = 1; r < values.length && dates + others < SAMPLE; r++) {
    const cell = values[r]?.[col - 1];
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    if (cell instanceof Date) dates++;
    else if (typeof cell !== 'string' || !DATE_SHAPE.test(cell.trim())) others++;
    else if (['valid', 'ambiguous'].includes(normaliseDate(cell, context).status)) dates++;
    else others++;
  }
  return dates > 0 && others * 10 <= dates;
}

export function columnReading(
  values: readonly CellValue[][],
  columnFormats: readonly (string | null)[] | undefined,
  col: number,
  field: Pick<Field, 'key' | 'kind'> | undefined,
  regions: Pick<PhoneRegions, 'defaultRegion' | 'sheetRegion'>,
): ColumnReading {
  const columnFormat = columnFormats?.[col - 1] ?? null;
  if (field?.kind === 'money' || field?.kind === 'integer') {
    const { defaultRegion: home, sheetRegion } = regions;
    return {
      columnFormat,
      ...(field.kind === 'money' ? moneyColumnContext(values, col, sheetRegion) : {}),
      ...numberColumnContext(values, col, sheetRegion !== home ? sheetRegion : undefined),
    };
  }
  if (field?.kind !== 'date') return { columnFormat };
  // The sheet's region, as check passes it: a Taiwan list's 69年9月15日 is a 民國 year.
  const dates = dateColumnContext(values, col, {
    birthDate: field.key === BIRTH_DATE_FIELD,
    region: regions.sheetRegion,
  });
  return { columnFormat, ...dates };
}
