import { linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { FileInputError } from '../../shared/files/file-input-error';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import { formatCsv, neutraliseFormula } from '../../shared/sheet/csv-text';
import { customersWorkbook, openWorkbook, saveWorkbook, tempDir, utc } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function writeFailure(promise: Promise<unknown>): Promise<FileInputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileInputError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('neutraliseFormula', () => {
  test.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['+cmd|/c calc!A1', `'+cmd|/c calc!A1`],
    ['-2+3', `'-2+3`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    // An international phone in digit groups is no formula; written with dashes it is a sum.
    ['+1 415 555 2671', '+1 415 555 2671'],
    ['+1-415-555-2671', `'+1-415-555-2671`],
    ['-12', '-12'],
    ['+8613800138000', '+8613800138000'],
    ['-1.5e3', '-1.5e3'],
    ['Zhang = San', 'Zhang = San'],
    ["'=already", "'=already"],
  ])('%j → %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});

describe('formatCsv', () => {
  test('quotes per RFC 4180 and writes dates, numbers and booleans as text', () => {
    const csv = formatCsv(
      [
        ['Name', 'Note', 'Joined', 'N', 'OK'],
        ['Li, Wei', 'said "hi"\nthen left', utc(2024, 3, 5), -12, true],
        ['=1+1', null, new Date(Date.UTC(2024, 2, 5, 14, 30)), 0.5, false],
      ],
      { delimiter: ',', lineEnding: '\r\n' },
    );
    expect(csv).toBe(
      'Name,Note,Joined,N,OK\r\n"Li, Wei","said ""hi""\nthen left",2024-03-05,-12,TRUE\r\n\'=1+1,,2024-03-05 14:30:00,0.5,FALSE\r\n',
    );
  });

  test('quotes fields holding the delimiter in use', () => {
    expect(formatCsv([['a;b', 'c,d']], { delimiter: ';', lineEnding: '\n' })).toBe('"a;b";c,d\n');
  });
});

describe('writeWorkbookFile', () => {
  test('refuses to write over the input, also through a symlink or hard link', async () => {
    const input = tmp.file('in.csv');
    writeFileSync(input, 'Name\nA\n');
    const loaded = await readWorkbookFile(input);
    const error = await writeFailure(writeWorkbookFile(loaded, input));
    expect(error.code).toBe('file.sameAsInput');
    expect(error.message).toBe(
      'Will not write over the input file in.csv: Custodian never changes its input. Choose another output name, e.g. in-clean.csv.',
    );
    symlinkSync(input, tmp.file('link.csv'));
    expect((await writeFailure(writeWorkbookFile(loaded, tmp.file('link.csv')))).code).toBe('file.sameAsInput');
    linkSync(input, tmp.file('hard.csv'));
    expect((await writeFailure(writeWorkbookFile(loaded, tmp.file('hard.csv')))).code).toBe('file.sameAsInput');
    expect(readFileSync(input, 'utf8')).toBe('Name\nA\n');
  });

  test('refuses output types it cannot write', async () => {
    const loaded = await readWorkbookFile(writeCsv('types.csv', 'Name\nA\n'));
    const error = await writeFailure(writeWorkbookFile(loaded, tmp.file('out.xls')));
    expect(error.code).toBe('file.unsupportedOutput');
    expect(error.message).toMatch(/^Cannot write out\.xls: Custodian writes \.xlsx, \.csv and \.tsv files/);
  });

  test('reports a missing folder as file.unwritable and leaves no temp file behind', async () => {
    const loaded = await readWorkbookFile(writeCsv('folder.csv', 'Name\nA\n'));
    const error = await writeFailure(writeWorkbookFile(loaded, tmp.file('no/such/dir/out.xlsx')));
    expect(error.code).toBe('file.unwritable');
    expect(error.message).toMatch(/^Cannot write out\.xlsx: the folder .*no\/such\/dir does not exist\.$/);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('replaces an existing output file whole', async () => {
    const loaded = await readWorkbookFile(writeCsv('replace.csv', 'Name\nA\n'));
    const out = tmp.file('replace-out.csv');
    writeFileSync(out, 'old content that is longer than the new one\n'.repeat(50));
    await writeWorkbookFile(loaded, out);
    expect(readFileSync(out, 'utf8')).toBe('\uFEFFName\nA\n');
  });

  test('CSV → CSV keeps the delimiter and line ending, writes UTF-8 with a BOM, neutralises formulas', async () => {
    const input = tmp.file('gbk.csv');
    writeFileSync(input, iconv.encode('姓名;备注;金额\r\n张三;=1+2;-12\r\n李四;@x;\r\n', 'gbk'));
    const loaded = await readWorkbookFile(input);
    const out = tmp.file('gbk-out.csv');
    const result = await writeWorkbookFile(loaded, out);
    expect(result).toEqual({ path: out, format: 'csv', droppedSheets: [], guardedCells: 2 });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe("姓名;备注;金额\r\n张三;'=1+2;-12\r\n李四;'@x;\r\n");
  });

  test('xlsx → CSV writes the governed sheet, formula results as values, and lists the sheets left out', async () => {
    const workbook = customersWorkbook();
    workbook.addWorksheet('Notes').addRow(['x']);
    const loaded = await readWorkbookFile(await saveWorkbook(workbook, tmp.file('book.xlsx')));
    const out = tmp.file('book.csv');
    const result = await writeWorkbookFile(loaded, out);
    expect(result.droppedSheets).toEqual(['Notes']);
    const lines = readFileSync(out, 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Name,Phone,Joined,Amount,Double,Site');
    expect(lines[1]).toBe('Zhang San,13800138000,2024-03-05,10,20,home');
    expect(lines[3]).toBe('Wang Wu,+1 415 555 2671,2022-01-01,30,60,');
  });

  test('xlsx → TSV uses tabs', async () => {
    const loaded = await readWorkbookFile(await saveWorkbook(customersWorkbook(), tmp.file('tab.xlsx')));
    await writeWorkbookFile(loaded, tmp.file('tab.tsv'));
    expect(readFileSync(tmp.file('tab.tsv'), 'utf8').split('\r\n')[0]).toBe(
      '\uFEFFName\tPhone\tJoined\tAmount\tDouble\tSite',
    );
  });

  test('CSV → xlsx builds a workbook holding the values as text', async () => {
    const loaded = await readWorkbookFile(writeCsv('convert.csv', 'Name,Phone\n张三,013800138000\n'));
    const out = tmp.file('convert.xlsx');
    await writeWorkbookFile(loaded, out);
    const book = await openWorkbook(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['convert']);
    expect(book.getWorksheet('convert')!.getCell('B2').value).toBe('013800138000');
    expect(book.getWorksheet('convert')!.getCell('B2').type).not.toBe(ExcelJS.ValueType.Number);
  });
});

function writeCsv(name: string, text: string): string {
  const file = tmp.file(name);
  writeFileSync(file, text);
  return file;
}
