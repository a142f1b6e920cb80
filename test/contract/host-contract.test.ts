/**
 * The host contract: every host, driven only through SpreadsheetHost by the real operations
 * (set up, clean, merge, undo), ends with the same sheets as the in-memory reference.
 */
import { findDuplicates } from '../../shared/dedupe';
import { planMerge, planUndo } from '../../shared/merge';
import { mergeLabels } from '../../shared/merge/labels';
import { planClean } from '../../shared/operations/clean';
import { resolveContext } from '../../shared/operations/options';
import { planSetup } from '../../shared/operations/setup';
import { planDuplicateAction } from '../../shared/operations/duplicate-actions';
import type { DuplicateAction } from '../../shared/operations/duplicate-actions';
import { invertPlan } from '../../shared/plan/invert-plan';
import { emptyPlan, type Plan } from '../../shared/plan/plan';
import { sampleCustomers } from '../../shared/ui/demo/sample-customers';
import { excelHost, fileHost, memoryHost, type HostFactory, type HostUnderTest } from './hosts';
import { sheetsHost } from '../appsscript/contract-host';
import { setUpThenUndo } from '../history/setup-undo-fixtures';

const NOW = new Date(Date.UTC(2024, 11, 31, 8, 0, 0));

interface Step {
  name: string;
  /** Plans applied one after another; each is computed from the sheet the previous one left. */
  plans: (hut: HostUnderTest, history: Plan[]) => AsyncGenerator<Plan>;
}

const STEPS: Step[] = [
  {
    name: 'set up',
    plans: async function* ({ host }) {
      yield planSetup(await host.readSnapshot(), { now: NOW }).plan;
    },
  },
  {
    name: 'clean',
    plans: async function* ({ host }) {
      yield planClean(await host.readSnapshot(), { now: NOW }).plan;
    },
  },
  {
    name: 'merge duplicates',
    plans: async function* ({ host }) {
      const snapshot = await host.readSnapshot();
      const ctx = resolveContext(snapshot, { now: NOW });
      const clusters = findDuplicates(snapshot, { template: ctx.template, mapping: ctx.mapping }).clusters.filter(
        (c) => c.band === 'merge',
      );
      expect(clusters.length).toBeGreaterThan(0);
      yield planMerge(snapshot, clusters, {
        template: ctx.template,
        mapping: ctx.mapping,
        locale: ctx.locale,
        now: NOW,
      }).plan;
    },
  },
  {
    name: 'undo every merge, newest first',
    plans: async function* ({ host }) {
      const ids = mergeIds((await host.readSnapshot()).meta ?? {});
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids.reverse()) {
        const undo = planUndo((await host.readSnapshot()).meta ?? {}, id, NOW);
        if (!undo.ok) throw new Error(undo.error.message);
        yield undo.plan;
      }
    },
  },
  {
    name: 'undo the clean',
    plans: async function* (_hut, history) {
      yield invertPlan(history[1]);
    },
  },
];

function mergeIds(meta: Record<string, string>): string[] {
  const ids = Object.keys(meta)
    .filter((k) => k.startsWith('history.'))
    .map((k) => k.slice('history.'.length));
  return ids.sort((a, b) => Number(a.split('-').at(-1)) - Number(b.split('-').at(-1)));
}

const HOSTS: [string, HostFactory][] = [
  ['Excel (emulated Office.js)', excelHost],
  ['file (exceljs)', fileHost],
  ['Google Sheets (built Code.js, emulated SpreadsheetApp)', sheetsHost],
];

describe.each(HOSTS)('host contract: %s', (_name, factory) => {
  const start = sampleCustomers();
  const sheets = [start.name, mergeLabels('zh-CN').archiveSheet, mergeLabels('zh-CN').logSheet];
  const reference = memoryHost(start);
  const subject = factory(start);
  const referencePlans: Plan[] = [];
  const subjectPlans: Plan[] = [];

  test.each(STEPS.map((s, i) => [s.name, i] as const))('%s gives the same sheets', async (_step, index) => {
    const step = STEPS[index];
    for await (const plan of step.plans(reference, referencePlans)) {
      referencePlans.push(plan);
      await reference.host.applyPlan(plan);
    }
    for await (const plan of step.plans(subject, subjectPlans)) {
      subjectPlans.push(plan);
      await subject.host.applyPlan(plan);
    }
    for (const name of sheets)
      expect({ name, sheet: subject.sheet(name) }).toEqual({ name, sheet: reference.sheet(name) });
  });

  test('set up gives the same rules at entry: columns, stop or warning, and the alert people see', async () => {
    const fresh = factory(start);
    const ref = memoryHost(start);
    await fresh.host.applyPlan(planSetup(await fresh.host.readSnapshot(), { now: NOW }).plan);
    await ref.host.applyPlan(planSetup(await ref.host.readSnapshot(), { now: NOW }).plan);
    const expected = ref.rules(start.name);
    expect(expected.some((r) => !r.strict)).toBe(true); // the phone warns
    expect(expected.length).toBeGreaterThan(8);
    expect(fresh.rules(start.name)).toEqual(expected);
  });

  test('highlight, a re-run with fewer groups and unhighlight give the same highlights, values untouched', async () => {
    const fresh = factory(start);
    const ref = memoryHost(start);
    const act = async (hut: HostUnderTest, action: DuplicateAction, keep: number) => {
      const snapshot = await hut.host.readSnapshot();
      const ctx = resolveContext(snapshot, { now: NOW });
      const clusters = findDuplicates(snapshot, { template: ctx.template, mapping: ctx.mapping }).clusters;
      const { plan } = planDuplicateAction(snapshot, {
        action,
        clusters: clusters.slice(0, keep),
        template: ctx.template,
        mapping: ctx.mapping,
        locale: ctx.locale,
        now: NOW,
      });
      await hut.host.applyPlan(plan);
      return hut.highlights(start.name);
    };
    const first = await act(ref, 'highlight', 99);
    expect(Object.keys(first)).toEqual(['duplicates-odd', 'duplicates-even']);
    expect(await act(fresh, 'highlight', 99)).toEqual(first);
    const fewer = await act(ref, 'highlight', 1);
    expect(Object.keys(fewer)).toEqual(['duplicates-odd']);
    expect(await act(fresh, 'highlight', 1)).toEqual(fewer);
    expect(await act(fresh, 'unhighlight', 0)).toEqual({});
    expect(fresh.sheet(start.name)).toEqual(ref.sheet(start.name));
  });

  test('set up protects the same cells: the header row and the customer-ID column, and no other', async () => {
    const fresh = factory(start);
    const ref = memoryHost(start);
    await fresh.host.applyPlan(planSetup(await fresh.host.readSnapshot(), { now: NOW }).plan);
    await ref.host.applyPlan(planSetup(await ref.host.readSnapshot(), { now: NOW }).plan);
    const width = (start.values[0] ?? []).length;
    const expected = ref.locked(start.name, 4, width);
    expect(expected).toContain('A2'); // 客户编号 is the first column of the sample
    expect(expected).not.toContain('B2');
    expect(fresh.locked(start.name, 4, width)).toEqual(expected);
  });

  test('undoing set up from the history takes its rules at entry away and gives the same sheet', async () => {
    const fresh = factory(start);
    const ref = memoryHost(start);
    for (const hut of [fresh, ref])
      await setUpThenUndo(hut.host, 'zh-CN', () => expect(hut.rules(start.name)).not.toEqual([]));
    expect(fresh.rules(start.name)).toEqual([]);
    expect(fresh.sheet(start.name)).toEqual(ref.sheet(start.name));
  });

  test('undoing set up gives back the rules at entry the sheet had of its own, as the host reads them', async () => {
    const fresh = factory(start);
    // Two columns set up gives rules: a team dropdown on the rows they use, a whole-number window.
    const [first, second] = planSetup(start, { now: NOW }).plan.validations.map((v) => v.col);
    const common = { kind: 'own' as const, firstRow: 2, allowBlank: true, alert: 'stop' as const };
    await fresh.host.applyPlan({
      ...emptyPlan(start.name),
      validations: [
        { ...common, col: first!, lastRow: 300, type: 'list', formulas: [], values: ['甲', '乙'] },
        { ...common, col: second!, lastRow: 200, type: 'whole', operator: 'between', formulas: ['0', '100'] },
      ],
    });
    const before = (await fresh.host.readSnapshot()).rules;
    expect(before?.map((r) => r.col)).toEqual([first, second]);
    await setUpThenUndo(fresh.host, 'zh-CN', () => undefined);
    expect((await fresh.host.readSnapshot()).rules).toEqual(before);
  });

  test('the undo steps brought the customer sheet back to how it was after set-up', async () => {
    const setUp = memoryHost(start);
    await setUp.host.applyPlan(planSetup(await setUp.host.readSnapshot(), { now: NOW }).plan);
    expect(subject.sheet(start.name)).toEqual(setUp.sheet(start.name));
  });
});
