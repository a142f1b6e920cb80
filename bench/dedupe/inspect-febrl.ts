/** Development aid: score FEBRL datasets quickly, or `--diagnose` them (blocking recall, learnt m/u, misses). */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { findDuplicates } from '../../shared/dedupe';
import { diagnose } from './diagnose';
import { scoreClusters } from './scoring';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const name of names.length ? names : ['dataset1', 'dataset2']) {
  const csv = readFileSync(`../shared/data/febrl/${name}.csv`, 'utf8');
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const truth = JSON.parse(readFileSync(`../shared/data/febrl/${name}.truth.json`, 'utf8')) as number[];
  if (process.argv.includes('--diagnose')) {
    diagnose(name, parsed.data, truth);
    continue;
  }
  const t0 = Date.now();
  const result = findDuplicates({ name, values: parsed.data });
  const ms = Date.now() - t0;
  for (const band of ['merge', 'all']) {
    const clusters = result.clusters.filter((c) => band === 'all' || c.band === 'merge').map((c) => c.rows);
    const s = scoreClusters(clusters, truth);
    console.log(name, band, ms + 'ms', JSON.stringify(s));
  }
}
