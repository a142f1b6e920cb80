/**
 * A header written over two rows, read as one: groups in the upper row (学员信息 over 学员姓名 and
 * 性别) and names merged down from it (报名课程 over rows 2–3, which reads as the upper cell only).
 * Either in rows 1–2, or under a title, where the header found is the lower row and the upper row
 * is the one above it.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { isHeaderText } from '../sheet/header-row';
import { mapHeaders } from '../template/header-mapping';
import type { Template } from '../template/schema';
import type { HeaderBelow } from './customer-list';

/** A label and its value (制表人：何静, Prepared by: Dana Lee): a notes line's, never a header's. */
const NOTE = /[:：]\s*\S/;

/**
 * The upper row (1-based) of the header over two rows whose lower row is `below`, or undefined when
 * the header is one row. Under a title, the row above the header is the upper row only when it is
 * header text throughout, groups a name of the header with the one after it (a group merged across)
 * and names a column the header leaves blank (a name merged down): a notes line is none of these.
 */
export function upperHeaderRow(values: readonly (readonly CellValue[])[], below: HeaderBelow): number | undefined {
  if (below.group !== undefined) return 1;
  if (below.echo || below.row < 2) return undefined;
  const upper = values[below.row - 2] ?? [];
  const lower = values[below.row - 1] ?? [];
  const written = upper.flatMap((v, c) => (isBlank(v) ? [] : [c]));
  if (written.length < 2) return undefined;
  if (!written.every((c) => isHeaderText(upper[c]) && !NOTE.test(cellText(upper[c] ?? null)))) return undefined;
  const named = (c: number) => !isBlank(lower[c]);
  const grouped = written.some((c) => named(c) && isBlank(upper[c + 1]) && named(c + 1));
  const mergedDown = written.some((c) => !named(c));
  return grouped && mergedDown ? below.row - 1 : undefined;
}

/** The column (0-based) of the upper-row group over lower column `c`: a written cell with blanks after it, as a group merged across reads. */
function groupOver(upper: readonly CellValue[], lower: readonly CellValue[], c: number): number | undefined {
  let g = c;
  while (g > 0 && isBlank(upper[g] ?? null)) g--;
  if (isBlank(upper[g] ?? null)) return undefined;
  const spans = (g < c || isBlank(upper[g + 1] ?? null)) && !isBlank(lower[g + 1] ?? null);
  return spans ? g : undefined;
}

/**
 * Lower-row names that head a column only with their group's words: English splits a person's
 * name as Name (or Contact) over First | Last, and Purchase over First | Last dates, where First
 * alone names nothing. Such a column's one-row name is the two put together (First Name, First
 * Purchase) when that names a template field exactly and the cell alone names none; keyed by
 * 0-based column, empty when no column needs its group.
 */
export function namesWithGroups(
  upper: readonly CellValue[],
  lower: readonly CellValue[],
  template: Template,
): Record<number, string> {
  const exact = (header: string) => {
    const [column] = mapHeaders([header], template).columns;
    return column !== undefined && (column.match === 'label' || column.match === 'synonym') ? column : undefined;
  };
  const personFields = new Set(template.fields.filter((f) => f.kind === 'personName').map((f) => f.key));
  const names: Record<number, string> = {};
  lower.forEach((cell, c) => {
    if (!isHeaderText(cell) || exact(cellText(cell ?? null).trim())) return;
    const g = groupOver(upper, lower, c);
    if (g === undefined || !isHeaderText(upper[g])) return;
    const [own, group] = [cellText(cell ?? null).trim(), cellText(upper[g] ?? null).trim()];
    const groupField = exact(group)?.field;
    const tries = [
      ...(groupField && personFields.has(groupField) ? [`${own} Name`] : []),
      `${own} ${group}`,
      `${group} ${own}`,
    ];
    const named = tries.find((t) => exact(t));
    if (named !== undefined) names[c] = named;
  });
  return names;
}

/** For each column, the index of the row (0: upper, 1: lower) whose cell names it: the lower row's name, else the upper's. */
export function namingRows(upper: readonly CellValue[], lower: readonly CellValue[]): (0 | 1)[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, c) => (isBlank(lower[c] ?? null) ? 0 : 1));
}

/**
 * The one-row header of a header over two rows: each column's name from the lower row (with its
 * group's words where it needs them, `withGroups`), or from the upper one where it has none.
 */
export function oneRowHeaderValues(
  upper: readonly CellValue[],
  lower: readonly CellValue[],
  withGroups: Record<number, string> = {},
): CellValue[] {
  return namingRows(upper, lower).map((from, c) => (from === 1 ? (withGroups[c] ?? lower[c]!) : (upper[c] ?? null)));
}
