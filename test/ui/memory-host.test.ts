/** @jest-environment jsdom */
import { HostError } from '../../shared/host/host';
import { emptyPlan } from '../../shared/plan/plan';
import { inlineRunner } from '../../shared/ui/tasks/core-runner';
import { createWorkerRunner } from '../../shared/ui/tasks/worker-runner';
import { sampleCustomers, SAMPLE_FORMULA_COL, SAMPLE_SHEET } from '../../shared/ui/demo/sample-customers';
import { SHEET, cell, makeHost, smallSheet } from './helpers';

describe('createMemoryHost', () => {
  test('reads the active sheet with its formulas and meta', async () => {
    const host = makeHost(sampleCustomers());
    const snapshot = await host.readSnapshot();
    expect(snapshot.name).toBe(SAMPLE_SHEET);
    expect(snapshot.values).toHaveLength(41);
    expect(snapshot.formulas?.find((f) => f.row === 2)).toEqual({ row: 2, col: SAMPLE_FORMULA_COL, formula: '=K2/J2' });
  });

  test('applies a plan, tells listeners, and selects cells', async () => {
    const host = makeHost();
    const listener = jest.fn();
    host.subscribe(listener);
    await host.applyPlan({ ...emptyPlan(SHEET), edits: [{ row: 2, col: 2, before: 'Zhang Wei', after: '张伟' }] });
    expect(cell(host, 2, 2)).toBe('张伟');
    await host.selectCell(SHEET, 3, 4);
    expect(host.state().selection).toEqual({ sheet: SHEET, row: 3, col: 4 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test('refuses a plan that does not fit the sheet with a HostError naming the step, and changes nothing', async () => {
    const host = makeHost();
    const stale = { ...emptyPlan(SHEET), edits: [{ row: 2, col: 2, before: 'Someone else', after: 'x' }] };
    const error = await host.applyPlan(stale).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).step).toBe('writing the changes');
    expect(cell(host, 2, 2)).toBe('Zhang Wei');
  });

  test('never writes over a formula', async () => {
    const host = makeHost(sampleCustomers());
    const plan = {
      ...emptyPlan(SAMPLE_SHEET),
      edits: [{ row: 2, col: SAMPLE_FORMULA_COL, before: cell(host, 2, SAMPLE_FORMULA_COL, SAMPLE_SHEET), after: 1 }],
    };
    await expect(host.applyPlan(plan)).rejects.toThrow(/formula/);
  });

  test('selecting a cell of a sheet that does not exist is a HostError', async () => {
    await expect(makeHost().selectCell('Nope', 1, 1)).rejects.toBeInstanceOf(HostError);
  });

  test('reads big sheets in request-sized steps with progress, and stops when cancelled', async () => {
    const big = smallSheet();
    for (let i = 0; i < 500; i++)
      big.values.push([`C${String(i + 10).padStart(6, '0')}`, 'Name', '13800138000', null, null, null]);
    const host = makeHost(big, { maxCellsPerRequest: 600 });
    const progress: number[] = [];
    await host.readSnapshot({ onProgress: (p) => progress.push(p.done) });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress[progress.length - 1]).toBe(big.values.length);

    const controller = new AbortController();
    const reading = host.readSnapshot({ signal: controller.signal, onProgress: () => controller.abort() });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('core runners', () => {
  test('the inline runner runs an operation and refuses when already cancelled', async () => {
    const snapshot = smallSheet();
    const result = await inlineRunner.run('checkSheet', snapshot, {});
    expect(result.rows).toBe(5);
    const controller = new AbortController();
    controller.abort();
    await expect(inlineRunner.run('checkSheet', snapshot, {}, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  test('without Worker support the worker runner is the inline one', () => {
    expect(typeof Worker).toBe('undefined');
    expect(createWorkerRunner('core-worker.js')).toBe(inlineRunner);
  });
});
