/** @jest-environment jsdom */
import { createWorkerRunner } from '../../shared/ui/tasks/worker-runner';
import type { WorkerReply, WorkerRequest } from '../../shared/ui/tasks/worker-protocol';
import { mergeContext, mergeSettings } from '../../shared/ui/views/merge-context';
import { smallSheet } from './helpers';

/** A stand-in for the browser's Worker: records what it is sent; the test plays the worker's replies. */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  sent: WorkerRequest[] = [];
  terminated = false;
  constructor(readonly url: string | URL) {
    super();
    FakeWorker.instances.push(this);
  }
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

describe('createWorkerRunner', () => {
  beforeEach(() => {
    FakeWorker.instances = [];
    (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
  });
  afterEach(() => {
    delete (globalThis as unknown as { Worker?: unknown }).Worker;
  });

  test('posts the operation, relays progress and resolves with the result', async () => {
    const runner = createWorkerRunner('core-worker.js');
    const progress: number[] = [];
    const running = runner.run('checkSheet', smallSheet(), {}, { onProgress: (p) => progress.push(p.done) });
    const worker = FakeWorker.instances[0]!;
    const request = worker.sent[0]!;
    expect(request.name).toBe('checkSheet');
    worker.reply({ id: request.id, type: 'progress', progress: { done: 3, total: 5 } });
    worker.reply({ id: request.id, type: 'result', result: { issues: [], rows: 5 } });
    await expect(running).resolves.toEqual({ issues: [], rows: 5 });
    expect(progress).toEqual([3]);
  });

  test('Cancel terminates the worker at once and the next run starts a fresh one', async () => {
    const runner = createWorkerRunner('core-worker.js');
    const controller = new AbortController();
    const running = runner.run('findDuplicates', smallSheet(), {}, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    void runner.run('checkSheet', smallSheet(), {}).catch(() => undefined);
    expect(FakeWorker.instances).toHaveLength(2);
  });

  test('sends a sheet once when a merge preview follows a search on the same snapshot', async () => {
    const runner = createWorkerRunner('core-worker.js');
    const sheet = smallSheet();
    const worker = () => FakeWorker.instances[0]!;
    const answer = (index: number, result: unknown) =>
      worker().reply({ id: worker().sent[index]!.id, type: 'result', result });

    const search = runner.run('findDuplicates', sheet, {});
    answer(0, { clusters: [], rows: 5 });
    await search;
    const preview = runner.run('planMerges', sheet, {
      ...mergeSettings(mergeContext(sheet)),
      clusters: [{ rows: [2, 6], confidence: 0.95, band: 'merge', reasons: [] }],
    });
    answer(1, { plan: null, merges: [], problems: [] });
    await preview;
    const other = smallSheet(); // read again: a new snapshot
    const again = runner.run('findDuplicates', other, {});
    answer(2, { clusters: [], rows: 5 });
    await again;

    expect(worker().sent.map((r) => r.snapshot)).toEqual([sheet, undefined, other]);
    expect(worker().sent[1]!.name).toBe('planMerges');
  });

  test('sends the sheet again to the fresh worker after a Cancel', async () => {
    const runner = createWorkerRunner('core-worker.js');
    const sheet = smallSheet();
    const controller = new AbortController();
    const first = runner.run('findDuplicates', sheet, {}, { signal: controller.signal });
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    void runner.run('findDuplicates', sheet, {}).catch(() => undefined);
    expect(FakeWorker.instances[1]!.sent[0]!.snapshot).toBe(sheet);
  });

  test('an error in the worker rejects with its message', async () => {
    const runner = createWorkerRunner('core-worker.js');
    const running = runner.run('planClean', smallSheet(), {});
    const worker = FakeWorker.instances[0]!;
    worker.reply({ id: worker.sent[0]!.id, type: 'error', name: 'TypeError', message: 'boom' });
    await expect(running).rejects.toMatchObject({ name: 'TypeError', message: 'boom' });
  });
});
