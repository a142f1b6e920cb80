/**
 * The merge stage as core operations the sidebar runs in the worker: the row each duplicate group
 * keeps unless the user picks another, and merge plans (a group's preview, or the real merge) with the user's
 * per-column picks (`overrides`, cluster index -> column) and rules for this search.
 */
import { planMerge, type MergeCluster, type MergeOptions, type MergeResult } from '../../merge';
import { defaultSurvivor, readRecords } from '../../merge/choose-survivor';
import { sheetColumns } from '../../merge/columns';
import { formulasByRow } from '../../merge/plan-merge';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { withBackup } from '../../history/backup';

export interface MergeGroupsOptions extends Pick<MergeOptions, 'template' | 'mapping' | 'locale'> {
  /** Dedupe's clusters, or only their rows. */
  clusters: readonly MergeCluster[];
}

export interface PlanMergesOptions
  extends MergeGroupsOptions, Pick<MergeOptions, 'overrides' | 'rules' | 'delimiters'> {
  /** `survivors[i]`: the row kept for clusters[i]; the merge stage's choice when absent. */
  survivors?: Record<number, number>;
  /** Time of the merge (archive, log, merge ids); now when absent. */
  now?: Date;
  /** Back the sheet up first (the real merge; a group's preview does without the copy). */
  backup?: boolean;
}

/** The row the merge stage keeps for each cluster (most complete, then most recent, then first). */
export function suggestSurvivors(snapshot: SheetSnapshot, options: MergeGroupsOptions): number[] {
  const columns = sheetColumns(snapshot, options);
  const formulas = formulasByRow(snapshot);
  return options.clusters.map((cluster) => defaultSurvivor(readRecords(snapshot, formulas, cluster.rows, columns)).row);
}

export function planMerges(snapshot: SheetSnapshot, options: PlanMergesOptions): MergeResult {
  const {
    clusters,
    survivors = {},
    now = new Date(),
    template,
    mapping,
    locale,
    overrides,
    rules,
    delimiters,
  } = options;
  const result = planMerge(snapshot, clusters, {
    template,
    mapping,
    locale,
    masters: survivors,
    now,
    ...(overrides ? { overrides } : {}),
    ...(rules ? { rules } : {}),
    ...(delimiters ? { delimiters } : {}),
  });
  if (!options.backup) return result;
  const { plan, backup } = withBackup(result.plan, snapshot, { before: 'merge', at: now });
  return { ...result, plan, backup };
}
