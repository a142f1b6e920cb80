/**
 * Which sheet of a workbook to govern: the one named (always), else the visible sheet whose headers
 * look most like a customer list (the first on a tie), so an instructions sheet in front of the
 * list is passed over. Custodian's own sheets (meta, archive, log) are never chosen by default.
 */
import type ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../sheet/snapshot';
import { customerListScore, type CustomerListScore } from '../operations/customer-list';
import { resolveContext } from '../operations/options';
import type { Template } from '../template/schema';
import { displayName, fileError } from './file-input-error';
import { readSheetSample } from './read-worksheet';
import { isCustodianSheet } from './workbook-meta';

export interface SheetChoice {
  /** The visible sheets that could be governed, in workbook order (one for a CSV file). */
  readonly sheets: readonly string[];
  /** Named by the user (--sheet), or chosen because its headers look most like a customer list. */
  readonly by: 'option' | 'headers';
  /** Whether the chosen sheet's headers name a customer (ID, name, phone, email or company); true when named, whose word wins. */
  readonly customerList: boolean;
}

/** Rows below the header sampled to judge a sheet (the header mapping samples as many). */
const JUDGE_ROWS = 2000;

/** How much a sheet's headers look like a customer list. */
export function judgeSheet(snapshot: SheetSnapshot, template: Template | undefined): CustomerListScore {
  const context = resolveContext(snapshot, template ? { template } : {});
  return customerListScore(context.mapping, context.template);
}

function sheetEntries(workbook: ExcelJS.Workbook, meta: Record<string, string> | undefined) {
  return workbook.worksheets
    .filter((s) => !isCustodianSheet(s.name, meta))
    .map((s) => ({ name: s.name, hidden: s.state !== 'visible' }));
}

export function chooseSheet(
  workbook: ExcelJS.Workbook,
  file: string,
  meta: Record<string, string> | undefined,
  options: { sheet?: string; template?: Template },
): { sheet: ExcelJS.Worksheet; choice: SheetChoice } {
  const sheets = workbook.worksheets;
  const wanted = options.sheet;
  const candidates = sheets.filter((s) => (s.state ?? 'visible') === 'visible' && !isCustodianSheet(s.name, meta));
  const name = displayName(file);
  if (wanted !== undefined) {
    const found =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (found)
      return { sheet: found, choice: { sheets: candidates.map((s) => s.name), by: 'option', customerList: true } };
    const params = { file: name, sheet: wanted, sheets: sheetEntries(workbook, meta) };
    throw fileError('sheet.notFound', { key: 'sheetNotFound', params }, file);
  }
  if (candidates.length === 0) {
    const params = { file: name, sheets: sheetEntries(workbook, meta) };
    throw fileError('sheet.notFound', { key: 'noVisibleSheet', params }, file);
  }
  const judge = (sheet: ExcelJS.Worksheet) =>
    judgeSheet(
      { name: sheet.name, values: readSheetSample(sheet, JUDGE_ROWS), ...(meta ? { meta } : {}) },
      options.template,
    );
  let best = candidates[0];
  let bestScore = judge(best);
  for (const sheet of candidates.slice(1)) {
    const score = judge(sheet);
    if (score.score > bestScore.score) [best, bestScore] = [sheet, score];
  }
  return {
    sheet: best,
    choice: { sheets: candidates.map((s) => s.name), by: 'headers', customerList: bestScore.identifying > 0 },
  };
}
