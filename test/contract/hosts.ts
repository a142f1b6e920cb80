/**
 * The hosts the contract suite runs against, each seeded with the same sheet and read back the
 * same way: values as text (a date is its yyyy-mm-dd whatever the host stores), formulas by A1.
 */
import ExcelJS from 'exceljs';
import { HostError, type SpreadsheetHost } from '../../shared/host/host';
import { createMemoryHost } from '../../shared/host/memory-host';
import { findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { cellAddress, columnNumber } from '../../shared/sheet/a1';
import { cellText, type CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { HighlightAreas } from '../../shared/plan/plan';
import { highlightIdOf } from '../../shared/plan/highlights';
import { isLocked } from '../../shared/plan/protection';
import { sheetProtectionOf } from '../../shared/files/xlsx-protection';
import { isLockedCell } from '../addin/emulator-protection';
import { conditionalFormattingsOf } from '../../shared/files/exceljs-gaps';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { readSnapshot } from '../../cli/io/read-workbook';
import { readSheetContent } from '../../shared/files/read-worksheet';
import type { LoadedWorkbook } from '../../cli/io/loaded-workbook';
import { ExcelEmulator } from '../addin/excel-emulator';
import { hostFor } from '../addin/helpers';

export interface SheetState {
  values: string[][];
  formulas: Record<string, string>;
}

/** A rule at entry as a person meets it: its column (from row 2), whether a bad value is refused, and the alert (else the hint). */
export interface EntryRuleState {
  col: number;
  strict: boolean;
  text: string;
}

export interface HostUnderTest {
  host: SpreadsheetHost;
  /** A sheet as the host holds it now, or undefined when it has no such sheet. */
  sheet(name: string): SheetState | undefined;
  /** The rules at entry on a sheet's row 2, by column. */
  rules(name: string): EntryRuleState[];
  /** Custodian's highlights on a sheet by id (plan/highlights.ts), read from the host's own rules. */
  highlights(name: string): Record<string, HighlightAreas>;
  /** The cells of rows 1..rows and columns 1..cols a person cannot edit (A1), or null when nothing is protected. */
  locked(name: string, rows: number, cols: number): string[] | null;
}

/** The addresses of a corner of a sheet for which `isLocked` holds. */
export function lockedCells(rows: number, cols: number, isLocked: (row: number, col: number) => boolean): string[] {
  const out: string[] = [];
  for (let row = 1; row <= rows; row++)
    for (let col = 1; col <= cols; col++) if (isLocked(row, col)) out.push(cellAddress(row, col));
  return out;
}

/** Custodian's highlights among a host's conditional-format rules (a highlight split over several rules joined). */
export function ownHighlights(
  rules: ReadonlyArray<{ formula: string; ranges: readonly string[]; color: string }>,
): Record<string, HighlightAreas> {
  const out: Record<string, HighlightAreas> = {};
  for (const rule of rules) {
    const id = highlightIdOf(rule.formula);
    if (id === null) continue;
    const seen = out[id];
    out[id] = { ranges: [...(seen?.ranges ?? []), ...rule.ranges], color: rule.color.toUpperCase() };
  }
  return out;
}

export function byColumn(rules: EntryRuleState[]): EntryRuleState[] {
  return [...rules].sort((a, b) => a.col - b.col);
}

export type HostFactory = (start: SheetSnapshot) => HostUnderTest;

/**
 * Values as text, trailing blank rows and columns dropped: hosts differ in how far their used range
 * reaches. A formula cell is compared by its formula; its result is the host's own calculation.
 */
export function normalise(values: readonly (readonly CellValue[])[], formulas: Record<string, string>): SheetState {
  const text = values.map((row, r) =>
    row.map((v, c) => (formulas[cellAddress(r + 1, c + 1)] ? '(formula)' : cellText(v))),
  );
  while (text.length > 0 && text[text.length - 1].every((v) => v === '')) text.pop();
  const width = Math.max(0, ...text.map((row) => row.reduce((w, v, i) => (v === '' ? w : i + 1), 0)));
  const cleanFormulas: Record<string, string> = {};
  for (const [address, formula] of Object.entries(formulas)) cleanFormulas[address] = formula.replace(/^=/, '');
  return { values: text.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')), formulas: cleanFormulas };
}

export const memoryHost: HostFactory = (start) => {
  const host = createMemoryHost(workbookFromSnapshot(start));
  return {
    host,
    sheet: (name) => {
      const sheet = findSheet(host.state().workbook, name);
      return sheet ? normalise(sheet.values, sheet.formulas) : undefined;
    },
    rules: (name) =>
      byColumn(
        (findSheet(host.state().workbook, name)?.validations ?? [])
          .filter((v) => v.firstRow <= 2 && v.lastRow >= 2)
          .map((v) => ({
            col: v.col,
            strict: 'strict' in v ? v.strict : v.alert === 'stop',
            text: v.error ?? v.prompt ?? '',
          })),
      ),
    locked: (name, rows, cols) => {
      const areas = findSheet(host.state().workbook, name)?.protection;
      return areas ? lockedCells(rows, cols, (row, col) => isLocked(areas, row, col)) : null;
    },
    highlights: (name) =>
      Object.fromEntries(
        Object.entries(findSheet(host.state().workbook, name)?.highlights ?? {}).map(([id, h]) => [
          id,
          { ...h, color: h.color.toUpperCase() },
        ]),
      ),
  };
};

export const excelHost: HostFactory = (start) => {
  const excel = ExcelEmulator.fromSnapshot(start);
  return {
    host: hostFor(excel),
    locked: (name, rows, cols) => {
      const sheet = excel.sheet(name);
      return sheet.protection ? lockedCells(rows, cols, (row, col) => isLockedCell(sheet, row, col)) : null;
    },
    sheet: (name) =>
      excel.sheets.some((s) => s.name === name) ? normalise(excel.grid(name), excel.formulas(name)) : undefined,
    rules: (name) =>
      byColumn(
        excel
          .state(name)
          .validations.filter((v) => v.firstRow <= 2 && v.lastRow >= 2)
          .map((v) => ({ col: v.col, strict: v.strict, text: v.error ?? v.prompt ?? '' })),
      ),
    highlights: (name) =>
      ownHighlights(
        excel.state(name).conditionalFormats.map((f) => ({
          formula: f.formula ?? '',
          ranges: f.areas ?? [f.address],
          color: f.fill ?? '',
        })),
      ),
  };
};

/** The command line's file host (exceljs) behind the same interface. */
export const fileHost: HostFactory = (start) => {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(start.name);
  start.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) worksheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  for (const f of start.formulas ?? []) {
    const cell = worksheet.getCell(f.row, f.col);
    cell.value = { formula: f.formula.replace(/^=/, ''), result: cell.value as number } as ExcelJS.CellFormulaValue;
  }
  const loaded: LoadedWorkbook = {
    path: null,
    displayName: start.name,
    kind: 'xlsx',
    workbook,
    sheetName: start.name,
    snapshot: start,
  };
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
    readSnapshot: async (options) => {
      const sheet = options?.sheet ?? loaded.sheetName;
      if (!workbook.getWorksheet(sheet)) throw HostError.fixed('read', 'sheetMissing', { sheet });
      return readSnapshot({ ...loaded, sheetName: sheet });
    },
    sheetNames: async () => workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name),
    applyPlan: async (plan) => applyPlanToWorkbook(loaded, plan),
    selectCell: async () => undefined,
  };
  return {
    host,
    locked: (name, rows, cols) => {
      const sheet = workbook.getWorksheet(name);
      if (!sheet || !sheetProtectionOf(sheet)?.sheet) return null;
      // A cell without a protection style is locked, as in Excel.
      return lockedCells(rows, cols, (row, col) => sheet.getCell(row, col).protection?.locked !== false);
    },
    highlights: (name) => {
      const sheet = workbook.getWorksheet(name);
      return ownHighlights(
        (sheet ? conditionalFormattingsOf(sheet) : []).map((cf) => {
          const rule = cf.rules[0] as { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } };
          const argb = rule.style?.fill?.bgColor?.argb ?? '';
          return { formula: rule.formulae?.[0] ?? '', ranges: cf.ref.split(' '), color: `#${argb.slice(2)}` };
        }),
      );
    },
    sheet: (name) => {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) return undefined;
      const content = readSheetContent(sheet);
      const formulas: Record<string, string> = {};
      for (const f of content.formulas) formulas[cellAddress(f.row, f.col)] = f.formula;
      return normalise(content.values, formulas);
    },
    rules: (name) => {
      const model = (
        workbook.getWorksheet(name) as unknown as {
          dataValidations: { model: Record<string, Record<string, unknown> | undefined> };
        }
      ).dataValidations.model;
      return byColumn(
        Object.entries(model).flatMap(([address, rule]) => {
          const match = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(address);
          if (!rule || !match || Number(match[2]) > 2 || Number(match[3] ?? match[2]) < 2) return [];
          return [
            {
              col: columnNumber(match[1]),
              strict: rule.errorStyle === 'stop',
              text: String(rule.error ?? rule.prompt ?? ''),
            },
          ];
        }),
      );
    },
  };
};
