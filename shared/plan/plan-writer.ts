/**
 * The primitives a host implements so the plan driver (execute-plan.ts) can apply plans to it.
 * Each primitive receives its part of the plan already ordered, grouped and numbered; it only
 * translates into the host's API. A primitive returns nothing, or a promise for hosts whose API is
 * asynchronous. The in-memory host (apply-plan.ts) is the reference implementation.
 */
import type { HostStepKey } from '../host/host-steps';
import type { Block, BlockStrategy } from './blocks';
import type {
  CellEdit,
  Highlight,
  NumberFormatChange,
  Plan,
  Protection,
  RequiredColumn,
  RowContent,
  SheetBackup,
  SheetWrite,
  FilterRange,
  PlanValidation,
} from './plan';
import type { RowFootprint } from './row-footprint';

export type PlanStepKey = Extract<
  HostStepKey,
  | 'backup'
  | 'sheets'
  | 'deleteSheets'
  | 'insertRows'
  | 'edits'
  | 'deleteRows'
  | 'footprints'
  | 'numberFormats'
  | 'validations'
  | 'required'
  | 'highlights'
  | 'freezeRows'
  | 'filter'
  | 'protection'
  | 'meta'
>;

export interface RowRun {
  first: number;
  count: number;
}

/** A formula found under an edit, at the cell as it is now (before the plan's inserts). */
export interface FormulaHit {
  row: number;
  col: number;
  formula: string;
}

/** The plan in the shapes hosts write it. */
export interface PlanWork {
  plan: Plan;
  /** Whether the plan changes its target sheet (else only helper sheets and meta). */
  touchesTarget: boolean;
  /** insertRows by ascending row, and their runs of consecutive rows (ascending). */
  inserts: RowContent[];
  insertRuns: RowRun[];
  /** The edits grouped by the host's block strategy (a later edit of a cell wins); none without a strategy. */
  editBlocks: Block<CellEdit>[];
  /** deleteRows by descending row, and their runs of consecutive rows, bottom first. */
  deletes: RowContent[];
  deleteRuns: RowRun[];
}

type Done = void | Promise<void>;

export interface PlanWriter {
  /**
   * How edits are grouped: Excel writes exact runs, Sheets spans columns and fills the gaps; null
   * for in-memory writers, which apply the plan's edits in order and read no formulas ahead.
   */
  readonly blockStrategy: BlockStrategy | null;
  /**
   * Reads what writing needs, before the first write. `guard` holds the cells under the edits
   * numbered as they are now: a host whose writes cannot be rolled back reads their formulas and
   * returns the first it finds (the driver refuses the plan); an in-memory host may skip it.
   */
  prepare?(work: PlanWork, guard: Block<CellEdit>[]): FormulaHit | null | void | Promise<FormulaHit | null | void>;
  /**
   * Copies the target sheet, as it is before the plan, into a hidden sheet `name` (deleting any
   * sheet of that name first): the host's own sheet copy, so the sheet's cells never travel.
   */
  copySheet(backup: SheetBackup): Done;
  writeSheets(writes: readonly SheetWrite[]): Done;
  /** Deletes the sheets of these names there are (a name without a sheet: nothing to delete). */
  deleteSheets(names: readonly string[]): Done;
  insertRows(rows: readonly RowContent[], runs: readonly RowRun[]): Done;
  writeEdits(blocks: readonly Block<CellEdit>[]): Done;
  deleteRows(rows: readonly RowContent[], runs: readonly RowRun[]): Done;
  /**
   * Gives back what deleting rows took (plan/row-footprint.ts), now that they are back: each formula,
   * name, merge and filter still as `predicted` is set to `before`; what a host cannot read or set is left.
   */
  giveFootprintsBack(footprints: readonly RowFootprint[]): Done;
  setNumberFormats(changes: readonly NumberFormatChange[]): Done;
  /** Sets rules at entry, or removes every rule over a span (a removal). */
  setValidations(validations: readonly PlanValidation[]): Done;
  setRequired(required: readonly RequiredColumn[]): Done;
  /** Replaces (or removes) Custodian's highlight rules of each id on the target sheet (plan/highlights.ts). */
  setHighlights(highlights: readonly Highlight[]): Done;
  /** Freezes the top `rows` rows (0: none), keeping `columns` frozen when given (else the sheet's own where the host can). */
  freezeRows(rows: number, columns?: number): Done;
  /** Sets the filter over a range, or removes the sheet's filter (null). */
  setFilter(filter: FilterRange | null): Done;
  /**
   * Sets (replacing Custodian's earlier one) or removes the target sheet's protection: the areas
   * locked, every other cell unlocked, formatting, sorting, filtering and inserting rows allowed.
   */
  setProtection(protection: Protection): Done;
  /** Custodian's key/value store; a value of '' removes the key. */
  writeMeta(changes: Readonly<Record<string, string>>): Done;
  /** Called around every step (Excel starts a request budget, and syncs at the end). */
  beginStep?(step: PlanStepKey): void;
  endStep?(step: PlanStepKey): Done;
  /** The host's own wording of a failed step (Excel names the columns Office says failed). */
  stepError?(step: PlanStepKey | 'prepare', error: unknown): Error;
  /**
   * Called once after the steps, also when one failed: a host whose own writes a protected sheet
   * refuses (Excel) lifts the protection in prepare and restores it here.
   */
  finish?(): Done;
  /**
   * A writer of the same host for another plan: given, the driver applies the inverse of what a
   * plan that fails half-way had written (Excel, whose writes are live). Left out where a failed
   * plan leaves nothing (the in-memory and file hosts keep their result only when it succeeds) and
   * in Sheets, whose sidebar sends a plan in pieces without the values its edits replace.
   */
  forPlan?(plan: Plan): PlanWriter;
}
