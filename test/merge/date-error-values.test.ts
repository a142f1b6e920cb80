/**
 * A formula's error value (#N/A from a lookup that found nothing) in a date column is no date: the
 * latest or earliest leaves it out and says it is an error value, not a day and month order unknown.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

// A Salesforce contacts report: Hank's Last Activity is a VLOOKUP that found nothing, as every host hands it.
const REPORT: CellValue[][] = [
  ['Account Name', 'Full Name', 'Email', 'Phone', 'Country', 'Last Activity'],
  ['Acme Corporation', 'John Doe', 'jdoe@acme.com', '(415) 555-0142', 'United States', new Date(Date.UTC(2024, 4, 2))],
  ['Globex Inc.', 'Hank Scorpio', 'hank@globex.com', '212-555-0199', 'United States', '#N/A'],
  ['Globex Inc', 'Hank Scorpio', 'Hank@Globex.com', '2125550199', 'USA', new Date(Date.UTC(2024, 0, 9))],
];

function merge(locale: Locale) {
  const snapshot = sheet(
    'Contacts',
    REPORT.map((r) => [...r]),
  );
  return mergeAndApply(snapshot, [{ rows: [3, 4] }], optionsFor(snapshot, locale, { masters: { 0: 3 } }));
}

describe('merge meets an error value in a date column', () => {
  test('takes the date there is and calls #N/A an error value, in English', () => {
    const { rowAt, result } = merge('en-US');
    expect(rowAt(3)['Last Activity']).toEqual(new Date(Date.UTC(2024, 0, 9)));
    expect(result.problems.map((p) => [p.code, p.row, p.message])).toEqual([
      [
        'date.errorValue',
        3,
        'Group 1: row 3\'s "Last Activity" is the formula error value #N/A, no date; it was left out of the latest/earliest, check it',
      ],
    ]);
  });

  test('in Chinese', () => {
    const { result } = merge('zh-CN');
    expect(result.problems.map((p) => p.message)).toEqual([
      '第 1 组：第 3 行的“Last Activity”是公式的错误值 #N/A，不是日期，取最新/最早时未计入，请核对',
    ]);
  });
});
