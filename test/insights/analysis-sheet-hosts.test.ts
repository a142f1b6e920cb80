/**
 * Every host writes the analysis sheet set up plans — formulas, not values — as the in-memory
 * reference holds it, and merging rows away leaves its whole-column formulas as they were.
 */
import { findDuplicates } from '../../shared/dedupe';
import { planMerge } from '../../shared/merge';
import { resolveContext } from '../../shared/operations/options';
import { planSetup } from '../../shared/operations/setup';
import { sampleCustomers } from '../../shared/ui/demo/sample-customers';
import { excelHost, fileHost, memoryHost, type HostFactory } from '../contract/hosts';
import { sheetsHost } from '../appsscript/contract-host';

const NOW = new Date(Date.UTC(2024, 11, 31));
const SHEET = '客户分析';

describe.each([
  ['Excel (emulated Office.js)', excelHost],
  ['file (exceljs)', fileHost],
  ['Google Sheets (emulated SpreadsheetApp)', sheetsHost],
] as [string, HostFactory][])('analysis sheet in %s', (_name, factory) => {
  const start = sampleCustomers();

  test('writes the same formulas as the reference when set up runs on the demo list', async () => {
    const reference = memoryHost(start);
    const subject = factory(start);
    await reference.host.applyPlan(planSetup(await reference.host.readSnapshot(), { now: NOW }).plan);
    await subject.host.applyPlan(planSetup(await subject.host.readSnapshot(), { now: NOW }).plan);
    const expected = reference.sheet(SHEET)!;
    expect(expected.values[4]?.[0]).toBe('客户数');
    expect(expected.formulas.B5).toMatch(/^MAX\(0,MAX\(COUNTA\(/);
    expect(Object.keys(expected.formulas).length).toBeGreaterThan(50);
    expect(subject.sheet(SHEET)).toEqual(expected);
  });

  test('keeps the whole-column formulas when a merge deletes duplicate rows', async () => {
    const subject = factory(start);
    await subject.host.applyPlan(planSetup(await subject.host.readSnapshot(), { now: NOW }).plan);
    const before = subject.sheet(SHEET)!.formulas;
    const snapshot = await subject.host.readSnapshot();
    const ctx = resolveContext(snapshot, { now: NOW });
    const clusters = findDuplicates(snapshot, { template: ctx.template, mapping: ctx.mapping }).clusters.filter(
      (c) => c.band === 'merge',
    );
    expect(clusters.length).toBeGreaterThan(0);
    await subject.host.applyPlan(
      planMerge(snapshot, clusters, { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale, now: NOW })
        .plan,
    );
    expect(subject.sheet(SHEET)!.formulas).toEqual(before);
  });
});
