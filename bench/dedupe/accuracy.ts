/**
 * Pairwise precision, recall and F1 of duplicate detection with default settings, on FEBRL
 * dataset1 and dataset2 and Fodor's/Zagat restaurants (read from ../shared/data at run time), on
 * generated Chinese customer lists and a generated multi-source list of organisation sites, beside
 * an exact-match baseline (rows identical on every column: what Remove Duplicates finds). Writes bench-output/dedupe-accuracy.{json,md}.
 * Usage: node bench/dedupe/run.mjs accuracy
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { generateChineseCustomers } from './generate-chinese-customers';
import { generateOrganisations } from './generate-organisations';
import { exactDuplicateClusters, scoreClusters, type Score } from './scoring';

interface Dataset {
  name: string;
  values: CellValue[][];
  truth: (number | string)[];
}

interface Row {
  dataset: string;
  rows: number;
  truePairs: number;
  seconds: number;
  merge: Score;
  mergeAndReview: Score;
  baseline: Score;
}

const DATA = join('..', 'shared', 'data');

/** A CSV of the shared data folder with its truth key (entity per data row), or null when absent. */
function shared(folder: string, name: string, label: string, dropColumn?: string): Dataset | null {
  const csv = join(DATA, folder, `${name}.csv`);
  if (!existsSync(csv)) return null;
  let values = Papa.parse<string[]>(readFileSync(csv, 'utf8'), { skipEmptyLines: true }).data;
  const drop = dropColumn ? values[0]!.indexOf(dropColumn) : -1;
  if (drop >= 0) values = values.map((row) => row.filter((_, c) => c !== drop));
  const truth = JSON.parse(readFileSync(join(DATA, folder, `${name}.truth.json`), 'utf8')) as (number | string)[];
  return { name: label, values, truth };
}

const datasets: Dataset[] = [
  shared('febrl', 'dataset1', 'FEBRL dataset1'),
  shared('febrl', 'dataset2', 'FEBRL dataset2'),
  // Person lists rarely carry a national ID: the same lists without it.
  shared('febrl', 'dataset1', 'FEBRL dataset1 without its ID column', 'soc_sec_id'),
  shared('febrl', 'dataset2', 'FEBRL dataset2 without its ID column', 'soc_sec_id'),
  shared('restaurants', 'restaurants', "Restaurants (Fodor's/Zagat)"),
  {
    name: 'Chinese customers A (seed 1)',
    ...generateChineseCustomers({ people: 3_000, duplicateShare: 0.2, seed: 1 }),
  },
  {
    name: 'Chinese customers B (seed 2, with IDs and dates)',
    ...generateChineseCustomers({ people: 10_000, duplicateShare: 0.2, seed: 2, withIds: true }),
  },
  { name: 'Organisation sites, 3 sources (seed 1)', ...generateOrganisations({ organisations: 400, seed: 1 }) },
  {
    name: 'Organisation sites, 3 sources (seed 2, 1,200 organisations)',
    ...generateOrganisations({ organisations: 1_200, seed: 2 }),
  },
].filter((d): d is Dataset => d !== null);

const results: Row[] = [];
for (const d of datasets) {
  const start = process.hrtime.bigint();
  const result = findDuplicates({ name: d.name, values: d.values });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const merge = scoreClusters(
    result.clusters.filter((c) => c.band === 'merge').map((c) => c.rows),
    d.truth,
  );
  const mergeAndReview = scoreClusters(
    result.clusters.map((c) => c.rows),
    d.truth,
  );
  const baseline = scoreClusters(exactDuplicateClusters(d.values), d.truth);
  results.push({
    dataset: d.name,
    rows: d.values.length - 1,
    truePairs: merge.truePairs,
    seconds,
    merge,
    mergeAndReview,
    baseline,
  });
  console.error(`${d.name}: F1 ${merge.f1.toFixed(4)} in ${seconds.toFixed(1)} s`);
}

const f = (x: number) => x.toFixed(4);
/** Precision of no predicted pairs is undefined: shown as a dash. */
const p = (s: Score) => (s.predictedPairs === 0 ? '—' : f(s.precision));
const lines = [
  'Duplicate detection accuracy, default settings (threshold 0.9), pairwise over all pairs inside clusters (`node bench/dedupe/run.mjs accuracy`)',
  '',
  '| dataset | rows | true pairs | Custodian P | R | F1 | + review band F1 | exact-match baseline P | R | F1 | time (s) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.dataset} | ${r.rows.toLocaleString('en-US')} | ${r.truePairs.toLocaleString('en-US')} | ${p(r.merge)} | ${f(r.merge.recall)} | ${f(r.merge.f1)} | ${f(r.mergeAndReview.f1)} | ${p(r.baseline)} | ${f(r.baseline.recall)} | ${f(r.baseline.f1)} | ${r.seconds.toFixed(1)} |`,
  ),
];
mkdirSync('bench-output', { recursive: true });
writeFileSync(join('bench-output', 'dedupe-accuracy.json'), JSON.stringify(results, null, 2));
writeFileSync(join('bench-output', 'dedupe-accuracy.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
