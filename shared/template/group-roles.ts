/**
 * A member's role in a group as Meetup exports it under Title (Organizer, Co-organizer, Assistant
 * Organizer, Event Host, Member): what they do in the group, not their job. A column holding only such
 * roles is no job title.
 */
import { cellText } from '../sheet/cell-value';
import type { SampleRows } from './header-claims';

const GROUP_ROLE =
  /^(?:(?:co|assistant|event)[\s-]?organi[sz]er|organi[sz]er|event host|member|leadership team|组织者|发起人|群主|成员|群成员)$/i;
const SAMPLE = 50;

/** Whether every sampled value of column `col` (1-based) is a role in a group (and there is one). */
export function holdsGroupRoles(rows: SampleRows, col: number): boolean {
  let seen = 0;
  for (let r = 0; r < rows.length && seen < SAMPLE; r++) {
    const value = rows[r]?.[col - 1];
    if (value === null || value === undefined) continue;
    const text = cellText(value).normalize('NFKC').trim();
    if (text === '') continue;
    if (!GROUP_ROLE.test(text)) return false;
    seen++;
  }
  return seen > 0;
}
