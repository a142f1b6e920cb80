import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FileInputError } from '../../shared/files/file-input-error';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { defaultReadLimits, type ReadLimits } from '../../shared/files/read-limits';
import { makeZip, tempDir, writeBytes } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The limits of a machine whose Node heap limit is 4 GB (the default on a 16 GB computer). */
const LIMITS_4GB = defaultReadLimits(4 * 1024 ** 3);

async function refusal(file: string, limits: ReadLimits = LIMITS_4GB): Promise<FileInputError> {
  try {
    await readWorkbookFile(file, { limits });
  } catch (error) {
    if (error instanceof FileInputError) return error;
    throw error;
  }
  throw new Error(`${file} was read without an error`);
}

/** A small customer list as a Chinese or Western team keeps it, plus `extra` cells set by address. */
async function listWith(
  name: string,
  rows: ExcelJS.CellValue[][],
  extra: Record<string, string> = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(rows[0][0] === '姓名' ? '客户' : 'Customers');
  sheet.addRows(rows);
  for (const [address, value] of Object.entries(extra)) sheet.getCell(address).value = value;
  return writeBytes(tmp.file(name), Buffer.from(await workbook.xlsx.writeBuffer()));
}

const ZH_ROWS = [
  ['姓名', '手机号', '邮箱'],
  ['张三', '13800138000', 'zhang@example.cn'],
  ['李四', '13900139000', 'li@example.cn'],
];
const EN_ROWS = [
  ['Name', 'Phone', 'Email'],
  ['Ann Smith', '+1 415 555 2671', 'ann@example.com'],
  ['Bob Lee', '+44 20 7946 0958', 'bob@example.co.uk'],
];

/** Swaps one shared string of a saved workbook for `text` (the zip stays small: it deflates). */
async function withSharedString(file: string, from: string, text: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', xml.replace(`<t>${from}</t>`, `<t>${text}</t>`));
  return writeBytes(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('readWorkbookFile limits', () => {
  test('refuses a sheet with one stray value at XFD1048576, naming the cell, when the grid would not fit', async () => {
    const file = await listWith('xfd.xlsx', ZH_ROWS, { XFD1048576: '备注' });
    const error = await refusal(file);
    expect(error.code).toBe('sheet.tooLarge');
    expect(error.message).toBe(
      'xfd.xlsx: Sheet "客户" reaches row 1,048,576 and column XFD because of a value at XFD1048576: 17,179,869,184 cells from A1, ' +
        'more than the 20,500,000 Custodian reads. If that value was typed by mistake, delete it and save the file again.',
    );
  });

  test('refuses a value at ZZ100000 in a Western list, and names both far cells when they differ', async () => {
    const file = await listWith('zz.xlsx', EN_ROWS, { ZZ100000: 'note' });
    expect((await refusal(file)).message).toMatch(
      /Sheet "Customers" reaches row 100,000 and column ZZ because of a value at ZZ100000: 70,200,000 cells/,
    );
    const two = await listWith('two.xlsx', EN_ROWS, { B200000: 'x', XFD2: 'y' });
    expect((await refusal(two)).message).toMatch(
      /because of values at B200000 and XFD2: .* If those values were typed by mistake, delete them/,
    );
  });

  test('refuses rows that all reach column XFD before walking them, naming the far cells', async () => {
    const extra: Record<string, string> = {};
    for (let r = 1; r <= 1500; r++) extra[`XFD${r}`] = '备注';
    const file = await listWith('xfd-column.xlsx', ZH_ROWS, extra);
    const error = await refusal(file);
    expect(error.code).toBe('sheet.tooLarge');
    expect(error.message).toBe(
      'xfd-column.xlsx: Sheet "客户" has rows reaching as far as column XFD (cells at XFD1500 and XFD1, values or formatting): ' +
        '24,576,000 cells to read, more than the 20,500,000 Custodian reads. Clear the cells beyond your list (Home > Clear > Clear All) and save the file again.',
    );
  });

  test('reads a list whose stray value keeps the grid within the limit', async () => {
    const file = await listWith('near.xlsx', ZH_ROWS, { H20: '备注' });
    const loaded = await readWorkbookFile(file, { limits: LIMITS_4GB });
    expect(loaded.snapshot.values).toHaveLength(20);
    expect(loaded.snapshot.values[19][7]).toBe('备注');
    expect(loaded.snapshot.values[1]).toEqual([
      '张三',
      '13800138000',
      'zhang@example.cn',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test('refuses a shared string of 8 MB in a small file without loading it', async () => {
    const file = await withSharedString(
      await listWith('big-string.xlsx', ZH_ROWS),
      '李四',
      '长'.repeat((8 * 1024 * 1024) / 3),
    );
    expect(statSync(file).size).toBeLessThan(200 * 1024);
    const error = await refusal(file);
    expect(error.code).toBe('file.tooLarge');
    expect(error.message).toBe(
      'big-string.xlsx holds a single text of more than 1 MB (in xl/sharedStrings.xml); an Excel cell holds at most 32,767 characters, ' +
        'so the file is damaged or was not made by a spreadsheet program.',
    );
  });

  test('reads a cell of 32,767 characters, the most Excel holds', async () => {
    const file = await withSharedString(await listWith('long-note.xlsx', EN_ROWS), 'Bob Lee', 'x'.repeat(32_767));
    const loaded = await readWorkbookFile(file, { limits: LIMITS_4GB });
    expect(String(loaded.snapshot.values[2][0])).toHaveLength(32_767);
  });

  test('refuses more cells than the limit, counted before exceljs builds them', async () => {
    const rows = [
      ...EN_ROWS,
      ...Array.from({ length: 40 }, (_, i) => [`Customer ${i}`, `+1 415 555 ${String(1000 + i)}`, `c${i}@example.com`]),
    ];
    const file = await listWith('many.xlsx', rows);
    const error = await refusal(file, { ...LIMITS_4GB, cells: 100 });
    expect(error.code).toBe('file.tooLarge');
    expect(error.message).toMatch(
      /^many\.xlsx holds more than 100 cells, the most Custodian reads with this much memory\. Split the file, or give Node more memory/,
    );
    expect((await readWorkbookFile(file, { limits: { ...LIMITS_4GB, cells: 200 } })).snapshot.values).toHaveLength(43);
  });

  test('refuses more shared texts than cells allowed, which no cell can use', async () => {
    const file = await listWith('strings.xlsx', ZH_ROWS);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file('xl/sharedStrings.xml', xml.replace('</sst>', `${'<si><t>x</t></si>'.repeat(120)}</sst>`));
    writeBytes(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const error = await refusal(file, { ...LIMITS_4GB, cells: 100 });
    expect(error.code).toBe('file.tooLarge');
    expect(error.message).toMatch(
      /^strings\.xlsx holds more than 100 shared texts, more than the cells Custodian reads/,
    );
    expect((await readWorkbookFile(file, { limits: { ...LIMITS_4GB, cells: 200 } })).snapshot.values[1][0]).toBe(
      '张三',
    );
  });

  test('refuses a zip whose parts unpack to more than the limit (a zip bomb), counting real bytes', async () => {
    const sheet = `<worksheet><sheetData>${'<row/>'.repeat(50_000)}</sheetData></worksheet>`;
    const file = writeBytes(
      tmp.file('bomb.xlsx'),
      makeZip({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': sheet }),
    );
    const error = await refusal(file, { ...LIMITS_4GB, fileBytes: 100_000 });
    expect(error.code).toBe('file.tooLarge');
    expect(error.message).toMatch(/^bomb\.xlsx \(\d+ KB\) unpacks to more than 98 KB/);
  });

  test('refuses a CSV over the byte or cell limit before building a workbook', async () => {
    const text = ['姓名,手机号', ...Array.from({ length: 100 }, (_, i) => `客户${i},1380013${String(8000 + i)}`)].join(
      '\r\n',
    );
    const file = writeBytes(tmp.file('客户.csv'), text);
    expect((await refusal(file, { ...LIMITS_4GB, fileBytes: 1000 })).message).toMatch(
      /^客户\.csv is 2 KB, more than the 1 KB of CSV Custodian reads\./,
    );
    expect((await refusal(file, { ...LIMITS_4GB, cells: 150 })).message).toMatch(
      /^客户\.csv holds 202 fields in 101 rows, more than the 150 cells Custodian holds in a workbook with this much memory \(about 75 rows of this width\)\./,
    );
  });

  test('scales the cell budget with the heap limit', () => {
    expect(defaultReadLimits(4 * 1024 ** 3)).toEqual({
      cells: 1_600_000,
      fields: 11_100_000,
      gridCells: 20_500_000,
      textBytes: 1024 * 1024,
      fileBytes: 400_000_000,
      streamCells: 200_000,
    });
    expect(defaultReadLimits(2 * 1024 ** 3).cells).toBe(800_000);
    expect(defaultReadLimits(64 * 1024 ** 2).cells).toBe(100_000);
  });
});
