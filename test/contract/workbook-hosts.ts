/**
 * The hosts of the contract suite seeded with a whole workbook rather than one sheet: several sheets
 * with formulas, merged cells and defined names, and read back as each host holds them (formulas of
 * any sheet without their "=", merged ranges, names as their ranges), for tests of what a plan does
 * around the rows it deletes. The in-memory host has no merged cells or names.
 */
import ExcelJS from 'exceljs';
import type { SpreadsheetHost } from '../../shared/host/host';
import { createMemoryHost } from '../../shared/host/memory-host';
import { emptySheet, findSheet } from '../../shared/plan/apply-plan';
import { a1Of } from '../appsscript/emulator/range';
import type { CellValue } from '../../shared/sheet/cell-value';
import { columnLetter } from '../../shared/sheet/a1';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { readSnapshot } from '../../cli/io/read-workbook';
import type { LoadedWorkbook } from '../../cli/io/loaded-workbook';
import { definedNamesOf } from '../../shared/files/defined-names';
import { mergesOf } from '../../shared/files/exceljs-gaps';
import { ExcelEmulator } from '../addin/excel-emulator';
import { formatAddress, parseAddress } from '../addin/emulator-model';
import { hostFor } from '../addin/helpers';
import { createEmulator } from '../appsscript/emulator/services';
import { buildGas, loadServer, readDist, scriptRun } from '../appsscript/gas-runtime';
import { client } from '../appsscript/sidebar-modules';

export interface SeedSheet {
  name: string;
  values: CellValue[][];
  /** Formulas by A1 address, with "=" (the values hold their results). */
  formulas?: Record<string, string>;
  /** Merged ranges (A1). */
  merges?: string[];
  /** The filter's range (A1). */
  filter?: string;
}

export interface SeedWorkbook {
  /** The first sheet is the list, and the active one. */
  sheets: SeedSheet[];
  /** Workbook names over ranges: name -> "Sheet!$A$2:$B$9". */
  names?: Record<string, { sheet: string; range: string }>;
}

export interface WorkbookUnderTest {
  host: SpreadsheetHost;
  /** Formulas of a sheet by A1 address, without "=". */
  formulas(sheet: string): Record<string, string>;
  /** Merged ranges of a sheet, sorted; undefined where the host has none to speak of. */
  merges?(sheet: string): string[];
  /** Each name's range, sheet-qualified, as the host writes it; undefined where the host has no names. */
  names?(): Record<string, string>;
  /** The sheet's filter range (A1), or null; undefined where the host's filter does not follow rows. */
  filter?(sheet: string): string | null;
  /** The sheet's filter range (A1), or null; undefined where the host's filter does not follow rows. */
  filter?(sheet: string): string | null;
  /** A person typing a formula (with "=") into a cell. */
  type(sheet: string, address: string, formula: string): void;
}

export type WorkbookFactory = (seed: SeedWorkbook) => WorkbookUnderTest;

const bare = (formulas: Record<string, string>) =>
  Object.fromEntries(Object.entries(formulas).map(([a, f]) => [a, f.replace(/^=/, '')]));

export const memoryWorkbook: WorkbookFactory = (seed) => {
  const sheets = seed.sheets.map((s) => {
    const sheet = emptySheet(s.name);
    const width = Math.max(...s.values.map((r) => r.length));
    sheet.values = s.values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
    sheet.formulas = { ...s.formulas };
    return sheet;
  });
  const host = createMemoryHost({ sheets, meta: {} });
  return {
    host,
    formulas: (name) => bare(findSheet(host.state().workbook, name)?.formulas ?? {}),
    type: (name, address, formula) => void (findSheet(host.state().workbook, name)!.formulas[address] = formula),
  };
};

export const excelWorkbook: WorkbookFactory = (seed) => {
  // ExcelApi 1.13: merged areas can be read (Excel 2021, Microsoft 365).
  const excel = new ExcelEmulator({ apiVersion: 1.13 });
  for (const s of seed.sheets) {
    excel.addSheet(s.name, s.values, { formulas: s.formulas ?? {}, merged: s.merges ?? [] });
    if (s.filter) excel.sheet(s.name).autoFilter = parseAddress(s.filter);
  }
  for (const [name, { sheet, range }] of Object.entries(seed.names ?? {})) excel.addName(name, `=${sheet}!${range}`);
  return {
    host: hostFor(excel),
    formulas: (name) => bare(excel.formulas(name)),
    merges: (name) => excel.merged(name).sort(),
    names: () => Object.fromEntries(excel.names.map((n) => [n.name, n.formula.replace(/^=/, '')])),
    filter: (name) => {
      const rect = excel.sheet(name).autoFilter;
      return rect ? formatAddress(rect) : null;
    },
    type: (name, address, formula) => {
      const { r0, c0 } = parseAddress(address);
      const sheet = excel.sheet(name);
      sheet.setCell(r0, c0, { ...(sheet.cell(r0, c0) ?? { value: null }), formula });
    },
  };
};

export const fileWorkbook: WorkbookFactory = (seed) => {
  const workbook = new ExcelJS.Workbook();
  for (const s of seed.sheets) {
    const ws = workbook.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const [address, formula] of Object.entries(s.formulas ?? {}))
      ws.getCell(address).value = { formula: formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    for (const range of s.merges ?? []) ws.mergeCells(range);
    if (s.filter) ws.autoFilter = s.filter;
  }
  for (const [name, { sheet, range }] of Object.entries(seed.names ?? {}))
    workbook.definedNames.add(`${sheet}!${range}`, name);
  const list = seed.sheets[0]!.name;
  const base = { path: null, displayName: list, kind: 'xlsx' as const, workbook, sheetName: list };
  const loaded: LoadedWorkbook = { ...base, snapshot: readSnapshot(base) };
  const host: SpreadsheetHost = {
    capabilities: {
      dataValidation: true,
      conditionalFormats: true,
      hiddenSheets: true,
      filter: true,
      maxCellsPerRequest: Number.MAX_SAFE_INTEGER,
      fileDownload: false,
    },
    environment: async () => ({ locale: 'zh-CN', theme: 'light' }),
    readSnapshot: async (options) => readSnapshot({ ...loaded, sheetName: options?.sheet ?? list }),
    sheetNames: async () => workbook.worksheets.map((w) => w.name),
    applyPlan: async (plan) => applyPlanToWorkbook(loaded, plan),
    selectCell: async () => undefined,
  };
  return {
    host,
    formulas: (name) => {
      const out: Record<string, string> = {};
      workbook.getWorksheet(name)?.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) out[cell.address] = cell.formula;
        }),
      );
      return out;
    },
    merges: (name) =>
      mergesOf(workbook.getWorksheet(name)!)
        .map((m) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`)
        .sort(),
    names: () => Object.fromEntries(definedNamesOf(workbook).map((n) => [n.name, n.ranges.join(',')])),
    filter: (name) => {
      const filter = workbook.getWorksheet(name)!.autoFilter;
      return typeof filter === 'string' ? filter : null;
    },
    type: (name, address, formula) =>
      void (workbook.getWorksheet(name)!.getCell(address).value = {
        formula: formula.replace(/^=/, ''),
      } as ExcelJS.CellFormulaValue),
  };
};

let code: string | null = null;

export const sheetsWorkbook: WorkbookFactory = (seed) => sheetsWorkbookWithCalls(seed);

/** The Sheets host sending at most `maxCellsPerCall` cells per server call (a plan in several pieces). */
export function sheetsWorkbookWithCalls(seed: SeedWorkbook, maxCellsPerCall?: number): WorkbookUnderTest {
  if (code === null) {
    buildGas({ sidebar: false });
    code = readDist('Code.js');
  }
  const emulator = createEmulator();
  seed.sheets.forEach((s, i) => emulator.addSheet(s.name, s.values, { formulas: s.formulas ?? {}, active: i === 0 }));
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  for (const s of seed.sheets) {
    for (const range of s.merges ?? []) spreadsheet.getSheetByName(s.name)!.getRange(range).merge();
    if (s.filter) spreadsheet.getSheetByName(s.name)!.getRange(s.filter).createFilter();
  }
  for (const [name, { sheet, range }] of Object.entries(seed.names ?? {}))
    spreadsheet.setNamedRange(name, spreadsheet.getSheetByName(sheet)!.getRange(range.replace(/\$/g, '')));
  const server = loadServer(code, emulator);
  return {
    host: client.createSheetsHost({
      server: client.createServerCall(scriptRun(server).run),
      ...(maxCellsPerCall ? { maxCellsPerCall } : {}),
    }),
    formulas: (name) => bare(emulator.formulasOf(name)),
    merges: (name) =>
      emulator.book
        .sheet(name)!
        .merges.map((m) => a1Of(m))
        .sort(),
    names: () =>
      Object.fromEntries(
        emulator.book.namedRanges.map((n) => [n.name, n.range ? `${n.range.sheet.name}!${a1Of(n.range)}` : '#REF!']),
      ),
    filter: (name) => {
      const filter = emulator.book.sheet(name)!.filter;
      return filter ? a1Of(filter) : null;
    },
    type: (name, address, formula) => {
      const { r0, c0 } = parseAddress(address);
      emulator.book.sheet(name)!.at(r0, c0).formula = formula;
    },
  };
}
