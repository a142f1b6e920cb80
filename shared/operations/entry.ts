/**
 * Governed while people type: from the rows a person just changed, the one plan that gives each new
 * customer row (a name, company or phone in a row without ID) the next ID and writes what was typed
 * in a governed column in the canonical form clean would give it. Clean's and customer-ids' logic run
 * on a small snapshot of just those rows; invalid, ambiguous and formula cells are left as typed.
 */
import type { CellValue } from '../sheet/cell-value';
import { isBlank } from '../sheet/cell-value';
import { cellKey, type FormulaCell, type SheetSnapshot } from '../sheet/snapshot';
import { emptyPlan, type Plan } from '../plan/plan';
import { scanCells, type GovernedColumn } from '../check/scan-cells';
import { nonCanonicalCode } from '../check/non-canonical';
import { normaliseCell } from '../normalise';
import { phoneKey } from '../normalise/phone';
import { customerIdChanges } from './customer-ids';
import { counterKey as schemeCounterKey, idKey, idPattern, keptIdScheme } from './id-scheme';
import { resolveContext, type OperationContext, type OperationOptions } from './options';

/** Meta key of the workbook's auto-govern switch ('on' when on; off by default). */
export const AUTO_GOVERN_KEY = 'entry.autoGovern';
/** Meta key naming the customer sheet auto-govern follows (the sheet set up when it was turned on). */
export const AUTO_GOVERN_SHEET_KEY = 'entry.autoGovernSheet';

/**
 * Meta key saying the governed list is an international one (phone-list-home.ts `isForeignList`, 'on'):
 * the few rows of a change cannot tell, so the host reads the whole list once and keeps the answer.
 */
export const FOREIGN_LIST_KEY = 'entry.foreignList';

/** The customer sheet to govern as people type, or undefined when auto-govern is off. */
export function autoGovernedSheet(meta: Readonly<Record<string, string>> | undefined): string | undefined {
  return isAutoGovernOn(meta) ? meta?.[AUTO_GOVERN_SHEET_KEY] || undefined : undefined;
}

export function isAutoGovernOn(meta: Readonly<Record<string, string>> | undefined): boolean {
  return meta?.[AUTO_GOVERN_KEY] === 'on';
}

export interface EntryRow {
  /** 1-based sheet row. */
  row: number;
  /** The whole row from column A, as it is after the person's change. */
  values: readonly CellValue[];
}

export interface EntryChange {
  sheet: string;
  /** Row 1 (the headers). */
  header: readonly CellValue[];
  /** The changed rows; row 1 is never governed here. */
  rows: readonly EntryRow[];
  /** The columns the person changed (1-based, inclusive); other cells of the rows are left alone. Default: all. */
  firstCol?: number;
  lastCol?: number;
  /** Formulas among the changed rows, in sheet coordinates: never written over. */
  formulas?: readonly FormulaCell[];
  columnFormats?: SheetSnapshot['columnFormats'];
  meta: Readonly<Record<string, string>>;
  /**
   * The highest customer-ID number in the rest of the sheet (highestIdNumber), when the host knows it:
   * a number typed above the counter is never given again.
   */
  highestId?: number;
  /**
   * The whole list is an international one (`isForeignList`), where a China row's numbers keep +86 as
   * check and clean write them; default: the meta's FOREIGN_LIST_KEY.
   */
  foreignList?: boolean;
}

export interface EntryResult {
  plan: Plan;
  /** Rows given a new ID (a host that does not know `highestId` yet reads the ID column and plans again). */
  newIdRows: number[];
  /** The sheet's ID column and the prefix of the scheme new IDs follow (the list's own, kept in meta, or the template's), when the sheet has one. */
  idColumn?: { col: number; prefix: string };
  /** The highest ID number known after this plan (counter, `highestId`, the changed rows, new IDs): a host may keep it for the next change. */
  highestId: number;
}

/** The highest number among IDs of the template's scheme (`C000012` → 12), at least `from`. */
export function highestIdNumber(ids: Iterable<CellValue>, prefix: string, from = 0): number {
  const pattern = idPattern(prefix);
  let highest = from;
  for (const id of ids) {
    const match = isBlank(id) ? null : pattern.exec(idKey(id));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** Field kinds whose value in a row without ID makes it a new customer row. */
const NEW_ROW_KINDS = new Set(['personName', 'phone']);
const NEW_ROW_KEYS = new Set(['company']);
/** Regions whose weak phone shapes (ten bare digits, an 11-digit mobile) read differently. */
const WEAK_SHAPE_REGIONS = ['CN', 'US'];

export function planEntry(change: EntryChange, options: OperationOptions = {}): EntryResult {
  const rows = change.rows.filter((r) => r.row > 1);
  const snapshot = compactSnapshot(change, rows);
  const ctx = resolveContext(snapshot, options);
  const plan = emptyPlan(change.sheet);
  const rowOf = (compactRow: number) => rows[compactRow - 2]!.row;
  const firstCol = change.firstCol ?? 1;
  const lastCol = change.lastCol ?? Number.MAX_SAFE_INTEGER;

  const foreign = change.foreignList ?? change.meta[FOREIGN_LIST_KEY] === 'on';
  const phoneKeys = new Set(ctx.template.fields.filter((f) => f.kind === 'phone').map((f) => f.key));
  const formulaCells = new Set(snapshot.formulas?.map((f) => cellKey(f.row, f.col)));
  const tidied = new Set<number>();
  scanCells(
    snapshot,
    ctx,
    (finding) => {
      if (finding.kind !== 'nonCanonical' && finding.kind !== 'valid') return;
      // A cell to tidy is reported valid too, after: it is tidied once.
      const at = cellKey(finding.row, finding.column.col);
      if (finding.kind === 'nonCanonical') tidied.add(at);
      else if (tidied.has(at)) return;
      if (finding.kind === 'nonCanonical' ? finding.isFormula : formulaCells.has(at)) return;
      const { col } = finding.column;
      if (col < firstCol || col > lastCol) return;
      const phone = finding.column.field.kind === 'phone';
      const canonical = phone && foreign ? withCountryCode(finding.canonical, finding.column, ctx) : finding.canonical;
      if ((finding.kind === 'valid' && canonical === finding.canonical) || canonical === finding.value) return;
      if (phone && !sameInEverySheet(finding.column, finding.value, ctx, snapshot)) return;
      plan.edits.push({
        row: rowOf(finding.row),
        col,
        before: finding.value,
        after: canonical,
        reason: nonCanonicalCode(finding.column.field, finding.value, canonical),
      });
    },
    // On an international list a phone typed as China writes it (13812345678) is no longer canonical.
    foreign ? phoneKeys : undefined,
  );

  return { plan, ...assignNewIds(change, rows, snapshot, ctx, plan) };
}

/**
 * A phone's canonical text as an international list writes it: the template region's number, written
 * nationally by the few rows' reading (0755-88881234), with its country code (+86 755 8888 1234). A
 * national text is written only for a number of that region in a row of it, so it reads back there.
 */
function withCountryCode(canonical: CellValue, column: GovernedColumn, ctx: OperationContext): CellValue {
  if (typeof canonical !== 'string' || canonical.startsWith('+')) return canonical;
  const home = ctx.template.defaultRegion;
  const outcome = normaliseCell(column.field, canonical, {
    locale: ctx.locale,
    defaultRegion: home,
    sheetRegion: home,
    rowRegion: home,
    foreignList: true,
  });
  return outcome.status === 'valid' ? outcome.value : canonical;
}

/** Header plus the changed rows as rows 2, 3, …, with formulas moved to match. */
function compactSnapshot(change: EntryChange, rows: readonly EntryRow[]): SheetSnapshot {
  const compactRow = new Map(rows.map((r, i) => [r.row, i + 2]));
  const formulas: FormulaCell[] = [];
  for (const f of change.formulas ?? []) {
    const row = compactRow.get(f.row);
    if (row !== undefined) formulas.push({ ...f, row });
  }
  return {
    name: change.sheet,
    values: [change.header as CellValue[], ...rows.map((r) => r.values as CellValue[])],
    formulas,
    ...(change.columnFormats ? { columnFormats: change.columnFormats } : {}),
    meta: { ...change.meta },
  };
}

/**
 * A few rows cannot tell the sheet's majority phone region, which decides weak shapes; a phone is
 * tidied at entry only when it is the same number whichever region the sheet turns out to be (how it
 * is written, nationally or with its country code, follows the rows typed so far, as the scan reads them).
 */
function sameInEverySheet(
  column: GovernedColumn,
  value: CellValue,
  ctx: OperationContext,
  snapshot: SheetSnapshot,
): boolean {
  const base = {
    locale: ctx.locale,
    defaultRegion: ctx.template.defaultRegion,
    columnFormat: snapshot.columnFormats?.[column.col - 1] ?? null,
  };
  let first: string | undefined;
  for (const sheetRegion of [ctx.template.defaultRegion, ...WEAK_SHAPE_REGIONS]) {
    const outcome = normaliseCell(column.field, value, { ...base, sheetRegion });
    if (outcome.status !== 'valid') return false;
    const key = phoneKey(value, { ...base, sheetRegion });
    if (key === null) return false;
    if (first === undefined) first = key;
    else if (key !== first) return false;
  }
  return true;
}

/** IDs for the new customer rows, in the list's scheme, numbered after the counter in meta and the highest ID the host knows of. */
function assignNewIds(
  change: EntryChange,
  rows: readonly EntryRow[],
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  plan: Plan,
): Omit<EntryResult, 'plan'> {
  const idField = ctx.template.fields.find((f) => f.kind === 'id');
  const idCol = idField ? ctx.mapping.byField[idField.key] : undefined;
  // The list's own scheme (KH001), kept when auto-govern was turned on; else the template's.
  const scheme = keptIdScheme(change.meta) ?? {
    idPrefix: ctx.template.idPrefix,
    idDigits: ctx.template.idDigits,
    own: false,
  };
  const prefix = scheme.idPrefix;
  const counterKey = schemeCounterKey(scheme);
  const counter = Math.max(Number(change.meta[counterKey] ?? 0) || 0, change.highestId ?? 0);
  if (idCol === undefined) return { newIdRows: [], highestId: counter };
  const idColumn = { col: idCol, prefix };
  const typed = rows.map((r) => r.values[idCol - 1] ?? null);
  const triggers = new Set<number>();
  const kinds = new Map(ctx.template.fields.map((f) => [f.key, f]));
  for (const column of ctx.mapping.columns) {
    const field = column.field ? kinds.get(column.field) : undefined;
    if (field && (NEW_ROW_KINDS.has(field.kind) || NEW_ROW_KEYS.has(field.key))) triggers.add(column.col);
  }
  const formulaCells = new Set((change.formulas ?? []).map((f) => cellKey(f.row, f.col)));
  const newRows = rows.filter(
    (r) =>
      isBlank(r.values[idCol - 1]) &&
      !formulaCells.has(cellKey(r.row, idCol)) &&
      [...triggers].some((col) => !isBlank(r.values[col - 1])),
  );
  if (newRows.length === 0) return { newIdRows: [], idColumn, highestId: highestIdNumber(typed, prefix, counter) };

  // customer-ids numbers the new rows after the counter (and after any ID typed in the changed rows).
  const fresh = new Set(newRows);
  const kept = rows.filter((r) => fresh.has(r) || !isBlank(r.values[idCol - 1]));
  const idSnapshot: SheetSnapshot = {
    name: change.sheet,
    values: [snapshot.values[0]!, ...kept.map((r) => r.values as CellValue[])],
    meta: { ...change.meta, [counterKey]: String(counter) },
  };
  const ids = customerIdChanges(idSnapshot, ctx, { typedRows: true, scheme });
  for (const edit of ids.plan.edits) plan.edits.push({ ...edit, row: kept[edit.row - 2]!.row });
  Object.assign(plan.meta, ids.plan.meta);
  return { newIdRows: newRows.map((r) => r.row), idColumn, highestId: Number(ids.plan.meta[counterKey]) };
}
