/// <reference types="office-js" />
/**
 * The Excel host: the one place that calls `Excel.run`. Reading and applying live in
 * read-snapshot.ts and excel-apply.ts; this file wires them to the SpreadsheetHost interface and
 * answers environment questions from `Office.context`. Outside Office (tests, the contract suite)
 * pass `run` and `office` from an emulator.
 */
import {
  type ApplyResult,
  type HostCallOptions,
  type HostCapabilities,
  type HostEnvironment,
  type ReadOptions,
  type SpreadsheetHost,
} from '../shared/host/host';
import { toLocale } from '../shared/i18n/locale';
import type { Plan } from '../shared/plan/plan';
import { cellAddress } from '../shared/sheet/a1';
import type { SheetSnapshot } from '../shared/sheet/snapshot';
import { applyPlanToWorkbook } from './excel-apply';
import { stepError } from './host-errors';
import { readSheet, readSubject, type ReadSettings } from './read-snapshot';
import { READ_BYTES_PER_CELL, REQUEST_BYTE_BUDGET } from '../shared/host/request-budget';
import type { HostStepKey } from '../shared/host/host-steps';
import { subject, type StepActionKey, type StepSubject } from '../shared/host/step-actions';
import { isDarkColor } from '../shared/host/theme';
import { META_SHEET } from '../shared/host/meta-sheet';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of `Office` the host reads. */
export interface OfficeLike {
  context: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string } | null;
    requirements?: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /** Office.PlatformType: 'OfficeOnline' for Excel on the web. */
    platform?: unknown;
  };
}

export interface ExcelHostOptions {
  /** Defaults to the global `Excel.run`. */
  run?: ExcelRun;
  /** Defaults to the global `Office`. */
  office?: OfficeLike;
  /** Bytes per request before the host syncs and continues (tests make this small). */
  requestByteBudget?: number;
}

export function createExcelHost(options: ExcelHostOptions = {}): SpreadsheetHost {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const office = (): OfficeLike => options.office ?? Office;
  const byteBudget = options.requestByteBudget ?? REQUEST_BYTE_BUDGET;
  const capabilities: HostCapabilities = {
    dataValidation: true,
    conditionalFormats: true,
    hiddenSheets: true,
    // AutoFilter needs ExcelApi 1.9; Excel 2019 (1.8) keeps the sheet without a filter, and says so.
    get filter() {
      return office().context.requirements?.isSetSupported('ExcelApi', '1.9') ?? false;
    },
    // Highlights paint several areas with one rule (RangeAreas, ExcelApi 1.9): Excel 2019 says it cannot.
    get highlights() {
      return office().context.requirements?.isSetSupported('ExcelApi', '1.9') ?? false;
    },
    // Desktop Excel's task pane webview has no download manager; Excel on the web runs in a browser.
    get fileDownload() {
      return office().context.platform === 'OfficeOnline';
    },
    get cellLinks() {
      return office().context.requirements?.isSetSupported('ExcelApi', '1.9') ?? false;
    },
    get formulaCells() {
      return office().context.requirements?.isSetSupported('ExcelApi', '1.9') ?? false;
    },
    get mergedCells() {
      return office().context.requirements?.isSetSupported('ExcelApi', '1.13') ?? false;
    },
    get cellNotes() {
      return office().context.requirements?.isSetSupported('ExcelApi', '1.18') ?? false;
    },
    maxCellsPerRequest: Math.floor(byteBudget / READ_BYTES_PER_CELL),
  };
  const readSettings: ReadSettings = { byteBudget, bytesPerRow: new Map(), capabilities };

  return {
    capabilities,

    async environment(): Promise<HostEnvironment> {
      const context = office().context;
      return {
        locale: toLocale(context.displayLanguage),
        theme: isDarkColor(context.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light',
      };
    },

    readSnapshot(call?: ReadOptions): Promise<SheetSnapshot> {
      return runStep(run, 'read', [readSubject(call?.sheet)], (context) => readSheet(context, readSettings, call));
    },

    sheetNames(): Promise<string[]> {
      return runStep(run, 'read', [], async (context) => {
        const sheets = context.workbook.worksheets.load('items/name,items/visibility');
        await context.sync();
        return sheets.items.filter((s) => s.visibility === 'Visible' && s.name !== META_SHEET).map((s) => s.name);
      });
    },

    applyPlan(plan: Plan, call?: HostCallOptions): Promise<ApplyResult> {
      return runStep(run, 'prepare', [], (context) =>
        applyPlanToWorkbook(context, plan, { byteBudget, capabilities }, call),
      );
    },

    selectCell(sheet: string, row: number, col: number): Promise<void> {
      const address = cellAddress(row, col);
      return runStep(run, 'select', [subject.of('cell', { cell: address, sheet })], async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      });
    },
  };
}

/** Runs a batch; anything that escapes it (Excel.run itself failing, a bug) still becomes a HostError. */
async function runStep<T>(
  run: ExcelRun,
  step: HostStepKey & StepActionKey,
  about: StepSubject[],
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await run(batch);
  } catch (error) {
    throw stepError(
      step,
      step === 'prepare' ? 'apply' : step,
      about.map((s) => ({ subject: s })),
      error,
    );
  }
}
