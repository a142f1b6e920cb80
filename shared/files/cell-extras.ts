/**
 * Writing a cell's extras (link, note, own number format, look) into an exceljs cell: the file host's
 * plan writer and the demo's save share it, so both keep what a merge archived or undo restored.
 */
import ExcelJS from 'exceljs';
import type { CellExtras } from '../sheet/snapshot';
import { styleWithLook } from './exceljs-look';

/**
 * exceljs saves no empty cell whose style is the default one, and drops its note with it: an empty noted
 * cell is aligned to the bottom (as cells are by default), which makes its style its own, kept on reload.
 */
export function keepNote(cell: ExcelJS.Cell): void {
  if (cell.note && cell.value === null && !cell.style?.alignment)
    cell.style = { ...cell.style, alignment: { vertical: 'bottom' } };
}

/** A link wraps the cell's value as its text; a formula cell keeps its formula (exceljs cannot hold both). */
export function writeCellExtras(cell: ExcelJS.Cell, extras: CellExtras): void {
  if (extras.format) cell.style = { ...cell.style, numFmt: extras.format };
  // Before the note: an empty noted cell keeps its note through a style of its own.
  if (extras.look) cell.style = styleWithLook(cell.style ?? {}, extras.look);
  if (extras.note) {
    cell.note = extras.note;
    keepNote(cell);
  }
  if (extras.link && cell.type !== ExcelJS.ValueType.Formula) {
    const value = cell.value;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? extras.link);
    cell.value = { text, hyperlink: extras.link };
  }
}
