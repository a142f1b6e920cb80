/** Development aid: CPU time per pipeline stage on a generated list (mirrors findDuplicates). */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { buildRecords } from '../../shared/dedupe/records';
import { fieldCoders } from '../../shared/dedupe/compare/rows';
import { CandidateIndex } from '../../shared/dedupe/block/candidates';
import { collectKeySets, secondaryKeys } from '../../shared/dedupe/block/keys';
import { PatternBuilder } from '../../shared/dedupe/score/patterns';
import { runEm } from '../../shared/dedupe/score/em';
import { estimateU, sampleCodeCounts } from '../../shared/dedupe/score/u-probabilities';
import { MatchModel, buildFieldModel } from '../../shared/dedupe/score/model';
import { PairScorer } from '../../shared/dedupe/score/pair-scorer';
import { generateChineseCustomers } from './generate-chinese-customers';

const rows = Number(process.argv[2] ?? 100_000);
const list = generateChineseCustomers({
  people: Math.round(rows / 1.05),
  duplicateShare: 0.035,
  seed: 42,
  withIds: true,
});
let last = process.cpuUsage();
const lap = (label: string) => {
  const c = process.cpuUsage(last);
  last = process.cpuUsage();
  console.log(`${label.padEnd(14)} ${((c.user + c.system) / 1e6).toFixed(2)} s`);
};
const records = buildRecords(
  { name: 'x', values: list.values },
  { template: DEFAULT_TEMPLATE, mapping: mapHeaders(list.values[0]!, DEFAULT_TEMPLATE) },
);
lap('records');
const n = records.rows.length;
const sets = collectKeySets(records);
lap('key sets');
const ranks = secondaryKeys(records);
lap('ranks');
const index = new CandidateIndex(sets, n, ranks);
lap('index');
const coders = fieldCoders(records.fields);
const levelCounts = records.fields.map((f) => f.comparator.levels.length);
const patterns = new PatternBuilder(coders, levelCounts);
const stride = Math.max(1, Math.floor(n / 10_000));
let sampledRecords = 0;
for (let i = 0; i < n; i += stride) {
  index.forEachPartner(i, (j) => patterns.countPair(i, j));
  sampledRecords++;
}
lap('em sample');
const priorM = records.fields.map((f) => {
  const m = Float64Array.from(f.comparator.levels, (l) => l.m);
  const s = m.reduce((a, b) => a + b, 0);
  return m.map((x) => x / s);
});
const em = runEm(patterns.table(), priorM);
lap('em');
const sampled = sampleCodeCounts(n, coders, levelCounts);
lap('u sample');
const models = records.fields.map((f, k) => buildFieldModel(f, em.m[k]!, estimateU(f, sampled[k]!)));
const allPairs = (n * (n - 1)) / 2;
const lambda = Math.max(1, (em.matches * n) / sampledRecords) / allPairs;
const model = new MatchModel(models, Math.log2(lambda / (1 - lambda)));
lap('model');
const scorer = new PairScorer(model, coders, 0);
let candidates = 0;
let kept = 0;
for (let i = 0; i < n; i++) {
  index.forEachPartner(i, (j) => {
    candidates++;
    if (scorer.score(i, j) !== null) kept++;
  });
}
lap(`score ${candidates} → ${kept}`);
