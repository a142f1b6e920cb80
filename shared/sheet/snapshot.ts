/**
 * A sheet as the core sees it: the used range from A1, read by a host in one batch.
 * `values[0]` is spreadsheet row 1. Formulas are sparse because most customer lists have few.
 */
import { z } from 'zod';
import { cellValueSchema, type CellValue } from './cell-value';
import { sheetRuleSchema } from './own-rules';
import { cellLookSchema } from './cell-look';

export const formulaCellSchema = z.object({
  row: z.number().int().positive(),
  col: z.number().int().positive(),
  formula: z.string(),
});
export type FormulaCell = z.infer<typeof formulaCellSchema>;

/**
 * What a cell carries besides its value, when it has any: a hyperlink's target, a note (comment),
 * its own number format (left out when it is the column's, see `columnFormats`) and its own look
 * (fill, font, border, alignment: cell-look.ts; see `columnLooks`), where the host reads them.
 */
export const cellExtrasSchema = z.object({
  link: z.string().optional(),
  note: z.string().optional(),
  format: z.string().optional(),
  look: cellLookSchema.optional(),
});
export type CellExtras = z.infer<typeof cellExtrasSchema>;

export const extrasCellSchema = cellExtrasSchema.extend({
  row: z.number().int().positive(),
  col: z.number().int().positive(),
});
export type ExtrasCell = z.infer<typeof extrasCellSchema>;

/** The cells a filter covers, 1-based and inclusive. */
export const filterRangeSchema = z.object({
  firstRow: z.number().int().positive(),
  lastRow: z.number().int().positive(),
  firstCol: z.number().int().positive(),
  lastCol: z.number().int().positive(),
});
export type FilterRange = z.infer<typeof filterRangeSchema>;

/**
 * What the sheet shows besides its cells, for hosts that read it: its frozen rows, its filter and
 * its header cells' look. Set up records them so undo can put them back.
 */
/** A header cell's look that Custodian's required mark replaces: its fill (`#RRGGBB`, null: none) and bold. */
export const headerLookSchema = z.object({
  fill: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/)
    .nullable(),
  bold: z.boolean(),
});
export type HeaderLook = z.infer<typeof headerLookSchema>;

export const sheetViewSchema = z.object({
  freezeRows: z.number().int().nonnegative(),
  /** Frozen columns (the first column, 客户名称, say); absent: none, or a host that does not read them. */
  freezeColumns: z.number().int().positive().optional(),
  filter: filterRangeSchema.nullable(),
  /** Each header cell's fill and bold by column (index 0 = column A; null: a look the host cannot say, as a theme colour). */
  header: z.array(headerLookSchema.nullable()).optional(),
});
export type SheetView = z.infer<typeof sheetViewSchema>;

export const sheetSnapshotSchema = z.object({
  name: z.string(),
  values: z.array(z.array(cellValueSchema)),
  formulas: z.array(formulaCellSchema).optional(),
  /** Links, notes and formats of the cells that have them (sparse, like formulas), when the host reads them. */
  extras: z.array(extrasCellSchema).optional(),
  /** Number format of each column's first data cell (index 0 = column A), when the host knows it. */
  columnFormats: z.array(z.string().nullable()).optional(),
  /**
   * Look of each column's first data cell (index 0 = column A, null: plain), when the host reads looks
   * and some data cell has one. A filled cell's look in `extras` is then the one it has where it is not
   * its column's; an empty cell's, where it is not plain.
   */
  columnLooks: z.array(cellLookSchema.nullable()).optional(),
  /** True when the host stores only text (CSV): numbers and text "12" are then the same value. */
  textOnly: z.boolean().optional(),
  /**
   * CSV rows holding more fields than the file's other rows (a value with an unquoted comma, 1,280.00):
   * their values sit right of their headers. Sheet row, the row's fields and the file's.
   */
  misalignedRows: z
    .array(z.object({ row: z.number().int().positive(), fields: z.number().int(), expected: z.number().int() }))
    .optional(),
  /**
   * True when the sheet is written where the core's date text (`yyyy-mm-dd`, with a time of day) becomes
   * a real date in a cell showing a date format (clean writing an .xlsx): date text in such a cell is not
   * yet canonical there.
   */
  realDates: z.boolean().optional(),
  /** Frozen rows and filter, when the host reads them. */
  view: sheetViewSchema.optional(),
  /** The rules at entry below the header, one per column span, when the host reads them (own-rules.ts). */
  rules: z.array(sheetRuleSchema).optional(),
  /** Custodian's workbook-level settings (customer ID counter, template, history), as stored by the host. */
  meta: z.record(z.string(), z.string()).optional(),
});
export type SheetSnapshot = z.infer<typeof sheetSnapshotSchema>;

const MAX_COLUMNS = 16384;

/** A numeric key for a cell, cheaper than strings in sets of a million entries. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function formulaKeys(snapshot: Pick<SheetSnapshot, 'formulas'>): Set<number> {
  const keys = new Set<number>();
  for (const f of snapshot.formulas ?? []) keys.add(cellKey(f.row, f.col));
  return keys;
}

export function cellAt(snapshot: Pick<SheetSnapshot, 'values'>, row: number, col: number): CellValue {
  return snapshot.values[row - 1]?.[col - 1] ?? null;
}

export function columnCount(values: CellValue[][]): number {
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  return width;
}
