/** Shared set-up for the Excel host tests. */
import { createExcelHost, type ExcelHostOptions } from '../../addin/excel-host';
import { emptyPlan, type Plan } from '../../shared/plan/plan';
import type { SpreadsheetHost } from '../../shared/host/host';
import type { CellValue } from '../../shared/sheet/cell-value';
import { ExcelEmulator } from './excel-emulator';

export function hostFor(excel: ExcelEmulator, options: Omit<ExcelHostOptions, 'run' | 'office'> = {}): SpreadsheetHost {
  return createExcelHost({ run: excel.run, office: excel.office, ...options });
}

export function planFor(sheet: string, parts: Partial<Plan>): Plan {
  return { ...emptyPlan(sheet), ...parts };
}

export const HEADER = ['Customer ID', 'Name', 'Phone', 'Signed up', 'Status'];

/** A customer list of `n` rows under HEADER; column D holds dates (yyyy-mm-dd). */
export function customerRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `C-${String(i).padStart(5, '0')}`,
      `Customer ${i}`,
      `138${String(i).padStart(8, '0')}`,
      new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      i % 2 ? 'Active' : 'Lead',
    ]);
  }
  return rows;
}

export function customerWorkbook(n: number, extra: { meta?: Record<string, string> } = {}): ExcelEmulator {
  const excel = new ExcelEmulator().addSheet('Customers', customerRows(n), {
    columnFormats: [null, null, '@', 'yyyy-mm-dd', null],
  });
  return extra.meta ? excel.addMeta(extra.meta) : excel;
}
