import fc from 'fast-check';
import { planMerge } from '../../shared/merge/plan-merge';
import { planUndo } from '../../shared/merge/plan-undo';
import { workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { createMemoryHost } from '../../shared/host/memory-host';
import { cellAt, type SheetSnapshot } from '../../shared/sheet/snapshot';
import { isBlank } from '../../shared/sheet/cell-value';
import { cellAddress } from '../../shared/sheet/a1';
import { roundTripCaseArb, sheetDifferences } from './round-trip-arbitraries';

describe('merge → undo through the in-memory host', () => {
  test('undoing every merge, latest first, gives back the sheet exactly: values, formulas, links, notes, formats (property)', async () => {
    await fc.assert(
      fc.asyncProperty(roundTripCaseArb, async ({ snapshot, clusters, options }) => {
        const host = createMemoryHost(workbookFromSnapshot(snapshot));
        const first = await host.readSnapshot({ sheet: snapshot.name });
        expect(sheetDifferences(snapshot, first)).toEqual([]);
        const { plan, merges, problems } = planMerge(first, clusters, options);
        expect(problems.filter((p) => p.code === 'formula.refersToMergedRow')).toEqual([]);
        await host.applyPlan(plan);
        for (const merge of [...merges].reverse()) {
          const current = await host.readSnapshot({ sheet: snapshot.name });
          const undo = planUndo(current.meta ?? {}, merge.mergeId, options.now, { current });
          if (!undo.ok) throw new Error(undo.error.message);
          await host.applyPlan(undo.plan);
        }
        const last = await host.readSnapshot({ sheet: snapshot.name });
        expect(sheetDifferences(first, last)).toEqual([]);
        // This host reads empty cells' own formats too: a date written into one and undone leaves none.
        expect(emptyCellFormats(last)).toEqual(emptyCellFormats(first));
      }),
      { numRuns: 100 },
    );
  });
});

/** The own formats of empty cells ("D2 yyyy-mm-dd"), which sheetDifferences leaves out (most hosts read none). */
function emptyCellFormats(snapshot: SheetSnapshot): string[] {
  return (snapshot.extras ?? [])
    .filter((e) => e.format !== undefined && isBlank(cellAt(snapshot, e.row, e.col)))
    .map((e) => `${cellAddress(e.row, e.col)} ${e.format}`);
}

describe('merge → undo when a formula points at a row the merge deletes', () => {
  test('planMerge names the formula, and undo gives back everything, the reference too (property)', async () => {
    await fc.assert(
      fc.asyncProperty(roundTripCaseArb, fc.nat(), async ({ snapshot, clusters, options }, seed) => {
        const away = planMerge(snapshot, clusters, options).merges.flatMap((m) => m.mergedRows);
        fc.pre(away.length > 0);
        // A total row below the list, summing one merged-away row's cell with a row that stays.
        const target = away[seed % away.length]!;
        const row = snapshot.values.length + 1;
        const formula = `=A${target}+A1`;
        const withTotal: SheetSnapshot = {
          ...snapshot,
          values: [...snapshot.values, snapshot.values[0]!.map((_, c) => (c === 0 ? 0 : null))],
          formulas: [...(snapshot.formulas ?? []), { row, col: 1, formula }],
        };
        const host = createMemoryHost(workbookFromSnapshot(withTotal));
        const first = await host.readSnapshot({ sheet: snapshot.name });
        const { plan, merges, problems } = planMerge(first, clusters, options);
        const warned = problems.filter((p) => p.code === 'formula.refersToMergedRow');
        expect(warned).toHaveLength(1);
        expect(warned[0]!.message).toContain(`A${row}`);
        await host.applyPlan(plan);
        for (const merge of [...merges].reverse()) {
          const current = await host.readSnapshot({ sheet: snapshot.name });
          const undo = planUndo(current.meta ?? {}, merge.mergeId, options.now, { current });
          if (!undo.ok) throw new Error(undo.error.message);
          await host.applyPlan(undo.plan);
        }
        const last = await host.readSnapshot({ sheet: snapshot.name });
        // The #REF! the delete left is given back with the last merge's undo (plan/row-footprint.ts).
        expect(sheetDifferences(first, last)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('sheetDifferences', () => {
  const base: SheetSnapshot = {
    name: '客户',
    values: [
      ['姓名', '最近联系日期', '累计消费金额', '官网'],
      ['张伟', new Date(Date.UTC(2024, 2, 5)), 1200, 'yuntu.cn'],
      ['Mary Smith', '2024/3/9', 40, ''],
    ],
    formulas: [{ row: 3, col: 3, formula: '=C2*2' }],
    extras: [
      { row: 2, col: 4, link: 'https://yuntu.cn/' },
      { row: 2, col: 1, note: '展会后要求回电' },
      { row: 2, col: 3, format: '¥#,##0.00' },
    ],
    columnFormats: [null, 'yyyy-mm-dd', null, null],
    meta: {},
  };
  const changed = (more: Partial<SheetSnapshot>): SheetSnapshot => ({ ...base, ...more });

  test('finds nothing between a sheet and the same sheet as another host stores it', () => {
    const stored = changed({
      values: [
        ['姓名', '最近联系日期', '累计消费金额', '官网', null],
        ['张伟', '2024-03-05', '1200', 'yuntu.cn', ''],
        ['Mary Smith', '2024/3/9', 80, null, null],
        [null, '', null, null, null],
      ],
      formulas: [{ row: 3, col: 3, formula: 'c2 * 2' }],
      extras: [
        { row: 2, col: 1, note: '展会后要求回电' },
        { row: 2, col: 3, format: '¥#,##0.00' },
        { row: 2, col: 4, link: 'https://yuntu.cn/' },
        { row: 3, col: 2, format: 'yyyy-mm-dd' },
      ],
    });
    expect(sheetDifferences(base, stored)).toEqual([]);
  });

  test('names each cell whose value, formula, link, note or shown format differs', () => {
    expect(
      sheetDifferences(
        base,
        changed({
          values: [base.values[0]!, ['张伟', '2024/3/5', 1200, 'yuntu.cn'], base.values[2]!],
          formulas: [{ row: 3, col: 3, formula: '=C4*2' }],
          extras: [
            { row: 2, col: 4, link: 'https://www.yuntu.cn/' },
            { row: 2, col: 1, note: 'Asked for a call back' },
            { row: 2, col: 3, format: '0.00%' },
          ],
          columnFormats: [null, 'yyyy"年"m"月"d"日"', null, null],
        }),
      ),
    ).toEqual([
      'A2 note: "展会后要求回电" ≠ "Asked for a call back"',
      'B2 value: 2024-03-05 ≠ "2024/3/5"',
      'B2 format: "yyyy-mm-dd" ≠ "yyyy\\"年\\"m\\"月\\"d\\"日\\""',
      'C2 format: "¥#,##0.00" ≠ "0.00%"',
      'D2 link: "https://yuntu.cn/" ≠ "https://www.yuntu.cn/"',
      'B3 format: "yyyy-mm-dd" ≠ "yyyy\\"年\\"m\\"月\\"d\\"日\\""',
      'C3 formula: =C2*2 ≠ =C4*2',
    ]);
  });
});
