/**
 * The links, notes and shown number formats of the survivor cells a merge writes, kept with the merge
 * (history) so its undo can tell when someone changed them since. Undo writes values only, but a host
 * writing a value may drop the cell's link or keep a format it set, so it must not run over a later
 * change. Compared only when the host reads extras (`snapshot.extras` present).
 */
import { isoDateToUtc } from '../sheet/typed-input';
import type { CellValue } from '../sheet/cell-value';
import type { CellExtras, ExtrasCell, SheetSnapshot } from '../sheet/snapshot';
import { GENERAL_FORMAT } from '../plan/plan';

type Extras = Pick<SheetSnapshot, 'extras' | 'columnFormats'>;
export type ExtrasKind = 'link' | 'note' | 'format';

/** The number format a cell shows: its own, else its column's (General as none). */
function shownFormat(snapshot: Extras, own: CellExtras | undefined, col: number): string | undefined {
  const format = own?.format ?? snapshot.columnFormats?.[col - 1] ?? undefined;
  return format && format !== GENERAL_FORMAT ? format : undefined;
}

/** A snapshot's extras by "row:col". */
export function extrasAt(snapshot: Extras): Map<string, CellExtras> {
  return new Map((snapshot.extras ?? []).map(({ row, col, ...more }) => [`${row}:${col}`, more]));
}

/** Each cell's link, note and shown format (absent when none), at the row numbers given by `numberAs`. */
export function survivorExtras(
  snapshot: Extras,
  cells: readonly { row: number; col: number }[],
  numberAs: (row: number) => number,
): ExtrasCell[] {
  const own = extrasAt(snapshot);
  return cells.map(({ row, col }) => {
    const more = own.get(`${row}:${col}`);
    const format = shownFormat(snapshot, more, col);
    return {
      row: numberAs(row),
      col,
      ...(more?.link ? { link: more.link } : {}),
      ...(more?.note ? { note: more.note } : {}),
      ...(format ? { format } : {}),
    };
  });
}

/** A date, or date text a host may store as one: writing it may give the cell a date format. */
function mayTakeDateFormat(value: CellValue): boolean {
  return value instanceof Date || (typeof value === 'string' && isoDateToUtc(value.trim()) !== null);
}

/**
 * What of a recorded cell now at `row` differs in `current` (`index`: extrasAt(current)), with its current
 * text, or null. Its format is left alone where the merge wrote a date (hosts give such a cell a date
 * format), and when `formats` is false: callers pass false for a cell that was empty (hosts read no
 * format of an empty cell, so the recorded one is its column's), and after an operation that deleted
 * row 2, the row every host reads a column's format from (a host that reports a General cell in a
 * formatted column as showing the column's format would then seem to have changed it).
 */
export function changedExtras(
  recorded: ExtrasCell,
  current: Extras,
  index: ReadonlyMap<string, CellExtras>,
  row: number,
  written: CellValue,
  formats: boolean,
): { kind: ExtrasKind; now: string } | null {
  const more = index.get(`${row}:${recorded.col}`);
  if ((more?.link ?? '') !== (recorded.link ?? '')) return { kind: 'link', now: more?.link ?? '' };
  if ((more?.note ?? '') !== (recorded.note ?? '')) return { kind: 'note', now: more?.note ?? '' };
  const format = shownFormat(current, more, recorded.col);
  if (formats && !mayTakeDateFormat(written) && (format ?? '') !== (recorded.format ?? ''))
    return { kind: 'format', now: format ?? GENERAL_FORMAT };
  return null;
}
