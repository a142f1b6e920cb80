/**
 * The Google Sheets host as the sidebar sees it: a SpreadsheetHost whose every method is one or
 * more calls to the Apps Script server (appsscript/server/index.ts). Big sheets are read in row
 * chunks and big plans applied in pieces (plan-pieces.ts), with progress after each call.
 */
import { abortError } from '../../shared/host/abort';
import {
  HostError,
  type ApplyResult,
  type HostCallOptions,
  type HostCapabilities,
  type HostEnvironment,
  type ReadOptions,
  type SpreadsheetHost,
} from '../../shared/host/host';
import { isEmptyPlan, type Plan } from '../../shared/plan/plan';
import { planToJson, reviveDate } from '../../shared/plan/plan-json';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { ExtrasCell, FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';
import { snapshotFromParts } from '../../shared/sheet/snapshot-parts';
import { formulaGuard, formulaGuardError } from '../../shared/plan/execute-plan';
import { MAX_CELLS_PER_CALL, type ReadChunk, type WireCell } from '../server/protocol';
import { splitPlan } from './plan-pieces';
import { footprintKeeping } from '../../shared/history/row-footprints';
import { createServerCall, type ServerCall } from './server';

export interface SheetsHostOptions {
  /** Defaults to google.script.run, promisified. */
  server?: ServerCall;
  /** Cells per call (reads and plan pieces); at most MAX_CELLS_PER_CALL. */
  maxCellsPerCall?: number;
}

function checkAbort(options: HostCallOptions): void {
  if (options.signal?.aborted) throw abortError();
}

function revive(cell: WireCell): CellValue {
  return reviveDate(cell) as CellValue;
}

export function createSheetsHost(options: SheetsHostOptions = {}): SpreadsheetHost {
  const server = options.server ?? createServerCall();
  const maxCells = Math.max(1, Math.min(MAX_CELLS_PER_CALL, options.maxCellsPerCall ?? MAX_CELLS_PER_CALL));
  const capabilities: HostCapabilities = {
    dataValidation: true,
    conditionalFormats: true,
    hiddenSheets: true,
    filter: true,
    // The sidebar is a sandboxed iframe whose downloads Google does not promise: the export sheet is the file.
    fileDownload: false,
    maxCellsPerRequest: maxCells,
  };

  return {
    capabilities,

    environment(): Promise<HostEnvironment> {
      return server('environment');
    },

    async readSnapshot(call: ReadOptions = {}): Promise<SheetSnapshot> {
      checkAbort(call);
      const first = await server('readSnapshot', {
        ...(call.sheet ? { sheet: call.sheet } : {}),
        firstRow: 1,
        maxCells,
      });
      const values: CellValue[][] = [];
      const formulas: FormulaCell[] = [];
      const extras: ExtrasCell[] = [];
      let columnFormats: (string | null)[] | undefined;
      const add = (chunk: ReadChunk) => {
        for (const row of chunk.values) values.push(row.map(revive));
        for (const [row, col, formula] of chunk.formulas) formulas.push({ row, col, formula });
        if (chunk.extras) extras.push(...chunk.extras);
        if (chunk.columnFormats) columnFormats = chunk.columnFormats;
      };
      add(first);
      const total = first.lastRow;
      while (values.length < total) {
        call.onProgress?.({ done: values.length, total });
        checkAbort(call);
        const chunk = await server('readSnapshot', {
          sheet: first.sheet,
          firstRow: values.length + 1,
          lastRow: first.lastRow,
          lastColumn: first.lastColumn,
          maxCells,
          ...(columnFormats ? { columnFormats } : {}),
        });
        if (chunk.values.length === 0)
          throw HostError.fixed('read', 'noRowsReturned', { row: values.length + 1, sheet: first.sheet });
        add(chunk);
      }
      if (total > 0) call.onProgress?.({ done: total, total });
      const { sheet: name, meta = {}, view, rules } = first;
      return snapshotFromParts({ name, values, formulas, columnFormats, meta, extras, view, rules });
    },

    sheetNames(): Promise<string[]> {
      return server('sheetNames');
    },

    async applyPlan(plan: Plan, call: HostCallOptions = {}): Promise<ApplyResult> {
      const result: ApplyResult = { skipped: [] }; // Sheets can do every part
      if (isEmptyPlan(plan)) return result;
      checkAbort(call);
      const pieces = splitPlan(plan, maxCells);
      const cells = plan.edits.map((e): [number, number] => [e.row, e.col]);
      // A plan in several calls is checked whole first: a formula found half-way could not be undone.
      const checks = pieces.length > 1 && cells.length > 0 ? Math.ceil(cells.length / maxCells) : 0;
      const total = checks + pieces.length;
      if (checks > 0) {
        // Edits of rows the plan inserts must not land on a formula the insert restores.
        const { hit } = formulaGuard(plan, 'columnSpans');
        if (hit) throw formulaGuardError(plan.sheet, hit);
        const insertedRows = plan.insertRows.map((r) => r.row);
        for (let i = 0; i < checks; i++) {
          await server('checkEdits', {
            sheet: plan.sheet,
            cells: cells.slice(i * maxCells, (i + 1) * maxCells),
            insertedRows,
          });
          call.onProgress?.({ done: i + 1, total });
        }
      }
      // Cancelling stops before the first write only: a half-applied plan could not be undone.
      checkAbort(call);
      // The first piece that moves rows reads around all the deleted ones first (before any row moves:
      // a header lift inserts before it deletes), and keeps what the deletes take.
      const keeping = footprintKeeping(plan);
      const keeps = pieces.findIndex((piece) => piece.deleteRows.length > 0 || piece.insertRows.length > 0);
      for (const [index, piece] of pieces.entries()) {
        if (keeping && index === keeps) await server('applyPlan', planToJson(piece), keeping);
        else await server('applyPlan', planToJson(piece));
        if (total > 1) call.onProgress?.({ done: checks + index + 1, total });
      }
      return result;
    },

    async selectCell(sheet: string, row: number, col: number): Promise<void> {
      await server('selectCell', sheet, row, col);
    },
  };
}
