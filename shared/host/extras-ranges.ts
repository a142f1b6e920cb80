/**
 * Cell extras (links, notes, own number formats) written by a host whose every call costs (Google
 * Sheets) in calls that depend on a block's shape, never on its number of rows: one range list per
 * format, one notes grid, and one rich-text rectangle per column span of links. A link can only sit
 * on text there, so a rectangle covers text cells only, never a number, date or formula it would
 * turn into text. Which format a cell takes is cell-extras-grid.ts's rule, shared with Excel.
 */
import { rangeAddress } from '../sheet/a1';
import type { CellExtras } from '../sheet/snapshot';
import type { Block } from '../plan/blocks';
import type { CellEdit, RowContent } from '../plan/plan';
import type { CellValue } from '../sheet/cell-value';
import { extrasFromGrids, writtenFormat, type ExtrasRow } from './cell-extras-grid';
import type { ExtrasCell } from '../sheet/snapshot';
import type { CellInput, HostCell } from './row-inputs';

/** Text cells written with their link (or without one) by one rich-text call over (row, col). */
export interface LinkRect {
  row: number;
  col: number;
  cells: Array<Array<{ text: string; link: string | null }>>;
}

/**
 * Rectangles over the links of a block at (row, col): in each column, the run of text cells from a
 * link to the last link before a non-text cell; neighbouring columns with the same run share one.
 * `texts` is what each cell holds as text (null: not text), `links` the link it should have.
 */
export function linkRects(
  row: number,
  col: number,
  texts: readonly (readonly (string | null)[])[],
  links: readonly (readonly (string | null | undefined)[])[],
): LinkRect[] {
  const spans: Array<{ col: number; first: number; last: number }> = [];
  const width = Math.max(0, ...texts.map((r) => r.length));
  for (let j = 0; j < width; j++) {
    let first = -1;
    let last = -1;
    const close = () => {
      if (first >= 0) spans.push({ col: j, first, last });
      first = last = -1;
    };
    texts.forEach((line, i) => {
      if (line[j] === null || line[j] === undefined) return close();
      if (!links[i]?.[j]) return;
      if (first < 0) first = i;
      last = i;
    });
    close();
  }
  const rects: LinkRect[] = [];
  let previous: { col: number; first: number; last: number } | null = null;
  for (const span of spans) {
    const joins =
      previous && previous.col === span.col - 1 && previous.first === span.first && previous.last === span.last;
    if (!joins) rects.push({ row: row + span.first, col: col + span.col, cells: [] });
    const rect = rects[rects.length - 1]!;
    for (let i = span.first; i <= span.last; i++) {
      const line = (rect.cells[i - span.first] ??= []);
      line.push({ text: texts[i]![span.col]!, link: links[i]?.[span.col] ?? null });
    }
    previous = span;
  }
  return rects;
}

/** What a block's rows carry beyond values: A1 ranges by format, a notes grid, link rectangles. */
export interface ExtrasRanges {
  formats: Array<[format: string, ranges: string[]]>;
  notes: string[][] | null;
  links: LinkRect[];
}

/** What each cell of a written block holds as text (null: a number, date, formula, or nothing). */
export function blockTexts(
  block: Block<CellInput>,
  cells: readonly (readonly HostCell<unknown>[])[],
): (string | null)[][] {
  return block.cells.map((line, i) =>
    line.map((cell, j) => {
      const written = cells[i]?.[j];
      const text = typeof cell?.value === 'string' && cell.value !== '' ? cell.value : null;
      return written && !written.formula && typeof written.input === 'string' ? text : null;
    }),
  );
}

/**
 * The writes for the extras `extras` (one entry per row of the block, as in a plan) of a block just
 * written as `cells`; null when no row carries any. Formats (those the values did not set already)
 * go by vertical runs of one format in a column, so a restored run of dates costs one range.
 */
export function extrasRanges(
  block: Block<CellInput>,
  cells: readonly (readonly HostCell<unknown>[])[],
  extras: readonly (readonly (CellExtras | null)[] | null | undefined)[],
): ExtrasRanges | null {
  if (!extras.some((line) => line !== undefined)) return null;
  const width = block.cells[0]?.length ?? 0;
  const byFormat = new Map<string, string[]>();
  for (let j = 0; j < width; j++) {
    const formatAt = (i: number): string | null => {
      const written = cells[i]?.[j];
      const format = writtenFormat(extras[i]?.[j], block.cells[i]?.[j]?.value ?? null, written?.format ?? null);
      return format === written?.format ? null : format;
    };
    let start = 0;
    for (let i = 1; i <= block.cells.length; i++) {
      const format = formatAt(start);
      if (i < block.cells.length && formatAt(i) === format) continue;
      if (format)
        byFormat.set(format, [
          ...(byFormat.get(format) ?? []),
          rangeAddress(block.row + start, block.col + j, block.row + i - 1, block.col + j),
        ]);
      start = i;
    }
  }
  const hasNotes = extras.some((line) => line?.some((cell) => cell?.note));
  const notes = hasNotes ? extras.map((line) => Array.from({ length: width }, (_, j) => line?.[j]?.note ?? '')) : null;
  const links = extras.map((line) => Array.from({ length: width }, (_, j) => line?.[j]?.link ?? null));
  return { formats: [...byFormat], notes, links: linkRects(block.row, block.col, blockTexts(block, cells), links) };
}

/** Each row's extras of a block of inserted rows (undefined: the row carries none). */
export function blockExtras(rows: readonly RowContent[], block: Block<unknown>): (ExtrasRow | undefined)[] {
  const byRow = new Map(rows.map((r) => [r.row, r.extras]));
  return block.cells.map((_, i) => byRow.get(block.row + i));
}

/**
 * The links of a block of edits, for the cells that hold text after the write (a host whose value
 * writes drop links puts them back): an edit keeps its cell's link, as in every other host.
 * `read` is what the block held (values of its gaps, formulas, links), `inputs` what was written.
 */
export function keptLinks(
  block: Block<CellEdit>,
  read: {
    values: readonly (readonly unknown[])[] | null;
    formulas: readonly (readonly string[])[];
    links: readonly (readonly (string | null)[])[];
  },
  inputs: readonly (readonly unknown[])[],
): LinkRect[] {
  const texts = block.cells.map((line, i) =>
    line.map((edit, j) => {
      const value = edit ? edit.after : read.formulas[i]?.[j] ? null : read.values?.[i]?.[j];
      return typeof value === 'string' && value !== '' && typeof inputs[i]?.[j] === 'string' ? value : null;
    }),
  );
  return linkRects(block.row, block.col, texts, read.links);
}

/**
 * The extras of a chunk of rows from `firstRow` read as whole-range grids (formulas '' and notes ''
 * where a cell has none, formats null where automatic), by cell-extras-grid.ts's rules. A formula
 * cell's link is its formula's (HYPERLINK), not one of its own.
 */
export function chunkExtras(
  firstRow: number,
  grids: {
    values: readonly (readonly unknown[])[];
    formulas: readonly (readonly string[])[];
    formats: readonly (readonly (string | null)[])[];
    notes: readonly (readonly string[])[];
    links: readonly (readonly (string | null)[])[];
  },
  columnFormats: readonly (string | null)[] | undefined,
): ExtrasCell[] {
  const cells = <T>(grid: readonly (readonly T[])[], keep: (value: T) => boolean) =>
    grid.flatMap((line, i) =>
      line.flatMap((value, j) => (keep(value) ? [{ row: firstRow + i, col: j + 1, value }] : [])),
    );
  return extrasFromGrids({
    firstRow,
    values: grids.values as CellValue[][],
    formats: grids.formats,
    links: grids.links.map((line, i) => line.map((link, j) => (grids.formulas[i]?.[j] ? null : link))),
    notes: cells(grids.notes, Boolean).map(({ row, col, value: note }) => ({ row, col, note })),
    formulas: cells(grids.formulas, Boolean),
    ...(columnFormats ? { columnFormats } : {}),
  });
}
