/**
 * The links that follow clean's rewrites. An e-mail cell exported as a link to its own text
 * (mailto: the address as typed, spaces and capitals and all), or a website or phone cell linking to
 * its own text, keeps pointing at the old value once the text is tidied: such a link takes the new
 * text. A link to anything else (the customer's CRM record) stays as it is.
 */
import type { CellEdit } from '../plan/plan';
import type { SheetSnapshot } from '../sheet/snapshot';

const SCHEMES = /^(mailto:|tel:)?(.*)$/is;

/** The link `link` becomes when its cell's text goes from `before` to `after`, or undefined when it does not follow. */
export function followedLink(link: string, before: string, after: string): string | undefined {
  const [, scheme = '', target = ''] = SCHEMES.exec(link) ?? [];
  const old = before.trim();
  // The same mailbox or address whatever the capitals: the link was made from the text.
  if (old === '' || target.trim().toLowerCase() !== old.toLowerCase()) return undefined;
  const moved = scheme + after.trim();
  return moved !== link ? moved : undefined;
}

/** The edits, each rewriting the text of a cell that links to that text carrying the link's move. */
export function withFollowedLinks(edits: readonly CellEdit[], snapshot: Pick<SheetSnapshot, 'extras'>): CellEdit[] {
  const links = new Map<string, string>();
  for (const extra of snapshot.extras ?? []) if (extra.link) links.set(`${extra.row}:${extra.col}`, extra.link);
  if (links.size === 0) return [...edits];
  return edits.map((edit) => {
    const link = links.get(`${edit.row}:${edit.col}`);
    if (link === undefined || typeof edit.before !== 'string' || typeof edit.after !== 'string' || edit.after === '')
      return edit;
    const moved = followedLink(link, edit.before, edit.after);
    return moved === undefined ? edit : { ...edit, linkBefore: link, link: moved };
  });
}
