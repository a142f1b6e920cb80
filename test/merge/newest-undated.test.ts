/**
 * Keeping the newest row needs an updated or last-contact date: on a sheet without such a column, or a
 * group whose rows leave it blank, the most complete row is kept instead, and the merge says so.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeProblem } from '../../shared/merge/types';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

// A shop's list: 王小明 typed twice, with a last purchase date but no updated or last-contact column.
const SHOP: CellValue[][] = [
  ['客户名称', '联系人', '手机', '邮箱', '公司', '最近购买日期', '累计消费金额', '备注'],
  ['王小明', '王小明', '13812345678', 'xiaoming.wang@qq.com', '上海华美贸易有限公司', '2024-03-01', 12000, '老客户'],
  ['小明', '王小明', '+86 138 1234 5678', '', '上海华美贸易', '2024-05-10', 3000, '微信上叫小明'],
];

function merge(values: CellValue[][], locale: Locale) {
  const snapshot = sheet(
    '客户',
    values.map((r) => [...r]),
  );
  return mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, locale, { keep: 'newest' }));
}

const newestSaid = (problems: MergeProblem[]) => problems.filter((p) => p.code.startsWith('keep.'));

describe('merge keeping the newest row', () => {
  test('says in Chinese that the sheet has no date to tell the newest by', () => {
    const { result } = merge(SHOP, 'zh-CN');
    expect(result.merges[0]!.survivorRow).toBe(2);
    expect(newestSaid(result.problems).map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        'keep.noDateColumn',
        'warning',
        '“保留最新”要按“更新日期”或“最近联系日期”列判断哪一行最新，表中没有这样的列，所以保留的是最完整的一行',
      ],
    ]);
  });

  test('says it in English', () => {
    const { result } = merge(SHOP, 'en-US');
    expect(newestSaid(result.problems).map((p) => p.message)).toEqual([
      '"newest" tells the newest row by an updated or last-contact date column (Updated, Last Contact, 更新日期, 最近联系日期); the sheet has none, so the most complete row was kept',
    ]);
  });

  test('names the column when a group’s rows leave it blank, in both languages', () => {
    const values = SHOP.map((r, i) => [...r, i === 0 ? '更新日期' : '']);
    expect(newestSaid(merge(values, 'zh-CN').result.problems).map((p) => p.message)).toEqual([
      '第 1 组：没有一行在“更新日期”列中有读得出的日期，无从判断哪一行最新，所以保留的是最完整的一行',
    ]);
    expect(newestSaid(merge(values, 'en-US').result.problems).map((p) => p.message)).toEqual([
      'Group 1: no row has a readable date in "更新日期", so which is newest cannot be told; the most complete row was kept',
    ]);
  });

  test('says nothing when an updated date tells the newest', () => {
    const values = SHOP.map((r, i) => [...r, ['更新日期', '2024-03-01', '2024-05-10'][i]!]);
    const { result } = merge(values, 'zh-CN');
    expect(result.merges[0]!.survivorRow).toBe(3);
    expect(newestSaid(result.problems)).toEqual([]);
  });
});
