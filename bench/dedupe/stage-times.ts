/**
 * Development aid: time per pipeline stage (mirrors findDuplicates) on a generated list of `rows`
 * rows, or on a CSV file (`stage-times.ts bench-output/scale/customers-100000.csv`).
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../shared/files/parse-csv';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
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

const source = process.argv[2] ?? '100000';
const values = source.endsWith('.csv')
  ? parseCsv(readFileSync(source), source).rows
  : generateChineseCustomers({
      people: Math.round(Number(source) / 1.05),
      duplicateShare: 0.035,
      seed: 42,
      withIds: true,
    }).values;
const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values));
let last = process.cpuUsage();
let lastWall = performance.now();
/** Wall time (this thread) and CPU time (with the collector's helper threads) since the last lap. */
const lap = (label: string) => {
  const c = process.cpuUsage(last);
  last = process.cpuUsage();
  const wall = performance.now() - lastWall;
  lastWall = performance.now();
  console.log(`${label.padEnd(24)} ${(wall / 1e3).toFixed(2)} s wall ${((c.user + c.system) / 1e6).toFixed(2)} s CPU`);
};
const records = buildRecords({ name: 'x', values }, { template: DEFAULT_TEMPLATE, mapping });
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
