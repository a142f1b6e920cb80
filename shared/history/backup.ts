/**
 * Backups before clean and merge: the plan's `backup` part, a host-side copy of the customer sheet
 * (values, formulas, formats, validations, notes: one host call, whatever the size) into a hidden
 * sheet `_custodian_backup_<slot>`, made before the plan's other parts. The last BACKUP_SLOTS are
 * kept, the oldest slot replaced; meta `backup.<slot>` says which operation, when, which sheet and its size.
 */
import { z } from 'zod';
import type { Plan } from '../plan/plan';
import { columnCount, type SheetSnapshot } from '../sheet/snapshot';
import { META_SHEET } from '../host/meta-sheet';
import { HISTORY_META, operationKindSchema, type OperationKind } from './operation-entry';

export const BACKUP_SLOTS = 3;

/**
 * Largest sheet (rows × columns) the file host backs up: exceljs copies cell by cell, about 270 bytes
 * a cell more (measured: 133 MB and 1 s for 500,000 cells; ~270 MB at the limit), and the CLI's
 * untouched input is a backup already. Spreadsheet hosts copy the sheet themselves and take no limit.
 */
export const FILE_BACKUP_CELL_LIMIT = 1_000_000;

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

function changesCells(plan: Plan): boolean {
  return plan.edits.length + plan.insertRows.length + plan.deleteRows.length > 0;
}

export interface BackupRecord {
  before: OperationKind;
  at: Date;
  /** Cells over which no backup is made (default: none; the file host passes FILE_BACKUP_CELL_LIMIT). */
  cellLimit?: number;
}

/**
 * The plan with a backup of its sheet (`snapshot`, which it was planned from) made first. Call it on the
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
  const limit = record.cellLimit;
  if (limit !== undefined && rows * columns > limit)
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
  return {
    plan: {
      ...plan,
      backup: { name: info.name },
      meta: { ...plan.meta, [BACKUP_META.slot + slot]: JSON.stringify(info), [BACKUP_META.sequence]: String(seq) },
    },
    backup: { written: true, info },
  };
}
