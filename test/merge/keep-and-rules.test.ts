import { chineseSheet, englishSheet, mergeAndApply, optionsFor, sheet } from './fixtures';
import type { MergeOptions } from '../../shared/merge/types';

const zhCluster = [{ rows: [2, 3, 5], confidence: 0.97, reasons: ['手机一致'] }];
const enCluster = [{ rows: [2, 4, 5], confidence: 0.95, reasons: ['same email'] }];

function mergeZh(extra: Partial<MergeOptions>) {
  const snapshot = chineseSheet();
  return mergeAndApply(snapshot, zhCluster, optionsFor(snapshot, 'zh-CN', extra));
}

function mergeEn(extra: Partial<MergeOptions>) {
  const snapshot = englishSheet();
  return mergeAndApply(snapshot, enCluster, optionsFor(snapshot, 'en-US', extra));
}

describe('planMerge keep', () => {
  test.each([
    ['first', 2],
    ['last', 5],
    ['mostComplete', 2],
    ['newest', 3],
  ] as const)('keeps row %s when asked for %s on a Chinese list', (keep, row) => {
    expect(mergeZh({ keep }).result.merges[0]).toMatchObject({ survivorRow: row });
  });

  test('keeps the lowest row when asked for first on an English list whose most complete row is newer', () => {
    const { result, rowAt } = mergeEn({ keep: 'first' });
    expect(result.merges[0]).toMatchObject({ survivorRow: 2, mergedRows: [4, 5] });
    expect(rowAt(2)['Customer ID']).toBe('C000101');
  });

  test("gives the newest row the cluster's smallest customer ID when it has none", () => {
    // Row 2 moves out, so the survivor (row 3) is row 2 afterwards.
    const { rowAt } = mergeZh({ keep: 'newest' });
    expect(rowAt(2)).toMatchObject({ 客户编号: 'C000001', 手机: '+86 139 0013 9000' });
  });

  test("lets the user's pick in masters win over keep", () => {
    expect(mergeZh({ keep: 'last', masters: { 0: 3 } }).result.merges[0]).toMatchObject({ survivorRow: 3 });
  });
});

describe('planMerge rules and delimiters', () => {
  test('joins tags with the chosen delimiter when a Chinese team separates them with ;', () => {
    const { rowAt } = mergeZh({ rules: { 标签: 'combine' }, delimiters: { 标签: ';' } });
    expect(rowAt(2)['标签']).toBe('高意向;决策人');
  });

  test('joins notes and the other phone with the chosen delimiter', () => {
    const { rowAt } = mergeZh({ delimiters: { 备注: ' | ' } });
    expect(rowAt(2)['备注']).toBe('老客户 | 喜欢绿茶 | 其他手机：+86 139 0013 9000');
  });

  test('sums spend by header when an English team keeps one row per order', () => {
    const { result, rowAt } = mergeEn({ rules: { 'Total Spend': 'sum' } });
    expect(result.merges[0]).toMatchObject({ survivorRow: 4 });
    expect(rowAt(3)['Total Spend']).toBe(1750.5);
  });

  test('adds nothing on a second merge when notes already hold the other value after the chosen delimiter', () => {
    const snapshot = sheet('Customers', [
      ['Customer ID', 'Name', 'Email', 'Notes'],
      ['C1', 'Ann Lee', 'ann@acme.com', 'VIP / prefers phone'],
      ['C2', 'Ann Lee', 'ann@acme.com', 'prefers phone'],
    ]);
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'en-US', { delimiters: { Notes: ' / ' } }),
    );
    expect(rowAt(2)['Notes']).toBe('VIP / prefers phone');
  });
});
