import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { customersWorkbook, saveWorkbook, tempDir, utc } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('readWorkbookFile (xlsx)', () => {
  test('reads rich text, hyperlinks, formulas, errors and dates as the user sees them', async () => {
    const file = await saveWorkbook(customersWorkbook(), tmp.file('customers.xlsx'));
    const loaded = await readWorkbookFile(file);
    expect(loaded.kind).toBe('xlsx');
    expect(loaded.displayName).toBe('customers.xlsx');
    expect(loaded.sheetName).toBe('Customers');
    const { values, formulas, columnFormats, textOnly } = loaded.snapshot;
    expect(textOnly).toBeUndefined();
    expect(values[0]).toEqual(['Name', 'Phone', 'Joined', 'Amount', 'Double', 'Site']);
    expect(values[1]).toEqual(['Zhang San', '13800138000', utc(2024, 3, 5), 10, 20, 'home']);
    expect(values[2]).toEqual(['李四', '13900139000', utc(2023, 12, 31), 20, 40, '#N/A']);
    expect(values[3][5]).toBeNull();
    expect(values[1][2]).toBeInstanceOf(Date);
    expect(formulas).toEqual([
      { row: 2, col: 5, formula: '=D2*2' },
      { row: 3, col: 5, formula: '=D3*2' },
      { row: 4, col: 5, formula: '=D4*2' },
    ]);
    expect(columnFormats?.[2]).toBe('yyyy-mm-dd');
    expect(columnFormats?.[0]).toBeNull();
  });

  test('trims trailing empty rows and columns and pads rows to one width', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['Name', 'Phone']);
    sheet.addRow(['A']);
    sheet.getCell('F10').value = '';
    sheet.getCell('D9').style = { font: { bold: true } };
    const loaded = await readWorkbookFile(await saveWorkbook(workbook, tmp.file('trim.xlsx')));
    expect(loaded.snapshot.values).toEqual([
      ['Name', 'Phone'],
      ['A', null],
    ]);
  });

  test('skips hidden sheets and Custodian sheets when choosing the sheet, and reads meta', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('_custodian', { state: 'hidden' }).addRows([
      ['key', 'value'],
      ['customerId.last.C', '42'],
      ['helperSheet.header.Archive', '["Name"]'],
    ]);
    workbook.addWorksheet('Old', { state: 'hidden' }).addRow(['Name']);
    workbook.addWorksheet('Archive').addRow(['Name']);
    workbook.addWorksheet('_custodian_lists').addRow(['A']);
    workbook.addWorksheet('Leads').addRows([['Name'], ['Li']]);
    const loaded = await readWorkbookFile(await saveWorkbook(workbook, tmp.file('many.xlsx')));
    expect(loaded.sheetName).toBe('Leads');
    expect(loaded.snapshot.meta).toEqual({ 'customerId.last.C': '42', 'helperSheet.header.Archive': '["Name"]' });
  });

  test('reads the sheet asked for, by exact or case-insensitive name, hidden or not', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Customers').addRow(['Name']);
    workbook.addWorksheet('Archive', { state: 'hidden' }).addRows([['Name'], ['Old']]);
    const file = await saveWorkbook(workbook, tmp.file('choose.xlsx'));
    expect((await readWorkbookFile(file, { sheet: 'Archive' })).snapshot.values).toEqual([['Name'], ['Old']]);
    expect((await readWorkbookFile(file, { sheet: 'archive' })).sheetName).toBe('Archive');
    expect((await readWorkbookFile(file)).snapshot.meta).toBeUndefined();
  });

  test('detects an xlsx by content even with a .csv extension', async () => {
    const file = await saveWorkbook(customersWorkbook(), tmp.file('actually-xlsx.csv'));
    const loaded = await readWorkbookFile(file);
    expect(loaded.kind).toBe('xlsx');
    expect(loaded.csv).toBeUndefined();
  });

  test('shows a merged area value in its top-left cell only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['Name', 'Region', 'Area']);
    sheet.addRow(['A', 'East', null]);
    sheet.mergeCells('B2:C2');
    const loaded = await readWorkbookFile(await saveWorkbook(workbook, tmp.file('merged.xlsx')));
    expect(loaded.snapshot.values[1]).toEqual(['A', 'East', null]);
  });
});

describe('readWorkbookFile (governed workbooks, read only)', () => {
  // exceljs expands every validation range into one entry per cell on load; a command that only
  // reads (check, dedupe, export, history) has no use for them and must not pay for them.
  test('skips the rules at entry when the caller only reads', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['姓名', '手机']);
    sheet.addRow(['张三', '13800138000']);
    (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations.add(
      'B2:B20001',
      {
        type: 'custom',
        formulae: ['LEN(B2)<=20'],
      },
    );
    const file = await saveWorkbook(workbook, tmp.file('governed.xlsx'));
    const expanded = (loaded: { workbook: ExcelJS.Workbook; sheetName: string }) =>
      Object.keys(
        (loaded.workbook.getWorksheet(loaded.sheetName) as unknown as { dataValidations: { model: object } })
          .dataValidations.model,
      ).length;

    const readOnly = await readWorkbookFile(file, { readOnly: true });
    expect(readOnly.snapshot.values).toEqual([
      ['姓名', '手机'],
      ['张三', '13800138000'],
    ]);
    expect(expanded(readOnly)).toBe(0);
    // A command that writes the workbook back keeps its rules.
    expect(expanded(await readWorkbookFile(file))).toBeGreaterThan(0);
  });
});
