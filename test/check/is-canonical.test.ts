import { isCanonical } from '../../shared/check/is-canonical';
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const CSV = { textOnly: true, columnFormat: null };
const XLSX_DATES = { realDates: true, columnFormat: 'yyyy-mm-dd' };
const XLSX_TEXT = { realDates: true, columnFormat: '@' };
const XLSX_GENERAL = { realDates: true, columnFormat: null };
// A host that writes date text as it is (the in-memory reference host).
const PLAIN = { columnFormat: 'yyyy-mm-dd' };

describe('isCanonical', () => {
  test.each([
    // Canonical date text is the date itself in a CSV, which holds only text.
    ['ISO text in a CSV', '2024-04-03', '2024-04-03', CSV, true],
    ['ISO text with a time in a CSV', '2023-01-15 09:12', '2023-01-15 09:12', CSV, true],
    // In an .xlsx column showing dates, text is not yet the date: clean writes it as a real date cell.
    ['ISO text where the column shows dates', '2024-04-03', '2024-04-03', XLSX_DATES, false],
    ['ISO text with a time where the column shows dates', '2023-01-15 09:12', '2023-01-15 09:12', XLSX_DATES, false],
    ['最近联系日期 as ISO text with seconds', '2022-11-08 14:22:10', '2022-11-08 14:22:10', XLSX_DATES, false],
    // A time with a zone cannot be a date cell (no cell holds a zone): text it stays.
    ['a time with its zone', '2024-03-05 14:22 +08:00', '2024-03-05 14:22 +08:00', XLSX_DATES, true],
    ['ISO text in a text-formatted column', '2024-04-03', '2024-04-03', XLSX_TEXT, true],
    ['ISO text in a column showing no dates', '2024-04-03', '2024-04-03', XLSX_GENERAL, true],
    ['ISO text in a host that writes text as text', '2024-04-03', '2024-04-03', PLAIN, true],
    ['a real date', new Date(Date.UTC(2024, 3, 3)), '2024-04-03', XLSX_DATES, true],
    ['a real date and time', new Date(Date.UTC(2023, 0, 15, 9, 12)), '2023-01-15', XLSX_DATES, true],
    ['a US date', '04/15/2024', '2024-04-15', XLSX_DATES, false],
    ['a US date in a CSV', '04/15/2024', '2024-04-15', CSV, false],
  ] as [string, CellValue, CellValue, Parameters<typeof isCanonical>[3], boolean][])(
    'judges %s',
    (_name, original, canonical, host, expected) => {
      expect(isCanonical(original, canonical, 'date', host)).toBe(expected);
    },
  );
});

describe('planClean of date text by host', () => {
  const zh = (): CellValue[][] => [
    ['客户编号', '姓名', '手机', '最近联系日期', '下次跟进日期'],
    ['C000001', '王建国', '13958012345', '2023-01-15', '2023-02-01 10:30'],
    ['C000002', '李娜', '13958012346', '2023/1/15', '2023年2月1日'],
  ];
  const en = (): CellValue[][] => [
    ['Customer ID', 'Name', 'Email', 'Last Contact', 'Next Follow-up'],
    ['C000001', 'Emma Wilson', 'emma@example.com', '2024-04-03', '2024-07-01 09:12'],
    ['C000002', 'Liam Brown', 'liam@example.com', '04/15/2024', 'July 2, 2024'],
  ];
  const dateEdits = (values: CellValue[][], extra: Parameters<typeof sheet>[1]) =>
    planClean(sheet(values, extra), { now: TODAY })
      .plan.edits.filter((e) => e.reason === 'date.nonCanonical')
      .map((e) => [e.row, e.col, e.before, e.after]);
  const dateColumns = [null, null, null, 'yyyy-mm-dd', 'yyyy-mm-dd'];

  test.each([
    ['zh-CN', zh()],
    ['en-US', en()],
  ])('rewrites only the other spellings of a %s CSV', (_locale, values) => {
    expect(dateEdits(values, { textOnly: true, columnFormats: dateColumns })).toEqual([
      [3, 4, values[2]![3], expect.stringMatching(/^\d{4}-\d\d-\d\d$/)],
      [3, 5, values[2]![4], expect.stringMatching(/^\d{4}-\d\d-\d\d$/)],
    ]);
  });

  test.each([
    ['zh-CN', zh()],
    ['en-US', en()],
  ])('writes every date of a %s .xlsx, ISO text included, with its time', (_locale, values) => {
    const edits = dateEdits(values, { realDates: true, columnFormats: dateColumns });
    expect(edits.map(([row, col, before]) => [row, col, before])).toEqual([
      [2, 4, values[1]![3]],
      [2, 5, values[1]![4]],
      [3, 4, values[2]![3]],
      [3, 5, values[2]![4]],
    ]);
    // ISO text is written as it is: the host makes it a date cell; the time typed stays.
    expect(edits[0]![3]).toBe(values[1]![3]);
    expect(edits[1]![3]).toBe(values[1]![4]);
    // Undone, it is text again: under no date format, which would make it a date once more.
    const plan = planClean(sheet(values, { realDates: true, columnFormats: dateColumns }), { now: TODAY }).plan;
    expect(plan.edits.filter((e) => e.reason === 'date.nonCanonical').map((e) => e.formatBefore)).toEqual([
      'General',
      'General',
      undefined,
      undefined,
    ]);
  });

  test.each([
    ['zh-CN', zh()],
    ['en-US', en()],
  ])('reports in a %s .xlsx the text dates clean rewrites', (_locale, values) => {
    const snapshot = sheet(values, { realDates: true, columnFormats: dateColumns });
    const flagged = checkSheet(snapshot, { now: TODAY })
      .issues.filter((i) => i.code === 'date.nonCanonical')
      .map((i) => [i.row, i.column]);
    const edits = planClean(snapshot, { now: TODAY }).plan.edits.filter((e) => e.reason === 'date.nonCanonical');
    expect(flagged).toEqual(edits.map((e) => [e.row, values[0]![e.col - 1]]));
  });
});
