/**
 * A total over a group (`--rule 累计消费=sum`, or counts that are separate purchases) adds each
 * purchase once: two rows identical in every cell (spaces around a value aside) are one record
 * typed twice, counted once and said so; rows that differ in any cell (the order's date) still add.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { MergeOptions } from '../../shared/merge/types';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const HEADERS = ['姓名', '手机', '城市', '累计消费', '下单日期', '备注'];
/** The log's 更改的字段 column. */
const LOG_CHANGES = 6;

function mergeOrders(rows: CellValue[][], extra: Partial<MergeOptions> = {}) {
  const snapshot = sheet('订单', [HEADERS, ...rows]);
  const clusters = [{ rows: rows.map((_, k) => k + 2) }];
  return mergeAndApply(
    snapshot,
    clusters,
    optionsFor(snapshot, 'zh-CN', { rules: { 累计消费: 'sum' }, masters: { 0: 2 }, ...extra }),
  );
}

describe('summing a group with a row typed twice', () => {
  test('counts two identical rows once, and the warning and the log say so', () => {
    const { rowAt, result, helper } = mergeOrders([
      ['罗静', '18612340000', '昆明', 500, '2024-04-17', ''],
      ['罗静', '18612340000', '昆明', 500, '2024-04-17', ''],
    ]);
    expect(rowAt(2)['累计消费']).toBe(500);
    expect(result.problems.map((p) => [p.code, p.severity, p.field])).toEqual([
      ['sum.repeatedEntry', 'warning', 'totalSpend'],
    ]);
    expect(result.problems[0]!.message).toBe(
      '第 1 组：第 2、3 行每一格都相同，是同一条记录录入了两次，“累计消费”只计一次',
    );
    expect(helper('操作日志')[1]![LOG_CHANGES]).toBe('累计消费：第 2、3 行每一格都相同，只计一次');
  });

  test('counts a copy once and still adds a separate purchase', () => {
    const { rowAt, result, helper } = mergeOrders([
      ['王芳', '13912345678', '上海', 560, '2024-01-12', ''],
      ['王芳', '13912345678', '上海', 340, '2024-02-20', ''],
      [' 王芳', '13912345678 ', '上海', '560', '2024-01-12', null], // row 2 again, spaces and all
    ]);
    expect(rowAt(2)['累计消费']).toBe(900);
    // The second purchase's own date is in the archive alone: said.
    expect(result.problems.map((p) => p.code)).toEqual(['sum.repeatedEntry', 'values.archiveOnly']);
    expect(result.problems[1]!.message).toMatch(/第 3 行（下单日期：2024-02-20）$/);
    expect(result.problems[0]!.message).toMatch(/第 2、4 行/);
    expect(helper('操作日志')[1]![LOG_CHANGES]).toBe(
      '累计消费: 560 → 900 | 累计消费：第 2、4 行每一格都相同，只计一次',
    );
  });

  test('adds rows of one amount that differ in the order date: two purchases', () => {
    const { rowAt, result } = mergeOrders([
      ['罗静', '18612340000', '昆明', 500, '2024-04-17', ''],
      ['罗静', '18612340000', '昆明', 500, '2024-05-02', ''],
    ]);
    expect(rowAt(2)['累计消费']).toBe(1000);
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'values.archiveOnly',
        '第 1 组：合并掉的行有以下内容，保留的行没有或与之不同，没有写入保留的行，只保存在归档中：第 3 行（下单日期：2024-05-02）',
      ],
    ]);
  });

  test('counts a copy once when counts are separate purchases, in English too', () => {
    const snapshot = sheet('Orders', [
      ['Name', 'Phone', 'Purchase Count', 'Total Spend', 'Order Date'],
      ['Oliver Hughes', '+442079460958', 1, 75, '2024-03-01'],
      ['Oliver Hughes', '+442079460958', 1, 75, '2024-03-01'],
      ['Oliver Hughes', '+442079460958', 2, 120, '2024-04-11'],
    ]);
    const { rowAt, result } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'en-US', { countsAreSeparatePurchases: true, masters: { 0: 2 } }),
    );
    expect(rowAt(2)).toMatchObject({ 'Purchase Count': 3, 'Total Spend': 195 });
    expect(result.problems.map((p) => [p.code, p.field])).toEqual([
      ['sum.repeatedEntry', 'purchaseCount'],
      ['sum.repeatedEntry', 'totalSpend'],
      ['values.archiveOnly', undefined],
    ]);
    expect(result.problems[2]!.message).toMatch(/row 4 \(Order Date: 2024-04-11\)$/);
    expect(result.problems[1]!.message).toBe(
      'Group 1: rows 2 and 3 are the same in every cell, one record typed twice; "Total Spend" counted it once',
    );
  });

  test('leaves the largest rule alone: a copy changes no maximum', () => {
    const { rowAt, result } = mergeOrders(
      [
        ['罗静', '18612340000', '昆明', 500, '2024-04-17', ''],
        ['罗静', '18612340000', '昆明', 500, '2024-04-17', ''],
      ],
      { rules: {} },
    );
    expect(rowAt(2)['累计消费']).toBe(500);
    expect(result.problems).toEqual([]);
  });
});
