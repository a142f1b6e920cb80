/**
 * Custodian's protection in an .xlsx (exceljs): sheet protection without a password that still allows
 * formatting, sorting, filtering and inserting rows, the header row and the ID column locked and every
 * other cell unlocked. Locking is a cell style, so cells in use get it cell by cell (sharing one style
 * object per original style, to keep memory flat on big sheets) and columns get it as their default,
 * which Excel and LibreOffice give cells typed later. exceljs itself writes through the protection.
 */
import type ExcelJS from 'exceljs';
import type { Protection, ProtectionAreas } from '../plan/plan';
import { isLocked } from '../plan/protection';
import { styleKey } from './xlsx-formatting';

/** Columns past the used ones that get an unlocked default too, so a user can add a column of their own. */
const SPARE_COLUMNS = 20;

type Style = Partial<ExcelJS.Style>;

function styleWith(cache: Map<Style, Style>, style: Style, locked: boolean): Style {
  if (style.protection?.locked === locked) return style;
  let next = cache.get(style);
  if (!next) cache.set(style, (next = { ...style, protection: { ...style.protection, locked } }));
  return next;
}

/** The sheet's protection as exceljs keeps it (its typings leave it out), or null when it has none. */
export function sheetProtectionOf(sheet: ExcelJS.Worksheet): Record<string, unknown> | null {
  return (sheet as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection ?? null;
}

/** The locked and unlocked version of each style, shared by the cells that had it. */
export class ProtectionStyles {
  private readonly locked = new Map<Style, Style>();
  private readonly unlocked = new Map<Style, Style>();

  with(style: Style, locked: boolean): Style {
    return styleWith(locked ? this.locked : this.unlocked, styleKey(style), locked);
  }
}

/** Columns' default (typed-later cells): locked for the locked columns, unlocked for the rest and SPARE_COLUMNS more. */
export function protectColumns(
  sheet: ExcelJS.Worksheet,
  areas: ProtectionAreas,
  usedColumns: number,
  styles: ProtectionStyles,
): number {
  const width = Math.max(usedColumns, ...areas.cols) + SPARE_COLUMNS;
  for (let col = 1; col <= width; col++) {
    const column = sheet.getColumn(col);
    column.style = styles.with(column.style ?? {}, areas.cols.includes(col));
  }
  return width;
}

/**
 * Every cell with a value or a style of its own in rows `first` to `last`: an empty cell formatted
 * for new customers (a date or phone column's rows below the list) has a style that would otherwise
 * say nothing of locking, and Excel locks such a cell, so no one could type a new row there. A cell
 * the sheet does not hold takes its column's default (protectColumns), so none is made: exceljs's
 * `includeEmpty` would make every cell left of a row's last, six million at 300,000 rows.
 */
export function lockCells(
  sheet: ExcelJS.Worksheet,
  areas: ProtectionAreas,
  styles: ProtectionStyles,
  first: number,
  last: number,
): void {
  for (let r = first; r <= last; r++) {
    const row = sheet.findRow(r) as unknown as { _cells: (ExcelJS.Cell | undefined)[] } | undefined;
    row?._cells.forEach((cell, i) => {
      if (cell) cell.style = styles.with(cell.style ?? {}, isLocked(areas, r, i + 1));
    });
  }
}

/** The header rows, empty cells too, across `width` columns. */
export function lockHeader(
  sheet: ExcelJS.Worksheet,
  areas: ProtectionAreas,
  width: number,
  styles: ProtectionStyles,
): void {
  for (let row = 1; row <= areas.headerRows; row++)
    for (let col = 1; col <= width; col++) {
      const cell = sheet.getCell(row, col);
      cell.style = styles.with(cell.style ?? {}, true);
    }
}

export function protectSheet(sheet: ExcelJS.Worksheet): void {
  // Synchronous despite the promise: without a password exceljs only sets the options.
  void sheet.protect('', {
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    sort: true,
    autoFilter: true,
    insertRows: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
  });
}

export function applyProtection(sheet: ExcelJS.Worksheet, protection: Protection): void {
  if ('remove' in protection) {
    sheet.unprotect();
    return;
  }
  const areas = { headerRows: protection.headerRows, cols: protection.cols };
  const styles = new ProtectionStyles();
  const width = protectColumns(sheet, areas, sheet.columnCount, styles);
  lockCells(sheet, areas, styles, 1, sheet.rowCount);
  lockHeader(sheet, areas, width, styles);
  protectSheet(sheet);
}
