/**
 * `custodian report` core throughput on generated messy customer lists (with owner and next
 * follow-up columns added): segments, quality, stale and follow-ups in one pass, and the analysis
 * sheet's plan. Duplicate detection is timed apart (bench/dedupe measures it at scale). Target:
 * the report of 100k rows within 3 s. Run with `npm run bench` (sizes from argv, default 10k 100k 1M).
 */
import { cpus, loadavg } from 'node:os';
import { buildInsights } from '../shared/insights';
import { planAnalysisSheet } from '../shared/insights/analysis-sheet';
import { resolveContext } from '../shared/operations/options';
import type { CellValue } from '../shared/sheet/cell-value';
import { createRandom, messyCustomerRows } from './messy-customer-rows';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const NOW = new Date(Date.UTC(2024, 11, 31));
const TARGET_100K_SECONDS = 3;
const OWNERS = ['王敏', '刘洋', '陈静', '张强', '李雷', '', 'Amy Chen'];

function rowsWithFollowUps(count: number): CellValue[][] {
  const random = createRandom(7);
  const rows = messyCustomerRows(count);
  rows[0] = [...rows[0]!, '负责人', '下次跟进日期'];
  for (let i = 1; i < rows.length; i++) {
    const day = new Date(NOW.getTime() + Math.floor((random() - 0.7) * 60) * 86_400_000);
    rows[i] = [...rows[i]!, OWNERS[Math.floor(random() * OWNERS.length)]!, random() < 0.8 ? day : null];
  }
  return rows;
}

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
  '| rows | report, first run (s) | report, second run (s) | rows/s | stale | follow-ups | analysis sheet plan (s) | peak RSS (MB) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
];
let failed = false;
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
  peak = 0;
  const snapshot = { name: '客户', values: rowsWithFollowUps(size) };
  // The first run is what one `custodian report` costs; the second shows the steady state.
  const first = measure(() => buildInsights(snapshot, { now: NOW, duplicates: { clusters: [], rows: size } }));
  const report = measure(() => buildInsights(snapshot, { now: NOW, duplicates: { clusters: [], rows: size } }));
  const ctx = resolveContext(snapshot, { now: NOW });
  const sheet = measure(() =>
    planAnalysisSheet({
      sheet: snapshot.name,
      values: snapshot.values,
      mapping: ctx.mapping,
      template: ctx.template,
      locale: ctx.locale,
    }),
  );
  const { stale, followUps } = report.result;
  lines.push(
    `| ${size.toLocaleString('en-US')} | ${first.seconds.toFixed(2)} | ${report.seconds.toFixed(2)} | ${Math.round(size / report.seconds).toLocaleString('en-US')} | ${stale.count.toLocaleString('en-US')} | ${followUps.rows.length.toLocaleString('en-US')} | ${sheet.seconds.toFixed(2)} | ${Math.round(peak / 1048576)} |`,
  );
  process.stderr.write(`${lines.at(-1)}\n`);
  if (size === 100_000 && first.seconds > TARGET_100K_SECONDS) failed = true;
}
// Duplicate detection, which `report` runs too, on the smallest size only.
const small = { name: '客户', values: rowsWithFollowUps(10_000) };
const full = measure(() => buildInsights(small, { now: NOW }));
process.stdout.write(
  `\nReport (node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}; without duplicate detection)\n${lines.join('\n')}\n` +
    `Report of 10,000 rows with duplicate detection: ${full.seconds.toFixed(2)} s (${full.result.duplicates.clusters} groups).\n` +
    `Target: 100,000 rows within ${TARGET_100K_SECONDS} s — ${failed ? 'MISSED' : 'met'}.\n`,
);
if (failed) process.exitCode = 1;
