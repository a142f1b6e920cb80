/**
 * Runs core operations in a Web Worker so the sidebar stays responsive on big sheets; Cancel
 * terminates the worker (a fresh one starts for the next run). Falls back to the inline runner
 * where workers do not exist.
 */
import { abortError } from '../errors';
import { inlineRunner, type CoreRunner } from './core-runner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export function createWorkerRunner(scriptUrl: string | URL): CoreRunner {
  if (typeof Worker === 'undefined') return inlineRunner;
  let worker: Worker | null = null;
  let nextId = 1;

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
          active.terminate();
          if (worker === active) worker = null;
          reject(new Error(event.message || 'The background worker could not start.'));
        };
        const onAbort = () => {
          finish();
          active.terminate();
          if (worker === active) worker = null;
          reject(abortError());
        };
        active.addEventListener('message', onMessage);
        active.addEventListener('error', onError);
        signal?.addEventListener('abort', onAbort);
        const request: WorkerRequest = { id, name, snapshot, options };
        active.postMessage(request);
      });
    },
  };
}
