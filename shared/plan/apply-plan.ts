/**
 * The reference host: a workbook in memory and the exact application of a plan to it. Every host's
 * contract test compares its result with this one, and the browser demo runs on it.
 *
 * Order (shared/plan/plan.ts): backup, sheets, insertRows, edits, deleteRows, footprints, then numberFormats,
 * validations, required, highlights, freezeRows, filter, meta. Row numbers:
 * - `insertRows[i].row` is where the row ends up once all of the plan's rows are inserted;
 * - edits use the numbering after the inserts and before the deletes;
 * - `deleteRows[i].row` is the row's number before any of them is deleted, and its content is the
 *   row as it is then (after the edits), which is what makes `invertPlan` exact.
 * Conventions of this host that other hosts share: a meta value of '' removes the key; the values
 * of every sheet are kept rectangular; formulas move with their rows, their text is not rewritten
 * and, as in Excel and Google Sheets, references to moved rows follow them, on every sheet (what a
 * delete shortens is kept and given back by undo: row-footprint.ts); a string written by a
 * sheet write is a value, never a formula; format/validation/required ranges do not shift with rows.
 */
import { detachColumnCodes } from '../sheet/column-codes';
import type { CellValue } from '../sheet/cell-value';
import { sameCell } from '../sheet/cell-value';
import { cellAddress, columnNumber } from '../sheet/a1';
import { columnCount, type CellExtras, type ExtrasCell, type FormulaCell, type SheetSnapshot } from '../sheet/snapshot';
import { remapFormulaRows, type RowMap } from '../sheet/formula-rows';
import { footprintMeta, footprintOf, sameFormula, type RowFootprint } from './row-footprint';
import { footprintKeeping } from '../history/row-footprints';
import { isUnreadRule } from '../sheet/own-rules';
import type {
  Highlight,
  HighlightAreas,
  NumberFormatChange,
  Plan,
  ProtectionAreas,
  RequiredColumn,
  RowContent,
  SheetWrite,
  Validation,
} from './plan';
import { GENERAL_FORMAT, isValidationRemoval } from './plan';
import { deletionMap, insertionMap } from './row-map';
import { formatEditedCell } from './edit-formats';
import type { SkippedPart } from '../host/host';
import { executePlanSync, type ExecuteOptions } from './execute-plan';
import { ownRuleOf } from './own-rule-of';
import type { PlanWriter } from './plan-writer';

export interface MemorySheet {
  name: string;
  hidden: boolean;
  /** values[0] is row 1; every row has the same length. A formula cell holds its last computed value. */
  values: CellValue[][];
  /** Formula text by A1 address, e.g. { F3: '=D3*E3' }. */
  formulas: Record<string, string>;
  /** Links, notes and own number formats by A1 address, for the cells that have them; they move with their rows. */
  extras?: Record<string, CellExtras>;
  numberFormats: NumberFormatChange[];
  validations: Validation[];
  required: RequiredColumn[];
  /** Custodian's highlights by id (absent: none), as the rules hosts write for them. */
  highlights?: Record<string, HighlightAreas>;
  freezeRows?: number;
  /** Frozen columns (absent: none); freezing rows keeps them. */
  freezeColumns?: number;
  filter?: Plan['filter'];
  /** What Custodian's protection locks (absent: not protected by Custodian). */
  protection?: ProtectionAreas;
}

export interface MemoryWorkbook {
  sheets: MemorySheet[];
  /** Custodian's workbook-level key/value store (customer-ID counter, merge history). */
  meta: Record<string, string>;
}

export interface ApplyOptions {
  /** Also check every edit's `before` and every deleted row's content against the sheet (for tests and the demo). */
  verify?: boolean;
  /** What the workbook stands in for can do (the demo and tests play a host without a filter, say). */
  capabilities?: ExecuteOptions['capabilities'];
  /**
   * Change the plan's sheet itself instead of a copy: for a caller holding the only copy of a big
   * sheet (the file host's CSV), where a copy per plan would double its memory.
   */
  inPlace?: boolean;
}

export type PlanApplyErrorCode = 'missingSheet' | 'formulaEdit' | 'badRow' | 'mismatch';

/** A plan this host refuses to apply, with the cell or row at fault in the message. */
export class PlanApplyError extends Error {
  constructor(
    readonly code: PlanApplyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanApplyError';
  }
}

/** The plan's sheet is not in the workbook: `does` says what the plan does with it ("changes", "backs up"). */
export function missingSheetError(sheet: string, does: string): PlanApplyError {
  return new PlanApplyError('missingSheet', `The plan ${does} sheet "${sheet}", which the workbook does not have`);
}

export function emptySheet(name: string, hidden = false): MemorySheet {
  return { name, hidden, values: [], formulas: {}, numberFormats: [], validations: [], required: [] };
}

/** Pads rows with nulls to one width (the widest row's, or `width` when larger). */
function makeRectangular(values: CellValue[][], width = 0): void {
  const target = Math.max(width, columnCount(values));
  for (const row of values) while (row.length < target) row.push(null);
}

function parseAddress(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new PlanApplyError('badRow', `"${address}" is not a cell address`);
  return { col: columnNumber(match[1]!), row: Number(match[2]) };
}

function cloneSheet(sheet: MemorySheet): MemorySheet {
  return {
    ...sheet,
    values: sheet.values.map((row) => [...row]),
    formulas: { ...sheet.formulas },
    ...(sheet.extras ? { extras: { ...sheet.extras } } : {}),
    numberFormats: [...sheet.numberFormats],
    validations: [...sheet.validations],
    required: [...sheet.required],
    ...(sheet.highlights ? { highlights: { ...sheet.highlights } } : {}),
  };
}

/** The backup part: a hidden copy of the sheet (protection left out, as Sheets' copy does), replacing any of that name. */
function copySheet(sheets: MemorySheet[], from: string, name: string): void {
  const source = sheets.find((s) => s.name === from);
  if (!source) throw missingSheetError(from, 'backs up');
  const copy: MemorySheet = { ...cloneSheet(source), name, hidden: true };
  delete copy.protection;
  const index = sheets.findIndex((s) => s.name === name);
  if (index >= 0) sheets[index] = copy;
  else sheets.push(copy);
}

/** Each id's rules replaced by the highlight's, or removed; an id left without rules goes. */
function setHighlights(sheet: MemorySheet, highlights: readonly Highlight[]): void {
  const current = { ...sheet.highlights };
  for (const h of highlights) {
    if ('remove' in h) delete current[h.id];
    else current[h.id] = { ranges: [...h.ranges], color: h.color };
  }
  if (Object.keys(current).length > 0) sheet.highlights = current;
  else delete sheet.highlights;
}

/** Sets the links, notes and formats of a row's cells (null: none). */
function setExtras(sheet: MemorySheet, row: number, extras: readonly (CellExtras | null)[] | null | undefined): void {
  extras?.forEach((more, i) => {
    if (more) (sheet.extras ??= {})[cellAddress(row, i + 1)] = { ...more };
  });
}

/** Writes into a copy of the sheet, or into the sheet itself when this plan made it (`owned`). */
function writeSheet(sheets: MemorySheet[], write: SheetWrite, owned: Set<MemorySheet>): void {
  let index = sheets.findIndex((s) => s.name === write.name);
  if (index >= 0 && write.mode === 'create') return;
  if (index < 0) {
    sheets.push(emptySheet(write.name, write.hidden));
    index = sheets.length - 1;
  }
  const sheet = owned.has(sheets[index]!) ? sheets[index]! : cloneSheet(sheets[index]!);
  owned.add(sheet);
  sheet.hidden = write.hidden;
  const rows = write.rows.map((row) => [...row]);
  if (write.mode === 'replace') {
    sheet.values = rows;
    sheet.formulas = {};
    delete sheet.extras;
  } else {
    const width = columnCount(sheet.values);
    sheet.values.push(...rows);
    makeRectangular(sheet.values, width);
  }
  const firstRow = sheet.values.length - rows.length + 1;
  write.formulas?.forEach((formulas, r) =>
    formulas.forEach((formula, c) => {
      if (formula !== null) sheet.formulas[cellAddress(firstRow + r, c + 1)] = formula;
    }),
  );
  write.extras?.forEach((extras, r) => setExtras(sheet, firstRow + r, extras));
  makeRectangular(sheet.values);
  sheets[index] = sheet;
}

/** Puts rows at their final positions, all at once (the same as one by one in ascending order). */
function insertRowValues(sheet: MemorySheet, sorted: readonly RowContent[]): void {
  const width = columnCount(sheet.values);
  const old = sheet.values;
  const total = Math.max(old.length + sorted.length, sorted[sorted.length - 1]?.row ?? 0);
  const values: CellValue[][] = [];
  let next = 0;
  let k = 0;
  for (let row = 1; row <= total; row++) {
    const content = sorted[k];
    if (content && content.row === row) {
      values.push([...content.values]);
      k++;
    } else values.push(next < old.length ? old[next++]! : new Array<CellValue>(width).fill(null)); // past the end: blank
  }
  for (const content of sorted) {
    content.formulas?.forEach((formula, i) => {
      if (formula !== null) sheet.formulas[cellAddress(content.row, i + 1)] = formula;
    });
    setExtras(sheet, content.row, content.extras);
  }
  sheet.values = values;
  makeRectangular(sheet.values, width);
}

function rowMatches(sheet: MemorySheet, content: RowContent): string | null {
  const current = sheet.values[content.row - 1] ?? [];
  const width = Math.max(current.length, content.values.length);
  for (let c = 1; c <= width; c++) {
    if (!sameCell(current[c - 1] ?? null, content.values[c - 1] ?? null))
      return `${cellAddress(content.row, c)} holds ${String(current[c - 1])}, the plan expected ${String(content.values[c - 1])}`;
    const formula = sheet.formulas[cellAddress(content.row, c)] ?? null;
    const expected = content.formulas?.[c - 1] ?? null;
    if (formula !== expected)
      return `${cellAddress(content.row, c)} has formula ${formula ?? 'none'}, the plan expected ${expected ?? 'none'}`;
  }
  return null;
}

/** Every formula of the workbook, with its cell. */
function formulasOf(sheets: readonly MemorySheet[]) {
  return sheets.flatMap((s) =>
    Object.entries(s.formulas).map(([address, formula]) => ({
      sheet: s.name,
      address,
      formula,
      ...parseAddress(address),
    })),
  );
}

/** Removes rows numbered before any of them goes (rows past the used range are blank already). */
function deleteRowValues(sheet: MemorySheet, rows: readonly RowContent[]): void {
  const gone = new Set(rows.map((r) => r.row));
  sheet.values = sheet.values.filter((_, i) => !gone.has(i + 1));
}

/** Formulas (and links, notes, formats) follow their rows, and their references follow the rows they point at, as in Excel. */
function moveFormulas(sheet: MemorySheet, map: RowMap): void {
  const out: Record<string, string> = {};
  for (const [address, formula] of Object.entries(sheet.formulas)) {
    const { row, col } = parseAddress(address);
    const to = map(row);
    if (to !== null) out[cellAddress(to, col)] = remapFormulaRows(formula, sheet.name, { sheet: sheet.name, map });
  }
  sheet.formulas = out;
  if (!sheet.extras) return;
  const extras: Record<string, CellExtras> = {};
  for (const [address, more] of Object.entries(sheet.extras)) {
    const { row, col } = parseAddress(address);
    const to = map(row);
    if (to !== null) extras[cellAddress(to, col)] = more;
  }
  if (Object.keys(extras).length > 0) sheet.extras = extras;
  else delete sheet.extras;
}

function applyEdit(sheet: MemorySheet, edit: Plan['edits'][number], verify: boolean): void {
  const address = cellAddress(edit.row, edit.col);
  const formula = sheet.formulas[address];
  if (formula !== undefined) {
    throw new PlanApplyError(
      'formulaEdit',
      `The plan edits ${sheet.name}!${address}, which holds the formula ${formula}; Custodian never overwrites formulas`,
    );
  }
  const width = sheet.values[0]?.length ?? 0; // rows are kept the same width
  while (sheet.values.length < edit.row) sheet.values.push(new Array<CellValue>(width).fill(null));
  const row = sheet.values[edit.row - 1]!;
  if (verify && !sameCell(row[edit.col - 1] ?? null, edit.before)) {
    throw new PlanApplyError(
      'mismatch',
      `${sheet.name}!${address} holds ${String(row[edit.col - 1] ?? null)}, the plan expected ${String(edit.before)}`,
    );
  }
  if (edit.col > row.length) makeRectangular(sheet.values, edit.col);
  row[edit.col - 1] = edit.after;
  formatEditedCell(sheet, edit);
  // An edit that moves the cell's link (clean's mailto: of the old address) sets it; others keep it.
  if (edit.link !== undefined) (sheet.extras ??= {})[address] = { ...sheet.extras?.[address], link: edit.link };
}

/** Refuses a plan that inserts or deletes one row twice. */
export function checkRowNumbers(rows: readonly RowContent[], what: string): void {
  const seen = new Set<number>();
  for (const { row } of rows) {
    if (seen.has(row)) throw new PlanApplyError('badRow', `The plan ${what} row ${row} twice`);
    seen.add(row);
  }
}

/** Takes a span of a column out of every entry there (an entry partly inside keeps what lies outside). */
function removeSpan<T extends { col: number; firstRow: number; lastRow: number }>(
  list: readonly T[],
  span: { col: number; firstRow: number; lastRow: number },
): T[] {
  return list.flatMap((x) => {
    if (x.col !== span.col || x.lastRow < span.firstRow || x.firstRow > span.lastRow) return [x];
    const above = x.firstRow < span.firstRow ? [{ ...x, lastRow: span.firstRow - 1 }] : [];
    return x.lastRow > span.lastRow ? [...above, { ...x, firstRow: span.lastRow + 1 }] : above;
  });
}

/** Replaces an entry for the same column and rows, or adds one. */
function upsertSpan<T extends { col: number; firstRow: number; lastRow: number }>(list: T[], item: T): void {
  const index = list.findIndex((x) => x.col === item.col && x.firstRow === item.firstRow && x.lastRow === item.lastRow);
  if (index >= 0) list[index] = item;
  else list.push(item);
}

/** The in-memory workbook as a writer of the driver's primitives: the reference for every host. */
function memoryWriter(
  sheets: MemorySheet[],
  meta: Record<string, string>,
  plan: Plan,
  { verify = false, inPlace = false }: ApplyOptions,
): PlanWriter {
  let sheet = emptySheet(plan.sheet);
  const owned = new Set<MemorySheet>();
  const keeping = footprintKeeping(plan);
  let footprint: RowFootprint | undefined;
  /** The sheet at `index`, the plan's own copy (sheets it leaves alone stay shared with the input). */
  const own = (index: number): MemorySheet => {
    const found = sheets[index]!;
    if (inPlace || owned.has(found)) return found;
    const copy = cloneSheet(found);
    owned.add(copy);
    return (sheets[index] = copy);
  };
  /** Formulas of the other sheets follow the rows of the plan's sheet they refer to, as in Excel. */
  const followOnOtherSheets = (map: RowMap) => {
    sheets.forEach((other, index) => {
      if (other === sheet) return;
      const moved = Object.entries(other.formulas).map(
        ([address, f]) => [address, remapFormulaRows(f, other.name, { sheet: sheet.name, map })] as const,
      );
      if (moved.every(([address, f]) => other.formulas[address] === f)) return;
      own(index).formulas = Object.fromEntries(moved);
    });
  };
  // Read before the first row moves: the footprint's rows are numbered as the sheet is before the plan.
  const keepFootprint = () => {
    if (keeping && !footprint) footprint = footprintOf(sheet.name, keeping.rows, { formulas: formulasOf(sheets) });
  };
  return {
    blockStrategy: null,
    prepare(work) {
      if (!work.touchesTarget) return;
      const index = sheets.findIndex((s) => s.name === plan.sheet);
      if (index < 0) throw missingSheetError(plan.sheet, 'changes');
      sheets[index] = sheet = inPlace ? sheets[index]! : cloneSheet(sheets[index]!);
      // Rows changed in place no longer hold what their reader coded.
      if (inPlace) detachColumnCodes(sheet.values);
      owned.add(sheet);
      checkRowNumbers(plan.insertRows, 'inserts');
      checkRowNumbers(plan.deleteRows, 'deletes');
    },
    copySheet: (backup) => copySheet(sheets, plan.sheet, backup.name),
    writeSheets: (writes) => writes.forEach((write) => writeSheet(sheets, write, owned)),
    deleteSheets: (names) =>
      names.forEach((name) => {
        const index = sheets.findIndex((s) => s.name === name);
        if (index >= 0) sheets.splice(index, 1);
      }),
    insertRows(rows) {
      keepFootprint();
      const map = insertionMap(rows.map((c) => c.row));
      moveFormulas(sheet, map);
      followOnOtherSheets(map);
      insertRowValues(sheet, rows);
    },
    // In plan order, not by block: with `verify`, a second edit of a cell expects the first one's value.
    writeEdits: () => plan.edits.forEach((edit) => applyEdit(sheet, edit, verify)),
    deleteRows(rows) {
      if (verify) {
        for (const content of rows) {
          const mismatch = rowMatches(sheet, content);
          if (mismatch)
            throw new PlanApplyError('mismatch', `Cannot delete row ${content.row} of "${sheet.name}": ${mismatch}`);
        }
      }
      const deleted = rows.map((c) => c.row).reverse();
      keepFootprint();
      deleteRowValues(sheet, rows);
      const map = deletionMap(deleted);
      moveFormulas(sheet, map);
      followOnOtherSheets(map);
    },
    giveFootprintsBack(footprints) {
      for (const f of footprints.flatMap((footprint) => footprint.formulas)) {
        const on = sheets.findIndex((s) => s.name === f.sheet);
        if (on < 0 || !sameFormula(sheets[on]!.formulas[f.address], f.predicted)) continue;
        const target = own(on);
        target.formulas[f.address] = `=${f.before.replace(/^=/, '')}`;
      }
    },
    setNumberFormats: (changes) => changes.forEach((format) => upsertSpan(sheet.numberFormats, format)),
    // A rule replaces whatever rule its cells had, as in a sheet.
    setValidations: (list) =>
      list.forEach((v) => {
        sheet.validations = removeSpan(sheet.validations, v);
        if (!isValidationRemoval(v)) sheet.validations.push(v);
      }),
    setRequired: (list) =>
      list.forEach((r) =>
        r.remove ? (sheet.required = removeSpan(sheet.required, r)) : upsertSpan(sheet.required, r),
      ),
    setHighlights: (highlights) => setHighlights(sheet, highlights),
    freezeRows(rows, columns) {
      sheet.freezeRows = rows;
      if (columns !== undefined) sheet.freezeColumns = columns;
    },
    setFilter: (filter) => void (filter ? (sheet.filter = { ...filter }) : delete sheet.filter),
    setProtection(protection) {
      if ('remove' in protection) delete sheet.protection;
      else sheet.protection = { headerRows: protection.headerRows, cols: [...protection.cols] };
    },
    writeMeta(changes) {
      const kept = footprint && keeping ? footprintMeta(keeping, footprint) : {};
      for (const [key, value] of Object.entries({ ...changes, ...kept })) {
        if (value === '') delete meta[key];
        else meta[key] = value;
      }
    },
    stepError: (_step, error) => (error instanceof Error ? error : new Error(String(error))),
  };
}

/** The workbook after the plan, and the parts skipped for want of a capability. */
export function applyPlanReporting(
  workbook: MemoryWorkbook,
  plan: Plan,
  options: ApplyOptions = {},
): { workbook: MemoryWorkbook; skipped: SkippedPart[] } {
  const sheets = [...workbook.sheets];
  const meta = { ...workbook.meta };
  const { skipped } = executePlanSync(plan, memoryWriter(sheets, meta, plan, options), {
    capabilities: options.capabilities,
  });
  return { workbook: { sheets, meta }, skipped };
}

/** The workbook after the plan; the input is not modified (sheets the plan leaves alone are shared). */
export function applyPlan(workbook: MemoryWorkbook, plan: Plan, options: ApplyOptions = {}): MemoryWorkbook {
  return applyPlanReporting(workbook, plan, options).workbook;
}

export function findSheet(workbook: MemoryWorkbook, name: string): MemorySheet | undefined {
  return workbook.sheets.find((s) => s.name === name);
}

/** What a host's readSnapshot would return for the sheet: values, formulas, column formats, meta. */
export function snapshotOf(workbook: MemoryWorkbook, sheetName: string): SheetSnapshot {
  const sheet = findSheet(workbook, sheetName);
  if (!sheet) throw new PlanApplyError('missingSheet', `The workbook has no sheet "${sheetName}"`);
  const formulas: FormulaCell[] = Object.entries(sheet.formulas)
    .map(([address, formula]) => ({ ...parseAddress(address), formula }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const extras: ExtrasCell[] = Object.entries(sheet.extras ?? {})
    .map(([address, more]) => ({ ...parseAddress(address), ...more }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const width = columnCount(sheet.values);
  const columnFormats: (string | null)[] = new Array<string | null>(width).fill(null);
  for (const f of sheet.numberFormats)
    if (f.col <= width && f.firstRow <= 2 && f.lastRow >= 2)
      columnFormats[f.col - 1] = f.format === GENERAL_FORMAT ? null : f.format;
  return {
    name: sheet.name,
    values: sheet.values.map((row) => [...row]),
    ...(formulas.length > 0 ? { formulas } : {}),
    ...(extras.length > 0 ? { extras } : {}),
    ...(columnFormats.some((f) => f !== null) ? { columnFormats } : {}),
    ...(sheet.freezeRows || sheet.freezeColumns || sheet.filter
      ? {
          view: {
            freezeRows: sheet.freezeRows ?? 0,
            ...(sheet.freezeColumns ? { freezeColumns: sheet.freezeColumns } : {}),
            filter: sheet.filter ?? null,
          },
        }
      : {}),
    ...(sheet.validations.length > 0
      ? { rules: sheet.validations.map(ownRuleOf).sort((a, b) => a.col - b.col || a.firstRow - b.firstRow) }
      : {}),
    meta: { ...workbook.meta },
  };
}

/** A one-sheet workbook holding a snapshot (the demo's starting point, and the tests'). */
export function workbookFromSnapshot(snapshot: SheetSnapshot): MemoryWorkbook {
  const sheet = emptySheet(snapshot.name);
  sheet.values = snapshot.values.map((row) => [...row]);
  makeRectangular(sheet.values);
  for (const f of snapshot.formulas ?? []) sheet.formulas[cellAddress(f.row, f.col)] = f.formula;
  for (const { row, col, ...more } of snapshot.extras ?? []) (sheet.extras ??= {})[cellAddress(row, col)] = more;
  const lastRow = Math.max(2, sheet.values.length);
  snapshot.columnFormats?.forEach((format, i) => {
    if (format) sheet.numberFormats.push({ col: i + 1, firstRow: 2, lastRow, format });
  });
  if (snapshot.view?.freezeRows) sheet.freezeRows = snapshot.view.freezeRows;
  if (snapshot.view?.freezeColumns) sheet.freezeColumns = snapshot.view.freezeColumns;
  if (snapshot.view?.filter) sheet.filter = snapshot.view.filter;
  for (const rule of snapshot.rules ?? []) if (!isUnreadRule(rule)) sheet.validations.push({ ...rule, kind: 'own' });
  return { sheets: [sheet], meta: { ...(snapshot.meta ?? {}) } };
}
