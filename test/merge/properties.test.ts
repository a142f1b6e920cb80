import fc from 'fast-check';
import { planMerge } from '../../shared/merge/plan-merge';
import { planUndo } from '../../shared/merge/plan-undo';
import { applyPlan, findSheet, snapshotOf, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { isBlank, sameCell, type CellValue } from '../../shared/sheet/cell-value';
import { cellAddress } from '../../shared/sheet/a1';
import type { FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeCluster, MergeOptions } from '../../shared/merge/types';
import { optionsFor } from './fixtures';

const RUNS = { numRuns: 150 };
const date = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(d.toISOString().slice(0, 10)));
const text = fc.string({ maxLength: 8 });

/** Column header (both languages) and the messy values real lists hold in it. */
const COLUMNS: { en: string; zh: string; value: fc.Arbitrary<CellValue> }[] = [
  {
    en: 'Customer ID',
    zh: '客户编号',
    value: fc.oneof(
      fc.constantFrom('', 'C000001', 'c000001 ', 'C000002'),
      fc.nat(99).map((n) => `C0000${n}`),
    ),
  },
  { en: 'Name', zh: '姓名', value: fc.constantFrom('张伟', '张 伟', 'Zhang Wei', '李娜', 'Mary Smith', '') },
  {
    en: 'Phone',
    zh: '手机',
    value: fc.constantFrom('13800138000', '+86 138 0013 8000', '139-0013-9000', '(415) 555-0100', '', null),
  },
  {
    en: 'Email',
    zh: '邮箱',
    value: fc.constantFrom('zw@163.com', 'ZW@163.com ', 'mary@example.com', 'not an email', ''),
  },
  { en: 'Tags', zh: '标签', value: fc.constantFrom('高意向', 'High Intent, 决策人', 'Referral、投诉', '', 'VIP') },
  {
    en: 'Last Contact',
    zh: '最近联系日期',
    value: fc.oneof(date, fc.constantFrom('2024-03-05', '2024/3/9', '下周', '')),
  },
  { en: 'Purchase Count', zh: '购买次数', value: fc.oneof(fc.nat(20), fc.constantFrom('3次', '很多', '', null)) },
  {
    en: 'Total Spend',
    zh: '累计消费金额',
    value: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom('¥1,200.50', '1.2万', '', 'n/a')),
  },
  {
    en: 'Notes',
    zh: '备注',
    value: fc.oneof(text, fc.constantFrom('老客户; 喜欢绿茶', 'VIP', '', 'Other phone: 13800138000')),
  },
  { en: 'Created', zh: '创建日期', value: fc.oneof(date, fc.constant('')) },
  { en: 'Updated', zh: '更新日期', value: fc.oneof(date, fc.constant('')) },
  { en: 'Extra', zh: '自定义', value: fc.oneof(text, fc.boolean(), fc.integer()) },
];

interface Case {
  snapshot: SheetSnapshot;
  clusters: MergeCluster[];
  options: MergeOptions;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    locale: fc.constantFrom<Locale>('zh-CN', 'en-US'),
    columns: fc.shuffledSubarray(COLUMNS, { minLength: 2 }),
    rowCount: fc.integer({ min: 2, max: 9 }),
    separate: fc.boolean(),
  })
  .chain(({ locale, columns, rowCount, separate }) =>
    fc
      .record({
        rows: fc.array(fc.tuple(...columns.map((c) => c.value)), { minLength: rowCount, maxLength: rowCount }),
        formulaCells: fc.array(fc.tuple(fc.nat(rowCount - 1), fc.nat(columns.length - 1)), { maxLength: 4 }),
        order: fc.shuffledSubarray(
          Array.from({ length: rowCount }, (_, i) => i + 2),
          { minLength: rowCount, maxLength: rowCount },
        ),
        sizes: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 4 }),
        masterSeeds: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 4, maxLength: 4 }),
      })
      .map(({ rows, formulaCells, order, sizes, masterSeeds }): Case => {
        const formulas = new Map<string, FormulaCell>();
        for (const [r, c] of formulaCells)
          formulas.set(`${r}:${c}`, { row: r + 2, col: c + 1, formula: `=LEN("${r}${c}")` });
        const snapshot: SheetSnapshot = {
          name: locale === 'zh-CN' ? '客户' : 'Customers',
          values: [columns.map((c) => (locale === 'zh-CN' ? c.zh : c.en)), ...rows.map((r) => [...r])],
          formulas: [...formulas.values()],
          meta: {},
        };
        const clusters: MergeCluster[] = [];
        let next = 0;
        for (const size of sizes) {
          if (next + size > order.length) break;
          clusters.push({ rows: order.slice(next, next + size), confidence: 0.9 });
          next += size;
        }
        const masters: Record<number, number> = {};
        clusters.forEach((c, i) => {
          const seed = masterSeeds[i];
          if (seed !== undefined) masters[i] = c.rows[seed % c.rows.length]!;
        });
        return {
          snapshot,
          clusters,
          options: optionsFor(snapshot, locale, { masters, countsAreSeparatePurchases: separate }),
        };
      }),
  );

describe('merge properties', () => {
  test('a merge never loses a non-empty value: each is still in the sheet or in the archive (property)', () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, clusters, options }) => {
        const { plan, merges, problems } = planMerge(snapshot, clusters, options);
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        const workbook = applyPlan(workbookFromSnapshot(snapshot), plan, { verify: true });
        const archiveName = options.locale === 'zh-CN' ? '合并归档' : 'Custodian Archive';
        const archive = findSheet(workbook, archiveName)?.values ?? [];
        const archiveNote = (row: number, col: number) =>
          findSheet(workbook, archiveName)?.extras?.[cellAddress(row, col)]?.note;
        const after = snapshotOf(workbook, snapshot.name);
        const formulaAt = new Map((snapshot.formulas ?? []).map((f) => [`${f.row}:${f.col}`, f.formula]));
        const survivors = new Map(
          merges.flatMap((m) => [[m.survivorRow, m] as const, ...m.mergedRows.map((r) => [r, m] as const)]),
        );
        const deletedAbove = (row: number) => merges.flatMap((m) => m.mergedRows).filter((r) => r < row).length;

        snapshot.values.slice(1).forEach((cells, i) => {
          const row = i + 2;
          const merge = survivors.get(row);
          cells.forEach((value, c) => {
            // A formula cell is archived as its value, the formula in the cell's note.
            const formula = formulaAt.get(`${row}:${c + 1}`);
            const original = formula ?? value;
            if (isBlank(original)) return;
            if (!merge) {
              // Rows outside every cluster only move up.
              expect(sameCell(after.values[row - 1 - deletedAbove(row)]![c], value)).toBe(true);
              return;
            }
            const survivorRow = after.values[merge.survivorRow - 1 - deletedAbove(merge.survivorRow)]!;
            const archived = archive.some(
              (a, r) =>
                a[0] === merge.mergeId &&
                a[4] === row &&
                (formula === undefined
                  ? sameCell(a[7 + c], value)
                  : sameCell(a[7 + c], value) && archiveNote(r + 1, 8 + c)?.startsWith(formula) === true),
            );
            expect(archived || sameCell(survivorRow[c], original)).toBe(true);
          });
        });
      }),
      RUNS,
    );
  });

  test('undoing every merge, latest first, gives back the original sheet (property)', () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, clusters, options }) => {
        const original = workbookFromSnapshot(snapshot);
        const { plan, merges } = planMerge(snapshot, clusters, options);
        let workbook = applyPlan(original, plan, { verify: true });
        for (const merge of [...merges].reverse()) {
          const undo = planUndo(workbook.meta, merge.mergeId, options.now, {
            current: snapshotOf(workbook, snapshot.name),
          });
          if (!undo.ok) throw new Error(undo.error.message);
          workbook = applyPlan(workbook, undo.plan, { verify: true });
        }
        expect(findSheet(workbook, snapshot.name)).toEqual(findSheet(original, snapshot.name));
        expect(Object.keys(workbook.meta).filter((k) => k.startsWith('history.'))).toEqual([]);
      }),
      RUNS,
    );
  });

  test('never throws on arbitrary clusters, and explains every cluster it leaves out (property)', () => {
    const junk = fc.array(fc.record({ rows: fc.array(fc.integer({ min: -1, max: 12 }), { maxLength: 4 }) }), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(caseArb, junk, ({ snapshot, options }, clusters) => {
        const { merges, problems } = planMerge(snapshot, clusters, options);
        const explained = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.clusterIndex));
        clusters.forEach((_, i) => expect(merges.some((m) => m.clusterIndex === i) !== explained.has(i)).toBe(true));
        for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
        const rows = merges.flatMap((m) => [m.survivorRow, ...m.mergedRows]);
        expect(new Set(rows).size).toBe(rows.length);
      }),
      RUNS,
    );
  });
});
