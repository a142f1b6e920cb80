/**
 * Cell extras (links, notes, own number formats) written by a host whose every call costs (Google
 * Sheets) in calls that depend on a block's shape, never on its number of rows: one range list per
 * format, one notes grid, and one rich-text rectangle per column span of links. A link can only sit
 * on text there, so a rectangle covers text cells only, never a number, date or formula it would
 * turn into text. Which format a cell takes is cell-extras-grid.ts's rule, shared with Excel.
 */
import { rangeAddress } from '../sheet/a1';
import type { Block } from '../plan/blocks';
import { GENERAL_FORMAT, type CellEdit } from '../plan/plan';
import type { CellValue } from '../sheet/cell-value';
import { extrasFromGrids, writtenFormat } from './cell-extras-grid';
import type { ExtrasCell } from '../sheet/snapshot';
import { hostCells, type CellInput, type HostCell } from './row-inputs';
import type { CellKind } from '../sheet/typed-input';

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
  for (const span of spans) {
    const height = span.last - span.first + 1;
    const joins = rects.find(
      (r) => r.row === row + span.first && r.cells.length === height && r.col + r.cells[0]!.length === col + span.col,
    );
    const rect = joins ?? { row: row + span.first, col: col + span.col, cells: [] };
    if (!joins) rects.push(rect);
    for (let i = span.first; i <= span.last; i++) {
      const line = (rect.cells[i - span.first] ??= []);
      line.push({ text: texts[i]![span.col]!, link: links[i]?.[span.col] ?? null });
    }
  }
  return rects;
}

/**
 * What a block's rows carry beyond values: A1 ranges by format, set before the values so each is
 * written for the format its cell shows (`formatAt`: text stays text, a date stays a date); then a
 * notes grid, and link rectangles over the cells as written.
 */
export interface ExtrasRanges {
  formats: Array<[format: string, ranges: string[]]>;
  /** The format a cell gets, or undefined where it keeps the one it has. */
  formatAt(row: number, col: number): string | undefined;
  notes: string[][] | null;
  links(cells: readonly (readonly HostCell<unknown>[])[]): LinkRect[];
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
 * The writes for the extras a block's cells carry (row-inputs.ts: present where their row carries
 * extras); null when none does. Such a row gives each filled cell its own format or, with none, the
 * plain one (cell-extras-grid.ts's writtenFormat). Formats go by vertical runs of one format in a
 * column, so a restored run of dates costs one range.
 */
export function extrasRanges(block: Block<CellInput>): ExtrasRanges | null {
  if (!block.cells.some((line) => line.some((cell) => cell?.extras !== undefined))) return null;
  const width = block.cells[0]?.length ?? 0;
  const extra = (i: number, j: number) => block.cells[i]?.[j]?.extras;
  const formatAt = (i: number, j: number): string | null => {
    const cell = block.cells[i]?.[j];
    return cell?.extras !== undefined ? writtenFormat(cell.extras, cell.formula ?? cell.value, null) : null;
  };
  const byFormat = new Map<string, string[]>();
  for (let j = 0; j < width; j++) {
    let start = 0;
    for (let i = 1; i <= block.cells.length; i++) {
      const format = formatAt(start, j);
      if (i < block.cells.length && formatAt(i, j) === format) continue;
      const range = rangeAddress(block.row + start, block.col + j, block.row + i - 1, block.col + j);
      if (format) byFormat.set(format, [...(byFormat.get(format) ?? []), range]);
      start = i;
    }
  }
  const hasNotes = block.cells.some((line, i) => line.some((_, j) => extra(i, j)?.note));
  const notes = hasNotes ? block.cells.map((line, i) => line.map((_, j) => extra(i, j)?.note ?? '')) : null;
  const links = block.cells.map((line, i) => line.map((_, j) => extra(i, j)?.link ?? null));
  return {
    formats: [...byFormat],
    formatAt: (row, col) => formatAt(row - block.row, col - block.col) ?? undefined,
    notes,
    links: (cells) => linkRects(block.row, block.col, blockTexts(block, cells), links),
  };
}

/**
 * The links of a block of edits, for the cells that hold text after the write (a host whose value
 * writes drop links puts them back): an edit keeps its cell's link, as in every other host, unless it
 * moves it (`CellEdit.link`).
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
  // An edit that moves its cell's link (clean's mailto: of the old address) writes the new one.
  const links = block.cells.map((line, i) =>
    line.map((edit, j) => (edit?.link !== undefined ? edit.link : (read.links[i]?.[j] ?? null))),
  );
  return linkRects(block.row, block.col, texts, links);
}

/**
 * The extras of a chunk of rows from `firstRow` read as whole-range grids (formulas '' and notes ''
 * where a cell has none, formats null where automatic), by cell-extras-grid.ts's rules. A formula
 * cell's link is its formula's (HYPERLINK), not one of its own. A filled data cell left automatic in
 * a column with a format says so with the plain format: else undo would give it its column's (a
 * number under a date column's format would come back a date).
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
  const cells = <T>(grid: readonly (readonly T[])[], keep: (value: T, i: number, j: number) => boolean) =>
    grid.flatMap((line, i) =>
      line.flatMap((value, j) => (keep(value, i, j) ? [{ row: firstRow + i, col: j + 1, value }] : [])),
    );
  const filled = (i: number, j: number) =>
    !!grids.formulas[i]?.[j] || (grids.values[i]?.[j] !== null && grids.values[i]?.[j] !== '');
  const extras = extrasFromGrids({
    firstRow,
    values: grids.values as CellValue[][],
    formats: grids.formats,
    links: grids.links.map((line, i) => line.map((link, j) => (grids.formulas[i]?.[j] ? null : link))),
    notes: cells(grids.notes, Boolean).map(({ row, col, value: note }) => ({ row, col, note })),
    formulas: cells(grids.formulas, Boolean),
    ...(columnFormats ? { columnFormats } : {}),
  });
  // The header shows no column's format.
  const automatic = cells(
    grids.formats,
    (f, i, j) => f === null && !!columnFormats?.[j] && filled(i, j) && firstRow + i > 1,
  );
  if (automatic.length === 0) return extras;
  const byCell = new Map(extras.map((e) => [`${e.row}:${e.col}`, e]));
  for (const { row, col } of automatic) {
    const found = byCell.get(`${row}:${col}`);
    if (found) found.format = GENERAL_FORMAT;
    else byCell.set(`${row}:${col}`, { row, col, format: GENERAL_FORMAT });
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * A block's cells as a host writes them (row-inputs.ts's hostCells), each value for the format its
 * cell will show: the one `ranges` gives it (`ownKind`), else its column's kind (`kindOf`).
 */
export function writtenCells<I>(
  block: Block<CellInput>,
  ranges: ExtrasRanges | null,
  kinds: { kindOf: (col: number) => CellKind; ownKind: (format: string) => CellKind },
  input: (value: CellValue, kind: CellKind) => I,
): HostCell<I>[][] {
  if (!ranges) return hostCells(block, kinds.kindOf, input);
  return block.cells.flatMap((line, i) => {
    const row = block.row + i;
    const kindOf = (col: number) => {
      const own = ranges.formatAt(row, col);
      return own === undefined ? kinds.kindOf(col) : kinds.ownKind(own);
    };
    return hostCells({ row, col: block.col, cells: [line] }, kindOf, input);
  });
}
