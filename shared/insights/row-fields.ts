/**
 * Reading one row's insight fields (dates, purchase count, choices) the way check reads them, for
 * the few rows a review or a lifecycle suggestion touches. Dates come back as day numbers.
 */
import { decimalMarkOf, normaliseCell } from '../normalise';
import { dateColumnContext } from '../normalise/date';
import { rowDates, type RowDates } from '../normalise/row-dates';
import { readPhoneSheet } from '../normalise/phone-region';
import type { DecimalMark, NormaliseContext } from '../normalise/types';
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { OperationContext } from '../operations/options';
import type { ChoiceOption, Field } from '../template/schema';
import { isoDay } from './activity';

const HAN = /^[\u3400-\u9fff]+$/;

export interface RowFields {
  ctx: OperationContext;
  /** The column of a field held in one column, or undefined. */
  col(key: string): number | undefined;
  field(key: string): Field | undefined;
  value(row: number, key: string): CellValue;
  /** The field's canonical value in the row, or null when blank or not valid. */
  canonical(row: number, key: string): CellValue;
  day(row: number, key: string): number | null;
  /** The month (yyyy-mm) of a date given only to its month (2024年3月, check's date.monthOnly), or null. */
  month(row: number, key: string): string | null;
  /** The template option the cell names (any label or synonym), or null. */
  option(row: number, key: string): ChoiceOption | null;
  /** Who the row is, for a list: the name (parts joined), else the company, else the customer ID. */
  label(row: number): string;
}

export function rowFields(snapshot: SheetSnapshot, ctx: OperationContext): RowFields {
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  const col = (key: string) => ctx.mapping.byField[key];
  // Dates as check reads them (scan-cells.ts): the column's order, serials, timestamps, the sheet's calendar.
  const dates = new Map<number, ReturnType<typeof dateColumnContext>>();
  const dateReading = (c: number, field: Field) => {
    let reading = dates.get(c);
    if (!reading) {
      const birthDate = field.key === 'birthDate';
      reading = dateColumnContext(snapshot.values, c, { birthDate, now: ctx.now, region: sheetRegion() });
      dates.set(c, reading);
    }
    return reading;
  };
  let region: string | undefined;
  const sheetRegion = () => {
    const phones = ctx.mapping.columns.some((m) => m.field && fields.get(m.field)?.kind === 'phone');
    region ??= phones ? readPhoneSheet(snapshot.values, ctx.mapping, ctx.template).sheet : ctx.template.defaultRegion;
    return region;
  };
  // Each row's dates in its region's calendar, as check reads them: a 台北 row's 民國 years are not a 杭州 row's.
  let byRow: { dates: RowDates | undefined } | undefined;
  const rowRegions = () =>
    (byRow ??= { dates: rowDates(snapshot.values, ctx.mapping, ctx.template.defaultRegion, sheetRegion()) }).dates;
  // A count of 2,000 is 2000 or 2 as the column's other numbers show (`decimalMarkOf`), as check reads it.
  const marks = new Map<number, DecimalMark | undefined>();
  const decimalMark = (c: number) => {
    if (!marks.has(c)) marks.set(c, decimalMarkOf(snapshot.values, c));
    return marks.get(c);
  };
  const context = (c: number, field: Field): NormaliseContext => {
    const mark = field.kind === 'integer' || field.kind === 'money' ? decimalMark(c) : undefined;
    return {
      locale: ctx.locale,
      defaultRegion: ctx.template.defaultRegion,
      columnFormat: snapshot.columnFormats?.[c - 1] ?? null,
      ...(field.kind === 'date' ? dateReading(c, field) : {}),
      ...(mark ? { decimalMark: mark } : {}),
    };
  };
  const value = (row: number, key: string): CellValue => {
    const c = col(key);
    return c === undefined ? null : (snapshot.values[row - 1]?.[c - 1] ?? null);
  };
  const outcome = (row: number, key: string) => {
    const c = col(key);
    const field = fields.get(key);
    if (c === undefined || !field) return null;
    const cell = value(row, key);
    if (isBlank(cell)) return null;
    const column = context(c, field);
    const dates = field.kind === 'date' ? rowRegions() : undefined;
    return normaliseCell(field, cell, dates ? dates.contextOf(column, snapshot.values[row - 1]) : column);
  };
  const canonical = (row: number, key: string): CellValue => {
    const read = outcome(row, key);
    return read?.status === 'valid' ? read.value : null;
  };
  const nameCols = ctx.mapping.columns.filter((m) => m.field === 'name').map((m) => m.col);
  return {
    ctx,
    col,
    field: (key) => fields.get(key),
    value,
    canonical,
    day: (row, key) => isoDay(canonical(row, key)),
    month: (row, key) => {
      const read = outcome(row, key);
      return read?.status === 'ambiguous' && read.code === 'date.monthOnly' ? (read.readings[0] ?? null) : null;
    },
    option: (row, key) => {
      const field = fields.get(key);
      const text = canonical(row, key);
      if (!field?.options || typeof text !== 'string') return null;
      return field.options.find((o) => o.labels[ctx.locale] === text) ?? null;
    },
    label: (row) => {
      const cells = snapshot.values[row - 1] ?? [];
      const parts = nameCols.map((c) => cellText(cells[c - 1] ?? null).trim()).filter(Boolean);
      // 张 + 伟 is 张伟; Jane + Doe is Jane Doe.
      const name = parts.join(parts.every((p) => HAN.test(p)) ? '' : ' ');
      return name || cellText(value(row, 'company')).trim() || cellText(value(row, 'customerId')).trim();
    },
  };
}
