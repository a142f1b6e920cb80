/** Web Worker entry: runs core operations off the UI thread (built to core-worker.js). */
import type { SheetSnapshot } from '../../sheet/snapshot';
import { runCoreOp } from './core-ops';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** At most one progress message per interval: a per-row callback would flood the UI thread. */
const PROGRESS_INTERVAL_MS = 50;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

/** The last snapshot sent; requests on the same sheet leave it out (see WorkerRequest). */
let held: SheetSnapshot | undefined;

scope.onmessage = (event) => {
  const { id, name, options } = event.data;
  let last = 0;
  try {
    const snapshot = event.data.snapshot ?? held;
    if (!snapshot) throw new Error('The background worker was sent no sheet to work on.');
    held = snapshot;
    const result = runCoreOp(name, snapshot, {
      ...options,
      onProgress: (progress) => {
        const now = Date.now();
        if (now - last < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
        last = now;
        scope.postMessage({ id, type: 'progress', progress: { done: progress.done, total: progress.total } });
      },
    });
    scope.postMessage({ id, type: 'result', result });
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ id, type: 'error', name: err.name, message: err.message });
  }
};
