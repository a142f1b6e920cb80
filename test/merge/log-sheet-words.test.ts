/**
 * The log sheet's first column numbers every operation (set up and clean as 1, 2; a merge by its
 * merge ID), so it is headed as the operation's number, and its actions share one casing in English.
 */
import { recordOperation } from '../../shared/history/record-operation';
import { emptyPlan } from '../../shared/plan/plan';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const AT = new Date('2024-06-01T08:30:00.000Z');

function cleanPlan(name: string) {
  const plan = emptyPlan(name);
  plan.edits.push({ row: 2, col: 3, before: '+86 138 0013 8000', after: '13800138000', reason: 'phone.nonCanonical' });
  return plan;
}

describe('the log sheet', () => {
  test.each([
    ['zh-CN', '客户', '操作日志', '操作编号'],
    ['en-US', 'Customers', 'Custodian Log', 'Operation ID'],
  ] as const)('heads its first column as the operation’s number (%s)', (locale, name, logSheet, first) => {
    const recorded = recordOperation(cleanPlan(name), {}, { kind: 'clean', at: AT, locale });
    const log = recorded.sheets.find((s) => s.name === logSheet)!;
    expect(log.rows[0]![0]).toBe(first);
    expect(log.rows[1]![0]).toBe('1');
  });

  test('writes a merge’s action with the capital the other operations have, in English', () => {
    const snapshot = sheet('Customers', [
      ['Customer ID', 'Company', 'Contact', 'Phone', 'City'],
      ['C-1001', 'Acme Supply Inc.', 'Mary Smith', '(415) 555-0100', 'San Francisco'],
      ['C-1002', 'Globex LLC', 'John Brown', '212-555-0199', 'New York'],
      ['C-1003', 'Acme Supply', 'Mary Smith', '415.555.0100', 'San Francisco'],
    ]);
    const { helper } = mergeAndApply(snapshot, [{ rows: [2, 4] }], optionsFor(snapshot, 'en-US', { now: AT }));
    const log = helper('Custodian Log');
    expect(log[0]![0]).toBe('Operation ID');
    expect(log.slice(1).map((row) => row[2])).toContain('Merge');
    expect(log.slice(1).map((row) => row[2])).not.toContain('merge');
  });
});
