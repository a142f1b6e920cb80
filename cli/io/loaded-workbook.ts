/**
 * A file read by the file host: the snapshot the core works on, and the exceljs workbook plans are applied to (a CSV's
 * built on first read, so one code path applies plans; a large .xlsx's never: see `streamed`).
 */
import type ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { SheetChoice } from '../../shared/files/choose-sheet';
import type { CsvFormat } from '../../shared/files/parse-csv';
import type { OpenedSpreadsheet } from '../../shared/files/open-spreadsheet';

export type { SheetChoice };

export interface LoadedWorkbook extends Pick<
  OpenedSpreadsheet,
  'streamed' | 'headerBelow' | 'headerToLift' | 'macros' | 'hidden'
> {
  /** The input file, resolved to an absolute path; null for a workbook made by newWorkbook. */
  readonly path: string | null;
  /** The name to show users: the input's base name (e.g. `customers.xlsx`), or the sheet name. */
  readonly displayName: string;
  /** What the input file held (judged from its bytes, not its extension). */
  readonly kind: 'xlsx' | 'csv';
  readonly workbook: ExcelJS.Workbook;
  /** The sheet being governed; for a CSV file, its base name made into a valid sheet name. */
  readonly sheetName: string;
  /** The sheet as read from the file. Not updated by applyPlanToWorkbook: see readSnapshot. */
  readonly snapshot: SheetSnapshot;
  /** How the CSV input was written (encoding, BOM, delimiter, line ending); absent for xlsx. */
  readonly csv?: CsvFormat;
  /** How the governed sheet was chosen; absent for a workbook made by newWorkbook. */
  readonly sheetChoice?: SheetChoice;
  /** False while a CSV's workbook is not built yet (it is built on first read of `workbook`). */
  readonly workbookBuilt?: boolean;
  /** The user said its macros may be left out of the workbook written (--drop-macros). */
  readonly macrosDropped?: boolean;
}
