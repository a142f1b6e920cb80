/**
 * How many of a value's rows are one customer's own, for the term frequency (model.ts): a repeat
 * buyer's 30 orders on one mobile under one name are one customer's rows, not 30 customers sharing a
 * line, so agreeing on that mobile is no weaker for being on most rows of the export. A value counts
 * as one customer's on all its rows when every row of it names the same customer by its partner field (a name for a phone, an e-mail, an address or a company; a phone, else an e-mail,
 * for a name); else only a duplicate and its copy are its own, as before.
 */
import type { MatchField } from '../records';

/** Rows of one customer a value's count is allowed where its rows do not show one customer. */
export const OWN_ROWS = 2;

const UNSET = -2;
const MIXED = -1;

export function ownRows(field: MatchField, fields: readonly MatchField[]): Int32Array | null {
  if (!field.comparator.termFrequency) return null;
  const partner = partnerOf(field, fields);
  if (!partner) return null;
  const first = new Int32Array(field.keys.length).fill(UNSET);
  const ids = field.ids;
  const other = partner.ids;
  for (let r = 0; r < ids.length; r++) {
    const v = ids[r]!;
    const c = other[r]!;
    if (v < 0 || first[v] === MIXED) continue;
    // A row that does not say whose it is (its partner blank) may be anyone's.
    if (c < 0) first[v] = MIXED;
    else if (first[v] === UNSET) first[v] = c;
    else if (first[v] !== c) first[v] = MIXED;
  }
  return Int32Array.from(first, (c, v) => (c >= 0 ? Math.max(OWN_ROWS, field.counts[v]!) : OWN_ROWS));
}

function partnerOf(field: MatchField, fields: readonly MatchField[]): MatchField | undefined {
  const byRole = (role: string) => fields.find((f) => f !== field && f.role === role);
  if (field.role === 'name' || field.role === 'family' || field.role === 'given')
    return byRole('phone') ?? byRole('email');
  if (field.role === 'phone' || field.role === 'email' || field.role === 'address' || field.role === 'company')
    return byRole('name') ?? byRole('family');
  return undefined;
}
