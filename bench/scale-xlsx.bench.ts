/**
 * The commands on a large .xlsx: the generated Chinese customer lists of scale.bench.ts
 * (about 5% duplicate rows) written as .xlsx the way Excel keeps them (shared strings, creation
 * dates as real dates under yyyy-mm-dd, an instructions sheet in front), and the built `custodian`
 * run on each in its own Node process with Node's default heap: check, dedupe --json (with F1
 * against the generator's truth) and clean -o x.xlsx (the workbook streamed into memory and out,
 * as clean does with a plain workbook over 200,000 cells). Prints wall and CPU seconds, peak RSS and exit code.
 *
 * Usage: npm run bench -- bench/scale-xlsx.bench.ts
 *   SCALE_ROWS=300000            sizes (default 100000,300000)
 *   SCALE_CLI=path/to/custodian  the CLI to measure (default bin/custodian.js; build it first)
 *   SCALE_LABEL=before           names the output files (default "now")
 *   SCALE_COMMANDS=check         a subset of check, dedupe, clean (default check, dedupe, clean)
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { generateChineseCustomers } from './dedupe/generate-chinese-customers';
import { scoreClusters } from './dedupe/scoring';

const root = process.cwd();
const outDir = join(root, 'bench-output', 'scale');
const sizes = (process.env.SCALE_ROWS ?? '100000,300000').split(',').map(Number).filter(Boolean);
const cli = resolve(process.env.SCALE_CLI ?? join(root, 'bin', 'custodian.js'));
const label = process.env.SCALE_LABEL ?? 'now';
const commands = (process.env.SCALE_COMMANDS ?? 'check,dedupe,clean').split(',');

/** The list as .xlsx, written once per size with exceljs's streaming writer. */
async function listFile(rows: number): Promise<{ xlsx: string; truth: string }> {
  const xlsx = join(outDir, `customers-${rows}.xlsx`);
  const truth = join(outDir, `customers-${rows}.xlsx-truth.json`);
  if (existsSync(xlsx) && existsSync(truth)) return { xlsx, truth };
  const list = generateChineseCustomers({
    people: Math.round(rows / 1.05),
    duplicateShare: 0.035,
    seed: 42,
    withIds: true,
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true, useStyles: true });
  const help = workbook.addWorksheet('填写说明');
  help.addRow(['请在「客户列表」中每行填写一位客户，日期写成 2024-06-01。']).commit();
  help.commit();
  const sheet = workbook.addWorksheet('客户列表');
  const dateCol = list.values[0].findIndex((h) => String(h).includes('日期'));
  for (const [i, row] of list.values.entries()) {
    const cells = row.map((v, c) => {
      const iso = c === dateCol && i > 0 && typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      return iso ? new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3])) : (v ?? undefined);
    });
    const added = sheet.addRow(cells);
    if (i > 0 && dateCol >= 0) added.getCell(dateCol + 1).numFmt = 'yyyy-mm-dd';
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  writeFileSync(truth, JSON.stringify(list.truth));
  return { xlsx, truth };
}

function measure(rows: number, command: string, files: { xlsx: string; truth: string }) {
  const usageFile = join(outDir, `usage-xlsx-${process.pid}.json`);
  const stdoutFile = join(outDir, `xlsx-${command}-${rows}-${label}.out`);
  rmSync(usageFile, { force: true });
  const out = openSync(stdoutFile, 'w');
  const err = openSync(join(outDir, `xlsx-${command}-${rows}-${label}.err`), 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, SCALE_USAGE_FILE: usageFile };
  delete env.NODE_OPTIONS;
  const load = loadavg()[0]!;
  const start = process.hrtime.bigint();
  const args =
    command === 'dedupe'
      ? ['dedupe', files.xlsx, '--json']
      : command === 'clean'
        ? ['clean', files.xlsx, '-o', join(outDir, `xlsx-clean-${rows}-${label}.xlsx`)]
        : ['check', files.xlsx];
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(root, 'bench', 'scale-usage.mjs')).href, cli, ...args],
    { stdio: ['ignore', out, err], env, timeout: 1_200_000, killSignal: 'SIGKILL' },
  );
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(out);
  closeSync(err);
  const usage = existsSync(usageFile)
    ? (JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage)
    : undefined;
  let f1: number | null = null;
  if (command === 'dedupe' && run.status === 0) {
    const result = JSON.parse(readFileSync(stdoutFile, 'utf8')) as { clusters: { rows: number[] }[] };
    const truth = JSON.parse(readFileSync(files.truth, 'utf8')) as number[];
    f1 = scoreClusters(
      result.clusters.map((c) => c.rows),
      truth,
    ).f1;
  }
  return {
    rows,
    command,
    wall,
    cpu: usage ? (usage.userCPUTime + usage.systemCPUTime) / 1e6 : null,
    peakRssMb: usage ? Math.round(usage.maxRSS / 1024) : null,
    exit: run.signal ?? String(run.status),
    load,
    f1,
  };
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build:cli first`);
  const lines = [
    `| rows | command (${label}) | wall (s) | CPU (s) | peak RSS (MB) | exit | F1 | load at start |`,
    '|---:|---|---:|---:|---:|---|---:|---:|',
  ];
  for (const rows of sizes) {
    const files = await listFile(rows);
    for (const command of commands) {
      const r = measure(rows, command, files);
      const cells = [r.wall.toFixed(1), r.cpu?.toFixed(1) ?? '–', r.peakRssMb ?? '–', r.exit, r.f1?.toFixed(4) ?? '–'];
      lines.push(`| ${rows.toLocaleString('en-US')} | ${command} | ${cells.join(' | ')} | ${r.load.toFixed(2)} |`);
      console.error(lines[lines.length - 1]);
    }
  }
  writeFileSync(join(root, 'bench-output', `scale-xlsx-${label}.md`), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
}

void main();
