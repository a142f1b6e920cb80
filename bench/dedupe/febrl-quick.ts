import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { findDuplicates } from '../../shared/dedupe';
import { scoreClusters } from './scoring';

for (const name of process.argv.slice(2).length ? process.argv.slice(2) : ['dataset1', 'dataset2']) {
  const csv = readFileSync(`../shared/data/febrl/${name}.csv`, 'utf8');
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const truth = JSON.parse(readFileSync(`../shared/data/febrl/${name}.truth.json`, 'utf8')) as number[];
  const t0 = Date.now();
  const result = findDuplicates({ name, values: parsed.data });
  const ms = Date.now() - t0;
  for (const band of ['merge', 'all']) {
    const clusters = result.clusters.filter((c) => band === 'all' || c.band === 'merge').map((c) => c.rows);
    const s = scoreClusters(clusters, truth);
    console.log(name, band, ms + 'ms', JSON.stringify(s));
  }
}
