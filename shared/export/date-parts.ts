/**
 * What a CRM's date column cannot take, kept as typed instead, like a spare number (file-phones.ts): part
 * of a date (a birthday without its year: 3月5日, 07-08, 5/6), and a date of two readings (05/04/2023 in a
 * column that never says whether the day or the month comes first), which a CRM reading every date in its
 * one order would read one way without a word. The column stays blank there and the value goes to the
 * row's notes (Description, 备注), or, where the layout has no notes column (HubSpot contacts), under its
 * sheet header in a column holding only such values. An extra column of dates, written in the CRM's date
 * format, sets its dates of two readings aside alike.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { SparePhone } from './row-phones';
import type { SheetCell } from './cell-tally';
import type { DateAside } from './convert-value';

/** A value kept aside for the notes: the sheet header it came from and the value as typed. */
export type KeptValue = SparePhone;

export interface DateRecord {
  row: number;
  values: readonly CellValue[];
}

export interface DateColumn<R extends DateRecord = DateRecord> {
  /** The file's column (Date of Birth, or an extra column's header), for the report. */
  crmHeader: string;
  col: number;
  sheetHeader: string;
  /** Why the column cannot take a cell of `row` (part of a date, two readings), or null. */
  aside: (value: CellValue, row: readonly CellValue[]) => DateAside | null;
  /** The key under which a text's `aside` is the same for every row (the row's region for its dates). */
  rowKey: (row: readonly CellValue[]) => string;
  /** Whether the file writes no value of this column for the record (an account's person columns). */
  skips: (record: R) => boolean;
}

export interface DateParts {
  /** Each record's values set aside, in record order. */
  rows: Array<KeptValue[] | undefined>;
  /** Sheet headers some value came from. */
  headers: Set<string>;
}

/** The values set aside of each record; `count` is told the file's column, the sheet cell and why, of each. */
export function dateParts<R extends DateRecord>(
  columns: readonly DateColumn<R>[],
  records: readonly R[],
  count: (crmHeader: string, cell: SheetCell, why: DateAside, value: string) => void,
): DateParts {
  const rows: Array<KeptValue[] | undefined> = new Array(records.length);
  const headers = new Set<string>();
  for (const column of columns) {
    // Lists repeat their values: read each distinct text once for the rows read alike.
    const seen = new Map<string, DateAside | null>();
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      const value = record.values[column.col - 1] ?? null;
      // A birth year typed into a number cell (1985) is kept as the cell shows it, as text is.
      if (isBlank(value) || (typeof value !== 'string' && typeof value !== 'number') || column.skips(record)) continue;
      const key = `${typeof value}\n${column.rowKey(record.values)}\n${value}`;
      let why = seen.get(key);
      if (why === undefined) seen.set(key, (why = column.aside(value, record.values)));
      if (why === null) continue;
      const typed = cellText(value).trim();
      (rows[r] ??= []).push({ header: column.sheetHeader, value: typed });
      headers.add(column.sheetHeader);
      count(column.crmHeader, { row: record.row, source: column.col }, why, typed);
    }
  }
  return { rows, headers };
}
