/** What the Duplicates view needs from the merge stage: options resolved like every operation, and row summaries (merge plans come from the worker). */
import { resolveContext } from '../../operations/options';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { cellText, isBlank, type CellValue } from '../../sheet/cell-value';
import { sheetColumns, type SheetColumn } from '../../merge/columns';
import { dateKey, heldValues, numberValue } from '../../merge/field-values';
import type { HeaderMapping } from '../../template/header-mapping';
import type { Template } from '../../template/schema';
import type { Locale } from '../../i18n/locale';

export interface MergeContext {
  snapshot: SheetSnapshot;
  template: Template;
  mapping: HeaderMapping;
  /** The sheet's language (archive and log sheets are written in it). */
  locale: Locale;
  /** The sheet's columns as merging names them (field key or header). */
  columns: readonly SheetColumn[];
}

export function mergeContext(snapshot: SheetSnapshot): MergeContext {
  const ctx = resolveContext(snapshot);
  const settings = { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale };
  return { snapshot, ...settings, columns: sheetColumns(snapshot, settings) };
}

/** What the worker's merge operations need besides the clusters (see tasks/merge-ops.ts). */
export function mergeSettings(ctx: MergeContext): Pick<MergeContext, 'template' | 'mapping' | 'locale'> {
  return { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale };
}

const SUMMARY_FIELDS = ['customerId', 'name', 'contact', 'phone', 'email', 'company'];

/** A name in two columns as it is said: 张伟 (family name first, no space), James Smith (given name first). */
function wholeName(family: string, given: string): string {
  if (/\p{Script=Han}/u.test(family + given)) return family + given;
  return [given, family].filter(Boolean).join(' ');
}

/** A row as a user recognises it: ID, name, contact person, phone, email, company (whichever the sheet has). */
export function rowSummary(ctx: MergeContext, row: number): string {
  const values = ctx.snapshot.values[row - 1] ?? [];
  const parts: string[] = [];
  const cell = (c: number | undefined) => (c ? cellText(values[c - 1] ?? null).trim() : '');
  for (const field of SUMMARY_FIELDS) {
    const col = ctx.mapping.byField[field];
    if (field === 'name' && col === undefined && ctx.mapping.nameParts) {
      const { family, given } = ctx.mapping.nameParts;
      const name = wholeName(cell(family), cell(given));
      if (name) parts.push(name);
      continue;
    }
    const text = col ? cellText(values[col - 1] ?? null).trim() : '';
    if (text) parts.push(text);
  }
  return parts.join(' · ');
}

/** A column whose values differ within a group: what the user may pick from, one candidate per filled row. */
export interface DifferingColumn {
  /** How overrides and rules name the column: its field key, else its header. */
  key: string;
  header: string;
  col: number;
  candidates: Array<{ row: number; value: CellValue }>;
  /** Every candidate is an amount or a count (not a phone or an ID): sum and largest make sense. */
  numbers: boolean;
  /** Every candidate reads as a date: latest makes sense. */
  dates: boolean;
}

/** Kinds whose digits are not quantities. */
const NOT_QUANTITIES = new Set(['phone', 'id', 'email', 'idNumber']);

/**
 * The columns where the group's filled values differ once cleaned as merging compares them (a phone by
 * its number, an email without case, a date by its day), so one value typed two ways is no choice;
 * candidates stay as typed. Blank cells are no choice either.
 */
export function differingColumns(ctx: MergeContext, rows: readonly number[]): DifferingColumn[] {
  const result: DifferingColumn[] = [];
  for (const column of ctx.columns) {
    const candidates: DifferingColumn['candidates'] = [];
    // Each value read in its row (a phone with the row's country), as the merge's notes read them.
    const held = heldValues(column.ctx);
    let distinct = 0;
    for (const row of rows) {
      const cells = ctx.snapshot.values[row - 1];
      const value = cells?.[column.col - 1] ?? null;
      if (isBlank(value)) continue;
      candidates.push({ row, value });
      if (!held.has(value, cells)) distinct++;
      held.add(value, cells);
    }
    if (distinct < 2) continue;
    const kind = column.ctx.field?.kind;
    result.push({
      key: column.fieldKey ?? column.header,
      header: column.header,
      col: column.col,
      candidates,
      numbers:
        !(kind && NOT_QUANTITIES.has(kind)) && candidates.every((c) => numberValue(c.value, column.ctx) !== null),
      // A bare number is a date (a serial) only in a date column.
      dates: candidates.every(
        (c) =>
          (kind === 'date' || typeof c.value !== 'number') &&
          dateKey(c.value, column.ctx, ctx.snapshot.values[c.row - 1]) !== null,
      ),
    });
  }
  return result;
}
