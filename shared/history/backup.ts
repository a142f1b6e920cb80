/**
 * Backups before clean and merge: the customer sheet as it was (values and formulas) written to a
 * hidden sheet `_custodian_backup_<slot>` by the same plan, ahead of its edits (hosts write `sheets`
 * first). The last BACKUP_SLOTS are kept, the oldest slot rewritten; meta `backup.<slot>` says which
 * operation, when, which sheet and its size. A sheet over the size limit gets no backup (undo still works).
 */
import { z } from 'zod';
import type { Plan, SheetWrite } from '../plan/plan';
import { columnCount, type SheetSnapshot } from '../sheet/snapshot';
import { META_SHEET } from '../host/meta-sheet';
import { HISTORY_META, operationKindSchema, type OperationKind } from './operation-entry';

export const BACKUP_SLOTS = 3;

/**
 * Largest sheet (rows × columns) backed up. A backup doubles the sheet in the workbook and, while
 * the plan is applied, in memory: the plan crosses from the worker by structured clone and the host
 * writes it again (about 50–100 bytes a cell in JavaScript, so up to ~50 MB more for 500,000 cells,
 * e.g. 25,000 customers × 20 columns). Past it, undo (which keeps only the changed cells) remains.
 */
export const BACKUP_CELL_LIMIT = 500_000;

export const BACKUP_META = {
  /** Prefix of `backup.<slot>`: the backup's description (JSON). */
  slot: 'backup.',
  /** The number of the last backup written (its slot is ((n - 1) mod BACKUP_SLOTS) + 1). */
  sequence: 'backup.sequence',
} as const;

export const backupInfoSchema = z.object({
  slot: z.number().int().positive(),
  seq: z.number().int().positive(),
  /** The backup sheet's name. */
  name: z.string(),
  /** The customer sheet backed up, and its size then (rows counting the header). */
  sheet: z.string(),
  rows: z.number().int().nonnegative(),
  columns: z.number().int().nonnegative(),
  at: z.string(),
  /** The operation it was taken before, and that operation's history id. */
  before: operationKindSchema,
  operationId: z.string().optional(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** What happened about a backup, for an operation's summary. */
export type BackupOutcome =
  | { written: true; info: BackupInfo }
  | { written: false; why: 'tooLarge'; cells: number; limit: number }
  | { written: false; why: 'noChange' };

export function backupSheetName(slot: number): string {
  return `${META_SHEET}_backup_${slot}`;
}

/** The backups kept in a workbook's meta, newest first; damaged entries are left out. */
export function listBackups(meta: Readonly<Record<string, string>>): BackupInfo[] {
  const backups: BackupInfo[] = [];
  for (let slot = 1; slot <= BACKUP_SLOTS; slot++) {
    const text = meta[BACKUP_META.slot + slot];
    if (!text) continue;
    try {
      const parsed = backupInfoSchema.safeParse(JSON.parse(text));
      if (parsed.success) backups.push(parsed.data);
    } catch {
      // A damaged description hides that backup only; the others stay restorable.
    }
  }
  return backups.sort((a, b) => b.seq - a.seq);
}

/** Formulas as a sheet write carries them: one array per row up to the last row holding one. */
function formulaRows(snapshot: SheetSnapshot): (string | null)[][] | undefined {
  const cells = snapshot.formulas ?? [];
  if (cells.length === 0) return undefined;
  const rows: (string | null)[][] = [];
  for (const { row, col, formula } of cells) {
    while (rows.length < row) rows.push([]);
    const target = rows[row - 1]!;
    while (target.length < col) target.push(null);
    target[col - 1] = formula;
  }
  return rows;
}

function changesCells(plan: Plan): boolean {
  return plan.edits.length + plan.insertRows.length + plan.deleteRows.length > 0;
}

export interface BackupRecord {
  before: OperationKind;
  at: Date;
  /** Cells over which no backup is written (default BACKUP_CELL_LIMIT). */
  cellLimit?: number;
}

/**
 * The plan with a backup of `snapshot` (the sheet it was planned from) written first. Call it on the
 * plan recordOperation returned, so the backup names the operation's history id.
 */
export function withBackup(
  plan: Plan,
  snapshot: SheetSnapshot,
  record: BackupRecord,
): { plan: Plan; backup: BackupOutcome } {
  if (!changesCells(plan)) return { plan, backup: { written: false, why: 'noChange' } };
  const rows = snapshot.values.length;
  const columns = columnCount(snapshot.values);
  const limit = record.cellLimit ?? BACKUP_CELL_LIMIT;
  if (rows * columns > limit)
    return { plan, backup: { written: false, why: 'tooLarge', cells: rows * columns, limit } };

  const meta = snapshot.meta ?? {};
  const seq = (Number(meta[BACKUP_META.sequence]) || 0) + 1;
  const slot = ((seq - 1) % BACKUP_SLOTS) + 1;
  const operationId = plan.meta[HISTORY_META.sequence];
  const info: BackupInfo = {
    slot,
    seq,
    name: backupSheetName(slot),
    sheet: snapshot.name,
    rows,
    columns,
    at: record.at.toISOString(),
    before: record.before,
    ...(operationId !== undefined ? { operationId } : {}),
  };
  const formulas = formulaRows(snapshot);
  // Rows are shared with the snapshot, never copied: snapshots and plans are not changed in place.
  const write: SheetWrite = {
    name: info.name,
    hidden: true,
    mode: 'replace',
    rows: snapshot.values.slice(),
    ...(formulas ? { formulas } : {}),
  };
  return {
    plan: {
      ...plan,
      sheets: [write, ...plan.sheets],
      meta: { ...plan.meta, [BACKUP_META.slot + slot]: JSON.stringify(info), [BACKUP_META.sequence]: String(seq) },
    },
    backup: { written: true, info },
  };
}
