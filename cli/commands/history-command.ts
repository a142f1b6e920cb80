/**
 * `custodian history FILE [--json]`: every Custodian operation the workbook records (set up, clean,
 * IDs, merges, undos), newest first, with what it changed and whether it can still be undone.
 */
import { parseArgs } from 'node:util';
import { historyStatus, readEntries, type EntryStatus } from '../../shared/history';
import { mergeIdsOf } from '../../shared/history/history-status';
import { historyLabels } from '../../shared/history/history-labels';
import { listBackups } from '../../shared/history/backup';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { EXIT } from '../cli-error';
import type { CliStreams } from '../io-streams';
import type { LoadedWorkbook } from '../io/loaded-workbook';
import { readSnapshot, readWorkbookFile } from '../io/read-workbook';
import { inputPath } from './input-path';

/** One operation in `history --json` (version 1; see the README). */
export interface HistoryJsonEntry {
  id: string;
  operation: string;
  sheet: string;
  at: string;
  cells: number;
  rowsAdded: number;
  rowsRemoved: number;
  reasons: Record<string, number>;
  mergeIds: string[];
  undoes: string | null;
  undoneBy: string | null;
  undoable: boolean;
  blocked: { reason: string; message: string; operations: string[]; cells: string[] } | null;
}

/** A sheet of the workbook as it is now, or undefined when it is gone. */
export function sheetReader(loaded: LoadedWorkbook): (sheet: string) => SheetSnapshot | undefined {
  return (sheet) =>
    loaded.workbook.getWorksheet(sheet)
      ? readSnapshot({ workbook: loaded.workbook, sheetName: sheet, kind: loaded.kind })
      : undefined;
}

export function historyJsonEntry(status: EntryStatus): HistoryJsonEntry {
  const { entry, refusal } = status;
  return {
    id: entry.id,
    operation: entry.kind,
    sheet: entry.sheet,
    at: entry.at,
    cells: entry.cells,
    rowsAdded: entry.rowsAdded,
    rowsRemoved: entry.rowsRemoved,
    reasons: entry.reasons,
    mergeIds: mergeIdsOf(entry),
    undoes: entry.undoes ?? null,
    undoneBy: entry.undoneBy ?? null,
    undoable: status.undoable,
    blocked: refusal
      ? { reason: refusal.code, message: refusal.message, operations: refusal.ids ?? [], cells: refusal.cells ?? [] }
      : null,
  };
}

export async function historyCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const file = inputPath(positionals, io, 'history');
  const loaded = await readWorkbookFile(file, { readOnly: true });
  const meta = loaded.snapshot.meta ?? {}; // as read: leaves a CSV's workbook unbuilt
  const { entries, damaged } = readEntries(meta);
  const statuses = historyStatus(entries, meta, sheetReader(loaded), 'en-US').reverse();

  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, file: loaded.displayName, operations: statuses.map(historyJsonEntry), damaged })}\n`,
    );
    return EXIT.ok;
  }
  const lines: string[] = [];
  if (loaded.kind !== 'xlsx')
    lines.push(`${loaded.displayName} is a CSV file: it keeps no Custodian history (write .xlsx to keep it).`);
  else if (statuses.length === 0) lines.push(`${loaded.displayName}: no Custodian operations recorded.`);
  else lines.push(`${loaded.displayName}: ${statuses.length} operations, newest first`);
  const labels = historyLabels('en-US');
  for (const status of statuses) {
    const { entry } = status;
    const what = entry.kind === 'undo' ? `Undo of ${entry.undoes ?? '?'}` : labels.operations[entry.kind];
    const ids = mergeIdsOf(entry);
    const merges =
      ids.length === 0
        ? ''
        : ` (${ids.length > 3 ? `${ids.slice(0, 3).join(', ')} … ${ids.length} merges` : ids.join(', ')})`;
    const state = status.undoable
      ? 'can be undone'
      : entry.kind === 'undo'
        ? ''
        : status.refusal!.code === 'undone'
          ? `undone by ${entry.undoneBy}`
          : `cannot be undone: ${status.refusal!.message}`;
    lines.push(
      `  ${entry.id.padStart(4)}  ${entry.at.slice(0, 16).replace('T', ' ')} UTC  ${what}${merges} on ${entry.sheet}: ${labels.changed(entry.cells, entry.rowsAdded, entry.rowsRemoved, entry.sheets)}${state ? `  — ${state}` : ''}`,
    );
  }
  if (damaged.length > 0) lines.push(`  Damaged history records (left out): ${damaged.join(', ')}`);
  lines.push(...backupLines(meta));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** The backup sheets the workbook keeps (restored from the History view), and the CLI's own backup: its input. */
function backupLines(meta: Record<string, string>): string[] {
  const labels = historyLabels('en-US');
  const lines = listBackups(meta).map(
    (b) =>
      `  ${b.name}  ${b.at.slice(0, 16).replace('T', ' ')} UTC  ${b.sheet} before ${labels.operations[b.before]}${b.operationId ? ` ${b.operationId}` : ''}: ${b.rows} rows × ${b.columns} columns`,
  );
  return [
    ...(lines.length > 0
      ? ['Backups of the customer sheet (Restore backup in the History view), newest first', ...lines]
      : []),
    'The input file of each command is left as it was: it is the backup of what the command changed.',
  ];
}
