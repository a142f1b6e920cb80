/**
 * A block as the cells a host writes when it sets their number formats before their values (Excel:
 * what is typed into a cell is read by the cell's format). A cell whose row gives it a format
 * (cell-extras-grid.ts `writtenFormat`: a restored row, an archive row, an edit over a formatted cell)
 * takes input for that format: a text-formatted cell takes text without the apostrophe it would keep
 * there, and date text becomes a date only in an edit (`restore` false) of a cell that shows dates, as
 * restored rows hold exactly what they held. Other cells are as `kindOf` says.
 */
import type { Block } from '../plan/blocks';
import type { CellValue } from '../sheet/cell-value';
import { TEXT_FORMAT, type CellKind } from '../sheet/typed-input';
import { writtenFormat } from './cell-extras-grid';
import { hostCells, type CellInput, type HostCell } from './row-inputs';
import { cellKind } from './cell-input';

export function formatFirstCells<I>(
  block: Block<CellInput>,
  kindOf: (col: number, row: number) => CellKind,
  input: (value: CellValue, kind: CellKind) => I,
  restore = true,
): HostCell<I>[][] {
  return block.cells.map((cells, i) => {
    const kind = (col: number): CellKind => {
      const cell = cells[col - block.col];
      const format = cell && cell.extras !== undefined ? writtenFormat(cell.extras, cell.value, null) : null;
      if (format === null) return kindOf(col, block.row + i);
      return restore ? { date: false, text: format === TEXT_FORMAT } : cellKind(format);
    };
    return hostCells({ row: block.row + i, col: block.col, cells: [cells] }, kind, input)[0]!;
  });
}
