import { CandidateIndex } from '../../shared/dedupe/block/candidates';
import { collectKeySets, secondaryKeys } from '../../shared/dedupe/block/keys';
import { buildRecords, type MatchRecords } from '../../shared/dedupe/records';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { generateChineseCustomers } from '../../bench/dedupe/generate-chinese-customers';

function recordsOf(values: CellValue[][]): MatchRecords {
  return buildRecords(
    { name: 't', values },
    { template: DEFAULT_TEMPLATE, mapping: mapHeaders(values[0]!, DEFAULT_TEMPLATE) },
  );
}

function countCandidates(records: MatchRecords): number {
  const n = records.rows.length;
  const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
  let count = 0;
  for (let i = 0; i < n; i++) index.forEachPartner(i, () => count++);
  return count;
}

function candidates(records: MatchRecords): Set<string> {
  const n = records.rows.length;
  const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
  const pairs = new Set<string>();
  for (let i = 0; i < n; i++) {
    index.forEachPartner(i, (j) => {
      expect(j).toBeGreaterThan(i);
      const key = `${i},${j}`;
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    });
  }
  return pairs;
}

describe('block', () => {
  test('puts every true duplicate pair of a generated list among the candidates', () => {
    const list = generateChineseCustomers({ people: 800, duplicateShare: 0.25, seed: 7 });
    const records = recordsOf(list.values);
    const pairs = candidates(records);
    const entity = (r: number) => list.truth[records.rows[r]! - 2]!;
    let truePairs = 0;
    let found = 0;
    for (let i = 0; i < records.rows.length; i++) {
      for (let j = i + 1; j < records.rows.length; j++) {
        if (entity(i) !== entity(j)) continue;
        truePairs++;
        if (pairs.has(`${i},${j}`)) found++;
      }
    }
    expect(truePairs).toBeGreaterThan(150);
    expect(found / truePairs).toBeGreaterThanOrEqual(0.99);
  });

  test('grows about linearly with rows (2k vs 8k)', () => {
    const count = (people: number) =>
      countCandidates(recordsOf(generateChineseCustomers({ people, duplicateShare: 0.05, seed: 11 }).values));
    const small = count(2_000);
    const large = count(8_000);
    expect(large / small).toBeGreaterThan(3);
    expect(large / small).toBeLessThan(5.5);
    expect(large / 8_000).toBeLessThan(30);
  });

  test('splits an oversized block of one common name instead of comparing all its pairs', () => {
    const values: CellValue[][] = [
      ['姓名', '手机'],
      ...Array.from({ length: 1_000 }, (_, k): CellValue[] => [
        '张伟',
        `139${String(10_000_000 + k * 7919).slice(0, 8)}`,
      ]),
    ];
    const pairs = candidates(recordsOf(values));
    expect(pairs.size).toBeLessThan(1_000 * 15);
    expect(pairs.size).toBeGreaterThan(1_000);
  });

  test('gives a record the same partners when it is visited again after a sample of others', () => {
    // Dedupe visits every 10th record of a large list to learn the model, then every record to
    // score it: the second visit must meet all the partners the first one did.
    const list = generateChineseCustomers({ people: 1_500, duplicateShare: 0.2, seed: 5 });
    const records = recordsOf(list.values);
    const n = records.rows.length;
    const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
    const partners = (i: number) => {
      const found: number[] = [];
      index.forEachPartner(i, (j) => found.push(j));
      return found;
    };
    const first = new Map<number, number[]>();
    for (let i = 0; i < n; i += 10) first.set(i, partners(i));
    let met = 0;
    for (let i = 0; i < n; i++) {
      const again = partners(i);
      if (first.has(i)) {
        expect(again).toEqual(first.get(i));
        met += again.length;
      }
    }
    expect(met).toBeGreaterThan(100);
  });
});
