/**
 * The emulated Google Sheet and the reference host's in-memory sheet (plan/apply-plan.ts) in one
 * comparable form: the used range with dates as `yyyy-mm-dd` text (a host writes canonical date
 * text as a real date where the column shows dates), trailing blank rows and columns trimmed, and
 * formula cells compared by formula (the emulator does not recalculate).
 */
import { isoDate, type CellValue } from '../../shared/sheet/cell-value';
import { findSheet, type MemoryWorkbook } from '../../shared/plan/apply-plan';
import { columnNumber } from '../../shared/sheet/a1';
import type { Emulator } from './emulator/services';

export type Plain = string | number | boolean | null;

function plain(value: CellValue): Plain {
  if (value instanceof Date) return isoDate(value);
  if (value === '') return null;
  return value;
}

function trim(values: Plain[][]): Plain[][] {
  const rows = values.map((row) => [...row]);
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  const width = Math.max(
    0,
    ...rows.map((row) => {
      let w = row.length;
      while (w > 0 && row[w - 1] === null) w--;
      return w;
    }),
  );
  return rows.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? null));
}

function maskFormulas(values: Plain[][], formulas: Record<string, string>): Plain[][] {
  for (const address of Object.keys(formulas)) {
    const { row, col } = parseCell(address);
    if (values[row - 1] && col <= values[row - 1]!.length) values[row - 1]![col - 1] = '<formula>';
  }
  return values;
}

function parseCell(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}

function sorted(formulas: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(formulas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface SheetState {
  values: Plain[][];
  formulas: Record<string, string>;
}

export function referenceState(workbook: MemoryWorkbook, name: string): SheetState | null {
  const sheet = findSheet(workbook, name);
  if (!sheet) return null;
  return {
    values: maskFormulas(trim(sheet.values.map((row) => row.map(plain))), sheet.formulas),
    formulas: sorted(sheet.formulas),
  };
}

export function emulatedState(emulator: Emulator, name: string): SheetState | null {
  if (!emulator.book.sheet(name)) return null;
  const formulas = emulator.formulasOf(name);
  return { values: maskFormulas(trim(emulator.valuesOf(name)), formulas), formulas: sorted(formulas) };
}

/** Every sheet of the reference workbook, as both hosts hold it. */
export function bothStates(
  emulator: Emulator,
  workbook: MemoryWorkbook,
): { emulated: Record<string, SheetState | null>; reference: Record<string, SheetState | null> } {
  const emulated: Record<string, SheetState | null> = {};
  const reference: Record<string, SheetState | null> = {};
  for (const sheet of workbook.sheets) {
    emulated[sheet.name] = emulatedState(emulator, sheet.name);
    reference[sheet.name] = referenceState(workbook, sheet.name);
  }
  return { emulated, reference };
}

/**
 * Fails with the first differing row when the emulated sheets differ from the reference's.
 * Compares JSON text: a deep toEqual over 300,000 cells takes seconds.
 */
export function expectSameSheets(emulator: Emulator, workbook: MemoryWorkbook): void {
  const { emulated, reference } = bothStates(emulator, workbook);
  for (const name of Object.keys(reference)) {
    const a = emulated[name];
    const b = reference[name];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (!a || !b)
      throw new Error(`sheet "${name}": ${a ? 'missing from the reference' : 'missing from the emulated spreadsheet'}`);
    const row = Array.from({ length: Math.max(a.values.length, b.values.length) }, (_, i) => i).find(
      (i) => JSON.stringify(a.values[i]) !== JSON.stringify(b.values[i]),
    );
    if (row !== undefined)
      throw new Error(
        `sheet "${name}" row ${row + 1}:\n  emulated  ${JSON.stringify(a.values[row])}\n  reference ${JSON.stringify(b.values[row])}`,
      );
    const keys = [...new Set([...Object.keys(a.formulas), ...Object.keys(b.formulas)])]
      .filter((k) => a.formulas[k] !== b.formulas[k])
      .slice(0, 5);
    throw new Error(
      `sheet "${name}" formulas differ at ${keys.map((k) => `${k}: ${a.formulas[k]} vs ${b.formulas[k]}`).join('; ')}`,
    );
  }
}
