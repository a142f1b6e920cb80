/**
 * Check and clean throughput on generated messy customer lists: rows per second and peak memory.
 * Run with `npm run bench` (sizes from argv, default 10k 100k 1M).
 */
import { cpus } from 'node:os';
import { checkSheet } from '../shared/check/check-sheet';
import { planClean } from '../shared/operations/clean';
import { messyCustomerRows } from './messy-customer-rows';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const NOW = new Date(Date.UTC(2024, 11, 31));

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
sampler.unref();

function measure<T>(work: () => T): { result: T; seconds: number } {
  global.gc?.();
  const start = process.hrtime.bigint();
  const result = work();
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const lines = [
  '| rows | check (s) | check rows/s | issues | clean (s) | clean rows/s | edits | peak RSS (MB) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
  peak = 0;
  const snapshot = { name: 'bench', values: messyCustomerRows(size) };
  const check = measure(() => checkSheet(snapshot, { now: NOW }));
  const issues = check.result.issues.length;
  check.result.issues.length = 0;
  const clean = measure(() => planClean(snapshot, { now: NOW }));
  const edits = clean.result.plan.edits.length;
  lines.push(
    `| ${size.toLocaleString('en-US')} | ${check.seconds.toFixed(2)} | ${Math.round(size / check.seconds).toLocaleString('en-US')} | ${issues.toLocaleString('en-US')} | ${clean.seconds.toFixed(2)} | ${Math.round(size / clean.seconds).toLocaleString('en-US')} | ${edits.toLocaleString('en-US')} | ${Math.round(peak / 1048576)} |`,
  );
  process.stderr.write(`${lines.at(-1)}\n`);
}
process.stdout.write(`\nCheck and clean (node ${process.version}, ${cpus().length} cores)\n${lines.join('\n')}\n`);
