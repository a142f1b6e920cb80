/// <reference types="office-js" />
/**
 * Auto-govern in Excel: while the task pane is open and the workbook's switch is on, each change a
 * person makes on the customer sheet (`worksheet.onChanged`, ExcelApi 1.7) is read back (just the
 * changed rows, the header and meta: one sync), planned by the core (operations/entry.ts) and
 * written through the host's applyPlan in one batch. Events are handled one at a time so two quick
 * edits never get the same ID. Custodian's own writes raise events too; planning the rows it just
 * wrote finds nothing left to do, so they end there (no loop). Co-authors' edits (source Remote)
 * are governed by their own task pane.
 */
import type { SpreadsheetHost } from '../shared/host/host';
import type { EntryGovernor } from '../shared/host/entry-governor';
import { META_SHEET, readMetaRows } from '../shared/host/meta-sheet';
import { autoGovernedSheet, highestIdNumber, planEntry, type EntryChange } from '../shared/operations/entry';
import { columnNumber, rangeAddress } from '../shared/sheet/a1';
import type { FormulaCell } from '../shared/sheet/snapshot';
import type { ExcelRun, OfficeLike } from './excel-host';
import { fromExcel } from './excel-values';

/** onChanged arrived in ExcelApi 1.7 (Excel 2019 and later). */
export const AUTO_GOVERN_API = { set: 'ExcelApi', version: '1.7' } as const;
/** A paste taller than this is left to Clean: reading it back would be one request too big for an event. */
export const MAX_EVENT_ROWS = 5_000;
/** ID cells per request when the ID column is read once: about 1 MB, well under Excel on the web's 5 MB. */
const ID_CHUNK_ROWS = 100_000;

export interface AutoGovernOptions {
  run: ExcelRun;
  office: OfficeLike;
  host: SpreadsheetHost;
}

interface ChangedArgs {
  address: string;
  changeType: string;
  source: string;
}

export function createAutoGovern(options: AutoGovernOptions): EntryGovernor {
  const { run, host } = options;
  const available =
    options.office.context.requirements?.isSetSupported(AUTO_GOVERN_API.set, AUTO_GOVERN_API.version) ?? false;
  const listening = new Set<string>();
  /** The highest customer-ID number per sheet, once read (new IDs and typed ones keep it current). */
  const highest = new Map<string, number>();
  const listeners = new Set<() => void>();
  let queue: Promise<void> = Promise.resolve();
  let lastError: unknown = null;

  const settled = (error: unknown) => {
    lastError = error;
    for (const listener of listeners) listener();
  };
  const onChanged = (sheet: string) => (args: ChangedArgs) => {
    // An edit that cannot be governed stays as typed; the switch shows why.
    queue = queue.then(() => governChange(run, host, highest, sheet, args)).then(() => settled(null), settled);
    return queue;
  };

  return {
    available,
    async refresh() {
      if (!available) return;
      try {
        const sheet = autoGovernedSheet(await run((context) => readMeta(context)));
        if (!sheet || listening.has(sheet)) return;
        await run(async (context) => {
          context.workbook.worksheets.getItem(sheet).onChanged.add(onChanged(sheet));
          await context.sync();
        });
        listening.add(sheet);
      } catch (error) {
        settled(error); // the switch shows it
      }
    },
    idle: () => queue,
    lastError: () => lastError,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

async function readMeta(context: Excel.RequestContext): Promise<Record<string, string>> {
  const range = context.workbook.worksheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
  range.load('values');
  await context.sync();
  return range.isNullObject ? {} : readMetaRows(range.values);
}

/** Rows of an event's address ("B3", "B3:D5", "3:5"); undefined for whole columns. */
export function changedSpan(
  address: string,
): { firstRow: number; lastRow: number; firstCol?: number; lastCol?: number } | undefined {
  const match = /^(?:.*!)?\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(address.trim());
  if (!match || !match[2]) return undefined;
  const [, c0, r0, c1, r1] = match;
  const firstRow = Number(r0);
  const lastRow = r1 ? Number(r1) : firstRow;
  const cols = c0 ? { firstCol: columnNumber(c0), lastCol: columnNumber(c1 || c0) } : {};
  return { firstRow, lastRow, ...cols };
}

async function governChange(
  run: ExcelRun,
  host: SpreadsheetHost,
  highest: Map<string, number>,
  sheet: string,
  args: ChangedArgs,
): Promise<void> {
  if (args.source === 'Remote' || args.changeType !== 'RangeEdited') return;
  const span = changedSpan(args.address);
  if (!span || span.lastRow - span.firstRow >= MAX_EVENT_ROWS) return;
  const firstRow = Math.max(2, span.firstRow);
  if (span.lastRow < firstRow) return;

  const read = await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const bounds = worksheet.getRange('A1').getBoundingRect(worksheet.getUsedRange(true));
    bounds.load('rowCount,columnCount');
    const metaRange = context.workbook.worksheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
    metaRange.load('values');
    await context.sync();
    const meta = metaRange.isNullObject ? {} : readMetaRows(metaRange.values);
    const lastRow = Math.min(span.lastRow, bounds.rowCount);
    if (autoGovernedSheet(meta) !== sheet || lastRow < firstRow) return undefined;
    const width = bounds.columnCount;
    const header = worksheet.getRange(rangeAddress(1, 1, 1, width));
    header.load('values');
    const rows = worksheet.getRange(rangeAddress(firstRow, 1, lastRow, width));
    rows.load('values,formulas,numberFormat');
    await context.sync();
    return { meta, width, header: header.values[0] ?? [], rows, rowCount: bounds.rowCount };
  });
  if (!read) return;

  const formulas: FormulaCell[] = [];
  const values = read.rows.values.map((row, i) =>
    row.map((raw, j) => {
      const formula: unknown = read.rows.formulas[i]?.[j];
      if (typeof formula === 'string' && formula.startsWith('='))
        formulas.push({ row: firstRow + i, col: j + 1, formula });
      return fromExcel(raw, read.rows.numberFormat[i]?.[j]);
    }),
  );
  const change: EntryChange = {
    sheet,
    header: read.header.map((raw) => fromExcel(raw, null)),
    rows: values.map((row, i) => ({ row: firstRow + i, values: row })),
    ...(span.firstCol ? { firstCol: span.firstCol, lastCol: span.lastCol } : {}),
    formulas,
    columnFormats: (read.rows.numberFormat[0] ?? []).map((f) => (typeof f === 'string' ? f : null)),
    meta: read.meta,
  };
  let result = planEntry({ ...change, highestId: highest.get(sheet) });
  if (result.newIdRows.length > 0 && result.idColumn && !highest.has(sheet)) {
    // The first new customer this session: number it after every ID in the sheet, not only the counter
    // (a typed ID may be higher). Later changes all pass through here, so the highest is kept from then on.
    const { col, prefix } = result.idColumn;
    result = planEntry({ ...change, highestId: await readHighestId(run, sheet, col, prefix, read.rowCount) });
  }
  // Not put back on a failure: the rows written back would raise events and be governed again.
  if (result.plan.edits.length > 0) await host.applyPlan(result.plan, { rollback: false });
  if (result.idColumn && (highest.has(sheet) || result.newIdRows.length > 0)) highest.set(sheet, result.highestId);
}

/** The highest ID number in the column, read in requests of ID_CHUNK_ROWS rows (a request's payload is capped). */
async function readHighestId(run: ExcelRun, sheet: string, col: number, prefix: string, rowCount: number) {
  let highest = 0;
  for (let first = 2; first <= rowCount; first += ID_CHUNK_ROWS) {
    const last = Math.min(rowCount, first + ID_CHUNK_ROWS - 1);
    const values = await run(async (context) => {
      const column = context.workbook.worksheets.getItem(sheet).getRange(rangeAddress(first, col, last, col));
      column.load('values');
      await context.sync();
      return column.values;
    });
    highest = highestIdNumber(
      values.map((row) => fromExcel(row[0], null)),
      prefix,
      highest,
    );
  }
  return highest;
}
