/**
 * A customer list whose header is not row 1 — under a title (2024年华东区客户名单) and notes
 * (制表人：何静), or a two-row header — read as it stands by the commands that only read it: the
 * header takes row 1's place and the rows down to it are blank, so each customer keeps the row
 * number the sheet shows and every report points at the right row. Writing commands still need the
 * header in row 1 (set up and clean write there).
 */
import type { CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Locale } from '../i18n/locale';
import { headerRowBelow, type HeaderBelow } from './customer-list';
import { oneRowHeaderValues, upperHeaderRow } from './header-over-two-rows';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import type { Template } from '../template/schema';
import { storedTemplate } from './options';

/** The header a reader would see: a header over two rows (alone or under a title) as one, each column named from its lower row, else from the row above. */
function headerOf(values: readonly (readonly CellValue[])[], below: HeaderBelow): CellValue[] {
  // A second wording of row 1's headers: row 1 is the header and row 2 none of the customers.
  if (below.echo) return [...(values[0] ?? [])];
  const upper = upperHeaderRow(values, below);
  if (upper === undefined) return [...(values[below.row - 1] ?? [])];
  return oneRowHeaderValues(values[upper - 1] ?? [], values[upper] ?? [], below.withGroups);
}

/**
 * The snapshot read with its header below row 1; `columnFormats` are those of the first row under the
 * header, when the file has formats.
 */
export function readBelowTitle(
  snapshot: SheetSnapshot,
  below: HeaderBelow,
  columnFormats?: (string | null)[],
): SheetSnapshot {
  const values = snapshot.values.slice();
  values[0] = headerOf(snapshot.values, below);
  for (let r = 1; r < below.row && r < values.length; r++) values[r] = [];
  const under = <T extends { row: number }>(cells: T[] | undefined) => cells?.filter((c) => c.row > below.row);
  // Row 2's formats are a title's or a blank row's when the header is lower: they are no column's.
  const { formulas, extras, misalignedRows, columnFormats: _rowTwo, ...rest } = snapshot;
  // Rows above the header are read as blank: a table above it (Zoom's meeting line) is wider, not misaligned.
  const misaligned = under(misalignedRows);
  return {
    ...rest,
    values,
    ...(formulas ? { formulas: under(formulas) } : {}),
    ...(extras ? { extras: under(extras) } : {}),
    ...(misaligned?.length ? { misalignedRows: misaligned } : {}),
    ...(columnFormats ? { columnFormats } : {}),
  };
}

/**
 * The list as the operations that only read it (check, insights, export) read it: the sheet itself
 * when row 1 is its header, else read from its header down. A title read as the header would have
 * every column misread and the header counted as a customer.
 */
export function listFromHeader(
  sheet: SheetSnapshot,
  template: Template = storedTemplate(sheet) ?? DEFAULT_TEMPLATE,
): { snapshot: SheetSnapshot; headerBelow?: HeaderBelow } {
  const below = headerRowBelow(sheet.values, template);
  return below ? { snapshot: readBelowTitle(sheet, below), headerBelow: below } : { snapshot: sheet };
}

/** What a command says when it read the list from a header below row 1, in the sheet's language. */
export function readBelowTitleNote(locale: Locale, below: HeaderBelow): string {
  const { row, headers, group, echo, table } = below;
  const aboveZh = row === 2 ? '第 1 行' : `第 1–${row - 1} 行`;
  if (table && locale === 'zh-CN')
    return `客户表的表头在第 ${row} 行（${headers.join('、')}…）；上方${aboveZh}是另一张表（${table.join('、')}…），不算客户；行号与工作表一致。`;
  if (table)
    return `The customers' header is row ${row} (${headers.join(', ')}…); rows 1–${row - 1} above it hold another table (${table.join(', ')}…), not customers. Row numbers are the sheet's.`;
  if (locale === 'zh-CN') {
    if (echo) return `第 2 行用另一种说法重复了表头（${headers.join('、')}…），不算客户。`;
    if (group !== undefined)
      return `两行表头：第 1 行的“${group}”在第 2 行分为 ${headers.join('、')}，按一行表头读取，客户从第 3 行起。`;
    if (below.blankAbove) return `表头在第 ${row} 行，上方的${aboveZh}是空行；行号与工作表一致。`;
    return `表头在第 ${row} 行，上方的${aboveZh}是标题，不算客户；行号与工作表一致。`;
  }
  if (echo) return `Row 2 says the headers again in other words (${headers.join(', ')}…): not a customer.`;
  if (group !== undefined)
    return `Two-row header: "${group}" in row 1 is split into ${headers.join(', ')} in row 2; read as one header, customers from row 3.`;
  const above = row === 2 ? 'row 1' : `rows 1–${row - 1}`;
  if (below.blankAbove)
    return `The header is row ${row}; ${above} above it ${row === 2 ? 'is' : 'are'} blank. Row numbers are the sheet's.`;
  return `The header is row ${row}; ${above} above it ${row === 2 ? 'is a title' : 'are a title'}, not customers. Row numbers are the sheet's.`;
}
