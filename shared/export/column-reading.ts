/**
 * How a column's cells are read, as check reads them (scan-cells.ts): its number format; for dates the
 * column's day/month order; for amounts and counts its decimal mark and a money column's currency.
 */
import type { CellValue } from '../sheet/cell-value';
import type { ExtrasCell } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import { isCodeField } from '../normalise/text-marker';
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

/**
 * The number formats cells have of their own (`extras`; a cell without one shows its column's), by column
 * then row, indexed once: a code column's numbers are read with them (as check's scan-cells.ts does).
 */
export function ownCellFormats(extras: readonly ExtrasCell[] | undefined): Map<number, Map<number, string>> {
  const byCol = new Map<number, Map<number, string>>();
  for (const e of extras ?? []) {
    if (e.format === undefined) continue;
    let rows = byCol.get(e.col);
    if (!rows) byCol.set(e.col, (rows = new Map()));
    rows.set(e.row, e.format);
  }
  return byCol;
}

export function columnReading(
  values: readonly CellValue[][],
  columnFormats: readonly (string | null)[] | undefined,
  col: number,
  field: Pick<Field, 'key' | 'kind'> | undefined,
  regions: Pick<PhoneRegions, 'defaultRegion' | 'sheetRegion'>,
  /** The column's cells with a number format of their own, by row (`ownCellFormats`). */
  ownFormats?: ReadonlyMap<number, string>,
): ColumnReading {
  const columnFormat = columnFormats?.[col - 1] ?? null;
  // A code stored as a number is the text its own cell shows (text-marker.ts), not row 2's format's.
  if (field && ownFormats && ownFormats.size > 0 && isCodeField(field))
    return { columnFormat, cellFormats: ownFormats };
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
