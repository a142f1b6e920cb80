/**
 * The sidebar's counts read right in both languages, with the numbers a real list gives: one group of
 * duplicates, one row archived, one row merged into the kept row, and Check's issues counted against
 * the rows that have them (6 issues in 5 rows of a 6-row list), not every row checked.
 */
import { translator, type Params, type Translate, type UiKey } from '../../shared/ui/i18n';
import { archivedWords, checkSummary, dupesSummary, mergedNotice } from '../../shared/ui/views/count-words';

const en = translator('en-US');
const say = (t: Translate, notice: { key: UiKey; params: Params }) => t(notice.key, notice.params);
const zh = translator('zh-CN');

// The probe's English list: issues on rows 2, 3, 5 (two), 6 and 7; row 4 clean.
const ISSUES = [
  { row: 2, severity: 'warning' as const },
  { row: 3, severity: 'warning' as const },
  { row: 5, severity: 'error' as const },
  { row: 5, severity: 'warning' as const },
  { row: 6, severity: 'warning' as const },
  { row: 7, severity: 'warning' as const },
];

describe('count words', () => {
  test('Check counts the rows that have issues', () => {
    expect(checkSummary(en, ISSUES)).toBe('6 issues in 5 rows (errors: 1, warnings: 5)');
    expect(checkSummary(zh, ISSUES)).toBe('5 行中有 6 个问题（错误 1 个，提示 5 个）');
  });

  test('Check says one issue and one row in the singular', () => {
    expect(checkSummary(en, [{ row: 4, severity: 'error' }])).toBe('1 issue, in row 4 (errors: 1, warnings: 0)');
    expect(checkSummary(zh, [{ row: 4, severity: 'error' }])).toBe('第 4 行有 1 个问题（错误 1 个，提示 0 个）');
    const twoInOneRow = [
      { row: 4, severity: 'error' as const },
      { row: 4, severity: 'warning' as const },
    ];
    expect(checkSummary(en, twoInOneRow)).toBe('2 issues in row 4 (errors: 1, warnings: 1)');
    expect(checkSummary(zh, twoInOneRow)).toBe('第 4 行有 2 个问题（错误 1 个，提示 1 个）');
  });

  test('one group of duplicates is one group', () => {
    expect(dupesSummary(en, 1, 6)).toBe('1 group of possible duplicates among 6 rows');
    expect(dupesSummary(en, 3, 6)).toBe('3 groups of possible duplicates among 6 rows');
    expect(dupesSummary(zh, 1, 6)).toBe('在 6 行中发现 1 组疑似重复');
  });

  test('one archived row is one row', () => {
    expect(archivedWords(en, 'en-US', [3])).toBe('Row 3 moves to the archive sheet.');
    expect(archivedWords(en, 'en-US', [3, 5])).toBe('Rows 3, 5 move to the archive sheet.');
    expect(archivedWords(zh, 'zh-CN', [3, 5])).toBe('第 3、5 行将移到归档工作表。');
  });

  test('a merge names the rows merged into the kept row, not the kept row among them', () => {
    expect(say(en, mergedNotice({ mergedRows: [5], survivorRow: 2 }, 'en-US'))).toBe('merged row 5 into row 2');
    expect(say(en, mergedNotice({ mergedRows: [5, 7], survivorRow: 2 }, 'en-US'))).toBe('merged rows 5, 7 into row 2');
    expect(say(zh, mergedNotice({ mergedRows: [5], survivorRow: 2 }, 'zh-CN'))).toBe('已将第 5 行合并到第 2 行');
    expect(say(zh, mergedNotice({ mergedRows: [5, 7], survivorRow: 2 }, 'zh-CN'))).toBe('已将第 5、7 行合并到第 2 行');
  });
});
