/**
 * The check codes that say a phone cell is no number to keep as typed: what a phone rule at entry
 * should refuse too. A number with a note or a name after it is among them, though clean may move the note.
 */
export const PHONE_ERRORS: ReadonlySet<string> = new Set([
  'phone.invalid',
  'phone.several',
  'phone.withNote',
  'phone.noteToMove',
  'phone.withName',
  'phone.noAreaCode',
]);
