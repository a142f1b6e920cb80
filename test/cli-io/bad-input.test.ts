import { chmodSync, mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { FileInputError, type FileInputErrorCode } from '../../shared/files/file-input-error';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { makeZip, saveWorkbook, tempDir, writeBytes } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function failure(file: string, sheet?: string): Promise<FileInputError> {
  try {
    await readWorkbookFile(file, sheet === undefined ? {} : { sheet });
  } catch (error) {
    if (error instanceof FileInputError) return error;
    throw error;
  }
  throw new Error(`${file} was read without an error`);
}

async function expectFailure(
  file: string,
  code: FileInputErrorCode,
  message: RegExp | string,
  sheet?: string,
): Promise<void> {
  const error = await failure(file, sheet);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  expect(error.name).toBe('FileInputError');
}

function workbookWith(rows: ExcelJS.CellValue[][], name = 'Customers'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(name).addRows(rows);
  return workbook;
}

describe('readWorkbookFile bad input', () => {
  test('a missing file is file.missing, naming the file and folder', async () => {
    await expectFailure(tmp.file('nope.xlsx'), 'file.missing', `File not found: nope.xlsx (looked in ${tmp.dir}).`);
  });

  test('a folder is file.unreadable', async () => {
    mkdirSync(tmp.file('folder.csv'));
    await expectFailure(tmp.file('folder.csv'), 'file.unreadable', 'folder.csv is a folder, not a spreadsheet file.');
  });

  const unreadableByMode = process.getuid?.() !== 0 ? test : test.skip; // root reads anything
  unreadableByMode('a file without read permission is file.unreadable', async () => {
    const file = writeBytes(tmp.file('locked.csv'), 'Name\nA\n');
    chmodSync(file, 0o000);
    await expectFailure(file, 'file.unreadable', /not allowed to read locked\.csv/);
  });

  test.each([
    [
      'binary junk',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      /junk\.bin is not a spreadsheet/,
    ],
    [
      'a PDF',
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
      'report.pdf is not a spreadsheet (it looks like a PDF document). Custodian reads .xlsx and .csv files.',
    ],
    [
      'a Word document',
      makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      /letter\.docx is not a spreadsheet \(it looks like a Word document\)/,
    ],
    ['a zip without a workbook', makeZip({ 'readme.txt': 'hello' }), /a zip archive without a workbook inside/],
    [
      'an old .xls (OLE) file',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /old-format \.xls workbook or a password-protected file\)\. .*save it as \.xlsx/,
    ],
    ['a PNG named .csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /a PNG image/],
    [
      'control-character text',
      Buffer.from('Name,\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\n', 'latin1'),
      /holds binary data/,
    ],
  ])('%s is file.notSpreadsheet', async (label, bytes, message) => {
    const names: Record<string, string> = {
      'a PDF': 'report.pdf',
      'a Word document': 'letter.docx',
      'a zip without a workbook': 'archive.zip',
      'binary junk': 'junk.bin',
    };
    const file = writeBytes(tmp.file(names[label] ?? `${label.replace(/\W+/g, '-')}.csv`), bytes);
    await expectFailure(file, 'file.notSpreadsheet', message);
  });

  test('a damaged xlsx (truncated zip) is file.unreadable with advice', async () => {
    const bytes = Buffer.from(await workbookWith([['Name'], ['A']]).xlsx.writeBuffer());
    const file = writeBytes(tmp.file('broken.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectFailure(
      file,
      'file.unreadable',
      /broken\.xlsx could not be opened as an Excel workbook .*save it again/,
    );
  });

  test('an empty file, an empty sheet and a blank CSV are sheet.empty', async () => {
    await expectFailure(
      writeBytes(tmp.file('zero.csv'), ''),
      'sheet.empty',
      'zero.csv is empty: there is no data to read.',
    );
    await expectFailure(
      writeBytes(tmp.file('blank.csv'), ',,\n  ,\n\n'),
      'sheet.empty',
      'blank.csv is empty: there is no data to read.',
    );
    const file = await saveWorkbook(workbookWith([]), tmp.file('empty.xlsx'));
    await expectFailure(file, 'sheet.empty', 'Sheet "Customers" in empty.xlsx is empty: there is no data to read.');
  });

  test('an empty first sheet points to the other sheets', async () => {
    // A sheet that looks like a customer list would be chosen instead (see sheet-choice.test.ts).
    const workbook = workbookWith([], 'Sheet1');
    workbook.addWorksheet('Data').addRows([['Product'], ['Pen']]);
    const file = await saveWorkbook(workbook, tmp.file('first-empty.xlsx'));
    await expectFailure(
      file,
      'sheet.empty',
      'Sheet "Sheet1" in first-empty.xlsx is empty: there is no data to read. Other sheets: Data. Name one with --sheet.',
    );
  });

  test('data without a header row is sheet.noHeader', async () => {
    await expectFailure(
      writeBytes(tmp.file('data.csv'), '13800138000,2024-03-05,12.5\n13900139000,2024-03-06,3\n'),
      'sheet.noHeader',
      /^Row 1 of data\.csv has no column headers/,
    );
    const numbers = await saveWorkbook(
      workbookWith([
        [1, new Date(Date.UTC(2024, 0, 1)), 3],
        ['a', 'b', 'c'],
      ]),
      tmp.file('numbers.xlsx'),
    );
    await expectFailure(
      numbers,
      'sheet.noHeader',
      /^Row 1 of sheet "Customers" in numbers\.xlsx has no column headers/,
    );
    const blankFirst = await saveWorkbook(workbookWith([[null], ['Name', 'Phone']]), tmp.file('blank-first.xlsx'));
    await expectFailure(blankFirst, 'sheet.noHeader', /Row 1 of sheet "Customers"/);
  });

  test('duplicate headers are read as they are, each column in its place', async () => {
    const file = writeBytes(tmp.file('dupes.csv'), 'Name,Phone,Email,City,Note, phone \nA,1,a@x,B,,2\n');
    const loaded = await readWorkbookFile(file);
    expect(loaded.snapshot.values[0]).toEqual(['Name', 'Phone', 'Email', 'City', 'Note', ' phone ']);
  });

  test('blank header cells between headed columns are allowed', async () => {
    const loaded = await readWorkbookFile(writeBytes(tmp.file('gap.csv'), 'Name,,Phone\nA,x,1\n'));
    expect(loaded.snapshot.values[0]).toEqual(['Name', null, 'Phone']);
  });

  test('an unknown sheet is sheet.notFound, listing the sheets', async () => {
    const workbook = workbookWith([['Name']]);
    workbook.addWorksheet('Archive').addRow(['Name']);
    workbook.addWorksheet('_custodian', { state: 'hidden' }).addRow(['key', 'value']);
    const file = await saveWorkbook(workbook, tmp.file('customers.xlsx'));
    await expectFailure(
      file,
      'sheet.notFound',
      'Sheet "Leads" not found in customers.xlsx. Sheets: Customers, Archive',
      'Leads',
    );
  });

  test('a workbook whose only sheets are hidden is sheet.notFound', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Secret', { state: 'hidden' }).addRow(['Name']);
    workbook.addWorksheet('Visible-but-ours', { state: 'visible' });
    workbook.getWorksheet('Visible-but-ours')!.name = '_custodian_lists';
    const file = await saveWorkbook(workbook, tmp.file('hidden.xlsx'));
    await expectFailure(
      file,
      'sheet.notFound',
      'hidden.xlsx has no visible sheet to read. Sheets: Secret (hidden). Name one with --sheet.',
    );
  });

  test('a quote that never closes is csv.unclosedQuote', async () => {
    await expectFailure(
      writeBytes(tmp.file('quote.csv'), 'Name,Note\nA,"oops\nB,fine\n'),
      'csv.unclosedQuote',
      /quote\.csv has a quote \(".*never closed/,
    );
  });
});
