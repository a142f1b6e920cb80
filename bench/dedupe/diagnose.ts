/** Development aid: per-stage timings, blocking recall, learnt m/u, and the true pairs missed. */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { buildRecords } from '../../shared/dedupe/records';
import { fieldCoder } from '../../shared/dedupe/compare/rows';
import { CandidateIndex } from '../../shared/dedupe/block/candidates';
import { collectKeySets, secondaryKeys } from '../../shared/dedupe/block/keys';
import { PatternBuilder } from '../../shared/dedupe/score/patterns';
import { runEm } from '../../shared/dedupe/score/em';
import { estimateU, sampleCodeCounts } from '../../shared/dedupe/score/u-probabilities';
import { MatchModel, buildFieldModel, probability } from '../../shared/dedupe/score/model';
import { findDuplicates } from '../../shared/dedupe';
import { scoreClusters } from './scoring';

export function diagnose(name: string, values: string[][], truth: ArrayLike<number | string>) {
  let t = Date.now();
  const lap = (label: string) => {
    const now = Date.now();
    console.log(`  ${label}: ${now - t} ms`);
    t = now;
  };
  const records = buildRecords(
    { name, values },
    { template: DEFAULT_TEMPLATE, mapping: mapHeaders(values[0]!, DEFAULT_TEMPLATE) },
  );
  lap('records');
  const n = records.rows.length;
  console.log(
    name,
    'records',
    n,
    'fields',
    records.fields.map((f) => `${f.key}:${f.role}(${f.keys.length})`).join(' '),
  );
  const coders = records.fields.map(fieldCoder);
  const levelCounts = records.fields.map((f) => f.comparator.levels.length);
  const sets = collectKeySets(records);
  const ranks = secondaryKeys(records);
  lap('keys');
  const index = new CandidateIndex(sets, n, ranks);
  lap('index');
  const patterns = new PatternBuilder(coders, levelCounts);
  const candidateSet = new Set<string>();
  for (let i = 0; i < n; i++) {
    index.forEachPartner(i, (j) => {
      patterns.countPair(i, j);
      candidateSet.add(`${i},${j}`);
    });
  }
  lap(`compare (${candidateSet.size} candidates)`);
  const entity = (r: number) => truth[records.rows[r]! - 2]!;
  let truePairs = 0;
  let found = 0;
  const byEntity = new Map<number | string, number[]>();
  for (let r = 0; r < n; r++) byEntity.set(entity(r), [...(byEntity.get(entity(r)) ?? []), r]);
  const missedBlocking: [number, number][] = [];
  for (const rs of byEntity.values())
    for (let x = 0; x < rs.length; x++)
      for (let y = x + 1; y < rs.length; y++) {
        truePairs++;
        if (candidateSet.has(`${rs[x]},${rs[y]}`)) found++;
        else missedBlocking.push([rs[x]!, rs[y]!]);
      }
  console.log(`  blocking recall ${found}/${truePairs}`);
  const table = patterns.table();
  const priorM = records.fields.map((f) => {
    const m = Float64Array.from(f.comparator.levels, (l) => l.m);
    const s = m.reduce((a, b) => a + b, 0);
    return m.map((x) => x / s);
  });
  const em = runEm(table, priorM);
  lap(`em (${table.size} patterns, lambda ${em.lambda.toFixed(4)}, matches ${em.matches.toFixed(1)})`);
  const sampled = sampleCodeCounts(n, coders, levelCounts);
  lap('u sample');
  const models = records.fields.map((f, k) => buildFieldModel(f, em.m[k]!, estimateU(f, sampled[k]!)));
  const allPairs = (n * (n - 1)) / 2;
  const lambda = Math.min(0.5, Math.max(em.matches, 1) / allPairs);
  const model = new MatchModel(models, Math.log2(lambda / (1 - lambda)));
  console.log(`  prior bits ${model.priorBits.toFixed(2)}`);
  for (const fm of models) {
    console.log(
      `  ${fm.field.key.padEnd(16)} ` +
        fm.field.comparator.levels
          .map(
            (l: { label: string }, i: number) =>
              `${l.label}:m${fm.m[i]!.toExponential(1)}/u${fm.u[i]!.toExponential(1)}=${fm.bits[i]!.toFixed(1)}`,
          )
          .join(' '),
    );
  }
  const show = (i: number, j: number) => {
    const p = patterns.patternOf(i, j);
    const F = records.fields.length;
    const codes = Array.from({ length: F }, (_, f) => patterns.codeArray()[p * F + f]!);
    const bits = model.bits(patterns.codeArray(), p * F, i, j);
    const row = (r: number) => values[records.rows[r]! - 1]!.join(' |');
    console.log(
      `    p=${probability(bits).toFixed(3)} bits=${bits.toFixed(1)} codes=${codes.join('')}\n      ${row(i)}\n      ${row(j)}`,
    );
  };
  console.log('  missed by blocking (first 5):');
  for (const [i, j] of missedBlocking.slice(0, 5)) show(i, j);
  const result = findDuplicates({ name, values });
  lap('findDuplicates');
  const s = scoreClusters(
    result.clusters.map((c) => c.rows),
    truth,
  );
  console.log('  score', JSON.stringify(s));
  const rowToRecord = new Map<number, number>();
  records.rows.forEach((row, r) => rowToRecord.set(row, r));
  const predicted = new Set<string>();
  for (const c of result.clusters)
    for (const a of c.rows)
      for (const b of c.rows) if (a < b) predicted.add(`${rowToRecord.get(a)},${rowToRecord.get(b)}`);
  const missed: [number, number][] = [];
  for (const rs of byEntity.values())
    for (let x = 0; x < rs.length; x++)
      for (let y = x + 1; y < rs.length; y++) if (!predicted.has(`${rs[x]},${rs[y]}`)) missed.push([rs[x]!, rs[y]!]);
  console.log(`  missed true pairs (${missed.length}, first 12):`);
  for (const [i, j] of missed.slice(0, 12)) show(i, j);
  const wrong: [number, number][] = [];
  for (const key of predicted) {
    const [i, j] = key.split(',').map(Number) as [number, number];
    if (entity(i) !== entity(j)) wrong.push([i, j]);
  }
  console.log(`  false pairs (${wrong.length}, first 8):`);
  for (const [i, j] of wrong.slice(0, 8)) show(i, j);
}
