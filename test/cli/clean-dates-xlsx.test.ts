/**
 * `custodian clean` writing an .xlsx gives every valid date of a template date column a real date
 * cell, with its time of day when one was typed, whatever form it was typed in: ISO text included
 * ("2024-04-03", "2023-01-15 09:12"), which a CSV already holds canonically. A CSV output keeps
 * writing ISO text. Check on the .xlsx afterwards reports nothing for those cells; a second clean
 * changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-06-30'];
const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));

interface DateCase {
  /** The header of the date column, the row (1-based, header row 1), the value typed, the date cell expected and its format. */
  column: string;
  row: number;
  typed: string;
  date: Date;
  format: string;
  /** What a CSV output holds. */
  csv: string;
}

const LISTS: Record<string, { rows: CellValue[][]; dates: DateCase[] }> = {
  // A HubSpot export saved as CSV: ISO dates, US dates, and create times with and without a time of day.
  'en-US': {
    rows: [
      ['Name', 'Email', 'Last Contact', 'Created'],
      ['Emma Wilson', 'emma@example.com', '2024-04-03', '2023-01-15 09:12'],
      ['Liam Brown', 'liam@example.com', '04/15/2024', '2020-01-01 00:00'],
      ['Noah Miller', 'noah@example.com', '2024-05-20', '01/15/2023'],
    ],
    dates: [
      {
        column: 'Last Contact',
        row: 2,
        typed: '2024-04-03',
        date: utc(2024, 4, 3),
        format: 'yyyy-mm-dd',
        csv: '2024-04-03',
      },
      {
        column: 'Created',
        row: 2,
        typed: '2023-01-15 09:12',
        date: utc(2023, 1, 15, 9, 12),
        format: 'yyyy-mm-dd hh:mm',
        csv: '2023-01-15 09:12',
      },
      {
        column: 'Last Contact',
        row: 3,
        typed: '04/15/2024',
        date: utc(2024, 4, 15),
        format: 'yyyy-mm-dd',
        csv: '2024-04-15',
      },
      // Midnight is how exports write a plain date: a plain date it stays.
      {
        column: 'Created',
        row: 3,
        typed: '2020-01-01 00:00',
        date: utc(2020, 1, 1),
        format: 'yyyy-mm-dd',
        csv: '2020-01-01',
      },
      {
        column: 'Last Contact',
        row: 4,
        typed: '2024-05-20',
        date: utc(2024, 5, 20),
        format: 'yyyy-mm-dd',
        csv: '2024-05-20',
      },
      {
        column: 'Created',
        row: 4,
        typed: '01/15/2023',
        date: utc(2023, 1, 15),
        format: 'yyyy-mm-dd',
        csv: '2023-01-15',
      },
    ],
  },
  // A Chinese sales list: ISO text, slash dates, 年月日, and WeCom's add times (下午3:30, seconds).
  'zh-CN': {
    rows: [
      ['姓名', '手机', '最近联系日期', '下次跟进日期', '创建日期'],
      ['王建国', '13958012345', '2023-01-15', '2023-02-01', '2022-11-08 14:22:10'],
      ['李娜', '13958012346', '2023/1/15', '2023年2月1日', '2022/11/9 下午3:30'],
      ['赵敏', '13958012347', '2023-01-15', '2023-02-01', '2022-11-10'],
    ],
    dates: [
      {
        column: '最近联系日期',
        row: 2,
        typed: '2023-01-15',
        date: utc(2023, 1, 15),
        format: 'yyyy-mm-dd',
        csv: '2023-01-15',
      },
      {
        column: '下次跟进日期',
        row: 2,
        typed: '2023-02-01',
        date: utc(2023, 2, 1),
        format: 'yyyy-mm-dd',
        csv: '2023-02-01',
      },
      {
        column: '创建日期',
        row: 2,
        typed: '2022-11-08 14:22:10',
        date: utc(2022, 11, 8, 14, 22, 10),
        format: 'yyyy-mm-dd hh:mm:ss',
        csv: '2022-11-08 14:22:10',
      },
      {
        column: '最近联系日期',
        row: 3,
        typed: '2023/1/15',
        date: utc(2023, 1, 15),
        format: 'yyyy-mm-dd',
        csv: '2023-01-15',
      },
      {
        column: '下次跟进日期',
        row: 3,
        typed: '2023年2月1日',
        date: utc(2023, 2, 1),
        format: 'yyyy-mm-dd',
        csv: '2023-02-01',
      },
      {
        column: '创建日期',
        row: 3,
        typed: '2022/11/9 下午3:30',
        date: utc(2022, 11, 9, 15, 30),
        format: 'yyyy-mm-dd hh:mm',
        csv: '2022-11-09 15:30',
      },
      {
        column: '最近联系日期',
        row: 4,
        typed: '2023-01-15',
        date: utc(2023, 1, 15),
        format: 'yyyy-mm-dd',
        csv: '2023-01-15',
      },
      {
        column: '下次跟进日期',
        row: 4,
        typed: '2023-02-01',
        date: utc(2023, 2, 1),
        format: 'yyyy-mm-dd',
        csv: '2023-02-01',
      },
      {
        column: '创建日期',
        row: 4,
        typed: '2022-11-10',
        date: utc(2022, 11, 10),
        format: 'yyyy-mm-dd',
        csv: '2022-11-10',
      },
    ],
  },
};

function mainSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  return workbook.worksheets.find((s) => s.state === 'visible')!;
}

function cellOf(sheet: ExcelJS.Worksheet, header: string, row: number): ExcelJS.Cell {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = headers.indexOf(header) + 1;
  expect(col).toBeGreaterThan(0);
  return sheet.getRow(row).getCell(col);
}

/** The CSV's fields by header, for row `row` (header row 1); the CSV is simple: no quoted commas. */
function csvField(text: string, header: string, row: number): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headers = lines[0]!.split(',');
  return lines[row - 1]!.split(',')[headers.indexOf(header)]!;
}

interface CheckJson {
  issues: { row: number; column: string; code: string; value: unknown }[];
}

describe('custodian clean to .xlsx, dates', () => {
  const dir = tempDir();

  test.each(Object.entries(LISTS))(
    'writes every date of a %s CSV as a real date cell, with the time typed',
    async (locale, list) => {
      writeUtf8Csv(join(dir, `${locale}.csv`), list.rows);
      const result = await run(['clean', `${locale}.csv`, '-o', `${locale}.xlsx`, ...TODAY], dir);
      expect(result.code).toBe(0);
      const sheet = mainSheet(await readXlsx(join(dir, `${locale}.xlsx`)));
      for (const expected of list.dates) {
        const cell = cellOf(sheet, expected.column, expected.row);
        expect([expected.typed, cell.value, cell.numFmt]).toEqual([expected.typed, expected.date, expected.format]);
      }
    },
  );

  test.each(Object.entries(LISTS))(
    'leaves nothing for check to report and nothing for a second clean to change in the %s .xlsx',
    async (locale, list) => {
      writeUtf8Csv(join(dir, `${locale}-again.csv`), list.rows);
      expect((await run(['clean', `${locale}-again.csv`, '-o', `${locale}-1.xlsx`, ...TODAY], dir)).code).toBe(0);
      const check = JSON.parse((await run(['check', `${locale}-1.xlsx`, '--json', ...TODAY], dir)).stdout) as CheckJson;
      const columns = new Set(list.dates.map((d) => d.column));
      expect(check.issues.filter((i) => columns.has(i.column) && i.code.startsWith('date.'))).toEqual([]);

      const second = await run(['clean', `${locale}-1.xlsx`, '-o', `${locale}-2.xlsx`, ...TODAY], dir);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(locale === 'zh-CN' ? /改动了 0 个单元格/ : / 0 cells changed/);
      const sheet = mainSheet(await readXlsx(join(dir, `${locale}-2.xlsx`)));
      for (const expected of list.dates) {
        const cell = cellOf(sheet, expected.column, expected.row);
        expect([expected.typed, cell.value, cell.numFmt]).toEqual([expected.typed, expected.date, expected.format]);
      }
    },
  );

  test.each(Object.entries(LISTS))('gives back the %s CSV text when the clean is undone', async (locale, list) => {
    writeUtf8Csv(join(dir, `${locale}-undo.csv`), list.rows);
    expect((await run(['clean', `${locale}-undo.csv`, '-o', `${locale}-undo.xlsx`, ...TODAY], dir)).code).toBe(0);
    const undone = await run(['undo', `${locale}-undo.xlsx`, '-o', `${locale}-undone.xlsx`, '--all'], dir);
    expect([undone.code, undone.stderr]).toEqual([0, '']);
    const sheet = mainSheet(await readXlsx(join(dir, `${locale}-undone.xlsx`)));
    for (const expected of list.dates)
      expect([expected.column, expected.row, cellOf(sheet, expected.column, expected.row).value]).toEqual([
        expected.column,
        expected.row,
        expected.typed,
      ]);
  });

  test.each(Object.entries(LISTS))('keeps writing ISO text into a %s CSV output', async (locale, list) => {
    writeUtf8Csv(join(dir, `${locale}-csv.csv`), list.rows);
    expect((await run(['clean', `${locale}-csv.csv`, '-o', `${locale}-out.csv`, ...TODAY], dir)).code).toBe(0);
    const text = readFileSync(join(dir, `${locale}-out.csv`), 'utf8');
    for (const expected of list.dates)
      expect([expected.typed, csvField(text, expected.column, expected.row)]).toEqual([expected.typed, expected.csv]);
  });

  // "2020-01-01 00:00" is flagged and "2023-01-15 09:12" is not: midnight is dropped as how exports write a plain date.
  test.each(Object.entries(LISTS))(
    'flags in a %s CSV exactly the dates a clean to CSV rewrites',
    async (locale, list) => {
      writeUtf8Csv(join(dir, `${locale}-same.csv`), list.rows);
      const check = JSON.parse(
        (await run(['check', `${locale}-same.csv`, '--json', ...TODAY], dir)).stdout,
      ) as CheckJson;
      expect((await run(['clean', `${locale}-same.csv`, '-o', `${locale}-same-out.csv`, ...TODAY], dir)).code).toBe(0);
      const text = readFileSync(join(dir, `${locale}-same-out.csv`), 'utf8');
      for (const expected of list.dates) {
        const flagged = check.issues.some(
          (i) => i.row === expected.row && i.column === expected.column && i.code === 'date.nonCanonical',
        );
        const rewritten = csvField(text, expected.column, expected.row) !== expected.typed;
        expect([expected.typed, flagged]).toEqual([expected.typed, rewritten]);
      }
    },
  );
});

// The same holds for numbers: an .xlsx holds them as numbers, whatever a CSV held ("3" and "1,234").
describe('custodian clean to .xlsx, numbers', () => {
  const dir = tempDir();

  test.each([
    [
      'en-US',
      [
        ['Name', 'Email', 'Purchase Count', 'Total Spend'],
        ['Emma Wilson', 'emma@example.com', '3', '1200'],
        ['Liam Brown', 'liam@example.com', '12', '$1,234.50'],
      ],
      ['Purchase Count', 'Total Spend'],
      [
        [3, 1200],
        [12, 1234.5],
      ],
    ],
    [
      'zh-CN',
      [
        ['姓名', '手机', '购买次数', '累计消费金额'],
        ['王建国', '13958012345', '3', '3500'],
        ['李娜', '13958012346', '12', '¥12,000'],
      ],
      ['购买次数', '累计消费金额'],
      [
        [3, 3500],
        [12, 12000],
      ],
    ],
  ] as [string, CellValue[][], string[], number[][]][])(
    'writes the counts and amounts of a %s CSV as numbers, and keeps the CSV text',
    async (locale, rows, columns, numbers) => {
      writeUtf8Csv(join(dir, `${locale}.csv`), rows);
      expect((await run(['clean', `${locale}.csv`, '-o', `${locale}.xlsx`, ...TODAY], dir)).code).toBe(0);
      const sheet = mainSheet(await readXlsx(join(dir, `${locale}.xlsx`)));
      expect([2, 3].map((r) => columns.map((c) => cellOf(sheet, c, r).value))).toEqual(numbers);

      expect((await run(['clean', `${locale}.csv`, '-o', `${locale}-out.csv`, ...TODAY], dir)).code).toBe(0);
      const text = readFileSync(join(dir, `${locale}-out.csv`), 'utf8');
      expect(columns.map((c) => csvField(text, c, 2))).toEqual([rows[1]![2], rows[1]![3]]);
    },
  );
});

describe('custodian check and clean of an .xlsx holding dates as text', () => {
  const dir = tempDir();

  /** A workbook whose date column shows dates but holds some of them as text (as an earlier clean wrote them). */
  async function writeTextDates(path: string, rows: CellValue[][], dateColumns: number[]): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(rows[0]![0] === 'Name' ? 'Customers' : '客户');
    rows.forEach((row) => sheet.addRow(row));
    for (const col of dateColumns)
      for (let r = 2; r <= rows.length; r++) sheet.getRow(r).getCell(col).numFmt = 'yyyy-mm-dd';
    await workbook.xlsx.writeFile(path);
  }

  test.each([
    [
      'en-US',
      [
        ['Name', 'Email', 'Last Contact'],
        ['Emma Wilson', 'emma@example.com', '2024-04-03'],
        ['Liam Brown', 'liam@example.com', utc(2024, 4, 15)],
        ['Noah Miller', 'noah@example.com', '2024-05-20 16:45'],
      ],
      'Last Contact',
      [utc(2024, 4, 3), utc(2024, 4, 15), utc(2024, 5, 20, 16, 45)],
    ],
    [
      'zh-CN',
      [
        ['姓名', '手机', '最近联系日期'],
        ['王建国', '13958012345', '2023-01-15'],
        ['李娜', '13958012346', utc(2023, 1, 15)],
        ['赵敏', '13958012347', '2023-01-15 09:12:30'],
      ],
      '最近联系日期',
      [utc(2023, 1, 15), utc(2023, 1, 15), utc(2023, 1, 15, 9, 12, 30)],
    ],
  ] as [string, CellValue[][], string, Date[]][])(
    // Check judges values, and ISO text is a canonical value; clean writing an .xlsx stores it as a date.
    'makes the %s text dates real dates when clean writes an .xlsx',
    async (locale, rows, column, dates) => {
      await writeTextDates(join(dir, `${locale}.xlsx`), rows, [3]);
      const before = JSON.parse((await run(['check', `${locale}.xlsx`, '--json', ...TODAY], dir)).stdout) as CheckJson;
      expect(before.issues.filter((i) => i.column === column && i.code.startsWith('date.'))).toEqual([]);

      expect((await run(['clean', `${locale}.xlsx`, '-o', `${locale}-clean.xlsx`, ...TODAY], dir)).code).toBe(0);
      const sheet = mainSheet(await readXlsx(join(dir, `${locale}-clean.xlsx`)));
      expect([2, 3, 4].map((r) => cellOf(sheet, column, r).value)).toEqual(dates);
      const after = JSON.parse(
        (await run(['check', `${locale}-clean.xlsx`, '--json', ...TODAY], dir)).stdout,
      ) as CheckJson;
      expect(after.issues.filter((i) => i.column === column && i.code.startsWith('date.'))).toEqual([]);
      const again = await run(['clean', `${locale}-clean.xlsx`, '-o', `${locale}-again.xlsx`, ...TODAY], dir);
      expect(again.stdout).toMatch(locale === 'zh-CN' ? /改动了 0 个单元格/ : / 0 cells changed/);
    },
  );

  test.each([
    [
      'en-US',
      [
        ['Name', 'Email', 'Created'],
        ['Emma Wilson', 'emma@example.com', '2023-01-15 09:12'],
        ['Liam Brown', 'liam@example.com', 'Jan 16, 2023 3:30 pm'],
      ],
      ['2023-01-15 09:12', '2023-01-16 15:30'],
    ],
    [
      'zh-CN',
      [
        ['姓名', '手机', '创建日期'],
        ['王建国', '13958012345', '2022-11-08 14:22:10'],
        ['李娜', '13958012346', '2022/11/9 下午3:30'],
      ],
      ['2022-11-08 14:22:10', '2022-11-09 15:30'],
    ],
  ] as [string, CellValue[][], string[]][])(
    'writes the %s dates and times as ISO text, no seconds added, when the output is a CSV',
    async (locale, rows, texts) => {
      await writeTextDates(join(dir, `${locale}-times.xlsx`), rows, [3]);
      const out = `${locale}-times.csv`;
      expect((await run(['clean', `${locale}-times.xlsx`, '-o', out, ...TODAY], dir)).code).toBe(0);
      const text = readFileSync(join(dir, out), 'utf8');
      expect([2, 3].map((r) => csvField(text, String(rows[0]![2]), r))).toEqual(texts);
    },
  );
});
