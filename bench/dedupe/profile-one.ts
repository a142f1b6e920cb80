/** Development aid: one dedupe run on a generated list, for `node --cpu-prof`. */
import { findDuplicates } from '../../shared/dedupe';
import { generateChineseCustomers } from './generate-chinese-customers';

const rows = Number(process.argv[2] ?? 100_000);
const list = generateChineseCustomers({ people: Math.round(rows / 1.05), duplicateShare: 0.035, seed: 42, withIds: true });
let last = Date.now();
const t0 = Date.now();
const result = findDuplicates({ name: 'bench', values: list.values }, {
  onProgress: (p) => {
    if (Date.now() - last > 2000) {
      last = Date.now();
      console.error(`  ${p.done}/${p.total} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  },
});
console.log(result.rows, result.clusters.length, `${((Date.now() - t0) / 1000).toFixed(1)} s`);
