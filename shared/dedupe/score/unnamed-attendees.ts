/**
 * Attendees a buyer did not name: a ticketing export writes a placeholder for the name (Eventbrite's
 * Info Requested, or First Name Info and Last Name Requested) and the buyer's e-mail on the row. What
 * such a row shares with another says one order, not one person: two guests on one order, or a guest
 * and the buyer. The placeholder is no name either, so the pair is reviewed at most.
 */
import { isUnnamedAttendee } from '../compare/person-name';
import type { FieldModel } from './model';
import { fieldsOfRoles } from './fields-of-roles';

export class UnnamedAttendees {
  /** Per record, 1 when its name is such a placeholder; null when no record's is. */
  private readonly unnamed: Uint8Array | null;

  constructor(fields: readonly FieldModel[]) {
    const n = fields[0]?.field.ids.length ?? 0;
    let unnamed: Uint8Array | null = null;
    const mark = (r: number) => ((unnamed ??= new Uint8Array(n))[r] = 1);
    for (const f of fieldsOfRoles(fields, 'name')) {
      const { ids, keys } = fields[f]!.field;
      const another = keys.map(isUnnamedAttendee);
      if (!another.includes(true)) continue;
      for (let r = 0; r < n; r++) if (ids[r]! >= 0 && another[ids[r]!]) mark(r);
    }
    const given = fields.find((f) => f.field.role === 'given')?.field;
    const family = fields.find((f) => f.field.role === 'family')?.field;
    if (given && family) {
      for (let r = 0; r < n; r++) {
        const g = given.ids[r]!;
        const s = family.ids[r]!;
        if (g >= 0 && s >= 0 && isUnnamedAttendee(`${given.keys[g]} ${family.keys[s]}`)) mark(r);
      }
    }
    this.unnamed = unnamed;
  }

  /** Either row names an attendee only by the placeholder. */
  either(i: number, j: number): boolean {
    return this.unnamed !== null && (this.unnamed[i] === 1 || this.unnamed[j] === 1);
  }
}
