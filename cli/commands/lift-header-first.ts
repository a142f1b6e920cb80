/**
 * Commands that change the customer sheet (clean, merge, mark, dedupe --action) move a header below
 * a title up to row 1 first (shared/operations/lift-header.ts), as an operation of its own in the
 * history, so that undo puts the title back.
 */
import { resolveContext, type OperationOptions } from '../../shared/operations/options';
import { headerLiftNote, planLiftHeader } from '../../shared/operations/lift-header';
import { readBelowTitle } from '../../shared/operations/read-below-title';
import type { Plan } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import type { LoadedWorkbook } from '../io/loaded-workbook';
import { readSnapshot } from '../io/read-workbook';

interface LiftTarget {
  apply(plan: Plan): void;
  /** The sheet as the plans so far left it. */
  read(): SheetSnapshot;
}

/** The file written: a CSV keeps no history, so the removed rows live on in the input file only. */
export function outputOf(out: string | undefined): 'xlsx' | 'csv' {
  return out !== undefined && /\.csv$/i.test(out) ? 'csv' : 'xlsx';
}

/** The sheet with its header in row 1, and what moving it there said (none when it already was). */
export function liftHeaderFirst(
  loaded: LoadedWorkbook,
  options: OperationOptions,
  output: 'xlsx' | 'csv',
  target: LiftTarget = {
    apply: (plan) => void applyPlanToWorkbook(loaded, plan),
    read: () => readSnapshot(loaded),
  },
): { snapshot: SheetSnapshot; lifted?: string } {
  const below = loaded.headerToLift;
  if (!below) return { snapshot: loaded.snapshot };
  // The sheet's language is its header's, not its title's.
  const { locale, now, by } = resolveContext(readBelowTitle(loaded.snapshot, below), options);
  const lift = planLiftHeader(loaded.snapshot, below, { locale, at: now, ...(by ? { by } : {}) });
  target.apply(lift.plan);
  return {
    snapshot: target.read(),
    lifted: headerLiftNote(locale, below, lift, output === 'csv' ? 'input' : 'history'),
  };
}
