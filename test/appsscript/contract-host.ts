/**
 * The Google Sheets host for the host contract suite (test/contract): the sidebar's host
 * (appsscript/client) over the built Code.js in a vm, on an emulated spreadsheet seeded with the
 * start sheet. Code.js is built once per test process (server only, about a second).
 */
import { cellAddress } from '../../shared/sheet/a1';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { byColumn, lockedCells, normalise, ownHighlights, type HostFactory } from '../contract/hosts';
import { rangeAddress } from '../../shared/sheet/a1';
import { createEmulator, type ValidationModel } from './emulator/services';
import { buildGas, loadServer, readDist, scriptRun } from './gas-runtime';
import { client } from './sidebar-modules';

let code: string | null = null;

function builtCode(): string {
  if (code === null) {
    buildGas({ sidebar: false });
    code = readDist('Code.js');
  }
  return code;
}

/** An emulated spreadsheet holding `start` (its formulas, column formats, links, notes, own formats and meta too). */
export function seededEmulator(start: SheetSnapshot) {
  const emulator = createEmulator();
  const formulas = Object.fromEntries((start.formulas ?? []).map((f) => [cellAddress(f.row, f.col), f.formula]));
  const extras = (key: 'link' | 'note' | 'format') =>
    Object.fromEntries((start.extras ?? []).flatMap((e) => (e[key] ? [[cellAddress(e.row, e.col), e[key]]] : [])));
  const [links, notes, formats] = [extras('link'), extras('note'), extras('format')];
  emulator.addSheet(start.name, start.values, { formulas, columnFormats: start.columnFormats, links, notes, formats });
  const meta = Object.entries(start.meta ?? {});
  if (meta.length > 0) emulator.addSheet('_custodian', meta, { hidden: true, active: false });
  return emulator;
}

export const sheetsHost: HostFactory = (start) => {
  const emulator = seededEmulator(start);
  const server = loadServer(builtCode(), emulator);
  const host = client.createSheetsHost({ server: client.createServerCall(scriptRun(server).run) });
  return {
    host,
    locked: (name, rows, cols) => {
      const protections = emulator.book.sheet(name)?.protections.filter((p) => !p.warningOnly) ?? [];
      if (protections.length === 0) return null;
      return lockedCells(rows, cols, (row, col) =>
        protections.some(
          ({ range: r }) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols,
        ),
      );
    },
    highlights: (name) =>
      ownHighlights(
        (emulator.book.sheet(name)?.rules ?? []).map((rule) => ({
          formula: rule.formula,
          ranges: rule.ranges.map((r) => rangeAddress(r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1)),
          color: rule.background ?? '',
        })),
      ),
    sheet: (name) =>
      emulator.book.sheet(name) ? normalise(emulator.valuesOf(name), emulator.formulasOf(name)) : undefined,
    rules: (name) => {
      const sheet = emulator.book.sheet(name);
      if (!sheet) return [];
      return byColumn(
        Array.from({ length: sheet.maxCols }, (_, i) => i + 1).flatMap((col) => {
          const rule = sheet.cell(2, col)?.validation as ValidationModel | undefined;
          return rule ? [{ col, strict: !rule.allowInvalid, text: rule.helpText ?? '' }] : [];
        }),
      );
    },
  };
};
