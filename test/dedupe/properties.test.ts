import fc from 'fast-check';
import { findDuplicates } from '../../shared/dedupe';
import { NAME_LEVEL, compareNames, prepareName, type PreparedName } from '../../shared/dedupe/compare/person-name';
import type { CellValue } from '../../shared/sheet/cell-value';
import { generateChineseCustomers } from '../../bench/dedupe/generate-chinese-customers';

// Names that no two people could be mistaken for: every pair compares as 'different'.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚辉鹏华红燕玲丹萍鑫斌宇浩凯健俊帆旭宁龙';
const distinctNames: string[] = (() => {
  const kept: PreparedName[] = [];
  for (const s of SURNAMES) {
    for (let k = 0; k < GIVEN.length - 1; k += 3) {
      const candidate = prepareName(s + GIVEN[k] + GIVEN[k + 1], 'full');
      if (kept.every((p) => compareNames(p, candidate) === NAME_LEVEL.different)) kept.push(candidate);
    }
  }
  return kept.map((p) => p.key);
})();

const COMPANIES = ['北京鼎盛科技有限公司', '上海华信贸易有限公司', '广州天成物流有限公司', 'Acme Inc.', null];
const CITIES = ['北京', '上海', '广州', '深圳', null];
const phoneFormats = [
  (m: string) => m,
  (m: string) => `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
  (m: string) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
];

describe('findDuplicates properties', () => {
  test('a sheet of distinct people has no duplicates', () => {
    expect(distinctNames.length).toBeGreaterThan(60);
    const person = fc.record({
      company: fc.constantFrom(...COMPANIES),
      city: fc.constantFrom(...CITIES),
      format: fc.nat({ max: phoneFormats.length - 1 }),
      hasEmail: fc.boolean(),
      domain: fc.constantFrom('163.com', 'qq.com', 'gmail.com'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: distinctNames.length - 1 }), { minLength: 2, maxLength: 60 }),
        fc.array(person, { minLength: 60, maxLength: 60 }),
        (people, details) => {
          const values: CellValue[][] = [['姓名', '手机', '邮箱', '公司', '城市']];
          people.forEach((index, k) => {
            const d = details[k]!;
            const mobile = `139${String(10_000_000 + ((index * 7_919_311) % 89_999_999)).slice(0, 8)}`;
            values.push([
              distinctNames[index]!,
              phoneFormats[d.format]!(mobile),
              d.hasEmail ? `customer${index * 37}@${d.domain}` : null,
              d.company,
              d.city,
            ]);
          });
          expect(findDuplicates({ name: 'p', values }).clusters).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  test('every row is in at most one cluster, and clusters are well formed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 120 }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (seed, people, threshold) => {
          const list = generateChineseCustomers({ people, duplicateShare: 0.3, seed });
          const result = findDuplicates({ name: 'p', values: list.values }, { threshold });
          const seen = new Set<number>();
          for (const cluster of result.clusters) {
            expect(cluster.rows.length).toBeGreaterThanOrEqual(2);
            expect([...cluster.rows].sort((a, b) => a - b)).toEqual(cluster.rows);
            for (const row of cluster.rows) {
              expect(row).toBeGreaterThanOrEqual(2);
              expect(row).toBeLessThanOrEqual(list.values.length);
              expect(seen.has(row)).toBe(false);
              seen.add(row);
            }
            expect(cluster.confidence).toBeLessThanOrEqual(1);
            expect(cluster.confidence).toBeGreaterThanOrEqual(Math.floor(Math.min(0.5, threshold) * 100) / 100);
            if (cluster.band === 'merge')
              expect(cluster.confidence).toBeGreaterThanOrEqual(Math.floor(threshold * 100) / 100);
            else expect(cluster.confidence).toBeLessThan(threshold);
            expect(cluster.reasons.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
