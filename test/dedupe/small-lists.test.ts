import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import {
  generateChineseCustomers,
  mulberry32,
  type GeneratedList,
} from '../../bench/dedupe/generate-chinese-customers';
import { generateOrganisations } from '../../bench/dedupe/generate-organisations';
import { scoreClusters } from '../../bench/dedupe/scoring';

/**
 * Small lists cut from a big one: a few neighbouring entities (sites of one organisation,
 * colleagues of one company, as a team's own sheet would hold) with all their rows, in list order.
 */
function smallLists(list: GeneratedList, count: number, entitiesPerList: number, seed: number): GeneratedList[] {
  const random = mulberry32(seed);
  const rowsOf = new Map<number, number[]>();
  list.truth.forEach((e, k) => rowsOf.set(e, [...(rowsOf.get(e) ?? []), k + 1]));
  const entities = [...rowsOf.keys()].sort((a, b) => a - b);
  const out: GeneratedList[] = [];
  for (let n = 0; n < count; n++) {
    const start = Math.floor(random() * (entities.length - entitiesPerList));
    const chosen = entities.slice(start, start + entitiesPerList);
    const rows = chosen.flatMap((e) => rowsOf.get(e)!).sort((a, b) => a - b);
    out.push({
      values: [list.values[0]!, ...rows.map((r) => list.values[r]!)],
      truth: rows.map((r) => list.truth[r - 1]!),
    });
  }
  return out;
}

/** Pairwise precision and recall of the merge band summed over many small lists. */
function scoreSmall(lists: GeneratedList[]) {
  let predicted = 0;
  let correct = 0;
  let truePairs = 0;
  for (const list of lists) {
    const clusters = findDuplicates({ name: 'small', values: list.values as CellValue[][] }).clusters.filter(
      (c) => c.band === 'merge',
    );
    const s = scoreClusters(
      clusters.map((c) => c.rows),
      list.truth,
    );
    predicted += s.predictedPairs;
    correct += s.correctPairs;
    truePairs += s.truePairs;
  }
  return { precision: predicted ? correct / predicted : 1, recall: truePairs ? correct / truePairs : 1, truePairs };
}

describe('findDuplicates on small lists', () => {
  test('finds duplicates in 10-row Chinese customer lists as well as in a long list', () => {
    const big = generateChineseCustomers({ people: 400, duplicateShare: 0.3, seed: 11 });
    const score = scoreSmall(smallLists(big, 40, 7, 3));
    expect(score.truePairs).toBeGreaterThan(40);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  test('finds duplicates in 10-row lists of organisation sites from several sources', () => {
    const big = generateOrganisations({ organisations: 60, seed: 5 });
    const score = scoreSmall(smallLists(big, 40, 6, 4));
    expect(score.truePairs).toBeGreaterThan(40);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  test('two rows of one customer whose name and number agree but whose dates or city differ are one group', () => {
    // On two rows the shared contact and phone are the evidence, not a column's constant.
    const b2b: CellValue[][] = [
      ['客户名称', '联系人', '手机', '最近联系日期'],
      ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '2024-03-05'],
      ['杭州西子网络科技有限责任公司', '刘晓明', '135 8888 9999', '2024-05-01'],
    ];
    expect(findDuplicates({ name: '客户', values: b2b }).clusters.map((c) => [c.rows, c.band])).toEqual([
      [[2, 3], 'merge'],
    ]);
    const moved: CellValue[][] = [
      ['姓名', '手机', '城市'],
      ['张三', '13800138000', '杭州'],
      ['张三', '138-0013-8000', '上海'],
    ];
    expect(findDuplicates({ name: '客户', values: moved }).clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    // Two colleagues on one company line stay two.
    const colleagues: CellValue[][] = [
      ['姓名', '公司', '电话'],
      ['张三', '杭州西子网络科技有限公司', '0571-88886666'],
      ['李四', '杭州西子网络科技有限公司', '0571-88886666'],
    ];
    expect(findDuplicates({ name: '客户', values: colleagues }).clusters.filter((c) => c.band === 'merge')).toEqual([]);
  });
});
