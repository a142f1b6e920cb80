/**
 * A survivor's amount typed as text (约8万, "approx. 8k") reads as no number in the column's unit: it is
 * never replaced by another row's number. It stays as typed, and the other rows' amounts go to the notes
 * under the column's header, with the unit they count in.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { MergeOptions } from '../../shared/merge/types';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const AMOUNT = '累计成交金额（万元）';
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '邮箱', '客户等级', AMOUNT, '备注'],
  ['青岛啤酒经销商', '杨帆', '13953201111', 'yangfan@qd.com', 'B', 6, ''],
  ['青岛啤酒经销商', '杨帆', '13953201111', 'yangfan@qd.com', 'B', '约8万', '口头'],
  ['青岛啤酒经销商', '杨帆', '13953201111', 'yangfan@qd.com', 'B', '待核实', ''],
];

function mergeLedger(rows: number[], survivor: number, extra: Partial<MergeOptions> = {}) {
  const snapshot = sheet(
    '客户台账',
    LEDGER.map((r) => [...r]),
  );
  return mergeAndApply(snapshot, [{ rows }], optionsFor(snapshot, 'zh-CN', { masters: { 0: survivor }, ...extra }));
}

describe('a survivor amount typed as text', () => {
  test('stays as typed and notes the other row’s amount with the column’s unit', () => {
    const { rowAt, result } = mergeLedger([2, 3], 3);
    expect(rowAt(2)[AMOUNT]).toBe('约8万');
    expect(rowAt(2)['备注']).toBe(`口头; 其他${AMOUNT}：6 万元`);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['amount.notNumber', 'warning']]);
    expect(result.problems[0]!.message).toMatch(/累计成交金额（万元）.*约8万/);
  });

  test('stays as typed under a sum the user asked for, instead of falling back to the largest', () => {
    const { rowAt, result } = mergeLedger([2, 3], 3, { rules: { [AMOUNT]: 'sum' } });
    expect(rowAt(2)[AMOUNT]).toBe('约8万');
    expect(rowAt(2)['备注']).toBe(`口头; 其他${AMOUNT}：6 万元`);
    expect(result.problems.map((p) => p.code)).toEqual(['amount.notNumber']);
  });

  test('a merged-away row’s text amount goes to the notes as typed when the largest number is kept', () => {
    const { rowAt } = mergeLedger([2, 4], 2);
    expect(rowAt(2)[AMOUNT]).toBe(6);
    expect(rowAt(2)['备注']).toBe(`其他${AMOUNT}：待核实`);
  });

  test('an English survivor’s "approx. 8k" stays and the other spend is noted', () => {
    const snapshot = sheet('Accounts', [
      ['Company', 'Contact', 'Phone', 'Total Spend (USD)', 'Notes'],
      ['Northwind Traders', 'Tom Lee', '(415) 555-0134', 'approx. 8k', 'verbal'],
      ['Northwind Traders', 'Tom Lee', '415-555-0134', 6000, ''],
    ]);
    const { rowAt, result } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'en-US', { masters: { 0: 2 } }),
    );
    expect(rowAt(2)['Total Spend (USD)']).toBe('approx. 8k');
    expect(rowAt(2)['Notes']).toBe('verbal; Other total spend (USD): 6000 USD');
    expect(result.problems.map((p) => p.code)).toEqual(['amount.notNumber']);
  });
});
