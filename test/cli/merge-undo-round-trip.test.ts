import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { join } from 'node:path';
import { planMerge } from '../../shared/merge/plan-merge';
import { FILE_BACKUP_CELL_LIMIT, withBackup } from '../../shared/history/backup';
import { applyPlanToWorkbook, readWorkbookFile, writeWorkbookFile } from '../../cli/io';
import { cellAddress } from '../../shared/sheet/a1';
import { writeCellExtras } from '../../shared/files/cell-extras';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { roundTripCaseArb, sheetDifferences, type RoundTripCase } from '../merge/round-trip-arbitraries';
import type { Locale } from '../../shared/i18n/locale';
import { optionsFor, sheet } from '../merge/fixtures';
import { run, tempDir } from './run';
import { ROW_TWO_MERGED_AWAY_CASES } from '../merge/date-into-plain-cell';

/** The case as a person's .xlsx: values, formulas with their cached value, links, notes, formats (written as the file host writes them). */
async function writeCase(file: string, snapshot: SheetSnapshot): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(snapshot.name);
  const formulas = new Map((snapshot.formulas ?? []).map((f) => [cellAddress(f.row, f.col), f.formula]));
  const extras = new Map((snapshot.extras ?? []).map(({ row, col, ...more }) => [cellAddress(row, col), more]));
  snapshot.values.forEach((values, r) =>
    values.forEach((value, c) => {
      const address = cellAddress(r + 1, c + 1);
      const cell = sheet.getCell(address);
      const formula = formulas.get(address);
      const more = extras.get(address);
      if (formula !== undefined) cell.value = { formula: formula.replace(/^=/, ''), result: value as number };
      else if (value !== null) cell.value = value;
      const format = more?.format ?? (r > 0 ? snapshot.columnFormats?.[c] : undefined);
      writeCellExtras(cell, { ...more, ...(format ? { format } : {}) });
    }),
  );
  await workbook.xlsx.writeFile(file);
}

/** A case through the file host as a user runs it: the .xlsx read, merged and saved, `custodian undo --last`, read again. */
async function roundTrip(
  dir: string,
  name: string,
  { snapshot, clusters, options }: Omit<RoundTripCase, 'locale'>,
): Promise<{ first: SheetSnapshot; last?: SheetSnapshot; stderr: string }> {
  const [original, merged, undone] = ['original', 'merged', 'undone'].map((s) => join(dir, `${name}-${s}.xlsx`));
  await writeCase(original!, snapshot);
  const loaded = await readWorkbookFile(original!);
  const first = loaded.snapshot;
  // As `custodian merge` does, with the case's clusters instead of detected ones.
  const planned = planMerge(first, clusters, options);
  const { plan } = withBackup(planned.plan, first, {
    before: 'merge',
    at: options.now,
    cellLimit: FILE_BACKUP_CELL_LIMIT,
  });
  applyPlanToWorkbook(loaded, plan, { verify: true });
  await writeWorkbookFile(loaded, merged!);
  if (planned.merges.length === 0) return { first, last: first, stderr: '' };
  const result = await run(['undo', merged!, '-o', undone!, '--last'], dir);
  if (result.code !== 0) return { first, stderr: result.stderr };
  return { first, last: (await readWorkbookFile(undone!, { sheet: snapshot.name })).snapshot, stderr: result.stderr };
}

describe('merge → custodian undo through the file host', () => {
  const dir = tempDir();
  let n = 0;

  test('the undone file gives back the sheet exactly: values, formulas, links, notes, formats (property)', async () => {
    await fc.assert(
      fc.asyncProperty(roundTripCaseArb, async (found: RoundTripCase) => {
        n += 1;
        const { first, last, stderr } = await roundTrip(dir, `case-${n}`, found);
        expect(sheetDifferences(found.snapshot, first)).toEqual([]);
        expect(stderr).toBe('');
        expect(sheetDifferences(first, last!)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

/** Cases the property found, kept as examples (each failed before the fix named). */
describe('merge → custodian undo through the file host: found cases', () => {
  const dir = tempDir();
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const LANGS = [
    { locale: 'zh-CN', name: '客户', phone: '手机', date: '创建日期', spend: '累计消费金额', id: '客户编号' },
    { locale: 'en-US', name: 'Customers', phone: 'Phone', date: 'Created', spend: 'Total Spend', id: 'Customer ID' },
  ] as const;
  const caseOf = (locale: Locale, snapshot: SheetSnapshot, clusters: number[][]) => ({
    snapshot,
    clusters: clusters.map((rows) => ({ rows, confidence: 0.9 })),
    options: optionsFor(snapshot, locale),
  });

  test.each(ROW_TWO_MERGED_AWAY_CASES.map((c) => [c.locale, c] as const))(
    'a merged-away row 2 gets its own date format back, not the one the kept cell took (%s)',
    async (locale, found) => {
      const { first, last, stderr } = await roundTrip(dir, `row-two-${locale}`, found);
      expect(stderr).toBe('');
      expect(sheetDifferences(first, last!)).toEqual([]);
    },
  );

  test.each(LANGS)(
    'a merged-away row pasted without the format of its column comes back without it ($locale; reader: General kept as own format)',
    async (lang) => {
      const snapshot = sheet(
        lang.name,
        [
          [lang.phone, lang.spend],
          ['13800138000', 1200],
          ['13800138000', 300],
        ],
        { columnFormats: [null, '"¥"#,##0.00'], extras: [{ row: 3, col: 2, format: 'General' }] },
      );
      const { first, last, stderr } = await roundTrip(
        dir,
        `general-${lang.locale}`,
        caseOf(lang.locale, snapshot, [[2, 3]]),
      );
      expect(stderr).toBe('');
      expect(first.extras).toContainEqual({ row: 3, col: 2, format: 'General' });
      expect(sheetDifferences(first, last!)).toEqual([]);
    },
  );

  test.each(LANGS)(
    'date text with no format of its own in a date column comes back as text, not a serial number ($locale; rows restore their own format first)',
    async (lang) => {
      const snapshot = sheet(
        lang.name,
        [
          [lang.phone, lang.date],
          ['13900139000', day('2015-01-01')],
          ['13800138000', '2024-03-05'],
          ['13800138000', '2024-03-05'],
        ],
        { extras: [{ row: 2, col: 2, format: 'yyyy"年"m"月"d"日"' }] },
      );
      const { first, last, stderr } = await roundTrip(
        dir,
        `text-date-${lang.locale}`,
        caseOf(lang.locale, snapshot, [[3, 4]]),
      );
      expect(stderr).toBe('');
      expect(last!.values[3]).toEqual(['13800138000', '2024-03-05']);
      expect(sheetDifferences(first, last!)).toEqual([]);
    },
  );

  test('notes on empty cells stay through merge and undo: on a merged-away row, on a row that only moves, on a survivor cell the merge fills', async () => {
    const note = (row: number, col: number, text: string) => ({ row, col, note: text });
    const snapshot = sheet(
      '客户',
      [
        ['客户编号', '手机', '邮箱'],
        [null, '13800138000', 'zw@163.com'],
        ['C000007', null, 'li@163.com'],
        ['C000001', '13800138000', 'zw@163.com'],
        ['', '13800138000', ''],
      ],
      {
        extras: [
          note(2, 1, '等客户确认编号'),
          note(3, 2, '客户不愿提供手机'),
          note(5, 3, 'Asked for a call back after the trade show'),
        ],
      },
    );
    const { first, last, stderr } = await roundTrip(dir, 'notes', caseOf('zh-CN', snapshot, [[2, 4, 5]]));
    expect(stderr).toBe('');
    expect(first.extras).toEqual(snapshot.extras);
    expect(sheetDifferences(first, last!)).toEqual([]);
  });

  test.each(LANGS)(
    'a number merged into a date-formatted survivor cell reads back as that date, and undo is still allowed ($locale)',
    async (lang) => {
      const snapshot = sheet(
        lang.name,
        [
          [lang.phone, lang.date],
          ['13800138000', null],
          ['13800138000', 45356],
        ],
        { columnFormats: [null, 'yyyy-mm-dd'], extras: [{ row: 3, col: 2, format: 'General' }] },
      );
      const found = caseOf(lang.locale, snapshot, [[2, 3]]);
      found.options.masters = { 0: 2 };
      const { first, last, stderr } = await roundTrip(dir, `serial-${lang.locale}`, found);
      expect(stderr).toBe('');
      expect(sheetDifferences(first, last!)).toEqual([]);
    },
  );
});

test.each([
  ['zh-CN', '客户', '手机', '创建日期'],
  ['en-US', 'Customers', 'Phone', 'Created'],
] as const)(
  'a date merged into a text-formatted (@) survivor cell goes in as its yyyy-mm-dd text, and undo is allowed (%s)',
  async (locale, name, phone, created) => {
    const snapshot = sheet(
      name,
      [
        [phone, created],
        ['13800138000', new Date('2015-01-01T00:00:00.000Z')],
        ['13800138000', '2024-03-05'],
      ],
      {
        extras: [
          { row: 2, col: 2, format: 'yyyy-mm-dd' },
          { row: 3, col: 2, format: '@' },
        ],
      },
    );
    const options = optionsFor(snapshot, locale, { masters: { 0: 3 } });
    const loaded = { snapshot, clusters: [{ rows: [2, 3], confidence: 0.9 }], options };
    const { first, last, stderr } = await roundTrip(tempDir(), `text-format-${locale}`, loaded);
    expect(stderr).toBe('');
    expect(sheetDifferences(first, last!)).toEqual([]);
  },
);

test.each([
  ['zh-CN', '客户', ['手机', '邮箱'], '已确认邮箱', 'B2 的批注：已确认邮箱'],
  ['en-US', 'Customers', ['Phone', 'Email'], 'Email confirmed', 'B2 note: Email confirmed'],
] as const)(
  "custodian undo refuses, naming the cell in the sheet's language, when a note was put on a cell the merge wrote (%s sheet)",
  async (locale, name, headers, note, detail) => {
    const dir = tempDir();
    const snapshot = sheet(name, [[...headers], ['13800138000', null], ['13800138000', 'zw@163.com']]);
    const options = optionsFor(snapshot, locale, { masters: { 0: 2 } });
    await writeCase(join(dir, 'original.xlsx'), snapshot);
    const loaded = await readWorkbookFile(join(dir, 'original.xlsx'));
    applyPlanToWorkbook(loaded, planMerge(loaded.snapshot, [{ rows: [2, 3] }], options).plan);
    loaded.workbook.getWorksheet(name)!.getCell('B2').note = note;
    await writeWorkbookFile(loaded, join(dir, 'merged.xlsx'));
    const result = await run(['undo', 'merged.xlsx', '-o', 'undone.xlsx', '--last'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(detail);
  },
);

test.each([
  ['zh-CN', '客户', ['手机', '备注'], '喜欢绿茶', '其他'],
  ['en-US', 'Customers', ['Phone', 'Notes'], 'Prefers green tea', 'Other'],
] as const)(
  'a linked notes cell the merge adds to keeps its link, and undo gives the text back under it (%s)',
  async (locale, name, headers, kept, other) => {
    const link = 'https://crm.example.cn/notes/7';
    const snapshot = sheet(name, [[...headers], ['13800138000', kept], ['13800138000', `${other}: 13900139000`]], {
      extras: [{ row: 2, col: 2, link }],
    });
    const options = optionsFor(snapshot, locale, { masters: { 0: 2 } });
    const found = { snapshot, clusters: [{ rows: [2, 3], confidence: 0.9 }], options };
    const { first, last, stderr } = await roundTrip(tempDir(), `linked-notes-${locale}`, found);
    expect(stderr).toBe('');
    expect(first.extras).toContainEqual({ row: 2, col: 2, link });
    expect(sheetDifferences(first, last!)).toEqual([]);
  },
);

test('a merged-away text date below the kept rows comes back without the date format of the cell the undo wrote above it', async () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const snapshot = sheet(
    '客户',
    [
      ['最近联系日期', '客户编号'],
      ['2024-03-05', ''],
      ['下周', 'C00000'],
      [day('2024-03-06'), ''],
      [day('2015-01-01'), 'C00000'],
      [day('2015-01-01'), ''],
      ['下周', 'C00000'],
      ['下周', 'C00000'],
      ['2024-03-05', ''],
    ],
    {
      extras: [
        { row: 4, col: 1, format: 'yyyy-mm-dd' },
        { row: 5, col: 1, format: 'yyyy"年"m"月"d"日"' },
        { row: 6, col: 1, format: 'm/d/yyyy' },
      ],
    },
  );
  const clusters = [
    [5, 9, 3, 6],
    [8, 2, 4],
  ].map((rows) => ({ rows, confidence: 0.9 }));
  const options = optionsFor(snapshot, 'zh-CN', { masters: { 1: 2 }, countsAreSeparatePurchases: false });
  const { first, last, stderr } = await roundTrip(tempDir(), 'text-date-below', { snapshot, clusters, options });
  expect(stderr).toBe('');
  expect(sheetDifferences(first, last!)).toEqual([]);
});

test('a kept row’s yyyy-mm-dd text, replaced by the merge, comes back as text under its own General, not as a date of its column', async () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const snapshot = sheet(
    '客户',
    [
      ['更新日期', '标签', '最近联系日期'],
      ['', '高意向', day('2015-01-01')],
      ['', '高意向', '2024-03-05'],
      [day('2015-01-01'), '高意向', '2024/3/9'],
      [day('2015-01-01'), '高意向', '下周'],
    ],
    {
      extras: [
        { row: 2, col: 3, format: 'yyyy-mm-dd' },
        { row: 4, col: 1, format: 'yyyy-mm-dd' },
        { row: 5, col: 1, format: 'yyyy"年"m"月"d"日"' },
      ],
    },
  );
  const options = optionsFor(snapshot, 'zh-CN', { masters: { 0: 3 }, countsAreSeparatePurchases: true });
  const clusters = [{ rows: [3, 4], confidence: 0.9 }];
  const { first, last, stderr } = await roundTrip(tempDir(), 'kept-text-date', { snapshot, clusters, options });
  expect(stderr).toBe('');
  expect(last!.values[2]![2]).toBe('2024-03-05');
  expect(sheetDifferences(first, last!)).toEqual([]);
});

test('a merged-away row’s formula cell in a money column gets the column’s format back with the row’s own formats (its cached 0 reads as blank)', async () => {
  const snapshot = sheet(
    'Customers',
    [
      ['Last Contact', 'Name', 'Email', 'Total Spend', 'Phone'],
      ['next week', 'Ann Lee', 'ann@example.com', 0, '13800138000'],
      [new Date('2015-01-01T00:00:00.000Z'), 'Ann Lee', 'ann@example.com', null, '13800138000'],
    ],
    {
      formulas: [{ row: 3, col: 4, formula: '=A3*2' }],
      extras: [{ row: 3, col: 1, format: 'yyyy-mm-dd' }],
      columnFormats: [null, null, null, '"¥"#,##0.00', null],
    },
  );
  const options = optionsFor(snapshot, 'en-US');
  const clusters = [{ rows: [2, 3], confidence: 0.9 }];
  const { first, last, stderr } = await roundTrip(tempDir(), 'formula-format', { snapshot, clusters, options });
  expect(stderr).toBe('');
  expect(first.formulas).toContainEqual({ row: 3, col: 4, formula: '=A3*2' });
  expect(sheetDifferences(first, last!)).toEqual([]);
});
