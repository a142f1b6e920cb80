/**
 * Development aid: what building the match records of a CSV costs per field, warm (each column's
 * keys of its distinct cells, and preparing its distinct keys), and each column built alone.
 * Phone keys are left out of the first: they are read in their row's context.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../shared/files/parse-csv';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import { buildRecords } from '../../shared/dedupe/records';

const file = process.argv[2] ?? 'bench-output/scale/customers-100000.csv';
const values = parseCsv(readFileSync(file), file).rows;
const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values));
const started = performance.now();
const records = buildRecords({ name: 'x', values }, { template: DEFAULT_TEMPLATE, mapping });
console.log(`records ${(performance.now() - started).toFixed(0)} ms (cold)`);
const ms = (from: number) => (performance.now() - from).toFixed(0).padStart(4);
for (const f of records.fields) {
  const raw = new Set<string>();
  for (let k = 0; k < records.rows.length; k++) {
    const v = values[records.rows[k]! - 1]![f.col - 1];
    if (v) raw.add(v);
  }
  const keyed = performance.now();
  if (f.role !== 'phone') for (const v of raw) f.comparator.key(v);
  const keyMs = ms(keyed);
  const prepared = performance.now();
  for (const key of f.keys) f.comparator.prepare(key);
  console.log(
    `${f.key.padEnd(12)} ${f.role.padEnd(8)} cells ${String(raw.size).padStart(7)} keys ${String(f.keys.length).padStart(7)}` +
      ` key ${keyMs} ms prepare ${ms(prepared)} ms`,
  );
}
const alone = records.fields.map((f) => {
  const from = performance.now();
  buildRecords({ name: 'x', values }, { template: DEFAULT_TEMPLATE, mapping, columns: [f.column] });
  return `${f.key} ${ms(from).trim()}`;
});
console.log(`each column alone (ms): ${alone.join(', ')}`);
