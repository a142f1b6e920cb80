/**
 * Runs core operations in a Web Worker so the sidebar stays responsive on big sheets; Cancel
 * terminates the worker (a fresh one starts for the next run). The worker keeps the last snapshot
 * it was sent, so later runs on the same snapshot object (merge previews after a search) do not
 * copy the sheet again; snapshots are never changed in place. Falls back to the inline runner
 * where workers do not exist.
 */
import type { SheetSnapshot } from '../../sheet/snapshot';
import { abortError } from '../errors';
import { inlineRunner, type CoreRunner } from './core-runner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export function createWorkerRunner(scriptUrl: string | URL): CoreRunner {
  if (typeof Worker === 'undefined') return inlineRunner;
  let worker: Worker | null = null;
  /** The snapshot the current worker holds. */
  let held: SheetSnapshot | null = null;
  let nextId = 1;
  const stop = (active: Worker) => {
    active.terminate();
    if (worker === active) {
      worker = null;
      held = null;
    }
  };

  return {
    run(name, snapshot, options, control = {}) {
      const { signal, onProgress } = control;
      if (signal?.aborted) return Promise.reject(abortError());
      const active = worker ?? (worker = new Worker(scriptUrl));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const finish = () => {
          active.removeEventListener('message', onMessage);
          active.removeEventListener('error', onError);
          signal?.removeEventListener('abort', onAbort);
        };
        const onMessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if (reply.id !== id) return;
          if (reply.type === 'progress') {
            onProgress?.(reply.progress);
            return;
          }
          finish();
          if (reply.type === 'result') resolve(reply.result as never);
          else reject(Object.assign(new Error(reply.message), { name: reply.name }));
        };
        const onError = (event: ErrorEvent) => {
          finish();
          stop(active);
          reject(new Error(event.message || 'The background worker could not start.'));
        };
        const onAbort = () => {
          finish();
          stop(active);
          reject(abortError());
        };
        active.addEventListener('message', onMessage);
        active.addEventListener('error', onError);
        signal?.addEventListener('abort', onAbort);
        const request: WorkerRequest = { id, name, options: options as WorkerRequest['options'] };
        if (snapshot !== held) request.snapshot = snapshot;
        active.postMessage(request);
        held = snapshot;
      });
    },
  };
}
