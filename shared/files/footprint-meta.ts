/**
 * The file host's row footprints (row-footprint.ts) kept in the workbook's meta beside the operation
 * that deleted the rows (`rows.<id>`, history/row-footprints.ts), so an undo gives them back after the
 * file is reopened too: the undo's plan carries the footprint back (`footprints`).
 */
import { footprintKeeping } from '../history/row-footprints';
import { footprintMeta } from '../plan/row-footprint';
import type { Plan } from '../plan/plan';
import type { RowFootprint } from './row-footprint';

/** The meta a plan writes, with the footprint of its delete (row-footprints.ts says when a plan keeps one). */
export function metaWithFootprints(
  plan: Pick<Plan, 'meta' | 'deleteRows' | 'insertRows'>,
  footprint: RowFootprint | undefined,
): Record<string, string> {
  const keeping = footprintKeeping(plan);
  return { ...plan.meta, ...(footprint && keeping ? footprintMeta(keeping, footprint) : {}) };
}
