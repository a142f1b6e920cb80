/**
 * The file host: .xlsx (exceljs) and CSV files in, a plan applied, a new file out.
 *   readWorkbookFile(path, {sheet?}) → LoadedWorkbook   (FileInputError for any bad input)
 *   applyPlanToWorkbook(loaded, plan, {verify?})         (PlanApplyError / Error for a bad plan)
 *   readSnapshot(loaded)                                  (the sheet after plans, for the next step)
 *   writeWorkbookFile(loaded, outPath) → WriteResult      (.xlsx, .csv or .tsv by extension)
 *   newWorkbook(sheetName) → LoadedWorkbook               (for `custodian template`)
 * Judging and opening the bytes is shared with the demo page (shared/files/).
 * Limits: formats cover the used rows plus ROW_MARGIN, validations plus VALIDATION_MARGIN; array-formula ranges do
 * not follow inserted/deleted rows; CSV outputs keep values only.
 */
export { FileInputError, isFileInputError, type FileInputErrorCode } from '../../shared/files/file-input-error';
export type { LoadedWorkbook } from './loaded-workbook';
export type { CsvFormat, LineEnding } from '../../shared/files/parse-csv';
export type { TextEncoding } from '../../shared/files/decode-text';
export { readWorkbookFile, readSnapshot, sheetNameForFile, type ReadOptions } from './read-workbook';
export { applyPlanToWorkbook, type ApplyOptions } from './apply-plan-to-workbook';
export { ROW_MARGIN } from '../../shared/files/xlsx-formatting';
export { writeWorkbookFile, outputFormatOf, type OutputFormat, type WriteResult } from './write-workbook';
export { formatCsv, neutraliseFormula } from '../../shared/sheet/csv-text';
export { newWorkbook } from './new-workbook';
export { META_SHEET } from '../../shared/files/workbook-meta';
export { createProgress, type ProgressOptions, type ProgressReporter, type ProgressStream } from '../progress';
