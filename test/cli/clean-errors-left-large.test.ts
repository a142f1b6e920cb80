/**
 * A sheet over the size whose errors clean counts again (a second pass of check would cost a third of
 * clean's time at 300,000 rows): the summary neither counts nor claims every value valid, it points to
 * check of the output, in both languages.
 */
import {
  countsErrorsLeft,
  ERRORS_LEFT_CELL_LIMIT,
  formatCleanSummary,
  type CleanReport,
} from '../../cli/commands/clean-command';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const sheetOf = (rows: number, width: number): SheetSnapshot => ({
  name: 'Customers',
  values: Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => `r${r}c${c}`)),
});

const report = (locale: 'en-US' | 'zh-CN', unfixable: number): CleanReport => ({
  locale,
  columnsAdded: [],
  headersRenamed: 0,
  dropdowns: 9,
  summary: {
    changes: 300_000,
    byReason: { 'phone.nonCanonical': 300_000 },
    unfixable,
    rows: 300_000,
    renumbered: [],
    backup: { written: false, why: 'tooLarge', cells: 4_500_015, limit: 1_000_000 },
  },
});

describe('clean of a sheet too large to check again', () => {
  test('counts the errors left up to the limit and not past it', () => {
    expect(countsErrorsLeft(sheetOf(10, 3), 30)).toBe(true);
    expect(countsErrorsLeft(sheetOf(10, 3), 29)).toBe(false);
    expect(ERRORS_LEFT_CELL_LIMIT).toBeGreaterThanOrEqual(1_000_000);
  });

  test('points to check instead of saying every value is valid (en-US, zh-CN)', () => {
    const en = formatCleanSummary('customers.csv', 'clean.csv', report('en-US', 0), {
      format: 'csv',
      droppedSheets: [],
    });
    expect(en).toContain('  Run "custodian check" on the output to see any errors left');
    expect(en).not.toContain('Every remaining value is valid');
    const zh = formatCleanSummary('客户.csv', 'clean.csv', report('zh-CN', 0), { format: 'csv', droppedSheets: [] });
    expect(zh).toContain('  对输出文件运行 custodian check 可查看剩余的错误');
    expect(zh).not.toContain('所有值都已有效');
  });

  test('says the values it could not fix once, with no second pointer', () => {
    const en = formatCleanSummary('customers.csv', 'clean.csv', report('en-US', 12), {
      format: 'csv',
      droppedSheets: [],
    });
    expect(en).toContain('12 values could not be fixed automatically');
    expect(en).not.toContain('to see any errors left');
  });
});
