/**
 * Whether each recorded operation can still be undone, and if not, why: undone already, no undo
 * data, later operations on the same sheet to undo first, or cells someone changed since (named).
 * Cells are compared by meaning (same-meaning.ts), so a host's way of storing a date is no change.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { cellAddress } from '../sheet/a1';
import { cellAt, formulaKeys, cellKey, type SheetSnapshot } from '../sheet/snapshot';
import { MERGE_META } from '../merge/history';
import type { Locale } from '../i18n/locale';
import { historyLabels, type HistoryRefusal } from './history-labels';
import { stillHolds } from './same-meaning';
import { changedExtras, extrasAt } from '../merge/survivor-extras';
import { mergeLabels } from '../merge/labels';
import { unpackEdits, type OperationEntry } from './operation-entry';
import { firstChangedCell } from './created-sheets';

export interface Refusal {
  code: HistoryRefusal;
  message: string;
  /** laterOperations: the ids to undo first, latest first; mergesUndone: the merges already undone. */
  ids?: string[];
  /** cellsChanged: the first changed cells ("E2: 2024-06-01"), and how many changed in all; sheetChanged: its first. */
  cells?: string[];
  /** sheetChanged: the sheet the operation created that changed since. */
  sheet?: string;
  changedCells?: number;
}

export interface EntryStatus {
  entry: OperationEntry;
  undone: boolean;
  undoable: boolean;
  refusal?: Refusal;
}

const SHOWN_CELLS = 5;

function refusal(
  entry: OperationEntry,
  locale: Locale | undefined,
  code: HistoryRefusal,
  detail: string,
  extra: Partial<Refusal> = {},
): Refusal {
  return {
    code,
    message: historyLabels(locale ?? entry.locale).refusals[code](entry.id, detail, extra.sheet),
    ...extra,
  };
}

/** The first sheet the operation created that changed since, with its first changed cell (a sheet gone is no change). */
function changedSheet(
  entry: OperationEntry,
  read: (sheet: string) => SheetSnapshot | undefined,
): { sheet: string; cell: string } | null {
  for (const written of entry.undo.kind === 'plan' ? (entry.undo.sheets ?? []) : []) {
    const now = read(written.name);
    const cell = now ? firstChangedCell(written, now) : null;
    if (cell !== null) return { sheet: written.name, cell };
  }
  return null;
}

/** The merge ids of a merge run whose undo record is gone (undone one by one from the sidebar). */
function mergesGone(entry: OperationEntry, meta: Readonly<Record<string, string>>): string[] {
  return mergeIdsOf(entry).filter((id) => !meta[MERGE_META.history + id]);
}

/** The merge ids of a merge run's entry, undone or not; [] for other operations. */
export function mergeIdsOf(entry: OperationEntry): string[] {
  if (entry.undo.kind === 'merges') return entry.undo.mergeIds;
  return entry.undo.mergeIds ?? [];
}

/** True when an entry still holds the sheet's state for operations before it (so they wait for it). */
export function stillApplied(entry: OperationEntry, meta: Readonly<Record<string, string>>): boolean {
  if (entry.undoneBy !== undefined || entry.kind === 'undo') return false;
  const ids = mergeIdsOf(entry);
  return ids.length === 0 || mergesGone(entry, meta).length < ids.length;
}

/**
 * Cells of the operation that no longer hold what it wrote, or whose link, note or format changed since
 * (when recorded and the host reads them): "E2: 2024-06-01", "E2 note: …" (first few) and the count.
 */
function changedCells(
  entry: OperationEntry,
  current: SheetSnapshot,
  locale: Locale,
): { shown: string[]; count: number } {
  if (entry.undo.kind !== 'plan') return { shown: [], count: 0 };
  const deleted = entry.undo.deleteRows.map((r) => r.row).sort((a, b) => a - b);
  const deletedSet = new Set(deleted);
  const formulas = formulaKeys(current);
  // The last write of each cell is what it should hold now.
  const expected = new Map<number, { row: number; col: number; value: CellValue; written: number }>();
  // Formats are compared for cells that held a value before (hosts read none of an empty cell), while row 2 stays.
  const emptyBefore = new Set<number>();
  const formatsKnown = !deletedSet.has(2);
  for (const edit of unpackEdits(entry.undo.columns)) {
    if (deletedSet.has(edit.row)) continue;
    // Edits are numbered before the operation's deletes; the sheet has them deleted.
    let below = 0;
    while (below < deleted.length && deleted[below]! < edit.row) below++;
    const row = edit.row - below;
    if (isBlank(edit.before)) emptyBefore.add(cellKey(edit.row, edit.col));
    // `written`: the cell as the operation numbered it, which its recorded extras use.
    expected.set(cellKey(row, edit.col), {
      row,
      col: edit.col,
      value: edit.after,
      written: cellKey(edit.row, edit.col),
    });
  }
  const recorded = new Map(
    (current.extras ? (entry.undo.cellExtras ?? []) : []).map((e) => [cellKey(e.row, e.col), e]),
  );
  const index = recorded.size > 0 ? extrasAt(current) : new Map<string, never>();
  const shown: string[] = [];
  let count = 0;
  for (const { row, col, value, written } of expected.values()) {
    const now = cellAt(current, row, col);
    let change: string | null = null;
    if (formulas.has(cellKey(row, col)) || !stillHolds(now, value))
      change = `${cellAddress(row, col)}: ${cellText(now)}`;
    else {
      const before = recorded.get(written);
      const extras =
        before && changedExtras(before, current, index, row, value, formatsKnown && !emptyBefore.has(written));
      if (extras) change = mergeLabels(locale).extrasChanged(cellAddress(row, col), extras.kind, extras.now);
    }
    if (change === null) continue;
    count++;
    if (shown.length < SHOWN_CELLS) shown.push(change);
  }
  return { shown, count };
}

/**
 * The status of one entry, given every entry (oldest first), the meta and its sheet as it is now;
 * messages in `locale` (default the entry's). `read` gives the sheets it created as they are now
 * (undefined when gone); without it they are not checked.
 */
export function entryStatus(
  entry: OperationEntry,
  entries: readonly OperationEntry[],
  meta: Readonly<Record<string, string>>,
  current: SheetSnapshot | undefined,
  locale?: Locale,
  read?: (sheet: string) => SheetSnapshot | undefined,
): EntryStatus {
  const undone = entry.undoneBy !== undefined;
  const refuse = (r: Refusal): EntryStatus => ({ entry, undone, undoable: false, refusal: r });
  if (undone) return refuse(refusal(entry, locale, 'undone', entry.undoneBy!));
  if (entry.undo.kind === 'none')
    return refuse(refusal(entry, locale, entry.undo.why === 'isUndo' ? 'isUndo' : 'tooLarge', ''));
  const gone = mergesGone(entry, meta);
  if (gone.length > 0) return refuse(refusal(entry, locale, 'mergesUndone', gone.join(', '), { ids: gone }));
  const later = entries
    .filter((e) => e.sheet === entry.sheet && e.seq > entry.seq && stillApplied(e, meta))
    .map((e) => e.id)
    .reverse();
  if (later.length > 0) return refuse(refusal(entry, locale, 'laterOperations', later.join(', '), { ids: later }));
  if (current) {
    const changed = changedCells(entry, current, locale ?? entry.locale);
    if (changed.count > 0) {
      const more = changed.count > changed.shown.length ? ` (+${changed.count - changed.shown.length})` : '';
      return refuse(
        refusal(entry, locale, 'cellsChanged', `${changed.shown.join(', ')}${more}`, {
          cells: changed.shown,
          changedCells: changed.count,
        }),
      );
    }
  }
  const sheet = read ? changedSheet(entry, read) : null;
  if (sheet)
    return refuse(
      refusal(entry, locale, 'sheetChanged', sheet.cell, { sheet: sheet.sheet, cells: [sheet.cell], changedCells: 1 }),
    );
  return { entry, undone, undoable: true };
}

/** Every entry's status, oldest first; `read` gives a sheet as it is now (undefined when it is gone). */
export function historyStatus(
  entries: readonly OperationEntry[],
  meta: Readonly<Record<string, string>>,
  read: (sheet: string) => SheetSnapshot | undefined,
  locale?: Locale,
): EntryStatus[] {
  const sheets = new Map<string, SheetSnapshot | undefined>();
  const sheetOf = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, read(name));
    return sheets.get(name);
  };
  return entries.map((entry) =>
    entryStatus(
      entry,
      entries,
      meta,
      entry.undo.kind === 'plan' && !entry.undoneBy ? sheetOf(entry.sheet) : undefined,
      locale,
      sheetOf,
    ),
  );
}
