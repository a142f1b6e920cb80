/**
 * A last-contact column where one duplicate row holds an Excel serial typed as text (45356, as a CSV
 * saved from Excel writes a date cell it lost the format of) and the other a written date. The serial
 * is the column's date: a merge that takes it writes it as a date (yyyy-mm-dd, as the core writes
 * dates), never the bare number; a kept date of two readings (05.03.2024, 03/05/2024) cannot be
 * compared with it, so it stays as typed and the warning says so, with no change claimed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * A team's list, the kept row (row 2, the fuller one) holding `kept` and its duplicate (row 3) `other`.
 * `plain`: the English list's other date shows the month first (04/22/2024), else it says nothing (04/02/2024).
 */
function list(locale: Locale, kept: CellValue, other: CellValue, plain: boolean): CellValue[][] {
  return locale === 'zh-CN'
    ? [
        ['客户名称', '联系人', '邮箱', '最近联系', '备注'],
        ['ＡＢＣ科技（深圳）有限公司', '李娜', 'lina@abc-tech.com', kept, '全角'],
        ['ABC科技(深圳)有限公司', '李娜', 'LINA@ABC-TECH.COM', other, null],
        ['北京星辰文化传媒有限公司', '赵敏', 'zhaomin@xingchen.com', '2024-02-05', null],
      ]
    : [
        ['Company', 'Contact', 'Email', 'Last Contact', 'Notes'],
        ['Acme Inc.', 'Mary Smith', 'mary@acme.com', kept, 'long-standing'],
        ['ACME Inc', 'Mary Smith', 'MARY@ACME.COM', other, null],
        ['Globex LLC', 'John Brown', 'jb@globex.com', plain ? '04/22/2024' : '04/02/2024', null],
      ];
}

function merge(locale: Locale, kept: CellValue, other: CellValue, plain = true) {
  const snapshot = sheet(locale === 'zh-CN' ? '客户' : 'Customers', list(locale, kept, other, plain));
  // The user keeps row 2, as the fuller row would be kept were its date not blank.
  const options = optionsFor(snapshot, locale, { masters: { 0: 2 } });
  const outcome = mergeAndApply(snapshot, [{ rows: [2, 3], confidence: 0.97 }], options);
  expect(outcome.result.merges[0]).toMatchObject({ survivorRow: 2, mergedRows: [3] });
  const header = locale === 'zh-CN' ? '最近联系' : 'Last Contact';
  return { ...outcome, header, date: outcome.rowAt(2)[header] };
}

describe('merging a date typed as an Excel serial', () => {
  test.each([
    ['zh-CN', '05.03.2024'],
    ['en-US', '03/05/2024'],
  ] as const)('keeps the kept row’s date of two readings as typed beside 45356 (%s)', (locale, kept) => {
    const { result, header, date } = merge(locale, kept, '45356', false);
    expect(date).toBe(kept);
    // Nothing was updated: the log and the summary must not say so.
    expect(result.merges[0]!.changes.filter((c) => c.header === header)).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual(['date.keptAsTyped']);
    expect(result.problems[0]!.message).toBe(
      locale === 'zh-CN'
        ? '第 1 组：保留行的“最近联系” 05.03.2024 读不出是哪一天（日月顺序不明），无法和其他行的日期（2024-03-05）比较，已按原样保留；其他行的值在合并归档中，请核对'
        : 'Group 1: the kept row\'s "Last Contact", 03/05/2024, cannot be read as one day (day and month order unknown), so it could not be compared with the other rows\' dates (2024-03-05) and was kept as typed; their values are in the archive, check it',
    );
  });

  test.each([
    ['zh-CN', '2024/3/5'],
    ['en-US', '03/05/2024'],
  ] as const)('writes a later serial as a date, not the bare number (%s)', (locale, kept) => {
    // Globex's 04/22/2024 shows the English list writes the month first: its 03/05/2024 is 5 March.
    const { result, header, date } = merge(locale, kept, '45400');
    expect(date).toBe('2024-04-18');
    expect(result.merges[0]!.changes.filter((c) => c.header === header)).toEqual([
      expect.objectContaining({ rule: 'latest', before: kept, after: '2024-04-18' }),
    ]);
    expect(result.problems).toEqual([]);
  });

  test.each(['zh-CN', 'en-US'] as const)('keeps the written date when the serial is the same day (%s)', (locale) => {
    const kept = locale === 'zh-CN' ? '2024/3/5' : '3/5/2024';
    const { result, header, date } = merge(locale, kept, '45356');
    expect(date).toBe(kept);
    expect(result.merges[0]!.changes.filter((c) => c.header === header)).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  test.each(['zh-CN', 'en-US'] as const)('fills an empty date from a serial as a date (%s)', (locale) => {
    const { date } = merge(locale, null, '45356');
    expect(date).toBe('2024-03-05');
  });

  test.each(['zh-CN', 'en-US'] as const)(
    'writes a serial number cell as a real date over a Date cell (%s)',
    (locale) => {
      const { date } = merge(locale, d('2024-03-05'), 45400);
      expect(date).toEqual(d('2024-04-18'));
    },
  );
});
