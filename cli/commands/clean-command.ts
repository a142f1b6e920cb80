/**
 * `custodian clean FILE -o OUT`: sets the sheet up as the governed template, cleans every fixable
 * value, gives every row a customer ID, and writes the result to OUT. The input is never modified.
 */
import { parseArgs } from 'node:util';
import { resolveContext } from '../../shared/operations/options';
import { planSetup } from '../../shared/operations/setup';
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import { planClean, type CleanSummary } from '../../shared/operations/clean';
import { errorsLeft, type ErrorsLeft } from '../../shared/operations/clean-errors-left';
import { FILE_BACKUP_CELL_LIMIT } from '../../shared/history/backup';
import { EXIT } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { readSnapshot, readWorkbookFile, requireCustomerList } from '../io/read-workbook';
import { outputFormatOf, writeWorkbookFile, type OutputFormat, type WriteResult } from '../io/write-workbook';
import { writeMemoryWorkbookFile } from '../io/write-memory-workbook';
import { applyPlanToCsvWorkbook, csvSnapshotOf, csvWorkbook } from '../../shared/files/csv-workbook';
import { findSheet } from '../../shared/plan/apply-plan';
import { readCellStyles } from '../xlsx-styles';
import type { StreamedWorkbook } from '../../shared/files/xlsx-memory-workbook';
import type { LeftOutPart } from '../../shared/files/xlsx-sheet-look';
import type { Plan } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { isCustodianSheet, readMeta } from '../../shared/files/workbook-meta';
import { createProgress, progressLabel } from '../progress';
import type { LoadedWorkbook } from '../io/loaded-workbook';
import type { OperationOptions } from '../../shared/operations/options';
import { inputPath, outputPath } from './input-path';
import { formatSheetChoice, formatStrayQuotes } from './check-command';
import { withMapOption } from '../map-option';
import { cellText } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import { cleanWords, type CleanWords } from './clean-words';
import { liftHeaderFirst } from './lift-header-first';
import { tablesOver } from '../../shared/files/exceljs-tables';
import { MAX_SHEET_COLUMNS } from '../../shared/sheet/a1';
import { DROP_MACROS_OPTION } from '../io/macro-loss';
import { hiddenLinesNote } from './hidden-words';

export async function cleanCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      sheet: { type: 'string' },
      locale: { type: 'string' },
      template: { type: 'string' },
      today: { type: 'string' },
      map: { type: 'string' },
      ...DROP_MACROS_OPTION,
    },
  });
  const file = inputPath(positionals, io, 'clean');
  const out = outputPath(values.output, io, 'clean');
  const options = operationOptions(values);
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    template: options.template,
    csvSnapshotOnly: true,
    streamLargeXlsx: { readCellStyles },
    liftHeader: true,
    output: { path: out, dropMacros: values['drop-macros'] },
  });
  requireCustomerList(loaded);
  // Said before cleaning changes the values it quotes.
  const strayQuotes = formatStrayQuotes(loaded, resolveContext(loaded.snapshot, options).locale);
  // A CSV is cleaned in memory and streamed out: no exceljs workbook of it is built.
  const output = outputFormatOf(out);
  const target =
    loaded.kind === 'csv'
      ? csvTarget(loaded, output)
      : loaded.streamed
        ? streamedTarget(loaded, loaded.streamed, output)
        : workbookTarget(loaded, output);
  const report = await cleanWorkbook(loaded, withMapOption(options, values.map, loaded.snapshot), io, target);
  const written = await target.write(out);
  const kept = written.droppedSheets.filter((name) => !isCustodianSheet(name, target.meta()));
  io.stdout.write(formatSheetChoice(loaded.sheetName, loaded.sheetChoice, cleanWords(report.locale).sheetChoice));
  io.stdout.write(strayQuotes);
  const leftOut = written.format === 'xlsx' ? (loaded.streamed?.leftOut ?? []) : [];
  const tables = written.format === 'xlsx' ? tablesOverHeader(loaded) : [];
  io.stdout.write(
    formatCleanSummary(loaded.displayName, out, report, {
      format: written.format,
      droppedSheets: kept,
      leftOut,
      ...(written.guardedCells ? { guardedCells: written.guardedCells } : {}),
      ...(tables.length > 0 ? { tables } : {}),
    }),
  );
  // An .xlsx output keeps them hidden; a CSV shows them like any other row.
  if (written.format === 'csv') io.stdout.write(hiddenLinesNote(loaded, report.locale, 'csv', '  '));
  return EXIT.ok;
}

/** The Excel tables over the cleaned list's header row (an .xlsx read whole: a streamed one keeps none). */
function tablesOverHeader(loaded: LoadedWorkbook): string[] {
  if (loaded.kind !== 'xlsx' || loaded.streamed) return [];
  const sheet = loaded.workbook.getWorksheet(loaded.sheetName);
  return sheet ? tablesOver(sheet, { top: 1, left: 1, bottom: 1, right: MAX_SHEET_COLUMNS }) : [];
}

export interface CleanReport {
  /** The language the sheet was cleaned in: the summary speaks it too. */
  locale: Locale;
  columnsAdded: string[];
  headersRenamed: number;
  dropdowns: number;
  summary: CleanSummary;
  /**
   * What `custodian check` of the output will still call errors; the summary says all is valid only
   * when there are none (absent: not checked, and the summary says nothing of validity).
   */
  errorsLeft?: ErrorsLeft;
  /** What moving the header up to row 1 said (the title taken out), when it was below a title. */
  lifted?: string;
}

/**
 * Where clean's plans go and what is written: the loaded exceljs workbook, or a CSV's in-memory one.
 * What is canonical follows the output, whatever the input: an .xlsx holds real dates and numbers
 * (ISO date text in a date column becomes a date cell), a CSV text (ISO text is the date).
 */
export interface CleanTarget {
  /** What is written: an .xlsx keeps the history, a CSV values only. */
  readonly output: OutputFormat;
  apply(plan: Plan): void;
  /** The governed sheet as the plans so far left it, as the output holds it. */
  read(): SheetSnapshot;
  write(out: string): Promise<WriteResult>;
  meta(): Record<string, string> | undefined;
}

export function workbookTarget(loaded: LoadedWorkbook, output: OutputFormat = 'xlsx'): CleanTarget {
  return {
    output,
    apply: (plan) => void applyPlanToWorkbook(loaded, plan, { textOnly: output === 'csv' }),
    read: () => readSnapshot(loaded, output),
    write: (out) => writeWorkbookFile(loaded, out),
    meta: () => readMeta(loaded.workbook),
  };
}

/** A CSV's sheet changed in place (its snapshot's rows are the sheet's) and streamed out. */
export function csvTarget(loaded: LoadedWorkbook, output: OutputFormat): CleanTarget {
  let workbook = csvWorkbook(loaded.snapshot);
  return {
    output,
    apply: (plan) => void (workbook = applyPlanToCsvWorkbook(workbook, plan, output)),
    read: () => csvSnapshotOf(workbook, loaded.sheetName, output),
    write: (out) => writeMemoryWorkbookFile(loaded, workbook, out),
    meta: () => workbook.meta,
  };
}

/**
 * An .xlsx too large for exceljs, streamed into memory (shared/files/xlsx-memory-workbook.ts): plans
 * change its sheets in place, as a CSV's, and it is streamed out with each cell's style as read.
 */
export function streamedTarget(loaded: LoadedWorkbook, streamed: StreamedWorkbook, output: OutputFormat): CleanTarget {
  let workbook = streamed.workbook;
  const { styles, sheets } = streamed.looks;
  const look = sheets.get(loaded.sheetName);
  // The format a cell was read with: its own style's, else its column's.
  const readWith = (row: number, col: number): string | undefined => {
    const values = findSheet(workbook, loaded.sheetName)?.values[row - 1];
    const id = (values && look?.cellStyles.get(values)?.[col - 1]) || look?.columns.get(col)?.style;
    return id ? styles[id]?.numFmt : undefined;
  };
  return {
    output,
    apply: (plan) => void (workbook = applyPlanToCsvWorkbook(workbook, plan, output, readWith)),
    read: () => csvSnapshotOf(workbook, loaded.sheetName, output, readWith),
    write: (out) => writeMemoryWorkbookFile(loaded, workbook, out),
    meta: () => workbook.meta,
  };
}

/** Setup, then clean on the sheet as setup left it (new columns, IDs), applied to the target (by default the loaded workbook). */
export async function cleanWorkbook(
  loaded: LoadedWorkbook,
  options: OperationOptions,
  io: CliStreams,
  target: CleanTarget = workbookTarget(loaded),
): Promise<CleanReport> {
  const progress = createProgress({
    enabled: true,
    label: progressLabel('cleaning', resolveContext(loaded.snapshot, options).locale),
    stream: io.stderr,
  });
  const { snapshot, lifted } = liftHeaderFirst(loaded, options, target.output, target);
  // The phones read as check reads the list given: the labels setup appends could change the list's script.
  const given = resolveContext(snapshot, options);
  const phones = readPhoneSheet(snapshot.values, given.mapping, given.template, snapshot);
  const setup = planSetup(snapshot, options);
  const width = snapshot.values[0]?.length ?? 0;
  target.apply(setup.plan);
  const columnsAdded = setup.plan.edits.filter((e) => e.row === 1 && e.col > width).map((e) => String(e.after));
  const headersRenamed = setup.plan.edits.filter((e) => e.row === 1 && e.col <= width).length;
  const idsBySetup = setup.plan.edits.filter((e) => e.reason === 'id.missing').length;

  // Setup and clean move no row: a CSV row read as misaligned stays so, left as typed and counted.
  const { misalignedRows } = snapshot;
  const read = (): SheetSnapshot => (misalignedRows ? { ...target.read(), misalignedRows } : target.read());
  const { plan, summary } = planClean(read(), {
    ...options,
    locale: setup.locale,
    phones,
    backupCellLimit: FILE_BACKUP_CELL_LIMIT,
    onProgress: (p) => progress.update(p.done, p.total),
  });
  target.apply(plan);
  progress.finish();
  // Check reads the cleaned sheet as it reads the output file: what it still calls an error, the summary
  // counts. A second pass over a large sheet would cost a third of clean's time again: there the summary
  // points to check instead of counting.
  const cleaned = read();
  let left: ErrorsLeft | undefined;
  if (countsErrorsLeft(cleaned)) {
    const checking = createProgress({
      enabled: true,
      label: progressLabel('checking', setup.locale),
      stream: io.stderr,
    });
    left = errorsLeft(cleaned, {
      ...options,
      locale: setup.locale,
      onProgress: (p) => checking.update(p.done, p.total),
    });
    checking.finish();
  }
  if (idsBySetup > 0) {
    summary.byReason['id.missing'] = (summary.byReason['id.missing'] ?? 0) + idsBySetup;
    summary.changes += idsBySetup;
  }
  const dropdowns = setup.plan.validations.length;
  return {
    locale: setup.locale,
    columnsAdded,
    headersRenamed,
    dropdowns,
    summary,
    ...(left ? { errorsLeft: left } : {}),
    ...(lifted ? { lifted } : {}),
  };
}

/** What the output file is: a CSV keeps values only, so the summary says what it left out. */
export interface CleanOutput {
  format: OutputFormat;
  /** The user's other sheets a CSV output could not hold (Custodian's own sheets not listed). */
  droppedSheets: readonly string[];
  /** What a streamed .xlsx's output lacks (xlsx-sheet-look.ts). */
  leftOut?: readonly LeftOutPart[];
  /** CSV only: text cells written with a leading ' (see csv-text.ts). */
  guardedCells?: number;
  /** The Excel tables over the list's header: their filter buttons serve instead of a sheet filter. */
  tables?: readonly string[];
}

export function formatCleanSummary(
  input: string,
  out: string,
  report: CleanReport,
  output: CleanOutput = { format: 'xlsx', droppedSheets: [] },
): string {
  const { summary } = report;
  const words = cleanWords(report.locale);
  const lines = [words.cleaned(input, out)];
  if (report.lifted) lines.push(`  ${report.lifted}`);
  lines.push(`  ${words.changed(summary.rows, summary.changes)}`);
  for (const [reason, count] of Object.entries(summary.byReason).sort((a, b) => b[1] - a[1])) {
    lines.push(`    ${String(count).padStart(6)}  ${words.reason(reason)}`);
  }
  lines.push(...renumberedLines(summary, words));
  if (report.columnsAdded.length > 0) lines.push(`  ${words.columnsAdded(report.columnsAdded)}`);
  if (report.headersRenamed > 0) lines.push(`  ${words.headersRenamed(report.headersRenamed)}`);
  if (output.format === 'xlsx') {
    lines.push(`  ${words.xlsxKept(report.dropdowns, output.tables)}`);
  } else {
    lines.push(...words.csvLeavesOut.map((line) => `  ${line}`));
    if (output.guardedCells) lines.push(`  ${words.formulasGuarded(output.guardedCells)}`);
    if (output.droppedSheets.length > 0) lines.push(`  ${words.droppedSheets(output.droppedSheets)}`);
  }
  if (output.leftOut?.length) lines.push(`  ${words.streamedLeavesOut(output.leftOut)}`);
  if (output.format === 'xlsx' && summary.backup.written === false && summary.backup.why === 'tooLarge')
    lines.push(`  ${words.noBackup(summary.backup.cells, summary.backup.limit)}`);
  if (summary.unfixable > 0) lines.push(`  ${words.unfixable(summary.unfixable)}`);
  const left = report.errorsLeft;
  if (left && left.total > 0) lines.push(`  ${words.errorsLeft(left)}`);
  else if (left && summary.unfixable === 0) lines.push(`  ${words.allValid}`);
  else if (!left && summary.unfixable === 0) lines.push(`  ${words.errorsNotCounted}`);
  return `${lines.join('\n')}\n`;
}

/** Cells of a cleaned sheet up to which the summary counts what check of the output will report (100,000 rows of 20 columns). */
export const ERRORS_LEFT_CELL_LIMIT = 2_000_000;

/** Whether the summary counts the errors left: a second pass of check over a sheet this size is cheap. */
export function countsErrorsLeft(sheet: SheetSnapshot, limit = ERRORS_LEFT_CELL_LIMIT): boolean {
  let cells = 0;
  for (const row of sheet.values) if ((cells += row.length) > limit) return false;
  return true;
}

/** Renumbered IDs the summary lists; the log sheet lists up to 20 and the output file holds them all. */
const LISTED_RENUMBERS = 10;

function renumberedLines(summary: CleanSummary, words: CleanWords): string[] {
  if (summary.renumbered.length === 0) return [];
  const lines = summary.renumbered
    .slice(0, LISTED_RENUMBERS)
    .map((r) => `      ${words.renumbered(r.row, cellText(r.from).trim(), r.to, r.firstRow)}`);
  if (summary.renumbered.length > LISTED_RENUMBERS)
    lines.push(`      ${words.moreRenumbered(summary.renumbered.length - LISTED_RENUMBERS)}`);
  lines.push(`      ${words.renumberedHint}`);
  return lines;
}
