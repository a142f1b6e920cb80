/**
 * `custodian clean list.csv -o out.xlsx` cleans the CSV in memory and streams the workbook out
 * (no exceljs workbook of the list). The file must be the one the exceljs path writes: the same
 * values, formats, dropdowns, required marks, frozen header, filter, protection, meta and log sheets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cleanWorkbook, csvTarget, workbookTarget } from '../../cli/commands/clean-command';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { operationOptions } from '../../cli/common-options';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { run, tempDir } from './run';

const dir = tempDir();
const TODAY = ['--today', '2024-06-30'];
const quiet = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false, progress: false }, cwd: dir };

// Lists with what clean fixes: dates written other ways (ISO text too, with a time), phones, spacing, a missing and a
// repeated ID, formula-like notes.
const LISTS = {
  'zh-CN': [
    '客户编号,姓名,手机,邮箱,城市,创建日期,备注',
    'C000001, 张伟 ,138-0013-8000,ZhangWei@Example.cn,上海,2024/6/1,=1+1',
    ',王芳,+86 139 1234 5678,wangfang@huaxin.cn,北京,2024年5月3日,',
    'C000001,李娜,13700137000,lina@,广州,2023-12-06 09:12:30,@总部',
    'C000004,赵磊,,zhaolei@example.cn,,20240105,"含,逗号"',
  ].join('\r\n'),
  'en-US': [
    'Customer ID,Name,Phone,Email,Country,Created,Notes',
    'C000001,  ann smith,(415) 555-2671,Ann@Example.com,US,6/1/2024,+ renewal due',
    ',Bob Lee,+44 20 7946 0958,bob@example.co.uk,UK,2024-05-03 14:22,',
    'C000001,Cara Diaz,415.555.0100,cara@,US,2023/12/06,-',
    'C000004,Dan Wu,,dan@example.com,,January 5 2024,"has, comma"',
  ].join('\n'),
};

type Sheet = ExcelJS.Worksheet & {
  dataValidations: { model: Record<string, unknown> };
  conditionalFormattings: unknown[];
  sheetProtection?: unknown;
};

/** What a user sees of a cell: value, number format, bold, fill, lock, note. */
function cells(sheet: ExcelJS.Worksheet, withStyles: boolean): unknown[] {
  const out: unknown[] = [];
  const width = sheet.columnCount; // walks every row: once, not per cell
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) {
      const cell = row.getCell(c);
      // An empty text cell is an empty cell to a user (the streamed file writes its text inline, read back as none).
      const value = cell.value === '' ? null : cell.value;
      const style = withStyles
        ? [cell.numFmt, cell.font?.bold, JSON.stringify(cell.fill), cell.protection?.locked, cell.note]
        : [];
      out.push([cell.address, value, ...style]);
    }
  }
  return out;
}

/** exceljs reads a validation range as one entry per cell: each distinct rule with its cell count and first and last cell. */
function validationSummary(model: Record<string, unknown>): Record<string, [number, string, string]> {
  const rules: Record<string, [number, string, string]> = {};
  for (const [address, rule] of Object.entries(model)) {
    const key = JSON.stringify(rule);
    const entry = (rules[key] ??= [0, address, address]);
    entry[0]++;
    entry[2] = address;
  }
  return rules;
}

/** The sheet's parts as JSON text: compared as text (a failing deep comparison of them would print for minutes). */
function describeSheet(sheet: Sheet): Record<string, string> {
  // The hidden backup keeps its values and rules; its cell styles are the copy's own (it is never shown).
  const backup = sheet.name.startsWith('_custodian_backup');
  const parts = {
    state: sheet.state,
    views: sheet.views,
    autoFilter: sheet.autoFilter,
    protection: sheet.sheetProtection ?? null,
    validations: validationSummary(sheet.dataValidations.model),
    conditionalFormats: sheet.conditionalFormattings,
    columns: backup ? null : (sheet.columns ?? []).map((c) => c.protection?.locked),
    cells: cells(sheet, !backup).filter((cell) => !backup || (cell as unknown[])[1] !== null),
  };
  return Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, JSON.stringify(value) ?? '']));
}

async function readSheets(path: string): Promise<Map<string, Record<string, string>>> {
  // Formulas (the analysis sheet's) are recomputed on open.
  const book = await JSZip.loadAsync(readFileSync(path));
  expect(await book.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return new Map(workbook.worksheets.map((sheet) => [sheet.name, describeSheet(sheet as Sheet)]));
}

/** Where two texts first differ, with a little context (a whole diff of them would be too long to read). */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (a[i] === b[i]) i++;
  return `${a.slice(Math.max(0, i - 80), i + 120)}\n  vs\n${b.slice(Math.max(0, i - 80), i + 120)}`;
}

// Each list is cleaned and written twice and both files read back, with their validations cell by cell.
jest.setTimeout(180_000);

describe('clean of a CSV list to .xlsx, streamed', () => {
  test.each(Object.entries(LISTS))('writes what the exceljs path writes (%s)', async (locale, text) => {
    const file = `${locale}.csv`;
    writeFileSync(join(dir, file), text);

    const streamed = await run(['clean', file, '-o', `${locale}-streamed.xlsx`, ...TODAY], dir);
    expect(streamed.code).toBe(0);

    const loaded = await readWorkbookFile(join(dir, file));
    const options = operationOptions({ today: TODAY[1] });
    await cleanWorkbook(loaded, options, quiet, workbookTarget(loaded));
    await workbookTarget(loaded).write(join(dir, `${locale}-exceljs.xlsx`));

    const [got, expected] = await Promise.all([
      readSheets(join(dir, `${locale}-streamed.xlsx`)),
      readSheets(join(dir, `${locale}-exceljs.xlsx`)),
    ]);
    expect([...got.keys()]).toEqual([...expected.keys()]);
    for (const [name, parts] of got)
      for (const [part, text] of Object.entries(parts))
        expect([name, part, firstDifference(text, expected.get(name)![part]!)]).toEqual([name, part, null]);

    // The parts named, so a change that drops one from both paths is still caught.
    const main = got.get(locale)!;
    expect(main.validations).toMatch(/type\W+list/); // dropdowns
    expect(main.conditionalFormats).toContain('LEN(TRIM(');
    expect(main.views).toContain('"state":"frozen"');
    expect(main.protection).toContain('"sheet":true');
    expect(main.autoFilter).toMatch(/^"A1:/);
    expect(main.cells).toContain('"yyyy-mm-dd"');
    expect([...got.keys()]).toEqual(
      expect.arrayContaining(['_custodian', locale === 'zh-CN' ? '操作日志' : 'Custodian Log']),
    );
    // An empty cell nothing formats is not written (read above as unlocked, from its column's default):
    // a row holds its values and the formatted columns', not all 31 template columns.
    const zip = await JSZip.loadAsync(readFileSync(join(dir, `${locale}-streamed.xlsx`)));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const row2 = /<row r="2"[^>]*>(.*?)<\/row>/s.exec(xml)![1]!;
    expect(row2.match(/<c /g)!.length).toBeLessThan(20);
  });

  test.each(Object.entries(LISTS))('builds no exceljs workbook of the %s list', async (locale, text) => {
    const file = `${locale}-memory.csv`;
    writeFileSync(join(dir, file), text);
    const loaded = await readWorkbookFile(join(dir, file));
    const written = [];
    for (const output of ['xlsx', 'csv'] as const) {
      const target = csvTarget(loaded, output);
      await cleanWorkbook(loaded, operationOptions({ today: TODAY[1] }), quiet, target);
      written.push((await target.write(join(dir, `${locale}-memory-out.${output}`))).format);
    }
    expect(written).toEqual(['xlsx', 'csv']);
    expect(loaded.workbookBuilt).toBe(false);
  });
});

describe('clean of a CSV list under the read limits', () => {
  test.each(Object.entries(LISTS))(
    'holds the %s list to the field budget, since no workbook of it is built',
    async (locale, text) => {
      const file = join(dir, `${locale}-budget.csv`);
      writeFileSync(file, text);
      const limits = { ...defaultReadLimits(getHeapStatistics().heap_size_limit), cells: 20, fields: 1000 };
      await expect(readWorkbookFile(file, { limits })).rejects.toThrow(/more than the 20 cells/);
      const loaded = await readWorkbookFile(file, { limits, csvSnapshotOnly: true });
      const target = csvTarget(loaded, 'xlsx');
      await cleanWorkbook(loaded, operationOptions({ today: TODAY[1] }), quiet, target);
      expect((await target.write(join(dir, `${locale}-budget.xlsx`))).format).toBe('xlsx');
      expect(loaded.workbookBuilt).toBe(false);
    },
  );
});
