/// <reference types="office-js" />
/**
 * Reads the active sheet (A1 to the last used cell: values, formulas, number formats, and where Excel
 * can, links and notes) and the meta sheet. Normal sheets: one batch, one sync (one more for where the
 * notes are). When the first batch is too big for Excel on the web (payload error), or an earlier read
 * measured the sheet as big, it reads the size first and then
 * row chunks of at most REQUEST_BYTE_BUDGET, sized from the bytes per row it measures as it goes.
 */
import type { HostCallOptions, HostCapabilities, ReadOptions } from '../shared/host/host';
import type { CellValue } from '../shared/sheet/cell-value';
import { MAX_SHEET_ROWS, rangeAddress } from '../shared/sheet/a1';
import type { FormulaCell, SheetSnapshot } from '../shared/sheet/snapshot';
import { frozenPanes, headerLook, sheetViewOf } from '../shared/host/sheet-view';
import { ownRuleFromExcel, ruleSpans, type ExcelReadRule } from '../shared/host/excel-rules';
import { RULE_COLUMN_MARGIN } from '../shared/sheet/own-rules';
import { fromExcel } from './excel-values';
import { FIRST_BLOCK_ROWS, jsonBytes, READ_BYTES_PER_CELL } from '../shared/host/request-budget';
import { subject } from '../shared/host/step-actions';
import { throwIfAborted } from '../shared/host/abort';
import { measuredBytesPerRow, readInChunks, type ChunkSource } from '../shared/host/chunked-read';
import { isItemNotFound, isPayloadTooLarge, stepError } from './host-errors';
import { META_SHEET, readMetaRows } from '../shared/host/meta-sheet';
import { snapshotFromParts } from '../shared/sheet/snapshot-parts';
import { extrasFromGrids, linkOf, type NoteAt } from '../shared/host/cell-extras-grid';

const CELL_PROPS = 'values,formulas,numberFormat,rowCount';

export interface ReadSettings {
  byteBudget: number;
  /** Bytes per row measured by earlier reads, by sheet name (a host lives as long as its pane). */
  bytesPerRow: Map<string, number>;
  /** The sheet read last: its size sizes the next first batch, before the active sheet's name is known. */
  lastSheet?: string;
  capabilities: HostCapabilities;
}

interface Grid {
  values: CellValue[][];
  formulas: FormulaCell[];
  formats: unknown[][];
  links: (string | undefined)[][];
}

/** Rows read at once: their range, and their cells' links where asked for and Excel can give them (ExcelApi 1.9). */
interface Chunk {
  range: Excel.Range;
  cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

function chunkOf(range: Excel.Range, settings: ReadSettings | null): Chunk {
  return { range, cells: settings?.capabilities.cellLinks ? range.getCellProperties({ hyperlink: true }) : null };
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

function measure({ range, cells }: Chunk): number {
  return jsonBytes(range.values) + jsonBytes(range.formulas) + jsonBytes(range.numberFormat) + jsonBytes(cells?.value);
}

/** Row chunks of a sheet `columns` wide, each one Range read of `props` (with links given `settings`), synced by the context. */
function rangeChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  columns: number,
  props: string,
  bytes: (chunk: Chunk) => number,
  settings: ReadSettings | null,
): ChunkSource<Chunk> {
  return {
    queue: (first, last) => chunkOf(sheet.getRange(rangeAddress(first, 1, last, columns)).load(props), settings),
    send: () => context.sync(),
    tooLarge: isPayloadTooLarge,
    bytes,
  };
}

/** What a failed read names: the active sheet, or the sheet asked for. */
export function readSubject(sheet: string | undefined) {
  return sheet === undefined ? subject.of('activeSheet') : subject.of('namedSheet', { sheet });
}

export async function readSheet(
  context: Excel.RequestContext,
  settings: ReadSettings,
  call: ReadOptions = {},
): Promise<SheetSnapshot> {
  // First batch: size, meta, and (speculatively) the first rows. Retries drop what Excel refused.
  let withMeta = true;
  let firstRows = FIRST_BLOCK_ROWS;
  const named = call.sheet ?? settings.lastSheet;
  const known = named !== undefined ? settings.bytesPerRow.get(named) : undefined;
  if (known) firstRows = Math.max(1, Math.min(firstRows, Math.floor(settings.byteBudget / known)));
  for (;;) {
    throwIfAborted(call.signal);
    const { worksheets } = context.workbook;
    const sheet = call.sheet === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(call.sheet);
    sheet.load('name');
    const bounds = sheet.getRange('A1').getBoundingRect(sheet.getUsedRange(true));
    bounds.load('rowCount,columnCount');
    let block: Chunk | null = null;
    if (firstRows > 0)
      block = chunkOf(bounds.getIntersection(sheet.getRange(`1:${firstRows}`)).load(CELL_PROPS), settings);
    const notes = settings.capabilities.cellNotes ? sheet.notes.load('items/content') : null;
    // The sheet's own freeze and filter, so undoing set up gives them back (ExcelApi 1.7; the filter 1.9).
    const frozen = sheet.freezePanes.getLocationOrNullObject().load('rowCount,columnCount');
    const filter = settings.capabilities.filter ? sheet.autoFilter.getRangeOrNullObject().load(VIEW_PROPS) : null;
    const look = settings.capabilities.cellLinks ? bounds.getRow(0).getCellProperties(HEADER_LOOK) : null;
    // Where the sheet has rules at entry (ExcelApi 1.9, as cell properties): their rules take one more sync.
    const rules = settings.capabilities.cellLinks
      ? sheet.getRange().getSpecialCellsOrNullObject('DataValidations').load('address')
      : null;
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
      else throw stepError('read', 'read', [{ subject: readSubject(call.sheet) }], error);
      continue;
    }
    return finishRead(
      context,
      {
        sheet,
        bounds,
        block,
        notes,
        view: { frozen, filter, look, rules },
        meta: meta && !meta.sheet.isNullObject ? meta.range : null,
      },
      settings,
      call,
    );
  }
}

interface FirstBatch {
  sheet: Excel.Worksheet;
  bounds: Excel.Range;
  block: Chunk | null;
  notes: Excel.NoteCollection | null;
  view: {
    frozen: Excel.Range;
    filter: Excel.Range | null;
    look: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
    rules: Excel.RangeAreas | null;
  };
  /** The meta sheet's used range (values loaded when the block was), or null without a meta sheet. */
  meta: Excel.Range | null;
}

async function finishRead(
  context: Excel.RequestContext,
  first: FirstBatch,
  settings: ReadSettings,
  call: ReadOptions,
): Promise<SheetSnapshot> {
  const { sheet, bounds, block, meta } = first;
  const grid: Grid = { values: [], formulas: [], formats: [], links: [] };
  const addChunk = (row: number, { range, cells }: Chunk) => {
    addRows(grid, row, range);
    if (settings.capabilities.cellLinks)
      cells?.value.forEach((r) => grid.links.push(r.map((c) => linkOf(c.hyperlink))));
  };
  const name = sheet.name;
  const rowCount = bounds.rowCount;
  const columns = bounds.columnCount;
  let bytesPerRow = settings.bytesPerRow.get(name) ?? columns * READ_BYTES_PER_CELL;
  let rowsRead = 0;
  if (block) {
    addChunk(1, block);
    rowsRead = block.range.rowCount;
    bytesPerRow = measuredBytesPerRow(measure(block), rowsRead, bytesPerRow);
  }
  try {
    if (rowsRead < rowCount) {
      bytesPerRow = await readInChunks(
        rangeChunks(context, sheet, columns, CELL_PROPS, measure, settings),
        { from: rowsRead + 1, to: rowCount, bytesPerRow, byteBudget: settings.byteBudget },
        call,
        addChunk,
      );
    }
    const notes = settings.capabilities.cellNotes && first.notes ? await readNotes(context, first.notes) : [];
    settings.bytesPerRow.set(name, bytesPerRow);
    settings.lastSheet = name;
    const metaValues = meta ? (block ? meta.values : await readMetaValues(context, meta, settings, call)) : [];
    const snapshot = toSnapshot(name, grid, readMetaRows(metaValues), notes);
    const header =
      settings.capabilities.cellLinks && snapshot.values.length > 0
        ? first.view.look?.value[0]?.map(({ format: f }) => headerLook(f?.fill?.color, f?.font?.bold))
        : undefined;
    const { frozen, filter } = first.view;
    const view = sheetViewOf(frozenPanes(frozen), filter && !filter.isNullObject ? filter : null, header);
    const rules = await readRules(context, sheet, first.view.rules, columns, settings);
    return { ...snapshot, ...(view ? { view } : {}), ...(rules.length > 0 ? { rules } : {}) };
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
  await readInChunks(
    rangeChunks(context, sheet, columns, 'values', ({ range }) => jsonBytes(range.values), null),
    { from: 1, to: meta.rowCount, bytesPerRow: columns * READ_BYTES_PER_CELL, byteBudget: settings.byteBudget },
    { signal: call.signal }, // progress is about the customer sheet's rows
    (_first, { range }) => range.values.forEach((row) => values.push(row)),
  );
  return values;
}

/**
 * The rule of each column run of the areas with rules, in one sync; none without rules. Without
 * ExcelApi 1.9 (no getSpecialCells) each column's rule from row 2 down: a column whose rows differ is reported.
 */
async function readRules(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  areas: Excel.RangeAreas | null,
  columns: number,
  settings: ReadSettings,
) {
  let spans = Array.from({ length: columns + RULE_COLUMN_MARGIN }, (_, i) => ({
    col: i + 1,
    firstRow: 2,
    lastRow: MAX_SHEET_ROWS,
  }));
  if (settings.capabilities.cellLinks) spans = areas && !areas.isNullObject ? ruleSpans(areas.address) : [];
  if (spans.length === 0) return [];
  const props = 'type,rule,ignoreBlanks,errorAlert,prompt';
  const read = spans.map((s) =>
    sheet.getRange(rangeAddress(s.firstRow, s.col, s.lastRow, s.col)).dataValidation.load(props),
  );
  await context.sync();
  return spans.flatMap((span, i) => ownRuleFromExcel(span, read[i] as unknown as ExcelReadRule) ?? []);
}

/** Where each note sits (ExcelApi 1.18): one sync whatever their number, none without notes. */
async function readNotes(context: Excel.RequestContext, notes: Excel.NoteCollection): Promise<NoteAt[]> {
  const at = notes.items.map((note) => note.getLocation().load('rowIndex,columnIndex'));
  if (at.length > 0) await context.sync();
  return notes.items.map((note, i) => ({ row: at[i]!.rowIndex + 1, col: at[i]!.columnIndex + 1, note: note.content }));
}

const VIEW_PROPS = 'rowIndex,columnIndex,rowCount,columnCount';
const HEADER_LOOK = { format: { fill: { color: true }, font: { bold: true } } };

function toSnapshot(name: string, grid: Grid, meta: Record<string, string>, notes: NoteAt[]): SheetSnapshot {
  const blank = grid.values.length === 1 && grid.values[0]!.every((v) => v === null) && grid.formulas.length === 0;
  const columnFormats = grid.formats[1]?.map((f) => (typeof f === 'string' && f !== 'General' ? f : null));
  const values = blank ? [] : grid.values;
  // Extras even when there are none: this host reads them, so the rows a merge removes carry their formats.
  const extras = extrasFromGrids({ ...grid, values, notes, columnFormats });
  return { ...snapshotFromParts({ name, values, formulas: grid.formulas, columnFormats, meta }), extras };
}
