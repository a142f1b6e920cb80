/**
 * Custodian's protection in an .xlsx (exceljs): sheet protection without a password that still allows
 * formatting, sorting, filtering and inserting rows, the header row and the ID column locked and every
 * other cell unlocked. Locking is a cell style, so cells in use get it cell by cell (sharing one style
 * object per original style, to keep memory flat on big sheets) and columns get it as their default,
 * which Excel and LibreOffice give cells typed later. exceljs itself writes through the protection.
 */
import type ExcelJS from 'exceljs';
import type { Protection } from '../plan/plan';
import { isLocked } from '../plan/protection';

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

export function applyProtection(sheet: ExcelJS.Worksheet, protection: Protection): void {
  if ('remove' in protection) {
    sheet.unprotect();
    return;
  }
  const areas = { headerRows: protection.headerRows, cols: protection.cols };
  const width = Math.max(sheet.columnCount, ...protection.cols) + SPARE_COLUMNS;
  const locked = new Map<Style, Style>();
  const unlocked = new Map<Style, Style>();
  for (let col = 1; col <= width; col++) {
    const column = sheet.getColumn(col);
    const lock = areas.cols.includes(col);
    column.style = styleWith(lock ? locked : unlocked, column.style ?? {}, lock);
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const lock = isLocked(areas, rowNumber, col);
      cell.style = styleWith(lock ? locked : unlocked, cell.style ?? {}, lock);
    });
  });
  for (let row = 1; row <= areas.headerRows; row++)
    for (let col = 1; col <= width; col++) {
      const cell = sheet.getCell(row, col);
      cell.style = styleWith(locked, cell.style ?? {}, true);
    }
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
