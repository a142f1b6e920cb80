/**
 * Cells that show a label and link to the value itself: 张伟邮箱 linking to mailto:zhangwei@huawei.com,
 * 官网 linking to https://www.huawei.com, "Call" linking to tel:+44 20 7946 0958. A CRM's import file
 * holds text only, so the label alone would lose the address: such a cell is exported as its link's
 * target, and the report names the column and rows. A cell whose text is itself a value of the
 * link's kind (another address, a web address, a number) keeps its text: the link is then no more
 * than where the text points, and which of two values is meant cannot be told.
 */
import { cellText } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';

/** Per sheet header: the rows (sheet numbers) whose label was replaced by its link's target, and the first such cell. */
export type LinkTargetRows = Map<string, { rows: number[]; example: { label: string; target: string } }>;

const MAILTO = /^mailto:([^?]*)/i;
const TEL = /^tel:(.*)$/i;
const WEB = /^(?:https?:\/\/|www\.)\S+$/i;
/** Text that is itself a web address: https://…, www.…, or a bare domain (huawei.com/cn). */
const WEB_TEXT = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/:?#]|$)/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text).trim();
  } catch {
    return text.trim();
  }
}

function digits(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** The value a link stands for when `text` is only its label, else null. */
export function linkTarget(text: string, link: string): string | null {
  const shown = text.trim();
  if (shown === '') return null;
  const mail = MAILTO.exec(link);
  if (mail) {
    const address = decoded(mail[1] ?? '');
    return address.includes('@') && !shown.includes('@') ? address : null;
  }
  const tel = TEL.exec(link);
  if (tel) {
    const number = decoded(tel[1] ?? '');
    return digits(number) >= 5 && digits(shown) < 5 ? number : null;
  }
  const web = link.trim();
  return WEB.test(web) && !WEB_TEXT.test(shown) ? web : null;
}

/**
 * The sheet with each labelled link's cell holding its target (only the rows that change are copied),
 * and where that was done.
 */
export function withLinkTargets(snapshot: SheetSnapshot): { snapshot: SheetSnapshot; targets: LinkTargetRows } {
  const targets: LinkTargetRows = new Map();
  const links = (snapshot.extras ?? []).filter((e) => e.link !== undefined && e.row > 1);
  if (links.length === 0) return { snapshot, targets };
  const values = snapshot.values.slice();
  const header = values[0] ?? [];
  for (const { row, col, link } of links) {
    const cells = values[row - 1];
    const value = cells?.[col - 1];
    if (!cells || typeof value !== 'string') continue;
    const target = linkTarget(value, link!);
    if (target === null) continue;
    // The parse's own row arrays stay as read: other readers of the sheet share them.
    if (cells === snapshot.values[row - 1]) values[row - 1] = cells.slice();
    values[row - 1]![col - 1] = target;
    const name = cellText(header[col - 1]).trim();
    const seen = targets.get(name);
    if (seen) seen.rows.push(row);
    else targets.set(name, { rows: [row], example: { label: value.trim(), target } });
  }
  return targets.size === 0 ? { snapshot, targets } : { snapshot: { ...snapshot, values }, targets };
}
