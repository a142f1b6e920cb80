/**
 * A command that only reads an .xlsx (check, dedupe, report, export to CSV) streams the sheet into
 * its snapshot; the snapshot must equal the full exceljs read in everything those commands use.
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import ExcelJS from 'exceljs';
import { openSpreadsheet, type OpenedSpreadsheet } from '../../shared/files/open-spreadsheet';
import { FileInputError } from '../../shared/files/file-input-error';
import { defaultReadLimits, type ReadLimits } from '../../shared/files/read-limits';
import { run } from '../cli/run';
import { hasSoffice, resaveWithLibreOffice } from '../support/libreoffice';
import { customersWorkbook, saveWorkbook, tempDir, utc } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const LIMITS = defaultReadLimits(getHeapStatistics().heap_size_limit);
const TODAY = ['--today', '2026-11-26'];

const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋'];
const FIRST = ['Ann', 'Bob', 'Carol', 'Dan', 'Eve', 'Frank', 'Grace', 'Hank'];
const LAST = ['Smith', 'Jones', 'Lee', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson'];

/**
 * A customer list as a team keeps it: an instructions sheet in front, real dates and dates typed as
 * text, amounts with a currency format, a formula column (plain and shared), a yes/no column, a merged
 * title note below the list, a hidden sheet and a code list after it; `count` rows, one duplicated.
 */
function teamWorkbook(locale: 'zh-CN' | 'en-US', count: number): ExcelJS.Workbook {
  const zh = locale === 'zh-CN';
  const workbook = new ExcelJS.Workbook();
  const help = workbook.addWorksheet(zh ? '填写说明' : 'Instructions');
  help.addRow([zh ? '请在「客户列表」中每行填写一位客户。' : 'One customer per row on the Customers sheet.']);
  help.addRow([zh ? '日期格式：2024-06-01' : 'Dates as 2024-06-01']);
  const sheet = workbook.addWorksheet(zh ? '客户列表' : 'Customers');
  sheet.addRow(
    zh
      ? ['客户编号', '姓名', '手机号', '邮箱', '注册日期', '最近联系', '累计消费', '含税', 'VIP']
      : ['Customer ID', 'Name', 'Phone', 'Email', 'Joined', 'Last contact', 'Spent', 'With tax', 'VIP'],
  );
  for (let i = 0; i < count; i++) {
    const name = zh ? `${SURNAMES[i % 8]}${GIVEN[(i * 3) % 8]}` : `${FIRST[i % 8]} ${LAST[(i * 3) % 8]}`;
    sheet.addRow([
      `C${String(i + 1).padStart(6, '0')}`,
      i === 0 ? { richText: [{ text: name.slice(0, 1) }, { text: name.slice(1), font: { bold: true } }] } : name,
      zh ? `1380013${String(8000 + i).padStart(4, '0')}` : `+1 415 555 ${String(1000 + i)}`,
      i === 1 ? { text: `c${i}@example.com`, hyperlink: `mailto:c${i}@example.com` } : `c${i}@example.com`,
      i % 7 === 3 ? null : utc(2020 + (i % 5), (i % 12) + 1, (i % 27) + 1),
      i % 2 === 0 ? `2024/${(i % 12) + 1}/${(i % 27) + 1}` : `2024年${(i % 12) + 1}月${(i % 27) + 1}日`,
      i % 5 === 0 ? 0 : 100 + i * 3.5,
      null,
      i % 3 === 0,
    ]);
  }
  const row = (i: number) => i + 2;
  sheet.getCell(`H${row(0)}`).value = {
    formula: `G${row(0)}*1.13`,
    result: 0,
    shareType: 'shared',
    ref: `H${row(0)}:H${row(count - 2)}`,
  } as ExcelJS.CellFormulaValue;
  for (let i = 1; i < count - 1; i++)
    sheet.getCell(`H${row(i)}`).value = { sharedFormula: `H${row(0)}`, result: (100 + i * 3.5) * 1.13 };
  sheet.getCell(`H${row(count - 1)}`).value = { formula: `IF(G${row(count - 1)}>0,"有","")`, result: '有' };
  // The last customer again, written another way: the duplicate dedupe must find.
  const last = sheet.getRow(row(count - 1)).values as ExcelJS.CellValue[];
  sheet.addRow([`C${String(count + 1).padStart(6, '0')}`, last[2], last[3], String(last[4]).toUpperCase()]);
  for (let r = 2; r <= count + 2; r++) {
    sheet.getCell(`E${r}`).numFmt = zh ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd';
    sheet.getCell(`G${r}`).numFmt = zh ? '¥#,##0.00' : '$#,##0.00';
  }
  sheet.getColumn(9).numFmt = '@';
  const note = count + 4;
  sheet.getCell(`A${note}`).value = zh ? '以上数据截至 2024 年底' : 'Figures as of the end of 2024';
  sheet.getCell(`B${note}`).value = 'covered by the merge';
  sheet.mergeCells(`A${note}:C${note}`);
  workbook.addWorksheet(zh ? '旧数据' : 'Old', { state: 'hidden' }).addRow(['姓名', '手机号']);
  const codes = workbook.addWorksheet(zh ? '字典' : 'Codes');
  codes.addRows([
    ['code', 'label'],
    ['A', 'VIP'],
    ['B', zh ? '普通' : 'Regular'],
  ]);
  return workbook;
}

async function bothReads(file: string, options: { sheet?: string; limits?: ReadLimits } = {}) {
  const bytes = readFileSync(file);
  const limits = options.limits ?? LIMITS;
  const full = await openSpreadsheet(bytes, file, { limits, readOnly: true, sheet: options.sheet });
  const streamed = await openSpreadsheet(bytes, file, {
    limits,
    readOnly: true,
    snapshotOnly: true,
    sheet: options.sheet,
  });
  return { full, streamed };
}

/** The full read's snapshot without what a snapshot-only read leaves out (links, notes, own formats, looks, view). */
function readOnlyPart(opened: OpenedSpreadsheet) {
  const { extras: _extras, view: _view, columnLooks: _looks, ...rest } = opened.snapshot;
  return rest;
}

/** The cells' links, in order: the streamed read carries them for an export (a label's target). */
function linksOf(opened: OpenedSpreadsheet) {
  return (opened.snapshot.extras ?? [])
    .filter((e) => e.link !== undefined)
    .map(({ row, col, link }) => ({ row, col, link }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

function expectSameRead({ full, streamed }: { full: OpenedSpreadsheet; streamed: OpenedSpreadsheet }): void {
  expect(readOnlyPart(streamed)).toEqual(readOnlyPart(full));
  expect(linksOf(streamed)).toEqual(linksOf(full));
  expect(streamed.sheetName).toBe(full.sheetName);
  expect(streamed.sheetChoice).toEqual(full.sheetChoice);
}

describe('an .xlsx read for a read-only command', () => {
  test.each(['zh-CN', 'en-US'] as const)(
    'gives the full read’s snapshot for a %s list behind an instructions sheet',
    async (locale) => {
      const file = await saveWorkbook(teamWorkbook(locale, 300), tmp.file(`${locale}.xlsx`));
      const reads = await bothReads(file);
      expectSameRead(reads);
      const { snapshot } = reads.streamed;
      expect(snapshot.name).toBe(locale === 'zh-CN' ? '客户列表' : 'Customers');
      expect(reads.streamed.sheetChoice.sheets).toHaveLength(3); // the hidden sheet is not offered
      expect(snapshot.values[2][4]).toEqual(utc(2021, 2, 2));
      expect(snapshot.values[1][5]).toBe('2024/1/1');
      expect(snapshot.values[3][6]).toBe(107);
      expect(snapshot.values[1][8]).toBe(true);
      expect(snapshot.formulas?.[1]).toEqual({ row: 3, col: 8, formula: '=G3*1.13' });
      expect(snapshot.columnFormats?.[4]).toBe(locale === 'zh-CN' ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd');
      expect(snapshot.columnFormats?.[8]).toBe('@');
      expect(snapshot.values[303]).toEqual([expect.any(String), null, ...Array(7).fill(null)]);
    },
  );

  test('gives the full read’s snapshot of exceljs’s own fixture: rich text, links, errors, shared formulas', async () => {
    expectSameRead(await bothReads(await saveWorkbook(customersWorkbook(), tmp.file('fixture.xlsx'))));
  });

  test('reads the meta a previous clean wrote to the hidden _custodian sheet, and passes over that sheet', async () => {
    const input = await saveWorkbook(teamWorkbook('zh-CN', 40), tmp.file('before-clean.xlsx'));
    const cleaned = await run(['clean', input, '-o', tmp.file('cleaned.xlsx'), ...TODAY], tmp.dir);
    expect(cleaned.code).toBe(0);
    const reads = await bothReads(tmp.file('cleaned.xlsx'));
    expectSameRead(reads);
    expect(Object.keys(reads.streamed.snapshot.meta ?? {}).length).toBeGreaterThan(0);
    expect(reads.streamed.sheetChoice.sheets).not.toContain('_custodian');
  });

  test('takes the sheet named with --sheet, in any case, and names the sheets when it is missing', async () => {
    const file = await saveWorkbook(teamWorkbook('en-US', 20), tmp.file('named.xlsx'));
    expectSameRead(await bothReads(file, { sheet: 'codes' }));
    const refusal = await bothReads(file, { sheet: 'Kunden' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FileInputError);
    expect((refusal as FileInputError).message).toMatch(/Kunden/);
  });

  test('reads dates of a workbook in the 1904 date system', async () => {
    const workbook = teamWorkbook('en-US', 10);
    workbook.properties.date1904 = true;
    const reads = await bothReads(await saveWorkbook(workbook, tmp.file('1904.xlsx')));
    expectSameRead(reads);
    expect(reads.streamed.snapshot.values[1][4]).toEqual(utc(2020, 1, 1));
  });

  (hasSoffice() ? test : test.skip)(
    'gives the full read’s snapshot of a list LibreOffice saved (shared strings after the sheets)',
    () => {
      const file = resaveWithLibreOffice(
        tmp.file('zh-CN.xlsx'),
        tmp.file('libreoffice'),
        tmp.file('libreoffice-profile'),
      );
      return bothReads(file).then(expectSameRead);
    },
    120_000,
  );

  test('builds no exceljs workbook, and says so when one is asked for', async () => {
    const file = await saveWorkbook(teamWorkbook('zh-CN', 30), tmp.file('no-workbook.xlsx'));
    const xlsx = new ExcelJS.Workbook().xlsx as unknown as { constructor: { prototype: { load: () => unknown } } };
    const load = jest.spyOn(xlsx.constructor.prototype, 'load');
    try {
      expect((await run(['check', file, ...TODAY], tmp.dir)).code).toBeLessThan(2);
      const dedupe = await run(['dedupe', file, '--json'], tmp.dir);
      expect(dedupe.code).toBe(0);
      expect((JSON.parse(dedupe.stdout) as { clusters: { rows: number[] }[] }).clusters[0]?.rows).toEqual([31, 32]);
      expect((await run(['report', file, ...TODAY], tmp.dir)).code).toBe(0);
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
    const { streamed } = await bothReads(file);
    expect(() => streamed.workbook).toThrow(/was read as a snapshot only/);
  });

  test('applies the field budget: refuses a list over it with its message, reads one the cell budget refuses', async () => {
    const file = await saveWorkbook(teamWorkbook('en-US', 30), tmp.file('budget.xlsx'));
    const small = { ...LIMITS, cells: 200, fields: 250 };
    const reads = await bothReads(file, { limits: { ...small, fields: 1000 } }).catch((e: unknown) => e);
    expect(reads).toBeInstanceOf(FileInputError); // the full read keeps the cell budget
    const streamed = await openSpreadsheet(readFileSync(file), file, {
      limits: { ...small, fields: 1000 },
      snapshotOnly: true,
    });
    expect(streamed.snapshot.values).toHaveLength(34);
    const refusal = await openSpreadsheet(readFileSync(file), file, { limits: small, snapshotOnly: true }).catch(
      (e: unknown) => e,
    );
    expect((refusal as FileInputError).code).toBe('file.tooLarge');
    expect((refusal as FileInputError).message).toMatch(/^budget\.xlsx holds more than 250 cells/);
  });

  test('holds what it reads to the budget: a large table on another sheet does not stop the list being read', async () => {
    const workbook = teamWorkbook('zh-CN', 30);
    // An order log of 40,000 cells beside a list of about 250 (choosing the sheet reads the log's first 2,000 rows only).
    const orders = workbook.addWorksheet('订单明细');
    orders.addRow(['订单号', '金额', '日期', '备注']);
    for (let r = 1; r < 10_000; r++) orders.addRow([`SO${100_000 + r}`, r * 3.5, `2024-05-${(r % 28) + 1}`, '已发货']);
    const file = await saveWorkbook(workbook, tmp.file('orders.xlsx'));
    const limits = { ...LIMITS, cells: 200, fields: 12_000 };
    for (const sheet of [undefined, '客户列表']) {
      const streamed = await openSpreadsheet(readFileSync(file), file, { limits, snapshotOnly: true, sheet });
      expect(streamed.sheetName).toBe('客户列表');
      expect(streamed.snapshot.values).toHaveLength(34);
    }
    // The order log itself is over the budget, and is refused when it is the sheet asked for.
    const refusal = await openSpreadsheet(readFileSync(file), file, {
      limits,
      snapshotOnly: true,
      sheet: '订单明细',
    }).catch((e: unknown) => e);
    expect((refusal as FileInputError).code).toBe('file.tooLarge');
    expect((refusal as FileInputError).message).toMatch(/^orders\.xlsx holds more than 12,000 cells/);
  });
});
