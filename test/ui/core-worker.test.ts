/** @jest-environment jsdom */
import type { WorkerReply, WorkerRequest } from '../../shared/ui/tasks/worker-protocol';
import type { Cluster } from '../../shared/dedupe';
import type { MergeResult } from '../../shared/merge';
import { mergeContext, mergeSettings } from '../../shared/ui/views/merge-context';
import { smallSheet } from './helpers';

/** The worker entry as the browser runs it: `self.onmessage` in, `self.postMessage` out. */
async function loadWorker() {
  const replies: WorkerReply[] = [];
  const scope = self as unknown as {
    onmessage: ((event: { data: WorkerRequest }) => void) | null;
    postMessage: unknown;
  };
  scope.postMessage = (reply: WorkerReply) => replies.push(reply);
  await jest.isolateModulesAsync(async () => {
    await import('../../shared/ui/tasks/core-worker');
  });
  return { send: (data: WorkerRequest) => scope.onmessage!({ data }), replies };
}

describe('core-worker', () => {
  const original = self.postMessage;
  afterEach(() => {
    (self as unknown as { postMessage: unknown }).postMessage = original;
    (self as unknown as { onmessage: unknown }).onmessage = null;
  });

  test('plans a merge on the sheet it already holds when the request leaves the sheet out', async () => {
    const { send, replies } = await loadWorker();
    const sheet = smallSheet();
    const settings = mergeSettings(mergeContext(sheet));
    const zhangWei: Cluster = { rows: [2, 6], confidence: 0.95, band: 'merge', reasons: [] };
    send({ id: 1, name: 'suggestSurvivors', snapshot: sheet, options: { ...settings, clusters: [zhangWei] } });
    send({ id: 2, name: 'planMerges', options: { ...settings, clusters: [zhangWei], survivors: { 0: 6 } } });
    expect(replies[0]).toEqual({ id: 1, type: 'result', result: [2] });
    const planned = replies[1] as { id: number; type: 'result'; result: MergeResult };
    expect(planned.type).toBe('result');
    expect(planned.result.merges.map((m) => [m.survivorRow, m.mergedRows])).toEqual([[6, [2]]]);
  });

  test('answers with an error when it was never sent a sheet', async () => {
    const { send, replies } = await loadWorker();
    send({ id: 7, name: 'checkSheet', options: {} });
    expect(replies).toEqual([
      { id: 7, type: 'error', name: 'Error', message: 'The background worker was sent no sheet to work on.' },
    ]);
  });
});
