/** The core operations the sidebar runs off the UI thread when it can (see worker-runner.ts). */
import { findDuplicates } from '../../dedupe';
import { checkSheet } from '../../operations/check';
import { planClean } from '../../operations/clean';
import { planSetup } from '../../operations/setup';
import type { OperationOptions } from '../../operations/options';
import type { DedupeOptions } from '../../dedupe';
import type { SheetSnapshot } from '../../sheet/snapshot';

export const CORE_OPS = { checkSheet, planClean, planSetup, findDuplicates } as const;

export type CoreOps = typeof CORE_OPS;
export type CoreOpName = keyof CoreOps;
export type CoreResult<K extends CoreOpName> = ReturnType<CoreOps[K]>;
/** Options cross a worker boundary, so they are plain data: progress comes through the control. */
export type CoreOptions = Omit<OperationOptions, 'onProgress'> & Omit<DedupeOptions, 'onProgress'>;

export function runCoreOp<K extends CoreOpName>(name: K, snapshot: SheetSnapshot, options: CoreOptions & Pick<OperationOptions, 'onProgress'>): CoreResult<K> {
  const op = CORE_OPS[name] as (snapshot: SheetSnapshot, options: CoreOptions & Pick<OperationOptions, 'onProgress'>) => CoreResult<K>;
  return op(snapshot, options);
}
