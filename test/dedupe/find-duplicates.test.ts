import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { findDuplicates, type DedupeResult } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { generateChineseCustomers } from '../../bench/dedupe/generate-chinese-customers';

const sheet = (values: CellValue[][]) => ({ name: 'Customers', values });

/** Row numbers of each cluster, for compact assertions. */
const rowsOf = (result: DedupeResult) => result.clusters.map((c) => c.rows);

const customers: CellValue[][] = [
  ['Name', 'Phone', 'Email', 'Company', 'City'],
  ['张伟', '13800138000', 'zhangwei@163.com', '北京鼎盛科技有限公司', '北京'], // 2
  ['张 伟', '+86 138 0013 8000', 'ZhangWei@163.com', '鼎盛科技（北京）有限公司', '北京市'], // 3: same person
  ['Zhang Wei', '138-0013-8000', null, 'Dingsheng Technology Co., Ltd.', 'Beijing'], // 4: same person in pinyin
  ['张伟', '13912345678', 'wei.zhang@qq.com', '上海华信贸易有限公司', '上海'], // 5: another 张伟
  ['李娜', '13700001111', 'lina@dingsheng.com', '北京鼎盛科技有限公司', '北京'], // 6: colleague of row 2
  ['王芳', '13700002222', 'wangfang@dingsheng.com', '北京鼎盛科技有限公司', '北京'], // 7: colleague
  ['John Smith', '+1 415 555 2671', 'john.smith@example.com', 'Acme Inc.', 'San Francisco'], // 8
  ['Smith, John', '(415) 555-2671', 'John.Smith@example.com ', 'ACME, Inc', 'San Francisco'], // 9: same person
  ['Mary Jones', '+1 212 555 0100', 'mary@example.org', 'Globex LLC', 'New York'], // 10
];

describe('findDuplicates', () => {
  test('finds the same customer written three ways, and the same English customer twice', () => {
    const result = findDuplicates(sheet(customers));
    expect(result.rows).toBe(9);
    expect(rowsOf(result)).toEqual([
      [2, 3, 4],
      [8, 9],
    ]);
    for (const cluster of result.clusters) {
      expect(cluster.band).toBe('merge');
      expect(cluster.confidence).toBeGreaterThanOrEqual(0.9);
      expect(cluster.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(cluster.confidence * 100) / 100).toBe(cluster.confidence);
    }
  });

  test('explains each cluster field by field in one English line', () => {
    const [chinese, english] = findDuplicates(sheet(customers)).clusters;
    const byField = Object.fromEntries(chinese!.reasons.map((r) => [r.field, r]));
    expect(byField.phone).toMatchObject({ column: 'Phone', level: 'exact', similarity: 1 });
    expect(byField.phone!.message).toMatch(/^Phone: same number \(.+ = .+\)$/);
    // One reason for the three names, worded by the weakest link and quoting each link with its sign.
    expect(chinese!.reasons.filter((r) => r.field === 'name')).toHaveLength(1);
    expect(byField.name).toMatchObject({
      level: 'pinyin',
      message: 'Name: same name in Chinese characters and pinyin (张伟 = 张 伟; 张伟 ≈ Zhang Wei)',
    });
    expect(byField.company!.level).toBe('pinyin');
    expect(english!.reasons.map((r) => r.level)).toEqual(expect.arrayContaining(['exact', 'reordered']));
    expect(english!.reasons[0]!.similarity).toBeGreaterThanOrEqual(english!.reasons.at(-1)!.similarity);
  });

  test('does not merge different people called 张伟', () => {
    // Different customers called 张伟 among two hundred others without duplicates.
    const background = generateChineseCustomers({ people: 200, duplicateShare: 0, seed: 5 }).values;
    const zhangWei: CellValue[][] = [
      ['张伟', '13800138000', 'zhangwei@163.com', '北京鼎盛科技有限公司', '010-62345678', '北京', null],
      ['张伟', '13912345678', 'wei.zhang@qq.com', '上海华信贸易有限公司', '021-55556666', '上海', null],
      ['张伟', null, null, null, null, '北京', null],
      ['Zhang Wei', '15011112222', null, '广州天成物流有限公司', null, '广州', null],
      ['张伟', '15811113333', 'zw1990@126.com', '深圳卓越电子有限公司', null, '深圳', null],
    ];
    const values = [...background, ...zhangWei];
    const first = background.length + 1;
    const result = findDuplicates(sheet(values));
    const zhangRows = new Set(zhangWei.map((_, k) => first + k));
    for (const cluster of result.clusters) expect(cluster.rows.filter((r) => zhangRows.has(r)).length).toBeLessThan(2);
  });

  test('does not merge colleagues who share a company, its landline and its address', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '公司', '公司电话', '地址'],
      ...['李娜', '王芳', '刘洋', '陈静', '杨磊', '赵敏'].map((name, k): CellValue[] => [
        name,
        `1370000${1000 + k}`,
        k % 2 ? '北京鼎盛科技有限公司' : '鼎盛科技（北京）有限公司',
        '010-62345678',
        '北京市朝阳区建国路88号',
      ]),
      ['周杰', '13611112222', '上海华信贸易有限公司', '021-55556666', '上海市浦东新区世纪大道100号'],
    ];
    expect(findDuplicates(sheet(values)).clusters).toEqual([]);
  });

  test('keeps every row in at most one cluster and the result serialisable', () => {
    const result = findDuplicates(sheet(customers));
    const rows = result.clusters.flatMap((c) => c.rows);
    expect(new Set(rows).size).toBe(rows.length);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('puts clusters below the threshold in the review band, and drops those below the review threshold', () => {
    const normal = findDuplicates(sheet(customers));
    const strict = findDuplicates(sheet(customers), { threshold: 1 });
    expect(rowsOf(strict)).toEqual(rowsOf(normal));
    for (const cluster of strict.clusters) expect(cluster.band).toBe(cluster.confidence === 1 ? 'merge' : 'review');
    expect(strict.clusters.some((c) => c.band === 'review')).toBe(true);
    // Only rows equal on every column once cleaned (张伟 = 张 伟, +86 138 0013 8000 = 13800138000) stay.
    expect(rowsOf(findDuplicates(sheet(customers), { threshold: 1, reviewThreshold: 1 }))).toEqual([[2, 3]]);
  });

  test('matches only on the columns the user chose', () => {
    const byEmail = findDuplicates(sheet(customers), { columns: ['Email'] });
    expect(rowsOf(byEmail)).toEqual([
      [2, 3],
      [8, 9],
    ]);
    expect(byEmail.clusters.flatMap((c) => c.reasons.map((r) => r.field))).toEqual(['email', 'email']);
  });

  test('reports progress up to its total', () => {
    const seen: { done: number; total: number }[] = [];
    findDuplicates(sheet(customers), { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
  });

  test('handles sheets with nothing to match', () => {
    expect(findDuplicates(sheet([])).clusters).toEqual([]);
    expect(findDuplicates(sheet([['Name']])).rows).toBe(0);
    expect(findDuplicates(sheet([['Name'], ['张伟']])).clusters).toEqual([]);
    // Rows identical in every cell are duplicates even when no column can be scored.
    expect(findDuplicates(sheet([['Notes'], ['x'], ['x']])).clusters.map((c) => c.rows)).toEqual([[2, 3]]);
  });

  const febrl = join(__dirname, '../../../shared/data/febrl/dataset1.csv');
  (existsSync(febrl) ? test : test.skip)('finds the duplicates in a slice of FEBRL dataset1', () => {
    const values = Papa.parse<string[]>(readFileSync(febrl, 'utf8'), { skipEmptyLines: true }).data.slice(0, 401);
    const truth = (JSON.parse(readFileSync(febrl.replace('.csv', '.truth.json'), 'utf8')) as number[]).slice(0, 400);
    const result = findDuplicates(sheet(values));
    let correct = 0;
    let predicted = 0;
    for (const { rows } of result.clusters) {
      for (let x = 0; x < rows.length; x++)
        for (let y = x + 1; y < rows.length; y++) {
          predicted++;
          if (truth[rows[x]! - 2] === truth[rows[y]! - 2]) correct++;
        }
    }
    let truePairs = 0;
    const counts = new Map<number, number>();
    for (const e of truth) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const c of counts.values()) truePairs += (c * (c - 1)) / 2;
    expect(truePairs).toBeGreaterThan(20);
    expect(correct / predicted).toBeGreaterThanOrEqual(0.98);
    expect(correct / truePairs).toBeGreaterThanOrEqual(0.95);
  });
});
