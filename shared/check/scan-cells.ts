/**
 * Walks every governed cell of a sheet once and reports the cells that need attention:
 * required blanks, invalid values, and valid values not yet in canonical form. Check turns
 * findings into issues, clean into edits. String results are memoised per column because
 * customer lists repeat values (options, cities, owners) across many rows.
 */
import type { CellValue } from '../sheet/cell-value';
import { isBlank, isEmptyRow } from '../sheet/cell-value';
import { isTotalsRow } from '../sheet/totals-row';

export { isEmptyRow }; // its home is sheet/cell-value.ts; kept here for existing importers
import { cellKey, formulaKeys, type SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import type { NamePart } from '../template/header-mapping';
import { dateOrderOf, normaliseCell } from '../normalise';
import { readPhoneSheet, rowRegionReader } from '../normalise/phone-region';
import type { InvalidCode, NormaliseContext, NormaliseOutcome } from '../normalise/types';
import type { OperationContext } from '../operations/options';
import { isCanonical } from './is-canonical';

export interface GovernedColumn {
  col: number;
  header: string;
  field: Field;
  part?: NamePart;
  /** More values of a field another column holds (座机 beside 手机): never missing itself. */
  second?: true;
}

export type Finding =
  | { kind: 'missing'; row: number; column: GovernedColumn }
  | { kind: 'invalid'; row: number; column: GovernedColumn; value: CellValue; code: InvalidCode; isFormula: boolean }
  | {
      kind: 'nonCanonical';
      row: number;
      column: GovernedColumn;
      value: CellValue;
      canonical: CellValue;
      isFormula: boolean;
    }
  /** A phone valid under two plausible readings (international forms, strongest signal first): left as typed. */
  | {
      kind: 'ambiguous';
      row: number;
      column: GovernedColumn;
      value: CellValue;
      code: 'phone.ambiguous' | 'date.ambiguous';
      readings: string[];
      isFormula: boolean;
    }
  /** A valid value, reported only for columns that asked for them (IDs for duplicates, last contact for staleness). */
  | { kind: 'valid'; row: number; column: GovernedColumn; value: CellValue; canonical: CellValue };

const MEMO_LIMIT = 50_000;
/** After this many lookups a column whose values rarely repeat (emails, phones) stops memoising. */
const MEMO_TRIAL = 5_000;
const PROGRESS_EVERY = 20_000;

export function governedColumns(ctx: OperationContext): GovernedColumn[] {
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  const columns: GovernedColumn[] = [];
  for (const column of ctx.mapping.columns) {
    const field = column.field ? fields.get(column.field) : undefined;
    if (field)
      columns.push({ col: column.col, header: column.header, field, ...(column.part ? { part: column.part } : {}) });
  }
  return columns;
}

/** Columns holding more values of a governed field (座机 beside 手机, Mobile beside Phone). */
function secondColumns(ctx: OperationContext): GovernedColumn[] {
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  const columns: GovernedColumn[] = [];
  for (const column of ctx.mapping.columns) {
    const field = column.secondOf ? fields.get(column.secondOf) : undefined;
    if (field) columns.push({ col: column.col, header: column.header, field, second: true });
  }
  return columns;
}

/**
 * `wantValid` names the field keys whose valid cells are reported too. Second columns of a field
 * are checked like its own, and a required field is missing only when they are blank too.
 */
export function scanCells(
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  visit: (finding: Finding) => void,
  wantValid: ReadonlySet<string> = new Set(),
): { dataRows: number; totalsRows: number[] } {
  const seconds = secondColumns(ctx);
  const columns = [...governedColumns(ctx), ...seconds];
  const filledElsewhere = (values: readonly CellValue[], column: GovernedColumn) =>
    seconds.some((s) => s.field === column.field && !isBlank(values[s.col - 1] ?? null));
  const formulas = formulaKeys(snapshot);
  const memos = columns.map(() => new Memo());
  // Phones are read with the sheet's majority region and, where the sheet has a country column, the row's.
  const phones = columns.some((c) => c.field.kind === 'phone')
    ? readPhoneSheet(snapshot.values, ctx.mapping, ctx.template)
    : undefined;
  const rowRegion = phones?.countryCol ? rowRegionReader(phones) : undefined;
  const contexts: NormaliseContext[] = columns.map((c) => ({
    locale: ctx.locale,
    defaultRegion: ctx.template.defaultRegion,
    ...(c.field.kind === 'phone' && phones ? { sheetRegion: phones.sheet } : {}),
    columnFormat: snapshot.columnFormats?.[c.col - 1] ?? null,
    // 03/04/2024 is read the way the column's unambiguous dates (25/12/2024) are written, if they say.
    ...(c.field.kind === 'date' ? dateOrderIn(snapshot, c.col) : {}),
  }));
  const inRegion = new Map<string, { memo: Memo; context: NormaliseContext }>();
  const phoneIn = (c: number, region: string) => {
    const key = `${c}|${region}`;
    let entry = inRegion.get(key);
    if (!entry) inRegion.set(key, (entry = { memo: new Memo(), context: { ...contexts[c], rowRegion: region } }));
    return entry;
  };
  const hosts = contexts.map((c) => ({
    textOnly: snapshot.textOnly,
    realDates: snapshot.realDates,
    columnFormat: c.columnFormat,
  }));
  const hasParts = columns.some((c) => c.part);
  const total = snapshot.values.length - 1;
  let dataRows = 0;
  const totalsRows: number[] = [];

  for (let index = 1; index < snapshot.values.length; index++) {
    const values = snapshot.values[index];
    if (isEmptyRow(values)) continue;
    if (isTotalsRow(values)) {
      totalsRows.push(index + 1);
      continue;
    }
    dataRows++;
    const row = index + 1;
    const blankParts = hasParts ? new Map<string, GovernedColumn[]>() : undefined;
    const partsWithValue = hasParts ? new Set<string>() : undefined;
    const region = rowRegion?.(values) ?? null;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const value = values[column.col - 1] ?? null;
      if (isBlank(value)) {
        if (column.field.required && !column.second) {
          if (column.part) blankParts?.set(column.field.key, [...(blankParts.get(column.field.key) ?? []), column]);
          else if (!filledElsewhere(values, column)) visit({ kind: 'missing', row, column });
        }
        continue;
      }
      if (column.part) partsWithValue?.add(column.field.key);
      const inRow = region !== null && column.field.kind === 'phone' ? phoneIn(c, region) : undefined;
      const outcome = inRow
        ? inRow.memo.normalise(column.field, value, inRow.context)
        : memos[c].normalise(column.field, value, contexts[c]);
      const isFormula = formulas.size > 0 && formulas.has(cellKey(row, column.col));
      if (outcome.status === 'invalid') {
        visit({ kind: 'invalid', row, column, value, code: outcome.code, isFormula });
      } else if (outcome.status === 'ambiguous') {
        visit({ kind: 'ambiguous', row, column, value, code: outcome.code, readings: outcome.readings, isFormula });
      } else if (outcome.status === 'valid') {
        // A date keeps its time of day: the value clean writes is the date and the time.
        const written = outcome.time === undefined ? outcome.value : `${String(outcome.value)} ${outcome.time}`;
        const canonical = isCanonical(value, written, column.field.kind, hosts[c]);
        if (!canonical) visit({ kind: 'nonCanonical', row, column, value, canonical: written, isFormula });
        if (wantValid.has(column.field.key)) visit({ kind: 'valid', row, column, value, canonical: outcome.value });
      }
    }
    // A split name is missing only when every part is blank.
    if (blankParts) {
      for (const [fieldKey, blanks] of blankParts)
        if (!partsWithValue?.has(fieldKey)) visit({ kind: 'missing', row, column: blanks[0] });
    }
    if (ctx.onProgress && index % PROGRESS_EVERY === 0) ctx.onProgress({ done: index, total });
  }
  ctx.onProgress?.({ done: total, total });
  return { dataRows, totalsRows };
}

class Memo {
  private readonly outcomes = new Map<string, NormaliseOutcome>();
  private lookups = 0;
  private hits = 0;
  private enabled = true;

  normalise(field: Field, value: CellValue, ctx: NormaliseContext): NormaliseOutcome {
    if (typeof value !== 'string' || !this.enabled) return normaliseCell(field, value, ctx);
    this.lookups++;
    const hit = this.outcomes.get(value);
    if (hit) {
      this.hits++;
      return hit;
    }
    const outcome = normaliseCell(field, value, ctx);
    if (this.outcomes.size < MEMO_LIMIT) this.outcomes.set(value, outcome);
    if (this.lookups === MEMO_TRIAL && this.hits * 2 < this.lookups) {
      this.enabled = false;
      this.outcomes.clear();
    }
    return outcome;
  }
}

function dateOrderIn(snapshot: SheetSnapshot, col: number): Pick<NormaliseContext, 'dateOrder'> {
  const order = dateOrderOf(snapshot.values, col);
  return order ? { dateOrder: order } : {};
}
