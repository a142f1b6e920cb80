/**
 * Dedupe time and peak memory on generated customer lists (about 5% duplicate rows) of 10k, 100k
 * and 1M rows. Each size runs in its own Node process (heap limit 4 GB) so that the peak resident
 * set (VmHWM) belongs to that size alone. Writes bench-output/dedupe-speed.{json,md}.
 * Usage: node bench/dedupe/run.mjs speed [sizes…]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { findDuplicates } from '../../shared/dedupe';
import { generateChineseCustomers } from './generate-chinese-customers';
import { scoreClusters } from './scoring';

interface Measure {
  rows: number;
  generateSeconds: number;
  dedupeSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  clusters: number;
  precision: number;
  recall: number;
  f1: number;
}

function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function measureOne(rows: number): Measure {
  const t0 = process.hrtime.bigint();
  // duplicateShare 0.035 with 1-3 copies gives about 5% duplicate rows.
  const list = generateChineseCustomers({
    people: Math.round(rows / 1.05),
    duplicateShare: 0.035,
    seed: 42,
    withIds: true,
  });
  const t1 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const result = findDuplicates({ name: 'bench', values: list.values });
  const cpu = process.cpuUsage(cpu0);
  const t2 = process.hrtime.bigint();
  const score = scoreClusters(
    result.clusters.filter((c) => c.band === 'merge').map((c) => c.rows),
    list.truth,
  );
  return {
    rows: result.rows,
    generateSeconds: Number(t1 - t0) / 1e9,
    dedupeSeconds: Number(t2 - t1) / 1e9,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: peakRssMb(),
    clusters: result.clusters.length,
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
  };
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  process.stdout.write(JSON.stringify(measureOne(Number(args[1]))));
} else {
  const sizes = args.map(Number).filter((n) => n > 0);
  const results: Measure[] = [];
  for (const size of sizes.length ? sizes : [10_000, 100_000, 1_000_000]) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--one', String(size)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) {
      console.error(`size ${size} failed (exit ${run.status}, signal ${run.signal})`);
      process.exitCode = 1;
      continue;
    }
    const m = JSON.parse(run.stdout) as Measure;
    results.push(m);
    console.error(`${size}: ${m.dedupeSeconds.toFixed(1)} s, ${m.peakRssMb} MB`);
  }
  const lines = [
    `Dedupe speed (node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; \`node bench/dedupe/run.mjs speed\`)`,
    '',
    '| rows | dedupe wall (s) | dedupe CPU (s) | peak RSS (MB) | clusters | precision | recall | F1 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (m) =>
        `| ${m.rows.toLocaleString('en-US')} | ${m.dedupeSeconds.toFixed(1)} | ${m.cpuSeconds.toFixed(1)} | ${m.peakRssMb} | ${m.clusters.toLocaleString('en-US')} | ${m.precision.toFixed(4)} | ${m.recall.toFixed(4)} | ${m.f1.toFixed(4)} |`,
    ),
  ];
  mkdirSync('bench-output', { recursive: true });
  writeFileSync(join('bench-output', 'dedupe-speed.json'), JSON.stringify(results, null, 2));
  writeFileSync(join('bench-output', 'dedupe-speed.md'), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
}
