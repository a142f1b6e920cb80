/**
 * Heap bytes per field of a CSV's snapshot (what the read budget for CSV reads without an exceljs
 * workbook is sized from): parses each generated list of bench/scale.bench.ts (run that first)
 * the way the CLI does and measures the heap the snapshot keeps after a full garbage collection,
 * and the CPU time of the parse.
 *
 * Usage: node bench/dedupe/run.mjs bench/csv-snapshot-memory.ts [rows…]   (default 100000 300000)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseCsv } from '../shared/files/parse-csv';
import { snapshotFromCsvRows } from '../shared/files/csv-sheet';
import type { SheetSnapshot } from '../shared/sheet/snapshot';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  // V8 holds the subject of the last successful match (a whole file's text after a parse) until
  // another match succeeds: not part of what a snapshot keeps.
  /^/.exec('');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function read(bytes: Uint8Array, file: string): SheetSnapshot {
  return snapshotFromCsvRows(parseCsv(bytes, file).rows, 'customers');
}

function measure(rows: number): string {
  const file = join(process.cwd(), 'bench-output', 'scale', `customers-${rows}.csv`);
  const bytes = readFileSync(file);
  const before = heapUsed();
  const cpu = process.cpuUsage();
  const snapshot = read(bytes, file);
  const used = process.cpuUsage(cpu);
  const kept = heapUsed() - before;
  let fields = 0;
  for (const row of snapshot.values) fields += row.length;
  return (
    `${rows} rows, ${fields} fields, ${(bytes.length / 1e6).toFixed(1)} MB: snapshot keeps ${(kept / 1e6).toFixed(0)} MB ` +
    `= ${(kept / fields).toFixed(1)} bytes per field; parse ${((used.user + used.system) / 1e6).toFixed(2)} CPU s`
  );
}

// One-time costs (compiled code, papaparse's first use) are paid before measuring.
read(new TextEncoder().encode('姓名,手机\r\n张三,13800138000\r\n'), 'warm-up.csv');
const sizes = process.argv.slice(2).map(Number);
for (const rows of sizes.length > 0 ? sizes : [100_000, 300_000]) console.log(measure(rows));
