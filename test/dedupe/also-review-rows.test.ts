/**
 * A row that may hold the customer of a certain group, kept out so the group stays certain, is shown
 * with that group as an also-review row (never merged unasked), not lost.
 */
import { addNotSame, findDuplicates, NOT_SAME_META, rowMarkKeys } from '../../shared/dedupe';
import { clusterPairs } from '../../shared/dedupe/cluster';
import { resolveContext } from '../../shared/operations/options';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

function edgesOf(list: [number, number, number][]) {
  return {
    a: Uint32Array.from(list.map((e) => e[0])),
    b: Uint32Array.from(list.map((e) => e[1])),
    p: Float64Array.from(list.map((e) => e[2])),
    length: list.length,
  };
}

function probabilities(table: Record<string, number>) {
  return (i: number, j: number) => table[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? 0;
}

const options = { reviewThreshold: 0.5, minInternal: 0.2, maxSize: 50, mergeThreshold: 0.9 };

describe('clusterPairs also-review rows', () => {
  test('returns a row kept out of a certain cluster with it, with the member it matches best', () => {
    // Rows 0 and 1 are one customer typed twice; row 2 has the phone and a similar name only.
    const p = probabilities({ '0-1': 0.99, '0-2': 0.7, '1-2': 0.65 });
    const clusters = clusterPairs(
      edgesOf([
        [0, 1, 0.99],
        [0, 2, 0.7],
        [1, 2, 0.65],
      ]),
      p,
      options,
    );
    expect(clusters).toEqual([
      { members: [0, 1], core: 0, confidence: 0.99, alsoReview: [{ row: 2, member: 0, confidence: 0.7 }] },
    ]);
  });

  test('does not list a kept-out row that another cluster takes', () => {
    const p = probabilities({ '0-1': 0.99, '0-2': 0.85, '1-2': 0.85, '2-3': 0.8 });
    const clusters = clusterPairs(
      edgesOf([
        [0, 1, 0.99],
        [0, 2, 0.85],
        [1, 2, 0.85],
        [2, 3, 0.8],
      ]),
      p,
      options,
    );
    expect(clusters).toEqual([
      { members: [0, 1], core: 0, confidence: 0.99 },
      { members: [2, 3], core: 2, confidence: 0.8 },
    ]);
  });

  test('lists nothing without a merge threshold, or for a row kept out by the size cap', () => {
    const p = probabilities({ '0-1': 0.99, '0-2': 0.7 });
    const edges = edgesOf([
      [0, 1, 0.99],
      [0, 2, 0.7],
    ]);
    const { mergeThreshold: _, ...noBar } = options;
    expect(clusterPairs(edges, p, noBar).map((c) => c.alsoReview)).toEqual([undefined]);
    expect(clusterPairs(edges, p, { ...options, maxSize: 2 }).map((c) => c.alsoReview)).toEqual([undefined]);
  });
});

describe('findDuplicates also-review rows', () => {
  // A B2B list from a CRM and a trade-show scan: 张伟 entered twice alike, and a scan of his card with
  // the name typed 张玮, the same mobile and his own mailbox.
  const zh: CellValue[][] = [
    ['姓名', '手机', '邮箱', '公司', '城市'],
    ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
    ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
    ['张玮', '13812345678', 'zw1985@163.com', null, null],
    ['李娜', '13900000001', 'lina@qq.com', '上海海鲸贸易有限公司', '上海'],
    ['王芳', '13700000002', 'wf@163.com', '北京鼎盛科技有限公司', '北京'],
    ['刘强', '13600000003', 'lq@126.com', '广州白云电器有限公司', '广州'],
  ];
  const en: CellValue[][] = [
    ['Name', 'Phone', 'Email', 'Company', 'City'],
    ['John Smith', '+1 415 555 0134', 'john.smith@acme.com', 'Acme Corp', 'San Francisco'],
    ['John Smith', '+1 415 555 0134', 'john.smith@acme.com', 'Acme Corp', 'San Francisco'],
    ['J. Smith', '+1 415 555 0134', 'jsmith.home@gmail.com', null, null],
    ['Maria Garcia', '+1 212 555 0188', 'mgarcia@globex.com', 'Globex', 'New York'],
    ['Wei Chen', '+1 206 555 0101', 'wchen@initech.com', 'Initech', 'Seattle'],
    ['Priya Patel', '+1 312 555 0177', 'ppatel@umbrella.com', 'Umbrella Inc', 'Chicago'],
  ];

  test.each([
    ['zh-CN', zh, 0.81, ['手机: same number (13812345678)', '邮箱: different addresses']],
    ['en-US', en, 0.65, ['Phone: same number (+1 415 555 0134)', 'Name: initials agree (John Smith ≈ J. Smith)']],
  ])('%s: the certain pair stays certain and the third row is listed with it, explained', (_, values, p, says) => {
    const { clusters } = findDuplicates({ name: 'Sheet1', values });
    expect(clusters).toHaveLength(1);
    const [group] = clusters;
    expect(group).toMatchObject({ rows: [2, 3], band: 'merge' });
    expect(group!.alsoReview?.map((a) => [a.row, a.confidence])).toEqual([[4, p]]);
    const messages = group!.alsoReview![0]!.reasons.map((r) => r.message);
    for (const line of says) expect(messages.some((m) => m.startsWith(line))).toBe(true);
  });

  test('does not offer a row the user marked as another customer than the group', () => {
    const snapshot: SheetSnapshot = { name: '客户', values: zh };
    const keys = rowMarkKeys(snapshot, resolveContext(snapshot).mapping, DEFAULT_TEMPLATE);
    const meta = { [NOT_SAME_META]: addNotSame(undefined, [keys[2]!, keys[4]!]) };
    const { clusters } = findDuplicates({ ...snapshot, meta });
    expect(clusters.map((c) => [c.rows, c.alsoReview])).toEqual([[[2, 3], undefined]]);
  });
});
