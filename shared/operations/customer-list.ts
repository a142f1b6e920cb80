/**
 * How much a sheet looks like a customer list, judged from its header mapping: columns that name
 * who a customer is (ID, name, phone, email, company) weigh most; other template columns (gender,
 * source, tags) count a little, so a lookup sheet of choices loses to the list that uses them.
 * A sheet with no identifying column is not a customer list (an instructions or lookup sheet).
 */
import type { Locale } from '../i18n/locale';
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { isHeaderText } from '../sheet/header-row';
import { mapHeaders, type HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { namesWithGroups, upperHeaderRow } from './header-over-two-rows';

export interface CustomerListScore {
  /** Template fields the sheet has a column for that identify a customer. */
  identifying: number;
  /** Every template field the sheet has a column for. */
  fields: number;
  score: number;
}

export function customerListScore(mapping: HeaderMapping, template: Template): CustomerListScore {
  const byKey = new Map(template.fields.map((f) => [f.key, f]));
  const fields = new Set<string>();
  const identifying = new Set<string>();
  for (const column of mapping.columns) {
    const field = column.field ? byKey.get(column.field) : undefined;
    if (!field) continue;
    fields.add(field.key);
    const identifies =
      field.kind === 'id' ||
      field.kind === 'personName' ||
      field.kind === 'phone' ||
      field.kind === 'email' ||
      field.role === 'company';
    if (identifies) identifying.add(field.key);
  }
  return { identifying: identifying.size, fields: fields.size, score: identifying.size * 10 + fields.size };
}

export function looksLikeCustomerList(mapping: HeaderMapping, template: Template): boolean {
  return customerListScore(mapping, template).identifying > 0;
}

/**
 * What a host says when the sheet it read is not a customer list. Kept beside the rule it
 * explains; Record<Locale, …> makes every language carry it.
 */
const NOT_A_CUSTOMER_LIST: Record<Locale, (sheet: string) => string> = {
  'zh-CN': (sheet) =>
    `工作表“${sheet}”看起来不是客户列表：没有哪一列的标题是客户编号、姓名、手机、邮箱或公司。请切换到客户列表所在的工作表后重新检查。`,
  'en-US': (sheet) =>
    `Sheet "${sheet}" does not look like a customer list: no column is headed like a customer ID, name, phone, email or company. Switch to the sheet with your customers and check again.`,
};

export function notCustomerListMessage(locale: Locale, sheet: string): string {
  return NOT_A_CUSTOMER_LIST[locale](sheet);
}

/**
 * A header row found below row 1: under a title (2024年华东区客户名单) and notes (制表人：何静), or
 * the second row of a two-row header, where row 1 groups columns (联系方式 over 手机 and 邮箱).
 */
export interface HeaderBelow {
  /** The header's row in the sheet (1-based). */
  row: number;
  /** Its first few headers, as written (for a two-row header: those under the group). */
  headers: string[];
  /** Set for a two-row header: the row-1 header the row below splits. */
  group?: string;
  /** Set when row 2 says row 1's headers again in other words (姓名 / Name, 手机 / Mobile). */
  echo?: true;
  /** Set when the list is a second table under another (Zoom's meeting over its participants): that table's first headers. */
  table?: string[];
  /** For a header over two rows: lower-row names read with their group's words (Name over First → First Name), by 0-based column. */
  withGroups?: Record<number, string>;
  /** Set when the rows above the header are blank lines, not a title. */
  blankAbove?: true;
}

/** Rows looked through for a header under a title. */
export const TITLE_ROWS = 10;

/**
 * The header row when row 1 is not the whole header: a title above the list (row 1 holds at most
 * two cells, and a row below it names at least two template fields, one of them a customer's, and
 * looks more like a customer list's header than row 1), or the second row of a two-row header.
 * Undefined when row 1 is the header.
 */
export function headerRowBelow(values: readonly (readonly CellValue[])[], template: Template): HeaderBelow | undefined {
  const first = values[0] ?? [];
  const below =
    first.filter((v) => !isBlank(v)).length > 2
      ? (twoRowHeader(values, template) ?? headerEcho(values, template) ?? tableBelow(values, template))
      : (titledHeader(values, template) ?? twoRowHeader(values, template));
  if (!below || below.withGroups) return below;
  const upper = upperHeaderRow(values, below);
  if (upper === undefined) return below;
  const withGroups = namesWithGroups(values[upper - 1] ?? [], values[upper] ?? [], template);
  return Object.keys(withGroups).length > 0 ? { ...below, withGroups } : below;
}

/**
 * Row 2 naming the same template fields as row 1 in other words: a bilingual template's second
 * header row (姓名 over Name, 手机 over Mobile), which would otherwise be read as a customer.
 */
function headerEcho(values: readonly (readonly CellValue[])[], template: Template): HeaderBelow | undefined {
  const [first = [], second = []] = values;
  const filled = second.filter((v) => !isBlank(v));
  if (filled.length < 2 || !filled.every((v) => isHeaderText(v))) return undefined;
  const top = mapHeaders(first, template).columns;
  const exact = (c: { match: string }) => c.match === 'label' || c.match === 'synonym';
  const below = mapHeaders(second, template).columns.filter((c) => exact(c) && c.field);
  const same = below.filter((c) => top[c.col - 1]?.field === c.field && top[c.col - 1]?.header !== c.header);
  if (same.length < 2 || same.length < below.length) return undefined;
  return { row: 2, headers: same.slice(0, 4).map((c) => c.header), echo: true };
}

const rowBlank = (row: readonly CellValue[] | undefined) => !row || row.every((v) => isBlank(v));
const writtenTexts = (row: readonly CellValue[]) => row.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());

/**
 * The customers' table under another one, after a blank row: a meeting report's own line over its
 * participants (Zoom), an event's summary over its attendees. Its header names a template field
 * exactly, names more of who a customer is (name, phone, e-mail…) than row 1 does, and has rows under it.
 */
function tableBelow(values: readonly (readonly CellValue[])[], template: Template): HeaderBelow | undefined {
  const top = customerListScore(mapHeaders(values[0] ?? [], template), template);
  for (let r = 2; r < Math.min(values.length - 1, TITLE_ROWS); r++) {
    const row = values[r] ?? [];
    if (!rowBlank(values[r - 1]) || rowBlank(row)) continue;
    if (!row.every((v) => isBlank(v) || isHeaderText(v))) continue;
    const mapping = mapHeaders(row, template);
    if (!mapping.columns.some((c) => c.field && (c.match === 'label' || c.match === 'synonym'))) continue;
    if (customerListScore(mapping, template).identifying <= top.identifying) continue;
    if (!values.slice(r + 1).some((below) => !rowBlank(below))) continue;
    return { row: r + 1, headers: writtenTexts(row).slice(0, 4), table: writtenTexts(values[0] ?? []).slice(0, 3) };
  }
  return undefined;
}

function titledHeader(values: readonly (readonly CellValue[])[], template: Template): HeaderBelow | undefined {
  const first = values[0] ?? [];
  const scoreOf = (row: readonly CellValue[]) => customerListScore(mapHeaders(row, template), template);
  const top = scoreOf(first).score;
  let best: { row: number; score: number } | undefined;
  for (let r = 1; r < Math.min(values.length, TITLE_ROWS); r++) {
    const row = values[r] ?? [];
    if (row.filter((v) => isHeaderText(v)).length < 3) continue;
    const score = scoreOf(row);
    if (score.identifying < 1 || score.fields < 2 || score.score <= top) continue;
    if (!best || score.score > best.score) best = { row: r + 1, score: score.score };
  }
  if (!best) return undefined;
  const headers = (values[best.row - 1] ?? []).filter((v) => !isBlank(v)).map((v) => cellText(v).trim());
  const blankAbove = values.slice(0, best.row - 1).every((row) => rowBlank(row));
  return { row: best.row, headers: headers.slice(0, 4), ...(blankAbove ? { blankAbove: true as const } : {}) };
}

/**
 * Row 2 of a two-row header: it names at least two template fields exactly, holds header text only,
 * and heads a column whose row-1 cell is blank (the rest of a group merged across columns).
 */
function twoRowHeader(values: readonly (readonly CellValue[])[], template: Template): HeaderBelow | undefined {
  const [first = [], second = []] = values;
  if (values.length < 3) return undefined;
  const filled = second.filter((v) => !isBlank(v));
  if (filled.length < 2 || !filled.every((v) => isHeaderText(v))) return undefined;
  const withGroups = namesWithGroups(first, second, template);
  const read = second.map((v, c) => withGroups[c] ?? v);
  const named = mapHeaders(read, template).columns.filter((c) => c.match === 'label' || c.match === 'synonym');
  if (named.length < 2) return undefined;
  const under = second.findIndex(
    (v, c) => !isBlank(v) && isBlank(first[c]) && first.slice(0, c).some((h) => !isBlank(h)),
  );
  if (under < 0) return undefined;
  let start = under;
  while (start > 0 && isBlank(first[start])) start--;
  let end = under;
  while (end + 1 < second.length && isBlank(first[end + 1])) end++;
  const headers = second
    .slice(start, end + 1)
    .filter((v) => !isBlank(v))
    .map((v) => cellText(v).trim());
  const group = cellText(first[start] ?? null).trim();
  return { row: 2, headers, group, ...(Object.keys(withGroups).length > 0 ? { withGroups } : {}) };
}

const HEADER_BELOW: Record<Locale, (sheet: string, below: HeaderBelow) => string> = {
  'zh-CN': (sheet, { row, headers, group, echo, table }) =>
    table
      ? `工作表“${sheet}”的第 1–${row - 1} 行是另一张表（${table.join('、')}…），客户表的表头在第 ${row} 行（${headers.join('、')}…）。Custodian 从第 1 行读取表头：请把客户表放到单独的工作表（或删除第 1–${row - 1} 行），然后重新检查。`
      : echo
        ? `工作表“${sheet}”的第 2 行用另一种说法重复了表头（${headers.join('、')}…），会被当作一位客户。Custodian 只读一行表头：请删除第 2 行（或把两种说法写进同一个标题），然后重新检查。`
        : group !== undefined
          ? `工作表“${sheet}”有两行表头：第 1 行的“${group}”在第 2 行分为 ${headers.join('、')}。Custodian 只读一行表头：请把表头合并成一行，每列一个标题（如 ${headers.join('、')}），然后重新检查。`
          : `工作表“${sheet}”的第 1 行是标题，表头看起来在第 ${row} 行（${headers.join('、')}…）。Custodian 从第 1 行读取表头：请删除表头上方的${row === 2 ? '第 1 行' : `第 1–${row - 1} 行`}（标题可以写进文件名或工作表名），然后重新检查。`,
  'en-US': (sheet, { row, headers, group, echo, table }) =>
    table
      ? `Rows 1–${row - 1} of sheet "${sheet}" hold another table (${table.join(', ')}…) above the customers, whose header is row ${row} (${headers.join(', ')}…). Custodian reads the header from row 1: put the customers on a sheet of their own (or delete rows 1–${row - 1}) and check again.`
      : echo
        ? `Row 2 of sheet "${sheet}" says the headers again in other words (${headers.join(', ')}…) and would be read as a customer. Custodian reads one header row: delete row 2 (or put both wordings in one header) and check again.`
        : group !== undefined
          ? `Sheet "${sheet}" has a two-row header: "${group}" in row 1 is split into ${headers.join(', ')} in row 2. Custodian reads one header row: make the header one row, a header per column (${headers.join(', ')}), and check again.`
          : `Row 1 of sheet "${sheet}" is a title: the header looks to be row ${row} (${headers.join(', ')}…). Custodian reads the header from row 1: delete ${row === 2 ? 'row 1' : `rows 1–${row - 1}`} above it (the title can go in the file or sheet name) and check again.`,
};

export function headerBelowMessage(locale: Locale, sheet: string, below: HeaderBelow): string {
  return HEADER_BELOW[locale](sheet, below);
}
