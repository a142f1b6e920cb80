/**
 * A header written over two rows, read as one: groups in the upper row (学员信息 over 学员姓名 and
 * 性别) and names merged down from it (报名课程 over rows 2–3, which reads as the upper cell only).
 * Either in rows 1–2, or under a title, where the header found is the lower row and the upper row
 * is the one above it.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { isHeaderText } from '../sheet/header-row';
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

/** For each column, the index of the row (0: upper, 1: lower) whose cell names it: the lower row's name, else the upper's. */
export function namingRows(upper: readonly CellValue[], lower: readonly CellValue[]): (0 | 1)[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, c) => (isBlank(lower[c] ?? null) ? 0 : 1));
}

/** The one-row header of a header over two rows: each column's name from the lower row, or from the upper one where it has none. */
export function oneRowHeaderValues(upper: readonly CellValue[], lower: readonly CellValue[]): CellValue[] {
  return namingRows(upper, lower).map((from, c) => (from === 1 ? lower[c]! : (upper[c] ?? null)));
}
