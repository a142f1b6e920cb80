import {
  areaAddresses,
  footprintMeta,
  footprintOf,
  isEmptyFootprint,
  mergesBack,
  mergesLosslessly,
  sameFormula,
  type RowFootprint,
} from '../../shared/plan/row-footprint';
import { footprintKeeping, footprintOfLastMerge, withFootprintBack } from '../../shared/history/row-footprints';
import { emptyPlan, type Plan } from '../../shared/plan/plan';

/** What a host reads around rows 2–7 of 客户 (a title merged above, 合计 in row 8, 汇总 reading the list). */
const AROUND = {
  formulas: [
    { sheet: '客户', row: 8, col: 4, address: 'D8', formula: '=SUM(D2:D7)' },
    { sheet: '客户', row: 5, col: 7, address: 'G5', formula: '=D5*2' },
    { sheet: '汇总', row: 1, col: 2, address: 'B1', formula: '=SUM(客户!D2:D7)' },
    { sheet: '汇总', row: 2, col: 2, address: 'B2', formula: '=客户!B7' },
    { sheet: '汇总', row: 3, col: 2, address: 'B3', formula: '=客户!B4' },
    { sheet: '客户', row: 7, col: 7, address: 'G7', formula: '=D7*2' },
  ],
  names: [
    { name: '客户区域', ranges: ['=客户!$A$2:$F$7'] },
    { name: 'Prices', ranges: ["'价格表'!$A$2:$B$9"] },
  ],
  merges: ['A1:F1', 'E6:E7', 'E3:E4'],
};

describe('row-footprint', () => {
  test('keeps what deleting the last customer takes that re-inserting it does not give back, on every sheet', () => {
    const footprint = footprintOf('客户', [7], AROUND);
    expect(footprint.formulas).toEqual([
      { sheet: '客户', address: 'D8', before: '=SUM(D2:D7)', predicted: '=SUM(D2:D6)' },
      { sheet: '汇总', address: 'B1', before: '=SUM(客户!D2:D7)', predicted: '=SUM(客户!D2:D6)' },
      { sheet: '汇总', address: 'B2', before: '=客户!B7', predicted: '=客户!#REF!' },
    ]);
    expect(footprint.names).toEqual([
      { name: '客户区域', before: ['=客户!$A$2:$F$7'], predicted: ['=客户!$A$2:$F$6'] },
    ]);
    // E6:E7 loses its last row and is one cell (no merge) once row 7 comes back; the others are untouched.
    expect(footprint.merges).toEqual([{ before: 'E6:E7', predicted: 'E6:E6' }]);
  });

  test('keeps nothing for a row deleted strictly inside every range, and only the merge of a title whose row goes', () => {
    expect(isEmptyFootprint(footprintOf('客户', [5], AROUND))).toBe(true);
    expect(footprintOf('客户', [1], AROUND)).toEqual({
      sheet: '客户',
      rows: [1],
      formulas: [],
      names: [],
      merges: [{ before: 'A1:F1', predicted: null }],
    });
  });

  test('merges again only what re-inserting left as predicted, where no other merge took its cells', () => {
    const kept = [
      { before: 'A1:F1', predicted: null },
      { before: 'E3:E6', predicted: 'E3:E5' },
      { before: 'B9:C9', predicted: null },
    ];
    expect(mergesBack(kept, ['$E$3:$E$5', 'C9:D9'])).toEqual([
      { range: 'A1:F1', unmerge: null },
      { range: 'E3:E6', unmerge: 'E3:E5' },
    ]);
    // Someone merged E3:E5 otherwise since: left alone.
    expect(mergesBack(kept.slice(1, 2), ['E2:E5'])).toEqual([]);
    expect(mergesLosslessly([['2024年华东区客户名单', null, '']])).toBe(true);
    expect(mergesLosslessly([['标题', '制表人：何静']])).toBe(false);
  });

  test('reads a host list of areas and compares formulas with or without "="', () => {
    expect(areaAddresses("'客户'!$A$1:$F$1, 客户!D8,Sheet1!B2")).toEqual(['A1:F1', 'D8', 'B2']);
    expect(sameFormula('=SUM(D2:D6)', 'SUM(D2:D6)')).toBe(true);
    expect(sameFormula(4920, '=SUM(D2:D6)')).toBe(false);
  });
});

describe('row footprints in the history', () => {
  const recorded = (meta: Record<string, string>, parts: Partial<Plan> = {}): Plan => ({
    ...emptyPlan('客户'),
    deleteRows: [{ row: 7, values: ['C000006'] }],
    meta,
    ...parts,
  });

  test('a plan that records an operation and only deletes keeps its footprint under its id, with its merges', () => {
    const plan = recorded({ 'op.seq': '4', 'op.4': '{}', 'history.m-7': '{}', 'history.m-2': '' });
    const keeping = footprintKeeping(plan)!;
    expect(keeping).toEqual({ id: '4', rows: [7], mergeIds: ['m-7'] });
    // One that inserts too keeps it around the rows numbered before its inserts; a row it inserted itself is none of them.
    const lift = { ...plan, insertRows: [{ row: 1, values: ['客户编号'] }] };
    expect(footprintKeeping(lift)).toEqual({ id: '4', rows: [6], mergeIds: ['m-7'] });
    expect(footprintKeeping({ ...lift, deleteRows: [{ row: 1, values: ['客户编号'] }] })).toBeNull();
    expect(footprintKeeping(recorded({}))).toBeNull();
    const meta = footprintMeta(keeping, footprintOf('客户', [7], AROUND));
    expect(Object.keys(meta)).toEqual(['rows.4']);
    expect(footprintMeta(keeping, footprintOf('客户', [5], AROUND))).toEqual({});
  });

  test('the undo that brings the rows back carries the footprint and clears it; a damaged one is only cleared', () => {
    const footprint: RowFootprint = { ...footprintOf('客户', [7], AROUND), mergeIds: ['m-1', 'm-2'] };
    const meta = { 'rows.4': JSON.stringify(footprint), 'rows.5': '{not json' };
    const undo = withFootprintBack(emptyPlan('客户'), meta, '4');
    expect(undo.footprints).toEqual([footprint]);
    expect(undo.meta).toEqual({ 'rows.4': '' });
    expect(withFootprintBack(emptyPlan('客户'), meta, '5')).toEqual({ ...emptyPlan('客户'), meta: { 'rows.5': '' } });
    expect(withFootprintBack(emptyPlan('客户'), meta, '6')).toEqual(emptyPlan('客户'));
    // An operation's undo gives it back only when it brings back the rows the footprint's delete took.
    const back = (row: number) => ({ ...emptyPlan('客户'), insertRows: [{ row, values: ['C000006'] }] });
    expect(withFootprintBack(back(7), meta, '4', true).footprints).toEqual([footprint]);
    expect(withFootprintBack(back(6), meta, '4', true)).toEqual({ ...back(6), meta: { 'rows.4': '' } });
    // An undo that also deletes the rows its operation inserted: row 8 is row 7 once row 1 has gone.
    const header = { row: 1, values: ['客户编号'] };
    expect(withFootprintBack({ ...back(8), deleteRows: [header] }, meta, '4', true).footprints).toEqual([footprint]);
    expect(withFootprintBack({ ...back(7), deleteRows: [header] }, meta, '4', true).footprints).toBeUndefined();
    // Merge by merge, latest first: the run's footprint comes with its last merge still applied.
    expect(footprintOfLastMerge({ ...meta, 'history.m-1': '{}', 'history.m-2': '{}' }, 'm-2')).toBeNull();
    expect(footprintOfLastMerge({ ...meta, 'history.m-1': '{}' }, 'm-1')).toBe('4');
  });
});
