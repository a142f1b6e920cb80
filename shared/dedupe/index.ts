/**
 * Duplicate detection, pure: records → block → compare → score → cluster → explain.
 * `findDuplicates` returns clusters of spreadsheet rows that hold the same customer, each with a
 * confidence, a band ('merge' at or above the threshold, else 'review') and its reasons.
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import { mapHeaders, sampleRows } from '../template/header-mapping';
import { CandidateIndex } from './block/candidates';
import { collectKeySets, secondaryKeys } from './block/keys';
import { clusterPairs, type FoundCluster } from './cluster';
import { fieldCoders, type FieldCoder } from './compare/rows';
import { explainCluster, explainIdentical } from './explain';
import { absorbIdentical, identicalGroups } from './identical';
import { honourNotSame } from './not-same';
import { honourAlsoReview } from './also-review';
import { namesApart, NAMES_APART_PROBABILITY } from './names-apart';
import { buildRecords, type MatchField, type MatchRecords } from './records';
import { runEm } from './score/em';
import { MAX_PATTERN_SPACE, PatternBuilder } from './score/patterns';
import { HELD_MAX_BITS, MatchModel, buildFieldModel, probability, type Hold } from './score/model';
import { oneSideOnlyReasons } from './compare/generation';
import { holdReasons } from './hold-reasons';
import { PairScorer } from './score/pair-scorer';
import { estimateU, sampleCodeCounts } from './score/u-probabilities';
import { ownRows } from './score/own-rows';
import type { AlsoReviewRow, Cluster, DedupeOptions, DedupeResult, RowPair } from './types';

export type { AlsoReviewRow, Cluster, DedupeOptions, DedupeProgress, DedupeResult, Reason, RowPair } from './types';
export { MATCH_LEVELS, type MatchLevel } from './levels';
export { findExactDuplicates, describeSameColumns, type ExactOptions } from './exact';
export { NOT_SAME_META, addNotSame, readNotSame, rowMarkKeys, splitNotSame } from './not-same';

export const DEFAULT_THRESHOLD = 0.9;
export const DEFAULT_REVIEW_THRESHOLD = 0.5;
const MAX_CLUSTER_SIZE = 50;
/** No two rows of a cluster may score below this (chaining guard). */
const MIN_INTERNAL = 0.2;
/** Records whose candidate pairs train the model (every k-th record on larger sheets). */
const EM_SAMPLE_RECORDS = 10_000;

function logit2(p: number): number {
  return Math.log2(p / (1 - p));
}

/** Keeps the fields whose levels still pack into one pattern number; unmapped columns go first. */
function fitPatternSpace(fields: MatchField[]): MatchField[] {
  const kept = [...fields];
  const space = () => kept.reduce((s, f) => s * (f.comparator.levels.length + 1), 1);
  while (space() > MAX_PATTERN_SPACE) {
    const k = kept.map((f) => f.mapped).lastIndexOf(false);
    kept.splice(k >= 0 ? k : kept.length - 1, 1);
  }
  return kept;
}

/**
 * Blocks, learns the model and scores every candidate pair, keeping those in the review band or
 * above. A function of its own so that the candidate index and the samples are garbage once it
 * returns, not held through clustering and explaining.
 */
function scoreCandidates(
  records: MatchRecords,
  coders: FieldCoder[],
  reviewThreshold: number,
  report: DedupeOptions['onProgress'],
  requireIdentity: boolean,
) {
  const fields = records.fields;
  const n = records.rows.length;
  const levelCounts = fields.map((f) => f.comparator.levels.length);
  // Block, then learn m by EM over the comparison patterns of a sample of the candidate pairs.
  const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
  const patterns = new PatternBuilder(coders, levelCounts);
  const stride = Math.max(1, Math.floor(n / EM_SAMPLE_RECORDS));
  let sampledRecords = 0;
  // The pattern of each sampled pair, in visiting order: scoring reads their codes back.
  const sampledPatterns: number[] = [];
  for (let i = 0; i < n; i += stride) {
    index.forEachPartner(i, (j) => {
      const pattern = patterns.patternOf(i, j);
      patterns.count(pattern);
      sampledPatterns.push(pattern);
    });
    sampledRecords++;
  }
  const priorM = fields.map((f) => {
    const m = Float64Array.from(f.comparator.levels, (l) => l.m);
    const sum = m.reduce((s, x) => s + x, 0);
    return m.map((x) => x / sum);
  });
  const em = runEm(patterns.table(), priorM);

  // u from random pairs; prior odds from the expected number of duplicate pairs.
  const sampled = sampleCodeCounts(n, coders, levelCounts);
  const models = fields.map((f, k) => buildFieldModel(f, em.m[k]!, estimateU(f, sampled[k]!), ownRows(f, fields)));
  const allPairs = (n * (n - 1)) / 2;
  const expectedMatches = Math.max(1, (em.matches * n) / sampledRecords);
  const lambda = Math.min(0.5, Math.max(1 / (allPairs * 1000), expectedMatches / allPairs));
  const model = new MatchModel(models, Math.log2(lambda / (1 - lambda)), requireIdentity);

  // Score every candidate pair; keep those in the review band or above.
  const scorer = new PairScorer(model, coders, logit2(reviewThreshold));
  const a: number[] = [];
  const b: number[] = [];
  const p: number[] = [];
  const total = n;
  const step = Math.max(1, Math.floor(n / 100));
  const F = fields.length;
  const sampledCodes = patterns.codeArray();
  let nextSampled = 0;
  for (let i = 0; i < n; i++) {
    // A record the sample visited meets the same partners in the same order: their codes are known.
    const known = i % stride === 0;
    index.forEachPartner(i, (j) => {
      const bits = known
        ? scorer.scoreCodes(sampledCodes, sampledPatterns[nextSampled++]! * F, i, j)
        : scorer.score(i, j);
      if (bits === null) return;
      a.push(i);
      b.push(j);
      p.push(probability(bits));
    });
    if (report && i % step === 0) report({ done: i, total });
  }
  const edges = { a: Uint32Array.from(a), b: Uint32Array.from(b), p: Float64Array.from(p), length: a.length };
  return { edges, model, models };
}

export function findDuplicates(snapshot: SheetSnapshot, options: DedupeOptions = {}): DedupeResult {
  const template = options.template ?? DEFAULT_TEMPLATE;
  const mapping = options.mapping ?? mapHeaders(snapshot.values[0] ?? [], template, {}, sampleRows(snapshot.values));
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const reviewThreshold = Math.min(options.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD, threshold);
  const recordOptions = {
    template,
    mapping,
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
  let built = buildRecords(snapshot, recordOptions);
  let identical = identicalGroups(snapshot.values, built.rows, built.fields, new Set(built.counters));
  // Rows that agree on every key but are not typed alike (陳大文 and 陈大文, 138-0013-8000 and
  // 13800138000 on a two-row sheet) leave no column that varies: they are scored on those columns.
  const allIdentical = identical.length === 1 && identical[0]!.length === built.rows.length;
  if (built.fields.length === 0 && built.rows.length >= 2 && !allIdentical) {
    built = buildRecords(snapshot, { ...recordOptions, keepUniform: true });
    identical = identicalGroups(snapshot.values, built.rows, built.fields, new Set(built.counters));
  }
  const records: MatchRecords = {
    rows: built.rows,
    fields: fitPatternSpace(built.fields),
    ...(built.idColumns ? { idColumns: built.idColumns } : {}),
  };
  const n = records.rows.length;
  const report = options.onProgress;
  if (n < 2 || records.fields.length === 0 || allIdentical) {
    // Nothing varies enough to score (or every row is the same customer, typed alike): only identical
    // rows can be told apart as duplicates.
    const fieldOf = (col: number) => {
      const column = mapping.columns.find((c) => c.col === col);
      return column?.field ? (column.part ? `${column.field}.${column.part}` : column.field) : undefined;
    };
    report?.({ done: 1, total: 1 });
    const clusters: Cluster[] = identical.map((members) => ({
      rows: members.map((r) => records.rows[r]!),
      confidence: 1,
      band: 'merge',
      reasons: explainIdentical(
        snapshot,
        members,
        records.rows,
        new Set(built.counters),
        fieldOf,
        built.fields,
        options.locale,
      ),
    }));
    const honoured = honourNotSame(snapshot, mapping, template, clusters);
    const from = options.pairsFrom;
    if (!from) return { clusters: honoured, rows: n };
    // Rows alike in every column that counts: each pair is explained as its whole group is.
    const pairs = honoured.flatMap((c) =>
      c.rows
        .filter((x) => from.has(x))
        .flatMap((x) =>
          c.rows
            .filter((y) => !from.has(y))
            .map((y): RowPair => ({ rows: [x, y], confidence: 1, band: 'merge', reasons: c.reasons })),
        ),
    );
    return { clusters: honoured, pairs, rows: n };
  }
  const fields = records.fields;
  const coders = fieldCoders(fields);

  const { edges, model, models } = scoreCandidates(records, coders, reviewThreshold, report, !options.columns);
  // Columns the user chose are all that is scored: rows naming two people on them are reviewed at most.
  const apart = options.columns && edges.length > 0 ? namesApart(snapshot, { template, mapping }) : null;
  if (apart)
    for (let k = 0; k < edges.length; k++)
      if (apart.differ(edges.a[k]!, edges.b[k]!)) edges.p[k] = Math.min(edges.p[k]!, NAMES_APART_PROBABILITY);
  const scratch = new Uint8Array(fields.length);
  const pairProbability = (i: number, j: number) => {
    for (let f = 0; f < coders.length; f++) scratch[f] = coders[f]!(i, j);
    const p = probability(model.bits(scratch, 0, i, j));
    return apart?.differ(i, j) ? Math.min(p, NAMES_APART_PROBABILITY) : p;
  };
  const conflicting = (i: number, j: number) => {
    for (let f = 0; f < coders.length; f++) scratch[f] = coders[f]!(i, j);
    return model.twoParties(scratch, 0, i, j) || (apart?.differ(i, j) ?? false);
  };
  // Rules that hold a pair for review (score/model.ts) keep it there at any threshold, and say so.
  const heldMax = probability(HELD_MAX_BITS) + 1e-9;
  const holdOf = (i: number, j: number): Hold | null => {
    const [x, y] = i < j ? [i, j] : [j, i];
    for (let f = 0; f < coders.length; f++) scratch[f] = coders[f]!(x, y);
    return model.holdOf(scratch, 0, x, y);
  };
  /** The holds of a group's links with its core row (none when it scores above what a held pair can). */
  const holdsOf = (members: readonly number[], core: number, confidence: number) => {
    const holds: Hold[] = [];
    if (confidence <= heldMax)
      for (const m of members) {
        const hold = m === core ? null : holdOf(core, m);
        if (hold) holds.push(hold);
      }
    return { held: holds.length > 0, reasons: holdReasons(fields, holds) };
  };
  // A held group stays below the threshold the user chose, unless that leaves no review band at all.
  const heldCeiling = Math.max(
    Math.ceil(Math.round(threshold * 1e8) / 1e6 - 1) / 100,
    Math.floor(reviewThreshold * 100) / 100,
  );
  /** A group's confidence as shown (two decimals), held groups kept below the threshold. */
  const shown = (p: number, held: boolean) => {
    const confidence = Math.floor(p * 100) / 100;
    return held ? Math.min(confidence, heldCeiling) : confidence;
  };
  const paired = clusterPairs(edges, pairProbability, {
    reviewThreshold,
    minInternal: MIN_INTERNAL,
    maxSize: MAX_CLUSTER_SIZE,
    mergeThreshold: DEFAULT_THRESHOLD,
    conflicting,
  });
  // Clusters take the same shape whatever the threshold; the threshold only sets their band.
  const found = absorbIdentical(paired, identical, DEFAULT_THRESHOLD);

  // A row kept out of a group is explained as a pair with the member it matches best, as `pairs` are.
  const grouped = new Set(found.flatMap((c) => c.members));
  const alsoReviewOf = (c: FoundCluster): AlsoReviewRow[] =>
    (c.alsoReview ?? [])
      .filter((a) => !grouped.has(a.row))
      .map((a) => {
        let { member, confidence: p } = a;
        // Identical rows regrouped after clustering may have taken the member away.
        if (!c.members.includes(member)) {
          member = c.members.reduce((m, x) => (pairProbability(a.row, x) > pairProbability(a.row, m) ? x : m));
          p = pairProbability(a.row, member);
        }
        const reasons = explainCluster(snapshot, records, coders, models, [member, a.row], member);
        const named = apart?.differ(member, a.row) ?? false;
        return {
          row: records.rows[a.row]!,
          confidence: Math.floor(p * 100) / 100,
          reasons: named ? [...reasons, ...apart!.reasons(snapshot, [member, a.row], reasons)] : reasons,
        };
      });

  const clusters: Cluster[] = found.map((c) => {
    const holds = holdsOf(c.members, c.core, c.confidence);
    const confidence = shown(c.confidence, holds.held);
    const reasons = [
      ...explainCluster(snapshot, records, coders, models, c.members, c.core),
      ...oneSideOnlyReasons(snapshot, records, c.members),
      ...holds.reasons,
    ];
    // Two names in one group (a low threshold, or a third row that joined them) are never merged unasked.
    const named = apart?.anyApart(c.members) ?? false;
    const alsoReview = alsoReviewOf(c);
    return {
      rows: c.members.map((r) => records.rows[r]!),
      confidence,
      band: (holds.held ? confidence : c.confidence) >= threshold && !named ? 'merge' : 'review',
      reasons: named ? [...reasons, ...apart!.reasons(snapshot, c.members, reasons)] : reasons,
      ...(holds.held && confidence < threshold ? { held: true as const } : {}),
      ...(alsoReview.length > 0 ? { alsoReview } : {}),
    };
  });
  report?.({ done: n, total: n });
  const honoured = honourAlsoReview(snapshot, mapping, template, honourNotSame(snapshot, mapping, template, clusters));
  if (!options.pairsFrom) return { clusters: honoured, rows: n };

  // Each row of `pairsFrom` with every row outside it that it scores in the review band with, or shares
  // a cluster with: scored and explained as a two-row cluster, so no third row speaks for either.
  const from = options.pairsFrom;
  const inFrom = (r: number) => from.has(records.rows[r]!);
  const seen = new Set<number>();
  const pairs: RowPair[] = [];
  const addPair = (x: number, y: number, p: number) => {
    if (seen.has(x * n + y)) return;
    seen.add(x * n + y);
    const holds = holdsOf([x, y], x, p);
    const reasons = [
      ...explainCluster(snapshot, records, coders, models, [x, y], x),
      ...oneSideOnlyReasons(snapshot, records, [x, y]),
      ...holds.reasons,
    ];
    const named = apart?.differ(x, y) ?? false;
    const confidence = shown(p, holds.held);
    pairs.push({
      rows: [records.rows[x]!, records.rows[y]!],
      confidence,
      band: (holds.held ? confidence : p) >= threshold && !named ? 'merge' : 'review',
      reasons: named ? [...reasons, ...apart!.reasons(snapshot, [x, y], reasons)] : reasons,
    });
  };
  for (let k = 0; k < edges.length; k++) {
    const i = edges.a[k]!;
    const j = edges.b[k]!;
    if (inFrom(i) !== inFrom(j)) addPair(inFrom(i) ? i : j, inFrom(i) ? j : i, edges.p[k]!);
  }
  for (const c of found)
    for (const x of c.members.filter(inFrom))
      for (const y of c.members.filter((m) => !inFrom(m))) addPair(x, y, pairProbability(x, y));
  const kept = honourNotSame(snapshot, mapping, template, pairs)
    .filter((p) => p.rows.length === 2)
    .map((p): RowPair => (from.has(p.rows[0]) ? p : { ...p, rows: [p.rows[1], p.rows[0]] }));
  return { clusters: honoured, pairs: kept, rows: n };
}
