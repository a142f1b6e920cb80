/** Messages between the sidebar and the core worker (structured clone keeps Date values). */
import type { Progress } from '../../host/host';
import type { SheetSnapshot } from '../../sheet/snapshot';
import type { CoreOpName, CoreOptions } from './core-ops';

export interface WorkerRequest {
  id: number;
  name: CoreOpName;
  /**
   * Absent when the worker already holds this snapshot (the last one it was sent): a merge preview
   * after a search does not copy a big sheet across again.
   */
  snapshot?: SheetSnapshot;
  options: CoreOptions;
}

export type WorkerReply =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; name: string; message: string };
