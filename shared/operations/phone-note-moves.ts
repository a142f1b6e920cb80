/**
 * Notes typed after a phone number (13911112222 (微信同号), +44 7911 123456 (work)) moved into the row's
 * notes: the phone cell keeps the cleaned number, and the notes cell takes the note under the phone
 * column's header (手机：微信同号, Mobile: work) after what it already says. The template's notes column is
 * added when the sheet has none; a row whose notes cannot be written (a formula) keeps its phone as typed.
 * Which cells are a number and a note is the export's reading (export/phone-note.ts).
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { cellKey, columnCount, formulaKeys, type SheetSnapshot } from '../sheet/snapshot';
import type { CellEdit } from '../plan/plan';
import { notedNumber } from '../export/phone-note';
import { spareNote } from '../export/row-phones';
import { normalisePhone } from '../normalise/phone';
import type { NormaliseContext } from '../normalise/types';
import { foldHeader } from '../template/header-mapping';
import type { OperationContext } from './options';

/** The template's field of free notes (备注, Notes). */
const NOTES_FIELD = 'notes';
export const NOTE_MOVE_REASON = 'phone.noteToMove';

/** A phone cell's number in its clean form and the note typed after it. */
export interface NotedPhone {
  number: CellValue;
  note: string;
}

/** One phone cell whose note can move: where it is, its header and what it holds. */
export interface NoteMove extends NotedPhone {
  row: number;
  col: number;
  header: string;
  value: CellValue;
}

/** The column the notes go to: the sheet's notes column, or the template's appended after the last one. */
export interface NotesTarget {
  col: number;
  header: string;
  added: boolean;
}

/** The number (cleaned) and the note of a cell the phone normaliser reads as a number with a note, else null. */
export function notedPhone(value: CellValue, context: NormaliseContext): NotedPhone | null {
  const defaultRegion = context.defaultRegion ?? 'CN';
  const regions = {
    defaultRegion,
    sheetRegion: context.sheetRegion ?? defaultRegion,
    rowRegion: context.rowRegion ?? null,
    ...(context.otherSheetRegions ? { otherSheetRegions: context.otherSheetRegions } : {}),
    ...(context.rowPlace ? { rowPlace: context.rowPlace } : {}),
    ...(context.foreignList ? { foreignList: context.foreignList } : {}),
  };
  // A name after the number (13911112222 张总, phone.withName) is the contact's, no note to move.
  const outcome = normalisePhone(value, regions);
  if (outcome.status !== 'invalid' || outcome.code !== 'phone.withNote') return null;
  const noted = notedNumber(value, regions);
  const number = noted && normalisePhone(noted.number, { ...regions, locale: context.locale });
  return noted && number?.status === 'valid' ? { number: number.value, note: noted.note } : null;
}

/** Where moved notes go, or null where the template has no notes field or its column cannot be added. */
export function notesTarget(snapshot: SheetSnapshot, ctx: OperationContext): NotesTarget | null {
  const field = ctx.template.fields.find((f) => f.key === NOTES_FIELD);
  if (!field) return null;
  const col = ctx.mapping.byField[NOTES_FIELD];
  if (col !== undefined)
    return { col, header: ctx.mapping.columns[col - 1]?.header ?? field.labels[ctx.locale], added: false };
  const header = field.labels[ctx.locale];
  // A column the user left unmapped may carry the label: a second one of that name could not be told apart.
  if (!field.appendWhenMissing || ctx.headers.some((h) => foldHeader(h) === foldHeader(header))) return null;
  const width = Math.max(ctx.headers.length, columnCount(snapshot.values));
  return { col: width + 1, header, added: true };
}

/** Whether a row's notes cell can take a note: not one whose value a formula gives. */
export function noteTaker(snapshot: SheetSnapshot, target: NotesTarget): (row: number) => boolean {
  if (target.added) return () => true;
  const formulas = formulaKeys(snapshot);
  return (row) => !formulas.has(cellKey(row, target.col));
}

/** The row's note with the moved ones after it, separated as the note's own marks and the sheet's language say. */
function joinedNote(note: CellValue, moved: string, zh: boolean): string {
  if (isBlank(note)) return moved;
  const text = cellText(note).trimEnd();
  if (text.includes('\n')) return `${text}\n${moved}`;
  if (/[；;，,、。.！!？?]$/.test(text)) return zh ? `${text}${moved}` : `${text} ${moved}`;
  return `${text}${zh ? '；' : '; '}${moved}`;
}

/** The note as the notes cell writes it, after the phone column's header: 手机：微信同号, Mobile: work. */
export function movedNote(move: Pick<NoteMove, 'header' | 'note'>, zh: boolean): string {
  return spareNote([{ header: move.header, value: move.note, reason: 'note' }], zh);
}

/**
 * The clean plan's edits with each note moved (`moved`: the phone cells): the phone cell's edit, and one
 * edit of the row's notes cell (replacing any tidying of it clean planned, its `before` as typed), plus
 * the notes header when added.
 */
export function withNoteMoves(
  edits: readonly CellEdit[],
  moves: readonly NoteMove[],
  snapshot: SheetSnapshot,
  ctx: OperationContext,
): { edits: CellEdit[]; moved: number } {
  const target = notesTarget(snapshot, ctx);
  if (!target || moves.length === 0) return { edits: [...edits], moved: 0 };
  const zh = ctx.locale === 'zh-CN';
  const takes = noteTaker(snapshot, target);
  const byRow = new Map<number, NoteMove[]>();
  for (const move of moves) if (takes(move.row)) byRow.set(move.row, [...(byRow.get(move.row) ?? []), move]);
  if (byRow.size === 0) return { edits: [...edits], moved: 0 };
  const planned = new Map(edits.filter((e) => e.col === target.col).map((e) => [e.row, e]));
  const out = edits.filter((e) => e.col !== target.col || !byRow.has(e.row));
  // The header is part of the move: the preview shows it, and keeps it with the notes (linked-edits.ts).
  if (target.added) out.push({ row: 1, col: target.col, before: null, after: target.header, reason: NOTE_MOVE_REASON });
  let moved = 0;
  for (const [row, list] of byRow) {
    const sorted = [...list].sort((a, b) => a.col - b.col);
    for (const move of sorted)
      out.push({ row, col: move.col, before: move.value, after: move.number, reason: NOTE_MOVE_REASON });
    moved += sorted.length;
    const before = target.added ? null : (snapshot.values[row - 1]?.[target.col - 1] ?? null);
    // What clean made of the note first (a cell of spaces emptied, a note trimmed), else the note as typed.
    const own = planned.get(row);
    const note = own ? own.after : before;
    const text = sorted.map((move) => movedNote(move, zh)).join(zh ? '；' : '; ');
    out.push({ row, col: target.col, before, after: joinedNote(note, text, zh), reason: NOTE_MOVE_REASON });
  }
  return { edits: out, moved };
}
