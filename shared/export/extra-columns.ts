/**
 * The columns written after the CRM's own: every sheet column no CRM column reads, under its own
 * header (" (sheet)" where it clashes with a CRM header), then, for a layout with no notes column,
 * a column per sheet header of the values no CRM column could take (spare numbers, birthdays
 * without a year), holding only those.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import type { SheetColumn } from './sheet-sources';
import type { KeptValue } from './date-parts';

export interface ExtraColumn {
  col: number;
  header: string;
  field?: Field;
  /** The values of this sheet column no CRM column took: spare numbers, parts of dates (a layout with no notes column). */
  spareOf?: string;
}

export interface ExtraColumnsInput {
  sheetColumns: readonly SheetColumn[];
  /** Sheet columns the CRM's columns read. */
  used: ReadonlySet<number>;
  /** CRM headers written. */
  taken: ReadonlySet<string>;
  lastCol: number;
  hasData: (col: number) => boolean;
  /** An account made of a company's rows: the sheet columns that are the company's own. */
  companyOnly?: ReadonlySet<number>;
  /** Sheet headers whose values set aside get a column of their own. */
  spareHeaders: Iterable<string>;
}

export function extraColumns(input: ExtraColumnsInput): ExtraColumn[] {
  const taken = new Set(input.taken);
  const named = (header: string) => {
    const name = taken.has(header) ? `${header} (sheet)` : header;
    taken.add(name);
    return name;
  };
  const extras: ExtraColumn[] = [];
  for (const column of input.sheetColumns) {
    if (input.used.has(column.col) || column.col > input.lastCol || !input.hasData(column.col)) continue;
    // An account made of several rows keeps the company's columns only: the contacts file has the people's.
    if (input.companyOnly && !input.companyOnly.has(column.col)) continue;
    extras.push({ col: column.col, header: named(column.header || `Column ${column.col}`), field: column.field });
  }
  for (const header of new Set(input.spareHeaders)) extras.push({ col: 0, header: named(header), spareOf: header });
  return extras;
}

/** The values of one sheet header set aside in a row: its spare numbers, then its parts of dates. */
export function keptText(spareNumbers: CellValue, parts: readonly KeptValue[] | undefined, header: string): CellValue {
  const kept = [spareNumbers, ...(parts ?? []).filter((p) => p.header === header).map((p) => p.value)];
  const text = kept.filter((v) => !isBlank(v)).join('; ');
  return text === '' ? null : text;
}
