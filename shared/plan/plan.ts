/**
 * A plan: every change an operation wants made to a workbook, computed from a snapshot by the
 * core and applied by a host in one batch. Rows and columns are 1-based spreadsheet coordinates.
 * Hosts apply the parts in this order: backup, sheets, deleteSheets, insertRows, edits, deleteRows, footprints, then formatting
 * (formats, validations, required, highlights, freeze, filter, protection) and meta. Edits use row numbers as they are
 * after insertRows and before deleteRows, which makes every plan invertible (see invert-plan.ts).
 */
import { z } from 'zod';
import { cellValueSchema } from '../sheet/cell-value';
import { cellExtrasSchema, filterRangeSchema, headerLookSchema } from '../sheet/snapshot';
import { ownRuleSchema, sheetRuleSchema } from '../sheet/own-rules';
import type { RowFootprint } from './row-footprint';

export const cellEditSchema = z.object({
  row: z.number().int().positive(),
  col: z.number().int().positive(),
  before: cellValueSchema,
  after: cellValueSchema,
  /** Why the cell changes, as an issue code (e.g. `phone.nonCanonical`) or an operation name. */
  reason: z.string().optional(),
  /**
   * The cell's number format before the edit (General: none), kept where writing `after` gives the
   * cell another (a date where it shows none, edit-formats.ts): the inverse edit puts it back.
   */
  formatBefore: z.string().optional(),
  /** The number format the cell takes with `after` (General: none), as an undo gives back the one it had. */
  format: z.string().optional(),
  /**
   * The cell's link before the edit and the one it takes with `after`, when the edit moves it (a
   * mailto: of the old address follows the cleaned one); without them a host keeps the cell's link.
   */
  linkBefore: z.string().optional(),
  link: z.string().optional(),
});
export type CellEdit = z.infer<typeof cellEditSchema>;

/** Links, notes, formats and looks by column, parallel to values (null where a cell has none). */
const extrasRowSchema = z.array(cellExtrasSchema.nullable());

/** A whole row's content, kept so deleting and restoring it loses nothing (values, formulas, links, notes, formats, looks). */
export const rowContentSchema = z.object({
  row: z.number().int().positive(),
  values: z.array(cellValueSchema),
  formulas: z.array(z.string().nullable()).optional(),
  /** Optional: absent when no cell of the row has any, and in plans saved before extras (history). */
  extras: extrasRowSchema.optional(),
});
export type RowContent = z.infer<typeof rowContentSchema>;

const rowSpan = {
  firstRow: z.number().int().positive(),
  lastRow: z.number().int().positive(),
};

/** What a person sees around a rule: the hint when the cell is selected and the alert on a bad value. */
const entryTexts = {
  prompt: z.string().optional(),
  promptTitle: z.string().optional(),
  errorTitle: z.string().optional(),
  /** The alert's message; without one, hosts show their own wording. */
  error: z.string().optional(),
};

/** The sheet's own rules over the span that this rule replaces, as the host read them: undo writes them back. */
const replaced = { replaced: z.array(sheetRuleSchema).optional() };

export const listValidationSchema = z.object({
  /** Optional so plans saved before the other rule kinds (in history) still read. */
  kind: z.literal('list').optional(),
  col: z.number().int().positive(),
  ...rowSpan,
  /** Inline options, or a reference to cells holding them (for lists over Excel's 255-character limit). */
  source: z.union([
    z.object({ kind: z.literal('inline'), values: z.array(z.string()) }),
    z.object({ kind: z.literal('range'), sheet: z.string(), range: z.string(), values: z.array(z.string()) }),
  ]),
  allowBlank: z.boolean(),
  /** Reject values outside the list (true) or only warn (false, for multi-value tag columns). */
  strict: z.boolean(),
  ...entryTexts,
  ...replaced,
});
export type ListValidation = z.infer<typeof listValidationSchema>;

const ruleBase = {
  col: z.number().int().positive(),
  ...rowSpan,
  allowBlank: z.boolean(),
  /** Reject a bad value (stop) or warn and let it stand (warning), as the template says. */
  strict: z.boolean(),
  ...entryTexts,
  ...replaced,
};

/**
 * Rules other than lists. Formulas are written for the span's first cell (`=COUNTIF($A:$A,A2)=1`
 * on row 2); hosts apply them relative to each cell, as Excel and Sheets do. `email` and `whole`
 * carry a formula too, for hosts without such a rule (Excel has no email rule, Sheets no whole number).
 */
export const ruleValidationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('custom'), ...ruleBase, formula: z.string().startsWith('=') }),
  z.object({ kind: z.literal('email'), ...ruleBase, formula: z.string().startsWith('=') }),
  /** On or after `min` (yyyy-mm-dd). */
  z.object({ kind: z.literal('date'), ...ruleBase, min: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.object({ kind: z.literal('decimal'), ...ruleBase, min: z.number() }),
  z.object({ kind: z.literal('whole'), ...ruleBase, min: z.number().int(), formula: z.string().startsWith('=') }),
]);
export type RuleValidation = z.infer<typeof ruleValidationSchema>;

/** A sheet's own rule written back as it was read (undo of set up). */
export const ownValidationSchema = ownRuleSchema.extend({ kind: z.literal('own') });
export type OwnValidation = z.infer<typeof ownValidationSchema>;

export const validationSchema = z.union([listValidationSchema, ruleValidationSchema, ownValidationSchema]);
export type Validation = z.infer<typeof validationSchema>;
/** Custodian's own rules (every validation but a sheet's own one written back). */
export type CustodianValidation = Exclude<Validation, OwnValidation>;

/** Removes every rule at entry over a column's span (how undo takes away what setup added). */
export const validationRemovalSchema = z.object({
  remove: z.literal(true),
  col: z.number().int().positive(),
  ...rowSpan,
});
export type ValidationRemoval = z.infer<typeof validationRemovalSchema>;
export type PlanValidation = Validation | ValidationRemoval;

export function isValidationRemoval(validation: PlanValidation): validation is ValidationRemoval {
  return 'remove' in validation;
}

export function isOwnValidation(validation: PlanValidation): validation is OwnValidation {
  return 'kind' in validation && validation.kind === 'own';
}

export function isListValidation(validation: PlanValidation): validation is ListValidation {
  return !isValidationRemoval(validation) && (validation.kind === undefined || validation.kind === 'list');
}

/** The format hosts show a cell without one (Excel's General, Sheets' Automatic). */
export const GENERAL_FORMAT = 'General';

export const numberFormatSchema = z.object({
  col: z.number().int().positive(),
  ...rowSpan,
  format: z.string(),
  /** The column's format before (null: General), when known: undo sets it back. */
  previous: z.string().nullable().optional(),
  /**
   * Rows of the span whose cells showed another format than `previous` (a phone stored as a number
   * under `0`, the empty rows below the list under General): undo gives each its own back after `previous`.
   */
  cellsBefore: z.array(z.object({ ...rowSpan, format: z.string() })).optional(),
});
export type NumberFormatChange = z.infer<typeof numberFormatSchema>;

export const requiredColumnSchema = z.object({
  col: z.number().int().positive(),
  ...rowSpan,
  /** Shown on the header (note or tooltip) so users know why it is marked. */
  note: z.string(),
  /** Takes Custodian's mark away: the header's fill and note, and its blank rule over the span. */
  remove: z.literal(true).optional(),
  /** The header cell's fill and bold before the mark, when the host read them: taking the mark away puts them back. */
  headerBefore: headerLookSchema.optional(),
});
export type RequiredColumn = z.infer<typeof requiredColumnSchema>;

export const sheetWriteSchema = z.object({
  name: z.string().min(1),
  hidden: z.boolean(),
  /**
   * replace: the sheet holds exactly `rows`; append: `rows` go below what it has (its header stays);
   * create: written only when no sheet has that name, so a user's own sheet of that name is never touched.
   */
  mode: z.enum(['replace', 'append', 'create']),
  rows: z.array(z.array(cellValueSchema)),
  /** Formulas by row and column (`=COUNTIFS(…)`), parallel to `rows`; a formula wins over the value beside it. */
  formulas: z.array(z.array(z.string().nullable())).optional(),
  /** Links, notes and formats by row and column, parallel to `rows` (null rows or cells: none). */
  extras: z.array(extrasRowSchema.nullable()).optional(),
  /** Left in place by undo: a sheet whichever operation finds it missing writes (the analysis sheet), so no one operation owns it. */
  kept: z.literal(true).optional(),
});
export type SheetWrite = z.infer<typeof sheetWriteSchema>;

/**
 * A sheet an operation created (a write with mode 'create'), removed with what it held, so the
 * removal inverts to that write again. Hosts remove the sheet of that name when there is one;
 * undo first checks that it still holds what was written (history/created-sheets.ts).
 */
export const sheetRemovalSchema = sheetWriteSchema.omit({ mode: true });
export type SheetRemoval = z.infer<typeof sheetRemovalSchema>;

/** A highlight's look: A1 ranges of the target sheet (no sheet name, e.g. `A5:K5`) and a `#RRGGBB` fill. */
export const highlightAreasSchema = z.object({
  ranges: z.array(z.string().regex(/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/)).min(1),
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
});
export type HighlightAreas = z.infer<typeof highlightAreasSchema>;

/**
 * Custodian's own fill over cells, written as a conditional-format rule marked with `id`
 * (plan/highlights.ts) so a user's fills and rules are never touched: a highlight replaces the
 * rules of its id, a removal deletes only them. `previous` is what the id painted before, when
 * known, so the plan can be inverted (undoing a highlight restores the one it replaced).
 */
export const highlightSchema = z.union([
  highlightAreasSchema.extend({ id: z.string().min(1), previous: highlightAreasSchema.optional() }),
  z.object({ id: z.string().min(1), remove: z.literal(true), previous: highlightAreasSchema.optional() }),
]);
export type Highlight = z.infer<typeof highlightSchema>;

/** What Custodian locks on a sheet: its header rows and whole columns (the customer ID); every other cell stays editable. */
export const protectionAreasSchema = z.object({
  headerRows: z.number().int().positive(),
  cols: z.array(z.number().int().positive()),
});
export type ProtectionAreas = z.infer<typeof protectionAreasSchema>;

/**
 * Custodian's protection of the target sheet, set (replacing its earlier one) or removed. Hosts
 * still allow formatting, sorting, filtering and inserting rows. `previous` is what it set before,
 * when known (meta, plan/protection.ts), so the plan can be inverted.
 */
export const protectionSchema = z.union([
  protectionAreasSchema.extend({ previous: protectionAreasSchema.optional() }),
  z.object({ remove: z.literal(true), previous: protectionAreasSchema.optional() }),
]);
export type Protection = z.infer<typeof protectionSchema>;

export { filterRangeSchema, type FilterRange } from '../sheet/snapshot';

/**
 * A copy of the target sheet as it is before the plan, made by the host itself (values, formulas,
 * formats, validations, notes: whatever its own sheet copy keeps) into a hidden sheet `name`,
 * replacing any sheet of that name. One host call whatever the sheet's size.
 */
export const sheetBackupSchema = z.object({ name: z.string().min(1) });
export type SheetBackup = z.infer<typeof sheetBackupSchema>;

export const planSchema = z.object({
  sheet: z.string(),
  /** Optional so plans saved before host-side backups (in history) read as they were. */
  backup: sheetBackupSchema.optional(),
  sheets: z.array(sheetWriteSchema).default([]),
  /** Optional so plans saved before sheet removals (in history) read as they were. */
  deleteSheets: z.array(sheetRemovalSchema).optional(),
  insertRows: z.array(rowContentSchema).default([]),
  edits: z.array(cellEditSchema).default([]),
  deleteRows: z.array(rowContentSchema).default([]),
  /**
   * What deleting rows took that re-inserting them does not give back (row-footprint.ts), given back
   * once this plan's inserts are in and its deletes gone (numbered as the sheet is then), where nothing
   * changed it since: an undo's, never kept in history.
   */
  footprints: z
    .array(z.custom<RowFootprint>((v) => typeof (v as { sheet?: unknown } | null)?.sheet === 'string'))
    .optional(),
  numberFormats: z.array(numberFormatSchema).default([]),
  validations: z.array(z.union([validationRemovalSchema, validationSchema])).default([]),
  required: z.array(requiredColumnSchema).default([]),
  /** Optional so plans saved before highlights (in history) read as they were. */
  highlights: z.array(highlightSchema).optional(),
  freezeRows: z.number().int().nonnegative().optional(),
  /** The rows frozen before `freezeRows`, when the host read them: undo freezes them again. */
  freezeRowsBefore: z.number().int().nonnegative().optional(),
  /**
   * The sheet's frozen columns, kept frozen with `freezeRows` (Excel's freeze of rows alone unfreezes
   * them); absent: none, or a host that did not read them (a plan saved before this field too).
   */
  freezeColumns: z.number().int().positive().optional(),
  /** The filter's range, or null to remove the sheet's filter. */
  filter: filterRangeSchema.nullable().optional(),
  /** The filter before `filter` (null: none), when the host read it: undo puts it back. */
  filterBefore: filterRangeSchema.nullable().optional(),
  /** Optional so plans saved before protection (in history) read as they were. */
  protection: protectionSchema.optional(),
  meta: z.record(z.string(), z.string()).default({}),
});
export type Plan = z.infer<typeof planSchema>;

export function emptyPlan(sheet: string): Plan {
  return {
    sheet,
    sheets: [],
    insertRows: [],
    edits: [],
    deleteRows: [],
    numberFormats: [],
    validations: [],
    required: [],
    meta: {},
  };
}

export function isEmptyPlan(plan: Plan): boolean {
  return (
    plan.backup === undefined &&
    plan.sheets.length === 0 &&
    (plan.deleteSheets ?? []).length === 0 &&
    plan.insertRows.length === 0 &&
    plan.edits.length === 0 &&
    plan.deleteRows.length === 0 &&
    (plan.footprints ?? []).length === 0 &&
    plan.numberFormats.length === 0 &&
    plan.validations.length === 0 &&
    plan.required.length === 0 &&
    (plan.highlights ?? []).length === 0 &&
    plan.freezeRows === undefined &&
    plan.filter === undefined &&
    plan.protection === undefined &&
    Object.keys(plan.meta).length === 0
  );
}
