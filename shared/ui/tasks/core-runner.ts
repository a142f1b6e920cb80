/**
 * Runs a core operation for the sidebar. The inline runner works everywhere (tests, hosts that
 * cannot load a worker file): it lets the progress bar paint before the synchronous core runs and
 * throws away the result if the user cancelled meanwhile. worker-runner.ts runs it off the UI thread.
 */
import type { Progress } from '../../host/host';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { throwIfAborted } from '../errors';
import { runCoreOp, type CoreOpName, type CoreOptions, type CoreResult } from './core-ops';

export interface CoreControl {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface CoreRunner {
  run<K extends CoreOpName>(
    name: K,
    snapshot: SheetSnapshot,
    options: CoreOptions<K>,
    control?: CoreControl,
  ): Promise<CoreResult<K>>;
}

/** Yields to the event loop so React can render (and a Cancel click can land) before heavy work. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const inlineRunner: CoreRunner = {
  async run(name, snapshot, options, control = {}) {
    throwIfAborted(control.signal);
    await breathe();
    throwIfAborted(control.signal);
    const result = runCoreOp(name, snapshot, { ...options, onProgress: control.onProgress });
    await breathe();
    throwIfAborted(control.signal);
    return result;
  },
};
