/**
 * A SpreadsheetHost over an in-memory workbook (plan/apply-plan.ts, the reference host): the
 * browser demo's workbook and the UI tests' host. It keeps Excel's notion of an active sheet and
 * a selected cell, and tells listeners after every change so a grid can re-render.
 */
import { applyPlanReporting, findSheet, snapshotOf, type MemoryWorkbook } from '../plan/apply-plan';
import type { Plan } from '../plan/plan';
import type { SheetSnapshot } from '../sheet/snapshot';
import { abortError } from './abort';
import {
  HostError,
  type ApplyResult,
  type HostCallOptions,
  type HostCapabilities,
  type HostEnvironment,
  type ReadOptions,
  type SpreadsheetHost,
} from './host';

export interface CellSelection {
  sheet: string;
  row: number;
  col: number;
}

/** Everything a view of the workbook needs; replaced (never mutated) on every change. */
export interface MemoryHostState {
  workbook: MemoryWorkbook;
  activeSheet: string;
  selection: CellSelection | null;
}

export interface MemoryHostOptions {
  environment?: HostEnvironment;
  /** Cells moved per simulated request: reads and writes bigger than this report progress in steps. */
  maxCellsPerRequest?: number;
  /** Plays a host that lacks some capabilities (the parts it skips are reported, as a real host's). */
  capabilities?: Partial<Omit<HostCapabilities, 'maxCellsPerRequest'>>;
}

export interface MemoryHost extends SpreadsheetHost {
  state(): MemoryHostState;
  subscribe(listener: () => void): () => void;
  activateSheet(name: string): void;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createMemoryHost(workbook: MemoryWorkbook, options: MemoryHostOptions = {}): MemoryHost {
  const environment: HostEnvironment = options.environment ?? { locale: 'en-US', theme: 'light' };
  const capabilities: HostCapabilities = {
    dataValidation: true,
    conditionalFormats: true,
    hiddenSheets: true,
    filter: true,
    // The in-memory host is the browser demo's workbook: the page can always offer a file.
    fileDownload: true,
    ...options.capabilities,
    maxCellsPerRequest: options.maxCellsPerRequest ?? 50_000,
  };
  const first = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
  let state: MemoryHostState = { workbook, activeSheet: first?.name ?? '', selection: null };
  const listeners = new Set<() => void>();
  const update = (next: Partial<MemoryHostState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  /** Walks `rows` rows in request-sized steps, yielding between them like a real host's round trips. */
  async function chunked(rows: number, width: number, call: HostCallOptions = {}): Promise<void> {
    const step = Math.max(1, Math.floor(capabilities.maxCellsPerRequest / Math.max(1, width)));
    if (call.signal?.aborted) throw abortError();
    if (rows <= step) return;
    for (let done = 0; done < rows; done += step) {
      call.onProgress?.({ done, total: rows });
      await pause();
      if (call.signal?.aborted) throw abortError();
    }
    call.onProgress?.({ done: rows, total: rows });
  }

  return {
    capabilities,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activateSheet(name) {
      if (!findSheet(state.workbook, name))
        throw new HostError('switching sheets', `The workbook has no sheet "${name}".`, undefined, {
          key: 'sheetMissing',
          params: { sheet: name },
        });
      update({ activeSheet: name });
    },
    async environment() {
      return environment;
    },
    async readSnapshot(call?: ReadOptions): Promise<SheetSnapshot> {
      const sheet = findSheet(state.workbook, call?.sheet ?? state.activeSheet);
      if (!sheet && call?.sheet !== undefined) throw HostError.fixed('read', 'sheetMissing', { sheet: call.sheet });
      if (!sheet) throw HostError.fixed('read', 'noSheets');
      await chunked(sheet.values.length, sheet.values[0]?.length ?? 0, call);
      return snapshotOf(state.workbook, sheet.name);
    },
    async sheetNames(): Promise<string[]> {
      return state.workbook.sheets.filter((s) => !s.hidden).map((s) => s.name);
    },
    async applyPlan(plan: Plan, call?: HostCallOptions): Promise<ApplyResult> {
      let next: ReturnType<typeof applyPlanReporting>;
      try {
        next = applyPlanReporting(state.workbook, plan, { verify: true, capabilities });
      } catch (error) {
        throw new HostError('writing the changes', error instanceof Error ? error.message : String(error), error);
      }
      await chunked(plan.edits.length + plan.insertRows.length + plan.deleteRows.length, 1, {
        onProgress: call?.onProgress,
      });
      // A deleted active sheet hands over to the plan's own sheet, as a spreadsheet shows another one.
      const active = findSheet(next.workbook, state.activeSheet) ? state.activeSheet : plan.sheet;
      update({ workbook: next.workbook, activeSheet: active });
      return { skipped: next.skipped };
    },
    async selectCell(sheet: string, row: number, col: number): Promise<void> {
      if (!findSheet(state.workbook, sheet)) throw HostError.fixed('select', 'sheetMissing', { sheet });
      update({ activeSheet: sheet, selection: { sheet, row, col } });
    },
  };
}
