/**
 * The file host: .xlsx (exceljs) and CSV files in, a plan applied, a new file out.
 *   readWorkbookFile(path, {sheet?}) → LoadedWorkbook   (FileInputError for any bad input)
 *   applyPlanToWorkbook(loaded, plan, {verify?})         (PlanApplyError / Error for a bad plan)
 *   readSnapshot(loaded)                                  (the sheet after plans, for the next step)
 *   writeWorkbookFile(loaded, outPath) → WriteResult      (.xlsx, .csv or .tsv by extension)
 *   newWorkbook(sheetName) → LoadedWorkbook               (for `custodian template`)
 *   createProgress({enabled, label, stream})              (stderr progress)
 * Limits: formats cover the used rows plus ROW_MARGIN, validations plus VALIDATION_MARGIN; defined names, tables and
 * array-formula ranges do not follow inserted/deleted rows; CSV outputs keep values only.
 */
export { FileInputError, isFileInputError, type FileInputErrorCode } from './file-input-error';
export type { LoadedWorkbook } from './loaded-workbook';
export type { CsvFormat, LineEnding } from './read-csv';
export type { TextEncoding } from './decode-text';
export { readWorkbookFile, readSnapshot, sheetNameForFile, type ReadOptions } from './read-workbook';
export { applyPlanToWorkbook, type ApplyOptions } from './apply-plan-to-workbook';
export { ROW_MARGIN } from './apply-formatting';
export { writeWorkbookFile, outputFormatOf, type OutputFormat, type WriteResult } from './write-workbook';
export { formatCsv, neutraliseFormula } from '../../shared/sheet/csv-text';
export { newWorkbook } from './new-workbook';
export { META_SHEET } from './meta-sheet';
export { createProgress, type ProgressOptions, type ProgressReporter, type ProgressStream } from './progress';
