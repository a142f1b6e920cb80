/** An empty one-sheet workbook (for `custodian template`), ready for a setup plan and writing. */
import ExcelJS from 'exceljs';
import type { LoadedWorkbook } from './loaded-workbook';

export function newWorkbook(sheetName: string): LoadedWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Custodian';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName);
  return {
    path: null,
    displayName: sheet.name,
    kind: 'xlsx',
    workbook,
    sheetName: sheet.name,
    snapshot: { name: sheet.name, values: [], columnFormats: [], meta: {} },
  };
}
