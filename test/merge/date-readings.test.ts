/**
 * Merge reads a column's dates as check does: of a dump's Unix timestamps (最近联系时间 in seconds)
 * it keeps the latest instant, as typed.
 */
import { mergeAndApply, optionsFor, sheet } from './fixtures';

describe('planMerge of Unix timestamps', () => {
  test('keeps the latest last contact when the column holds Unix seconds', () => {
    const snapshot = sheet('客户', [
      ['客户编号', '姓名', '手机', '最近联系时间', '备注'],
      ['C000011', '刘强', '13700001111', 1700000000, '老客户'],
      ['C000012', '刘强', '137 0000 1111', 1710000000, ''],
      ['C000013', '王芳', '13912345678', 1705000000, ''],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(result.merges[0]!.changes).toEqual([
      { col: 4, header: '最近联系时间', field: 'lastContact', rule: 'latest', before: 1700000000, after: 1710000000 },
    ]);
    expect(rowAt(2)['最近联系时间']).toBe(1710000000);
  });

  test('keeps the survivor’s own value when a lone ten-digit number is no time', () => {
    const snapshot = sheet('客户', [
      ['客户编号', '姓名', '手机', '最近联系时间', '备注'],
      ['C000011', '刘强', '13700001111', '2024-03-01', '老客户'],
      ['C000012', '刘强', '137 0000 1111', 1710000000, ''],
      ['C000013', '王芳', '13912345678', '2024-01-05', ''],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(rowAt(2)['最近联系时间']).toBe('2024-03-01');
  });
});
