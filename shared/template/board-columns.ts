/**
 * A work-management board's export (monday.com's Export board to Excel): each row an item, headed by
 * its Name, beside the board's default columns (Person, Status, Date, Text, Link). Its Person column
 * names whom the item is assigned to: the owner, not the customer nor the customer's contact. The
 * Name column is the item's (a customer or company) and is mapped as any other name.
 */
import type { Template } from './schema';
import type { ColumnProfile } from './column-profile';
import { fieldFit } from './column-evidence';
import { lookupFor } from './header-words';
import { EVIDENCE_WEIGHT, SCORE, type Claim } from './header-claims';

/** The board's People column, as monday.com titles it. */
const ASSIGNEE = /^(?:person|people)$/;
/** The item's own columns a board always has: its Name and, beside it, its Status or Subitems. */
const ITEM_NAME = /^name$/;
const ITEM_COLUMN = /^(?:status|subitems|itemid|timeline|priority)$/;
/** Headers that name the owner field in any template: its own English label first. */
const OWNER_WORDS = ['owner', 'assignedto'];

/** Whether the header row is a board's items: a Name column beside a column only a board has. */
export function isBoardExport(folded: readonly string[]): boolean {
  return folded.some((h) => ITEM_NAME.test(h)) && folded.some((h) => ITEM_COLUMN.test(h));
}

/**
 * The owner claims of a board's Person column: below any column whose own header names the owner
 * (a board with an Owner column of its own keeps it), with the values' support when they are people.
 */
export function boardOwnerClaims(
  folded: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[],
  template: Template,
): Claim[] {
  if (!isBoardExport(folded)) return [];
  const lookup = lookupFor(template);
  const candidate = OWNER_WORDS.map((w) => lookup.get(w)).find((c) => c && !c.part);
  const owner = candidate && template.fields.find((f) => f.key === candidate.field);
  if (!owner) return [];
  const claims: Claim[] = [];
  folded.forEach((h, i) => {
    if (!ASSIGNEE.test(h)) return;
    const profile = profiles[i];
    const fit = profile && profile.count > 0 ? fieldFit(owner, false, profile) : 0;
    if (fit < 0) return;
    const people = profile !== undefined && profile.shares.person >= 0.5;
    claims.push({
      col: i + 1,
      field: owner.key,
      match: 'partial',
      score: SCORE.partial + (people ? EVIDENCE_WEIGHT : 0),
      ...(people ? { evidence: 'person' as const } : {}),
    });
  });
  return claims;
}
