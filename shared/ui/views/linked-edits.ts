/**
 * Clean's changes that only go together: a note moved out of a phone cell is the phone cell's change
 * and its row's notes change (and the notes header, where clean adds the column). Ticking one ticks
 * the rest, and unticking one unticks the rest, so no note is taken out of a phone cell and not written
 * down, nor written twice.
 */
import type { CellEdit } from '../../plan/plan';
import { NOTE_MOVE_REASON } from '../../operations/phone-note-moves';

/** The indices to tick (`on`) or untick with `indices`: each moved note's row whole, and the header it needs. */
export function withLinkedEdits(edits: readonly CellEdit[], indices: readonly number[], on: boolean): number[] {
  const moves = edits.flatMap((edit, index) => (edit.reason === NOTE_MOVE_REASON ? [index] : []));
  if (moves.length === 0) return [...indices];
  const header = moves.filter((index) => edits[index]!.row === 1);
  const out = new Set(indices);
  for (const index of indices) {
    const edit = edits[index];
    if (edit?.reason !== NOTE_MOVE_REASON) continue;
    // Without its header, a notes column clean adds holds notes under no name: unticking it unticks them all.
    if (edit.row === 1) {
      if (!on) for (const m of moves) out.add(m);
      continue;
    }
    for (const m of moves) if (edits[m]!.row === edit.row) out.add(m);
    if (on) for (const h of header) out.add(h);
  }
  return [...out];
}
