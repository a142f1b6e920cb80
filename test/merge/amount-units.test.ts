/**
 * Merging duplicates of a list whose amounts count in a unit the header names (成交金额（万元）,
 * Revenue ($k), Spend (USD)): a cell written with a unit or currency of its own (1.5万, $1.2M, £75.00)
 * is never compared with or added to the column's bare amounts; it is kept as typed and noted.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { MergeOptions } from '../../shared/merge/types';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

// A machinery supplier's 销售台账: totals kept in 万元, two customers typed twice by different reps.
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '成交金额（万元）', '签约日期', '负责人', '备注'],
  ['宁波恒通贸易有限公司', '朱敏晓', '15053555536', 128.5, '2024-03-05', '王敏', ''],
  ['宁波恒通贸易有限公司', '朱敏晓', '150 5355 5536', '1.5万', '2024/3/5', '王敏', '展会客户'],
  ['南京瑞丰信息技术有限公司', '李娜', '13912345678', '200', '2024-04-12', '王敏', ''],
  ['南京瑞丰信息技术有限公司', '李娜', '139-1234-5678', 36, '2024-05-20', '刘洋', ''],
  ['宁波恒通贸易有限公司', '朱敏晓', '+86 150-5355-5536', '¥15,000', '2024-03-05', '王敏', ''],
];
const AMOUNT = '成交金额（万元）';

function mergeLedger(rows: number[], extra: Partial<MergeOptions> = {}) {
  const snapshot = sheet(
    '销售台账',
    LEDGER.map((r) => [...r]),
  );
  return mergeAndApply(snapshot, [{ rows }], optionsFor(snapshot, 'zh-CN', { masters: { 0: rows[0]! }, ...extra }));
}

describe('merging amounts in a column counted in 万元', () => {
  test('keeps the largest bare amount and notes 1.5万 instead of reading it as 15000 万元', () => {
    const { rowAt, result } = mergeLedger([2, 3]);
    expect(rowAt(2)[AMOUNT]).toBe(128.5);
    expect(rowAt(2)['备注']).toBe('展会客户; 其他成交金额（万元）：1.5万');
    expect(result.problems.map((p) => [p.code, p.severity, p.field])).toEqual([
      ['amount.otherUnit', 'warning', 'totalSpend'],
    ]);
    expect(result.problems[0]!.message).toMatch(/成交金额（万元）.*1\.5万/);
  });

  test('adds only the bare amounts of separate purchases and notes the one with its own unit', () => {
    const { rowAt } = mergeLedger([2, 3], { countsAreSeparatePurchases: true });
    expect(rowAt(2)[AMOUNT]).toBe(128.5);
    expect(rowAt(2)['备注']).toBe('展会客户; 其他成交金额（万元）：1.5万');
  });

  test('keeps the survivor’s 1.5万 as typed and notes the bare amount it could not be added to', () => {
    const { rowAt, result } = mergeLedger([3, 2], { countsAreSeparatePurchases: true });
    // Row 2 moves out, so the survivor (row 3) is row 2 afterwards.
    expect(rowAt(2)[AMOUNT]).toBe('1.5万');
    expect(rowAt(2)['备注']).toBe('展会客户; 其他成交金额（万元）：128.5 万元');
    expect(result.problems.map((p) => p.code)).toEqual(['amount.otherUnit']);
  });

  test('still adds bare amounts in 万元, text or number, with no note of them', () => {
    const { rowAt, result } = mergeLedger([4, 5], { countsAreSeparatePurchases: true });
    expect(rowAt(4)[AMOUNT]).toBe(236);
    expect(rowAt(4)['备注']).toBe('其他负责人：刘洋');
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'values.archiveOnly',
        '第 1 组：合并掉的行有以下内容，保留的行没有或与之不同，没有写入保留的行，只保存在归档中：第 5 行（签约日期：2024-05-20）',
      ],
    ]);
  });

  test('never calls ¥15,000 and 1.5万 the same amount: both stay apart from the bare ones', () => {
    const { rowAt } = mergeLedger([2, 3, 6]);
    expect(rowAt(2)[AMOUNT]).toBe(128.5);
    expect(rowAt(2)['备注']).toBe('展会客户; 其他成交金额（万元）：1.5万; 其他成交金额（万元）：¥15,000');
  });
});

describe('merging amounts in an English column with a unit', () => {
  test('keeps the largest amount in $k and notes $1.2M rather than compare it as 1,200,000 thousand', () => {
    const snapshot = sheet('Accounts', [
      ['Company', 'Contact', 'Phone', 'Revenue ($k)', 'Owner', 'Notes'],
      ['Northwind Traders', 'Tom Lee', '+1 415 555 0134', 850, 'Ann Park', ''],
      ['Northwind Traders Inc.', 'Tom Lee', '(415) 555-0134', '$1.2M', 'Ann Park', 'Met at SaaStr'],
    ]);
    const { rowAt, result } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'en-US', { masters: { 0: 2 } }),
    );
    expect(rowAt(2)['Revenue ($k)']).toBe(850);
    expect(rowAt(2)['Notes']).toBe('Met at SaaStr; Other revenue ($k): $1.2M');
    expect(result.problems.map((p) => p.code)).toEqual(['amount.otherUnit']);
    expect(result.problems[0]!.message).toMatch(/"Revenue \(\$k\)".*\(\$1\.2M\)/);
  });

  test('keeps an amount in pounds in a USD column as typed instead of comparing 75 with 410', () => {
    const snapshot = sheet('Customers', [
      ['Name', 'Email', 'Spend (USD)', 'Notes'],
      ['Oliver Hughes', 'oliver@example.co.uk', '£75.00', ''],
      ['Oliver Hughes', 'OLIVER@example.co.uk', '410.00', ''],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US', { masters: { 0: 2 } }));
    expect(rowAt(2)['Spend (USD)']).toBe('£75.00');
    expect(rowAt(2)['Notes']).toBe('Other spend (USD): 410.00 USD');
  });
});
