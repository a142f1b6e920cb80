/** Development aid: score a generated Chinese list (people, seed), or `--diagnose` it. */
import { findDuplicates } from '../../shared/dedupe';
import { diagnose } from './diagnose';
import { generateChineseCustomers } from './generate-chinese-customers';
import { scoreClusters } from './scoring';

const people = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 1);
const list = generateChineseCustomers({ people, duplicateShare: 0.2, seed });
console.log('rows', list.values.length - 1, 'sample:');
for (const row of list.values.slice(0, 8)) console.log('  ' + row.join(' | '));
if (process.argv.includes('--diagnose')) diagnose('chinese', list.values as string[][], list.truth);
else {
  const t = process.cpuUsage();
  const result = findDuplicates({ name: 'zh', values: list.values });
  const cpu = process.cpuUsage(t);
  for (const band of ['merge', 'all']) {
    const clusters = result.clusters.filter((c) => band === 'all' || c.band === 'merge').map((c) => c.rows);
    console.log(
      band,
      ((cpu.user + cpu.system) / 1000).toFixed(0) + 'ms cpu',
      JSON.stringify(scoreClusters(clusters, list.truth)),
    );
  }
}
