/**
 * Merge reads each row's dates in its region's calendar, as check does: in a mainland ledger with
 * two Taiwan customers (113/03/05), a 杭州 customer's 24/4/9 is 2024-04-09, the latest last contact.
 */
import { mixedLedger } from '../normalise/mixed-region-ledger';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

describe('planMerge of a mainland ledger with Taiwan rows', () => {
  test('keeps the latest last contact of a 杭州 customer typed twice, reading 24/4/9 as 2024-04-09', () => {
    const snapshot = sheet('客户台账', mixedLedger());
    const { result, rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 7] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 }, rules: { lastContact: 'latest' } }),
    );
    expect(result.merges[0]!.changes).toContainEqual(
      expect.objectContaining({ header: '最近联系日期', rule: 'latest', before: '24/3/5', after: '24/4/9' }),
    );
    expect(rowAt(2)['最近联系日期']).toBe('24/4/9');
    expect(result.problems).toEqual([]);
  });

  test('keeps the row contacted last when it chooses the newest, its dates read in its calendar', () => {
    const snapshot = sheet('客户台账', mixedLedger());
    const { result } = mergeAndApply(snapshot, [{ rows: [2, 7] }], optionsFor(snapshot, 'zh-CN', { keep: 'newest' }));
    expect(result.merges[0]).toMatchObject({ survivorRow: 7, mergedRows: [2] });
  });
});
