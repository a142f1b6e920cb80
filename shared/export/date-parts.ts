/**
 * Part of a date in a CRM's date column (a birthday without its year: 3月5日, 07-08, 5/6): the column
 * cannot take it, so it stays blank there and the value is kept as typed, like a spare number
 * (file-phones.ts): in the row's notes (Description, 备注), or, where the layout has no notes column
 * (HubSpot contacts), under its sheet header in a column holding only such values.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { SparePhone } from './row-phones';
import type { SheetCell } from './cell-tally';

/** A value kept aside for the notes: the sheet header it came from and the value as typed. */
export type KeptValue = SparePhone;

export interface DateColumn {
  /** The CRM's date column (Date of Birth), for the report. */
  crmHeader: string;
  col: number;
  sheetHeader: string;
  /** Whether a cell is part of a date (no year, or no day), not a whole one nor Outlook's 0/0/00. */
  isPart: (value: CellValue) => boolean;
}

export interface DateParts {
  /** Each record's parts of dates, in record order. */
  rows: Array<KeptValue[] | undefined>;
  /** Sheet headers some part came from. */
  headers: Set<string>;
}

interface DateRecord {
  row: number;
  values: readonly CellValue[];
  /** An account made of a company's rows writes no one person's birthday. */
  companyOnly?: unknown;
}

/** The parts of dates of each record; `count` is told the CRM column and the sheet cell of each. */
export function dateParts(
  columns: readonly DateColumn[],
  records: readonly DateRecord[],
  count: (crmHeader: string, cell: SheetCell) => void,
): DateParts {
  const rows: Array<KeptValue[] | undefined> = new Array(records.length);
  const headers = new Set<string>();
  for (const column of columns) {
    // Lists repeat their values: read each distinct text once.
    const seen = new Map<string, boolean>();
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      const value = record.values[column.col - 1] ?? null;
      if (record.companyOnly || isBlank(value) || typeof value !== 'string') continue;
      let part = seen.get(value);
      if (part === undefined) seen.set(value, (part = column.isPart(value)));
      if (!part) continue;
      (rows[r] ??= []).push({ header: column.sheetHeader, value: value.trim() });
      headers.add(column.sheetHeader);
      count(column.crmHeader, { row: record.row, source: column.col });
    }
  }
  return { rows, headers };
}
