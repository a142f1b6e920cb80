/**
 * What the Insights tab adds to a sidebar session: the quality score stored after each Check (a
 * second scan of the cells, beside checkSheet's own), the customer-type suggestion over every row,
 * and a review plan for the whole stale queue. Run with `npm run bench bench/insights-review.bench.ts`
 * (sizes from argv, default 10k 100k).
 */
import { cpus, loadavg } from 'node:os';
// Through the sidebar's table of core operations: the same check the Check tab runs.
import { CORE_OPS } from '../shared/ui/tasks/core-ops';
import { qualityScore } from '../shared/insights/quality-trend';
import { planLifecycle } from '../shared/insights/lifecycle-suggestion';
import { planReview } from '../shared/insights/review-plan';
import { buildInsights } from '../shared/insights';
import { messyCustomerRows } from './messy-customer-rows';

const NOW = new Date(Date.UTC(2024, 11, 31));
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

function seconds<T>(work: () => T): [T, number] {
  global.gc?.();
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

const lines = [
  '| rows | check (s) | quality score (s) | customer-type suggestion (s) | suggested | stale | review plan (s) |',
  '|---:|---:|---:|---:|---:|---:|---:|',
];
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const snapshot = { name: '客户', values: messyCustomerRows(size) };
  const [, check] = seconds(() => CORE_OPS.checkSheet(snapshot, { now: NOW }));
  const [, score] = seconds(() => qualityScore(snapshot, { now: NOW }));
  const [lifecycle, suggest] = seconds(() => planLifecycle(snapshot, { now: NOW }));
  const stale = buildInsights(snapshot, { now: NOW, duplicates: { clusters: [], rows: size } }).stale.rows;
  const [, review] = seconds(() => planReview(snapshot, { now: NOW, rows: stale, action: { kind: 'reviewed' } }));
  lines.push(
    `| ${size.toLocaleString('en-US')} | ${check.toFixed(2)} | ${score.toFixed(2)} | ${suggest.toFixed(2)} | ${lifecycle.plan.edits.length.toLocaleString('en-US')} | ${stale.length.toLocaleString('en-US')} | ${review.toFixed(2)} |`,
  );
  process.stderr.write(`${lines.at(-1)}\n`);
}
process.stdout.write(
  `\nInsights tab work (node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)})\n${lines.join('\n')}\n`,
);
