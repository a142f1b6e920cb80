/**
 * `custodian history FILE [--json]`: every Custodian operation the workbook records (set up, clean,
 * IDs, merges, undos), newest first, with what it changed and whether it can still be undone.
 */
import { parseArgs } from 'node:util';
import { historyStatus, readEntries, type EntryStatus } from '../../shared/history';
import { mergeIdsOf } from '../../shared/history/history-status';
import { listBackups } from '../../shared/history/backup';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { EXIT } from '../cli-error';
import type { CliStreams } from '../io-streams';
import type { LoadedWorkbook } from '../io/loaded-workbook';
import { readSnapshot, readWorkbookFile } from '../io/read-workbook';
import { inputPath } from './input-path';
import { resolveContext } from '../../shared/operations/options';
import { parseLocale } from '../common-options';
import { historyWords, type HistoryWords } from './history-words';
import { refusalText } from './undo-words';

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
      ? {
          reason: refusal.code,
          message: refusalText(refusal, 'en-US'),
          operations: refusal.ids ?? [],
          cells: refusal.cells ?? [],
        }
      : null,
  };
}

export async function historyCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, locale: { type: 'string' } },
  });
  const asked = values.locale === undefined ? undefined : parseLocale(values.locale);
  const file = inputPath(positionals, io, 'history');
  const loaded = await readWorkbookFile(file, { readOnly: true, listUnchanged: true });
  const meta = loaded.snapshot.meta ?? {}; // as read: leaves a CSV's workbook unbuilt
  const { entries, damaged } = readEntries(meta);

  if (values.json) {
    const statuses = historyStatus(entries, meta, sheetReader(loaded), 'en-US').reverse();
    io.stdout.write(
      `${JSON.stringify({ version: 1, file: loaded.displayName, operations: statuses.map(historyJsonEntry), damaged })}\n`,
    );
    return EXIT.ok;
  }
  const locale = resolveContext(loaded.snapshot, asked ? { locale: asked } : {}).locale;
  const statuses = historyStatus(entries, meta, sheetReader(loaded), locale).reverse();
  const words = historyWords(locale);
  const { labels } = words;
  const lines: string[] = [];
  if (loaded.kind !== 'xlsx') lines.push(words.csv(loaded.displayName));
  else if (statuses.length === 0) lines.push(words.none(loaded.displayName));
  else lines.push(words.count(loaded.displayName, statuses.length));
  for (const status of statuses) {
    const { entry } = status;
    const what = entry.kind === 'undo' ? words.undoOf(entry.undoes ?? '?') : labels.operations[entry.kind];
    const ids = mergeIdsOf(entry);
    const state = status.undoable
      ? words.undoable
      : entry.kind === 'undo'
        ? ''
        : status.refusal!.code === 'undone'
          ? words.undoneBy(entry.undoneBy ?? '?')
          : words.notUndoable(refusalText(status.refusal!, locale));
    const changed = labels.changed(entry.cells, entry.rowsAdded, entry.rowsRemoved, entry.sheets);
    lines.push(
      `  ${entry.id.padStart(4)}  ${utcTime(entry.at)}  ${words.entry(what, ids.length === 0 ? '' : words.merges(ids), entry.sheet, changed)}${state ? `  — ${state}` : ''}`,
    );
  }
  if (damaged.length > 0) lines.push(`  ${words.damaged(damaged)}`);
  lines.push(...backupLines(meta, words));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** "2024-06-30 09:15 UTC": a record's time, to the minute. */
function utcTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** The backup sheets the workbook keeps (restored from the History view), and the CLI's own backup: its input. */
function backupLines(meta: Record<string, string>, words: HistoryWords): string[] {
  const lines = listBackups(meta).map(
    (b) =>
      `  ${b.name}  ${utcTime(b.at)}  ${words.backup(b.sheet, words.labels.operations[b.before], b.operationId, b.rows, b.columns)}`,
  );
  return [...(lines.length > 0 ? [words.backups, ...lines] : []), words.inputKept];
}
