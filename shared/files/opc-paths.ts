/**
 * Part names and relationship targets of an OPC package (.xlsx), per ECMA-376 Part 2 §9: a
 * target is relative to the folder of the part whose relationships name it, or absolute from the
 * package root (`/xl/comments1.xml`).
 */

/** A zip entry's name as a part name, without a leading '/'. */
export function partName(entry: string): string {
  return entry.replace(/^\//, '');
}

/** Whether a zip entry is a relationships part (`xl/_rels/workbook.xml.rels`, `_rels/.rels`). */
export function isRelsPart(entry: string): boolean {
  return /(^|\/)_rels\/[^/]*\.rels$/.test(entry);
}

/** The folder the targets of a relationships part are relative to: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/`. */
export function sourceFolder(rels: string): string {
  return partName(rels).replace(/_rels\/[^/]*$/, '');
}

/** The part an internal target names, seen from `folder`; `.` and `..` followed. */
export function resolveTarget(folder: string, target: string): string {
  const parts: string[] = [];
  for (const segment of (target.startsWith('/') ? target : folder + target).split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** `part` as a target relative to `folder`: from `xl/worksheets/`, `xl/comments1.xml` is `../comments1.xml`. */
export function relativeTarget(folder: string, part: string): string {
  const from = folder.split('/').filter(Boolean);
  const to = part.split('/');
  let same = 0;
  while (same < from.length && same < to.length - 1 && from[same] === to[same]) same++;
  return '../'.repeat(from.length - same) + to.slice(same).join('/');
}
