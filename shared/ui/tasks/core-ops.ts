/** The core operations the sidebar runs off the UI thread when it can (see worker-runner.ts). */
import { findDuplicates, findExactDuplicates } from '../../dedupe';
import { checkSheet } from '../../check/check-sheet';
import { planClean } from '../../operations/clean';
import { planSetup } from '../../operations/setup';
import type { OperationOptions } from '../../operations/options';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { planMerges, suggestSurvivors } from './merge-ops';
import { planLifecycle } from '../../insights/lifecycle-suggestion';
import { qualityScore } from '../../insights/quality-trend';
import { planReview } from '../../insights/review-plan';
import { sidebarInsights } from './insights-ops';
import { planNotSame } from './not-same-ops';
import { planCombineSheets, planCompareSheets } from './combine-ops';
import { planDuplicateAction } from '../../operations/duplicate-actions';

export const CORE_OPS = {
  checkSheet,
  planClean,
  planSetup,
  findDuplicates,
  findExactDuplicates,
  planNotSame,
  planCombineSheets,
  planCompareSheets,
  suggestSurvivors,
  planMerges,
  planDuplicateAction,
  insights: sidebarInsights,
  qualityScore,
  planReview,
  planLifecycle,
} as const;

export type CoreOps = typeof CORE_OPS;
export type CoreOpName = keyof CoreOps;
export type CoreResult<K extends CoreOpName> = ReturnType<CoreOps[K]>;
/** Options cross a worker boundary, so they are plain data: progress comes through the control. */
export type CoreOptions<K extends CoreOpName = CoreOpName> = K extends CoreOpName
  ? Omit<NonNullable<Parameters<CoreOps[K]>[1]>, 'onProgress'>
  : never;

type Progressing<K extends CoreOpName> = CoreOptions<K> & Pick<OperationOptions, 'onProgress'>;

export function runCoreOp<K extends CoreOpName>(
  name: K,
  snapshot: SheetSnapshot,
  options: Progressing<K>,
): CoreResult<K> {
  const op = CORE_OPS[name] as unknown as (snapshot: SheetSnapshot, options: Progressing<K>) => CoreResult<K>;
  return op(snapshot, options);
}
