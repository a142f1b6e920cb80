/**
 * The CLI at scale: generated Chinese customer lists (bench/dedupe's generator, about 5% duplicate
 * rows) of 100k, 300k and 1M rows as CSV, and the built `custodian` run on each in its
 * own Node process with Node's default heap: check, clean to .csv, clean to .xlsx, dedupe --json.
 * Prints wall and CPU seconds, peak RSS, exit code (and F1 for dedupe against the generator's
 * truth), with the machine and the load average noted. Writes bench-output/scale-<label>.{md,json}.
 *
 * Usage: npm run bench -- bench/scale.bench.ts
 *   SCALE_ROWS=100000,300000          sizes (default 100000,300000,1000000; 1M takes about 8 minutes on 2 cores)
 *   SCALE_CLI=path/to/custodian.js    the CLI to measure (default bin/custodian.js; build it first)
 *   SCALE_LABEL=before                names the output files (default "now")
 *   SCALE_TIMEOUT=600                 seconds before a command is stopped and reported as a timeout
 *   SCALE_COMMANDS=check,dedupe       a subset of check, clean-csv, clean-xlsx, dedupe
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvFieldText } from '../shared/sheet/csv-text';
import type { CellValue } from '../shared/sheet/cell-value';
import { generateChineseCustomers } from './dedupe/generate-chinese-customers';
import { scoreClusters } from './dedupe/scoring';

interface Run {
  rows: number;
  command: string;
  wallSeconds: number;
  cpuSeconds: number | null;
  peakRssMb: number | null;
  exit: string;
  load: number;
  f1: number | null;
}

const root = process.cwd();
const outDir = join(root, 'bench-output', 'scale');
const sizes = (process.env.SCALE_ROWS ?? '100000,300000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const cli = resolve(process.env.SCALE_CLI ?? join(root, 'bin', 'custodian.js'));
const label = process.env.SCALE_LABEL ?? 'now';
const timeoutMs = Number(process.env.SCALE_TIMEOUT ?? 600) * 1000;
const commands = (process.env.SCALE_COMMANDS ?? 'check,clean-csv,clean-xlsx,dedupe').split(',');

function csvLine(row: readonly CellValue[]): string {
  return row
    .map((value) => {
      const text = csvFieldText(value);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** The list's CSV and truth, generated once per size and kept in bench-output/scale. */
function listFiles(rows: number): { csv: string; truth: string } {
  const csv = join(outDir, `customers-${rows}.csv`);
  const truth = join(outDir, `customers-${rows}.truth.json`);
  if (existsSync(csv) && existsSync(truth)) return { csv, truth };
  // duplicateShare 0.035 with 1-3 copies gives about 5% duplicate rows (as bench/dedupe/speed.ts).
  const list = generateChineseCustomers({
    people: Math.round(rows / 1.05),
    duplicateShare: 0.035,
    seed: 42,
    withIds: true,
  });
  const fd = openSync(csv, 'w');
  let chunk: string[] = [];
  for (const row of list.values) {
    chunk.push(csvLine(row));
    if (chunk.length === 10_000) {
      writeSync(fd, chunk.join('\r\n') + '\r\n');
      chunk = [];
    }
  }
  writeSync(fd, chunk.join('\r\n') + '\r\n');
  closeSync(fd);
  writeFileSync(truth, JSON.stringify(list.truth));
  return { csv, truth };
}

function argsFor(command: string, csv: string, rows: number): string[] {
  switch (command) {
    case 'check':
      return ['check', csv];
    case 'clean-csv':
      return ['clean', csv, '-o', join(outDir, `clean-${rows}-${label}.csv`)];
    case 'clean-xlsx':
      return ['clean', csv, '-o', join(outDir, `clean-${rows}-${label}.xlsx`)];
    case 'dedupe':
      return ['dedupe', csv, '--json'];
    default:
      throw new Error(`Unknown command ${command}: use check, clean-csv, clean-xlsx or dedupe`);
  }
}

function f1Of(stdoutFile: string, truthFile: string): number | null {
  try {
    const result = JSON.parse(readFileSync(stdoutFile, 'utf8')) as { clusters: { rows: number[] }[] };
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as number[];
    return scoreClusters(
      result.clusters.map((c) => c.rows),
      truth,
    ).f1;
  } catch {
    return null;
  }
}

function measure(rows: number, command: string, files: { csv: string; truth: string }): Run {
  const usageFile = join(outDir, `usage-${process.pid}.json`);
  const stdoutFile = join(outDir, `${command}-${rows}-${label}.out`);
  rmSync(usageFile, { force: true });
  const out = openSync(stdoutFile, 'w');
  const err = openSync(join(outDir, `${command}-${rows}-${label}.err`), 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, SCALE_USAGE_FILE: usageFile };
  delete env.NODE_OPTIONS; // Node's default heap, whatever the caller's shell sets
  const load = loadavg()[0]!;
  const start = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(root, 'bench', 'scale-usage.mjs')).href, cli, ...argsFor(command, files.csv, rows)],
    { stdio: ['ignore', out, err], env, timeout: timeoutMs, killSignal: 'SIGKILL' },
  );
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(out);
  closeSync(err);
  // A process killed by V8 (heap out of memory) or the timeout writes no usage.
  const usage = existsSync(usageFile)
    ? (JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage)
    : undefined;
  const timedOut = run.signal === 'SIGKILL' && wallSeconds * 1000 >= timeoutMs;
  const exit = timedOut ? 'timeout' : run.signal ? run.signal : String(run.status);
  return {
    rows,
    command,
    wallSeconds,
    cpuSeconds: usage ? (usage.userCPUTime + usage.systemCPUTime) / 1e6 : null,
    peakRssMb: usage ? Math.round(usage.maxRSS / 1024) : null,
    exit,
    load,
    f1: command === 'dedupe' && run.status === 0 ? f1Of(stdoutFile, files.truth) : null,
  };
}

const show = (n: number | null, digits: number) => (n === null ? '–' : n.toFixed(digits));

function table(runs: Run[]): string[] {
  const cpu = cpus();
  const [one, five, fifteen] = loadavg();
  return [
    `Custodian CLI at scale (${label}): node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB RAM, default heap; load average at start ${loadAtStart}, ` +
      `at end ${[one, five, fifteen].map((l) => l!.toFixed(2)).join(' ')}`,
    '',
    '| rows | command | wall (s) | CPU (s) | peak RSS (MB) | exit | F1 | load at start |',
    '|---:|---|---:|---:|---:|---|---:|---:|',
    ...runs.map(
      (r) =>
        `| ${r.rows.toLocaleString('en-US')} | ${r.command} | ${r.wallSeconds.toFixed(1)} | ${show(r.cpuSeconds, 1)} | ` +
        `${r.peakRssMb ?? '–'} | ${r.exit} | ${show(r.f1, 4)} | ${r.load.toFixed(2)} |`,
    ),
  ];
}

mkdirSync(outDir, { recursive: true });
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build:cli first`);
const loadAtStart = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const runs: Run[] = [];
for (const rows of sizes) {
  const files = listFiles(rows);
  for (const command of commands) {
    const run = measure(rows, command, files);
    runs.push(run);
    console.error(`${rows} ${command}: ${run.wallSeconds.toFixed(1)} s, ${run.peakRssMb ?? '?'} MB, exit ${run.exit}`);
  }
}
const lines = table(runs);
writeFileSync(join(root, 'bench-output', `scale-${label}.json`), JSON.stringify(runs, null, 2));
writeFileSync(join(root, 'bench-output', `scale-${label}.md`), lines.join('\n') + '\n');
console.log(lines.join('\n'));
