/** Development aid: candidate pairs per key set on a generated list. */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { buildRecords } from '../../shared/dedupe/records';
import { CandidateIndex } from '../../shared/dedupe/block/candidates';
import { collectKeySets, secondaryKeys } from '../../shared/dedupe/block/keys';
import { generateChineseCustomers } from './generate-chinese-customers';

const rows = Number(process.argv[2] ?? 100_000);
const list = generateChineseCustomers({ people: Math.round(rows / 1.05), duplicateShare: 0.035, seed: 42, withIds: true });
let t = Date.now();
const records = buildRecords({ name: 'x', values: list.values }, { template: DEFAULT_TEMPLATE, mapping: mapHeaders(list.values[0]!, DEFAULT_TEMPLATE) });
console.log('records', Date.now() - t, 'ms', records.fields.map((f) => `${f.key}:${f.role}(${f.keys.length})`).join(' '));
t = Date.now();
const sets = collectKeySets(records);
const ranks = secondaryKeys(records);
console.log('keys', Date.now() - t, 'ms');
const n = records.rows.length;
let union = 0;
const all = new CandidateIndex(sets, n, ranks);
for (let i = 0; i < n; i++) all.forEachPartner(i, () => union++);
console.log('union candidates', union, (union / n).toFixed(1), 'per record');
for (const set of sets) {
  const ix = new CandidateIndex([set], n, ranks);
  let c = 0;
  for (let i = 0; i < n; i++) ix.forEachPartner(i, () => c++);
  console.log(`  ${set.name.padEnd(22)} entries ${set.length} pairs ${c} (${(c / n).toFixed(1)}/record)`);
}
