/**
 * A Chinese 客户台账 written as .xlsx, cleaned, reported (`report --json`), and its analysis sheet
 * recalculated by LibreOffice: what the analysis-sheet tests compare.
 */
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { INSIGHTS_LABELS } from '../../shared/insights/labels';
import type { InsightsReport } from '../../shared/insights';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run } from '../cli/run';
import { readXlsx, writeXlsx } from '../cli/fixtures';
import { resaveWithLibreOffice } from '../support/libreoffice';

export async function recalculatedLedger(
  dir: string,
  ledger: CellValue[][],
  today: readonly string[],
): Promise<{ report: InsightsReport; sheet: ExcelJS.Worksheet; words: (typeof INSIGHTS_LABELS)['zh-CN'] }> {
  await writeXlsx(join(dir, 'ledger.xlsx'), ledger, { sheet: '客户台账' });
  expect((await run(['clean', 'ledger.xlsx', '-o', 'ledger-clean.xlsx', ...today], dir)).code).toBe(0);
  const report = JSON.parse(
    (await run(['report', 'ledger-clean.xlsx', '--json', ...today], dir)).stdout,
  ) as InsightsReport;
  const resaved = resaveWithLibreOffice(join(dir, 'ledger-clean.xlsx'), join(dir, 'lo'), join(dir, 'lo-profile'));
  const words = INSIGHTS_LABELS['zh-CN'];
  const sheet = (await readXlsx(resaved)).getWorksheet(words.sheetName)!;
  return { report, sheet, words };
}
