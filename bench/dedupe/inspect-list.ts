/**
 * Development aid: score the generated organisation list (seed) or the restaurants, print wrong
 * clusters with their reasons and a sample of missed pairs. `--diagnose` runs diagnose() instead.
 * Usage: node bench/dedupe/run.mjs bench/dedupe/inspect-list.ts <organisations|restaurants> [seed] [--diagnose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { diagnose } from './diagnose';
import { generateOrganisations } from './generate-organisations';
import { scoreClusters } from './scoring';

const which = process.argv[2] ?? 'organisations';
const seed = Number(process.argv[3] ?? 1);
let values: CellValue[][];
let truth: (number | string)[];
if (which === 'restaurants') {
  const dir = join('..', 'shared', 'data', 'restaurants');
  values = Papa.parse<string[]>(readFileSync(join(dir, 'restaurants.csv'), 'utf8'), { skipEmptyLines: true }).data;
  truth = JSON.parse(readFileSync(join(dir, 'restaurants.truth.json'), 'utf8')) as string[];
} else ({ values, truth } = generateOrganisations({ organisations: 400, seed }));

if (process.argv.includes('--diagnose')) diagnose(which, values as string[][], truth);
else {
  const result = findDuplicates({ name: which, values });
  const merge = result.clusters.filter((c) => c.band === 'merge');
  console.log(
    'merge',
    JSON.stringify(
      scoreClusters(
        merge.map((c) => c.rows),
        truth,
      ),
    ),
  );
  console.log(
    'all',
    JSON.stringify(
      scoreClusters(
        result.clusters.map((c) => c.rows),
        truth,
      ),
    ),
  );
  const entity = (row: number) => truth[row - 2];
  const show = (row: number) => `  ${row} [${entity(row)}] ${JSON.stringify(values[row - 1])}`;
  let wrong = 0;
  for (const c of merge) {
    if (new Set(c.rows.map(entity)).size === 1 || wrong++ >= 15) continue;
    console.log(`WRONG ${c.confidence}: ${c.reasons.map((r) => r.message).join(' | ')}`);
    for (const r of c.rows) console.log(show(r));
  }
  const clusterOf = new Map<number, number>();
  merge.forEach((c, k) => c.rows.forEach((r) => clusterOf.set(r, k)));
  const byEntity = new Map<number | string, number[]>();
  truth.forEach((e, k) => byEntity.set(e, [...(byEntity.get(e) ?? []), k + 2]));
  let missed = 0;
  for (const rows of byEntity.values()) {
    if (
      rows.length < 2 ||
      rows.every((r) => clusterOf.get(r) !== undefined && clusterOf.get(r) === clusterOf.get(rows[0]!))
    )
      continue;
    if (missed++ >= 15) continue;
    const found = result.clusters.find((c) => c.rows.includes(rows[0]!));
    console.log(`MISSED (${found ? `${found.band} ${found.confidence}` : 'no cluster'})`);
    for (const r of rows) console.log(show(r) + ` cluster ${clusterOf.get(r) ?? '-'}`);
  }
  console.log('wrong clusters', wrong, 'entities missed', missed);
}
