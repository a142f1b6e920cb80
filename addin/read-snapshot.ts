/// <reference types="office-js" />
/**
 * Reads the active sheet (A1 to the last used cell: values, formulas, number formats) and the meta
 * sheet. Normal sheets: one batch, one sync. When the first batch is too big for Excel on the web
 * (payload error), or an earlier read measured the sheet as big, it reads the size first and then
 * row chunks of at most REQUEST_BYTE_BUDGET, sized from the bytes per row it measures as it goes.
 */
import type { HostCallOptions } from '../shared/host/host';
import type { CellValue } from '../shared/sheet/cell-value';
import { rangeAddress } from '../shared/sheet/a1';
import type { FormulaCell, SheetSnapshot } from '../shared/sheet/snapshot';
import { fromExcel } from './excel-values';
import { FIRST_BLOCK_ROWS, jsonBytes, READ_BYTES_PER_CELL } from '../shared/host/request-budget';
import { subject } from '../shared/host/step-actions';
import { abortError } from '../shared/host/abort';
import { isItemNotFound, isPayloadTooLarge, stepError } from './host-errors';
import { META_SHEET, readMetaRows } from '../shared/host/meta-sheet';
import { snapshotFromParts } from '../shared/sheet/snapshot-parts';

const CELL_PROPS = 'values,formulas,numberFormat,rowCount';
/** Rows further down may be longer than those measured so far. */
const SAFETY = 1.1;

export interface ReadSettings {
  byteBudget: number;
  /** Bytes per row measured by earlier reads, by sheet name (a host lives as long as its pane). */
  bytesPerRow: Map<string, number>;
  /** The sheet read last: its size sizes the next first batch, before the active sheet's name is known. */
  lastSheet?: string;
}

interface Grid {
  values: CellValue[][];
  formulas: FormulaCell[];
  formats: unknown[][];
}

function checkAbort(call: HostCallOptions): void {
  if (call.signal?.aborted) throw abortError();
}

/** Appends a chunk of Range data (top row `firstRow`) to the grid. */
function addRows(
  grid: Grid,
  firstRow: number,
  range: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] },
): void {
  range.values.forEach((row, i) => {
    const formats = range.numberFormat[i] ?? [];
    grid.values.push(row.map((raw, j) => fromExcel(raw, formats[j])));
    grid.formats.push(formats);
    (range.formulas[i] ?? []).forEach((formula, j) => {
      if (typeof formula === 'string' && formula.startsWith('='))
        grid.formulas.push({ row: firstRow + i, col: j + 1, formula });
    });
  });
}

function measure(range: { values: unknown; formulas: unknown; numberFormat: unknown }): number {
  return jsonBytes(range.values) + jsonBytes(range.formulas) + jsonBytes(range.numberFormat);
}

/** Syncs one chunk, halving its rows while Excel says the response is too big. */
async function readChunk<T>(
  context: Excel.RequestContext,
  rows: number,
  queue: (rows: number) => T,
): Promise<{ rows: number; result: T }> {
  for (;;) {
    const result = queue(rows);
    try {
      await context.sync();
      return { rows, result };
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      rows = Math.max(1, Math.floor(rows / 2));
    }
  }
}

/** Reads rows `from`..`to` of `columns` columns in chunks that fit the budget. */
async function readRows(
  context: Excel.RequestContext,
  load: (first: number, last: number) => { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] },
  span: { from: number; to: number; bytesPerRow: number },
  settings: ReadSettings,
  call: HostCallOptions,
  onRows: (first: number, data: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] }) => void,
): Promise<number> {
  let bytesPerRow = span.bytesPerRow;
  let row = span.from;
  while (row <= span.to) {
    checkAbort(call);
    const want = Math.max(1, Math.min(span.to - row + 1, Math.floor(settings.byteBudget / Math.max(1, bytesPerRow))));
    const { rows, result } = await readChunk(context, want, (n) => load(row, row + n - 1));
    onRows(row, result);
    bytesPerRow = (measure(result) / rows) * SAFETY;
    row += rows;
    call.onProgress?.({ done: row - 1, total: span.to });
  }
  return bytesPerRow;
}

export async function readSheet(
  context: Excel.RequestContext,
  settings: ReadSettings,
  call: HostCallOptions = {},
): Promise<SheetSnapshot> {
  // First batch: size, meta, and (speculatively) the first rows. Retries drop what Excel refused.
  let withMeta = true;
  let firstRows = FIRST_BLOCK_ROWS;
  const known = settings.lastSheet !== undefined ? settings.bytesPerRow.get(settings.lastSheet) : undefined;
  if (known) firstRows = Math.max(1, Math.min(firstRows, Math.floor(settings.byteBudget / known)));
  for (;;) {
    checkAbort(call);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const bounds = sheet.getRange('A1').getBoundingRect(sheet.getUsedRange(true));
    bounds.load('rowCount,columnCount');
    let block: Excel.Range | null = null;
    if (firstRows > 0) {
      block = bounds.getIntersection(sheet.getRange(`1:${firstRows}`));
      block.load(CELL_PROPS);
    }
    let meta: { sheet: Excel.Worksheet; range: Excel.Range } | null = null;
    if (withMeta) {
      const metaSheet = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
      const range = metaSheet.getRange('A1').getBoundingRect(metaSheet.getUsedRange(true));
      range.load(firstRows > 0 ? 'values,rowCount,columnCount' : 'rowCount,columnCount');
      meta = { sheet: metaSheet, range };
    }
    try {
      await context.sync();
    } catch (error) {
      if (withMeta && isItemNotFound(error))
        withMeta = false; // no meta sheet, and Excel refused the chained call
      else if (firstRows > 0 && isPayloadTooLarge(error)) firstRows = 0;
      else throw stepError('read', 'read', [{ subject: subject.of('activeSheet') }], error);
      continue;
    }
    return finishRead(
      context,
      { sheet, bounds, block, meta: meta && !meta.sheet.isNullObject ? meta.range : null },
      settings,
      call,
    );
  }
}

interface FirstBatch {
  sheet: Excel.Worksheet;
  bounds: Excel.Range;
  block: Excel.Range | null;
  /** The meta sheet's used range (values loaded when the block was), or null without a meta sheet. */
  meta: Excel.Range | null;
}

async function finishRead(
  context: Excel.RequestContext,
  first: FirstBatch,
  settings: ReadSettings,
  call: HostCallOptions,
): Promise<SheetSnapshot> {
  const { sheet, bounds, block, meta } = first;
  const grid: Grid = { values: [], formulas: [], formats: [] };
  const name = sheet.name;
  const rowCount = bounds.rowCount;
  const columns = bounds.columnCount;
  let bytesPerRow = settings.bytesPerRow.get(name) ?? columns * READ_BYTES_PER_CELL;
  let rowsRead = 0;
  if (block) {
    addRows(grid, 1, block);
    rowsRead = block.rowCount;
    if (rowsRead > 0) bytesPerRow = (measure(block) / rowsRead) * SAFETY;
  }
  try {
    if (rowsRead < rowCount) {
      bytesPerRow = await readRows(
        context,
        (firstRow, lastRow) => {
          const range = sheet.getRange(rangeAddress(firstRow, 1, lastRow, columns));
          range.load(CELL_PROPS);
          return range;
        },
        { from: rowsRead + 1, to: rowCount, bytesPerRow },
        settings,
        call,
        (firstRow, data) => addRows(grid, firstRow, data),
      );
    }
    settings.bytesPerRow.set(name, bytesPerRow);
    settings.lastSheet = name;
    const metaValues = meta ? (block ? meta.values : await readMetaValues(context, meta, settings, call)) : [];
    return toSnapshot(name, grid, readMetaRows(metaValues));
  } catch (error) {
    throw stepError('read', 'read', [{ subject: subject.of('namedSheet', { sheet: name }) }], error);
  }
}

async function readMetaValues(
  context: Excel.RequestContext,
  meta: Excel.Range,
  settings: ReadSettings,
  call: HostCallOptions,
): Promise<unknown[][]> {
  const values: unknown[][] = [];
  const sheet = context.workbook.worksheets.getItem(META_SHEET);
  const columns = meta.columnCount;
  await readRows(
    context,
    (first, last) => {
      const range = sheet.getRange(rangeAddress(first, 1, last, columns));
      range.load('values');
      return {
        get values() {
          return range.values;
        },
        formulas: [],
        numberFormat: [],
      };
    },
    { from: 1, to: meta.rowCount, bytesPerRow: columns * READ_BYTES_PER_CELL },
    settings,
    { signal: call.signal }, // progress is about the customer sheet's rows
    (_first, data) => {
      for (const row of data.values) values.push(row);
    },
  );
  return values;
}

function toSnapshot(name: string, grid: Grid, meta: Record<string, string>): SheetSnapshot {
  const blank = grid.values.length === 1 && grid.values[0]!.every((v) => v === null) && grid.formulas.length === 0;
  const columnFormats = grid.formats[1]?.map((f) => (typeof f === 'string' && f !== 'General' ? f : null));
  return snapshotFromParts({ name, values: blank ? [] : grid.values, formulas: grid.formulas, columnFormats, meta });
}
