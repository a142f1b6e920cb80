/**
 * A row of exceljs's streaming writer as XML, written directly for the cells clean and export
 * produce (numbers, text, dates, booleans, empty styled cells): exceljs builds a model object per
 * cell and per row and renders each through its XML stream, most of the time of writing a large
 * .xlsx, and of its garbage. The XML is what exceljs writes for them, attribute for attribute;
 * any other row (a formula, a link, rich text, a note, a row of its own height or style) gets
 * undefined and is left to exceljs.
 */
import type ExcelJS from 'exceljs';
import utils from 'exceljs/lib/utils/utils';

/** exceljs's Enums.ValueType. */
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const DATE = 4;
const BOOLEAN = 9;

/** The parts of exceljs's streaming worksheet writer that write a row. */
export interface RowWriter {
  _writeRow(row: ExcelJS.Row): void;
  startedData: boolean;
  stream: { write(text: string): void };
}

/** What the writer hands a row: exceljs's styles table. */
export interface RowStyles {
  addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number;
}

interface RowInternals {
  _cells: (CellInternals | undefined)[];
  number: number;
  height?: number;
  hidden?: boolean;
  outlineLevel?: number;
  collapsed?: boolean;
  style: Partial<ExcelJS.Style>;
}

interface CellInternals {
  col: number;
  address: string;
  type: number;
  value: unknown;
  style: Partial<ExcelJS.Style>;
  _comment?: unknown;
}

export function rowXml(row: ExcelJS.Row, styles: RowStyles): string | undefined {
  const r = row as unknown as RowInternals;
  if (r.height || r.hidden || r.outlineLevel || r.collapsed) return undefined;
  if (styles.addStyleModel(r.style)) return undefined;
  let cells = '';
  let min = 0;
  let max = 0;
  for (const cell of r._cells) {
    if (!cell) continue;
    const type = cell.type;
    if ((type !== NULL && type !== NUMBER && type !== STRING && type !== DATE && type !== BOOLEAN) || cell._comment)
      return undefined;
    if (!min || min > cell.col) min = cell.col;
    if (max < cell.col) max = cell.col;
    const styleId = styles.addStyleModel(cell.style || {}, type);
    if (type === NULL && !styleId) continue;
    cells += `<c r="${cell.address}"${styleId ? ` s="${styleId}"` : ''}`;
    switch (type) {
      case NULL:
        cells += '/>';
        break;
      case NUMBER:
        cells += `><v>${utils.xmlEncode(String(cell.value))}</v></c>`;
        break;
      case STRING:
        cells += ` t="str"><v>${utils.xmlEncode(String(cell.value))}</v></c>`;
        break;
      case DATE:
        cells += `><v>${utils.xmlEncode(String(utils.dateToExcel(cell.value as Date)))}</v></c>`;
        break;
      case BOOLEAN:
        cells += ` t="b"><v>${cell.value ? '1' : '0'}</v></c>`;
        break;
    }
  }
  const spans = min > 0 && max > 0 && min <= max ? ` spans="${min}:${max}"` : '';
  const open = `<row r="${r.number}"${spans} x14ac:dyDescent="0.25"`;
  return cells === '' ? `${open}/>` : `${open}>${cells}</row>`;
}
