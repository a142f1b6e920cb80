/**
 * One Custodian operation as kept in workbook meta (`op.<id>`), so the history and undo survive a
 * reload in every host. Cell edits are kept column by column with delta-coded rows (a clean of
 * 100,000 cells is a few MB, chunked by the meta sheet); an entry whose undo data would pass
 * HISTORY_UNDO_LIMIT characters keeps its counts but not its undo data. Merges keep their own undo
 * data (`history.<mergeId>`, merge/history.ts) too; a run's entry keeps the run's plan (one undo
 * for the whole run: hundreds of merges undone one by one cost a row move each) and names the ids.
 */
import { z } from 'zod';
import { cellValueSchema, type CellValue } from '../sheet/cell-value';
import {
  highlightSchema,
  planSchema,
  protectionSchema,
  rowContentSchema,
  sheetRemovalSchema,
  type CellEdit,
  type Plan,
} from '../plan/plan';
import { formattingOf } from '../plan/invert-formatting';
import { createdSheets } from '../plan/invert-plan';
import { parseWithDates, stringifyWithDates } from '../plan/plan-json';
import { localeSchema } from '../i18n/locale';
import { extrasCellSchema } from '../sheet/snapshot';

export const HISTORY_META = { entry: 'op.', sequence: 'op.seq' } as const;
/** Undo data above this many characters is not kept (the entry still lists the operation). */
export const HISTORY_UNDO_LIMIT = 8_000_000;

export const operationKindSchema = z.enum([
  'setup',
  'clean',
  'ids',
  'merge',
  'review',
  'undo',
  'duplicateStatus',
  'duplicateCopy',
  'duplicateMove',
  'duplicateDelete',
  'duplicateHighlight',
  'duplicateUnhighlight',
  'restore',
  'templateSave',
  'headerLift',
]);
export type OperationKind = z.infer<typeof operationKindSchema>;

/** A plan's cell edits of one column: rows as differences from the previous row (the first from 0). */
const columnEditsSchema = z.object({
  col: z.number().int().positive(),
  rows: z.array(z.number().int()),
  before: z.array(cellValueSchema),
  after: z.array(cellValueSchema),
  /** Each edit's `formatBefore` (null: none); absent when no edit of the column has one, and in entries saved before. */
  formatsBefore: z.array(z.string().nullable()).optional(),
  /** Each edit's link before and after (null: the edit leaves the link); absent when no edit of the column moves one. */
  links: z.array(z.tuple([z.string(), z.string()]).nullable()).optional(),
});
type ColumnEdits = z.infer<typeof columnEditsSchema>;

const undoDataSchema = z.discriminatedUnion('kind', [
  /** The operation's own edits and rows (the plan, not its inverse: undo inverts it). */
  z.object({
    kind: z.literal('plan'),
    columns: z.array(columnEditsSchema),
    insertRows: z.array(rowContentSchema),
    deleteRows: z.array(rowContentSchema),
    /** A merge run's ids: undone in one plan, their own records (`history.<id>`) are cleared. */
    mergeIds: z.array(z.string()).optional(),
    /**
     * Links, notes and shown formats of the cells its edits write, as they were (numbered as its edits):
     * undo is refused when someone changed them since, on hosts that read them (merge/survivor-extras.ts).
     */
    cellExtras: z.array(extrasCellSchema).optional(),
    /** The operation's highlights (each with what it replaced), inverted by undo. */
    highlights: z.array(highlightSchema).optional(),
    /** Meta the undo writes back (a saved template: the one stored before, '' for none). */
    meta: z.record(z.string(), z.string()).optional(),
    /** The operation's protection (with what it replaced), inverted by undo. */
    protection: protectionSchema.optional(),
    /** The sheets it created, as it wrote them: undo deletes them, refusing when one changed since (created-sheets.ts). */
    sheets: z.array(sheetRemovalSchema).optional(),
    /** The operation's formats, rules at entry, required marks, freeze and filter (with what they replaced), inverted by undo. */
    formatting: planSchema
      .pick({
        numberFormats: true,
        validations: true,
        required: true,
        freezeRows: true,
        freezeRowsBefore: true,
        freezeColumns: true,
        filter: true,
        filterBefore: true,
      })
      .optional(),
  }),
  /** A merge run too large to keep as one plan: each merge is undone with its own record, latest first. */
  z.object({ kind: z.literal('merges'), mergeIds: z.array(z.string()) }),
  /**
   * Nothing to undo with: too large to keep, an undo (undone by running the operation again), or undone.
   * An undone merge run keeps its ids, so the archive and log rows of its merges can still be traced.
   */
  z.object({
    kind: z.literal('none'),
    why: z.enum(['tooLarge', 'isUndo', 'undone']),
    mergeIds: z.array(z.string()).optional(),
  }),
]);
export type UndoData = z.infer<typeof undoDataSchema>;

const sheetChangesSchema = z.object({ added: z.array(z.string()), removed: z.array(z.string()) });
export type SheetChanges = z.infer<typeof sheetChangesSchema>;

const operationEntrySchema = z.object({
  version: z.literal(1),
  id: z.string(),
  seq: z.number().int(),
  kind: operationKindSchema,
  sheet: z.string(),
  at: z.string(),
  locale: localeSchema,
  cells: z.number().int().nonnegative(),
  rowsAdded: z.number().int().nonnegative(),
  rowsRemoved: z.number().int().nonnegative(),
  /** The sheets it created and deleted, by name (absent when none, and in entries saved before). */
  sheets: sheetChangesSchema.optional(),
  /** Cells changed by reason code (`phone.nonCanonical`, `id.missing`, `setup.header` …). */
  reasons: z.record(z.string(), z.number().int()),
  /** For an undo: the id of the operation it undid. For an undone operation: the undo's id. */
  undoes: z.string().optional(),
  undoneBy: z.string().optional(),
  undo: undoDataSchema,
});
export type OperationEntry = z.infer<typeof operationEntrySchema>;

export function entryKey(id: string): string {
  return HISTORY_META.entry + id;
}

export function encodeEntry(entry: OperationEntry): string {
  return stringifyWithDates(entry);
}

export type EntryResult = { ok: true; entry: OperationEntry } | { ok: false; error: string };

export function decodeEntry(text: string): EntryResult {
  let data: unknown;
  try {
    data = parseWithDates(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message})` };
  }
  const result = operationEntrySchema.safeParse(data);
  if (result.success) return { ok: true, entry: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue?.path.map(String).join('.') || 'entry'}: ${issue?.message ?? 'invalid'}` };
}

/** Every entry in meta, oldest first (damaged ones left out, with their keys in `damaged`). */
export function readEntries(meta: Readonly<Record<string, string>>): { entries: OperationEntry[]; damaged: string[] } {
  const entries: OperationEntry[] = [];
  const damaged: string[] = [];
  for (const [key, text] of Object.entries(meta)) {
    if (!key.startsWith(HISTORY_META.entry) || key === HISTORY_META.sequence || text === '') continue;
    const result = decodeEntry(text);
    if (result.ok) entries.push(result.entry);
    else damaged.push(key.slice(HISTORY_META.entry.length));
  }
  return { entries: entries.sort((a, b) => a.seq - b.seq), damaged };
}

export function lastOperationSeq(meta: Readonly<Record<string, string>>): number {
  const n = Number(meta[HISTORY_META.sequence] ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Edits grouped by column in plan order; a cell edited twice keeps its order. */
export function packEdits(edits: readonly CellEdit[]): ColumnEdits[] {
  const byCol = new Map<number, ColumnEdits & { last: number }>();
  for (const edit of edits) {
    let column = byCol.get(edit.col);
    if (!column) byCol.set(edit.col, (column = { col: edit.col, rows: [], before: [], after: [], last: 0 }));
    column.rows.push(edit.row - column.last);
    column.last = edit.row;
    column.before.push(edit.before);
    column.after.push(edit.after);
    if (edit.formatBefore !== undefined) {
      column.formatsBefore ??= new Array<string | null>(column.after.length - 1).fill(null);
      column.formatsBefore.push(edit.formatBefore);
    } else column.formatsBefore?.push(null);
    if (edit.linkBefore !== undefined && edit.link !== undefined) {
      column.links ??= new Array<[string, string] | null>(column.after.length - 1).fill(null);
      column.links.push([edit.linkBefore, edit.link]);
    } else column.links?.push(null);
  }
  return [...byCol.values()].map(({ last: _last, ...column }) => column);
}

/** The edits back, column by column (within a column in plan order). */
export function unpackEdits(columns: readonly ColumnEdits[]): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const column of columns) {
    let row = 0;
    column.rows.forEach((delta, i) => {
      row += delta;
      const formatBefore = column.formatsBefore?.[i] ?? undefined;
      const link = column.links?.[i] ?? undefined;
      edits.push({
        row,
        col: column.col,
        before: column.before[i] ?? null,
        after: column.after[i] ?? null,
        ...(formatBefore !== undefined ? { formatBefore } : {}),
        ...(link !== undefined ? { linkBefore: link[0], link: link[1] } : {}),
      });
    });
  }
  return edits;
}

/** What undoes a plan, kept compact (the caller drops it past HISTORY_UNDO_LIMIT). */
export function undoDataFor(plan: Plan): Extract<UndoData, { kind: 'plan' }> {
  const formatting = formattingOf(plan);
  const sheets = createdSheets(plan);
  return {
    kind: 'plan',
    columns: packEdits(plan.edits),
    insertRows: plan.insertRows,
    deleteRows: plan.deleteRows,
    ...(plan.highlights?.length ? { highlights: plan.highlights } : {}),
    ...(plan.protection ? { protection: plan.protection } : {}),
    ...(sheets.length > 0 ? { sheets } : {}),
    ...(formatting ? { formatting } : {}),
  };
}

export type { ColumnEdits, CellValue };
