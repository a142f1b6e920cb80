/**
 * Rows of plain values go into a streamed .xlsx as XML written directly (shared/files/xlsx-row-xml.ts):
 * the sheet must be the one exceljs's own streaming writer writes, byte for byte, and rows it does
 * not handle (formulas, links, rich text, notes, a row's own height) are left to exceljs.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { StreamWriter } from '../../cli/io/write-memory-workbook';

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

async function sheetXml(make: (stream: PassThrough) => Writer, fill: (sheet: ExcelJS.Worksheet) => void) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = make(stream);
  const sheet = writer.addWorksheet('客户列表');
  fill(sheet);
  sheet.commit();
  await writer.commit();
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return zip.file('xl/worksheets/sheet1.xml')!.async('string');
}

const options = (stream: PassThrough) => ({ stream, useStyles: true, useSharedStrings: false });
const plain = (stream: PassThrough) => new ExcelJS.stream.xlsx.WorkbookWriter(options(stream));
const fast = (stream: PassThrough) => new StreamWriter(options(stream));

function customers(sheet: ExcelJS.Worksheet): void {
  const unlocked = { protection: { locked: false } };
  const date = { numFmt: 'yyyy-mm-dd' };
  sheet.addRow(['客户编号', '姓名', '手机', '年度销售额', '创建日期', 'VIP', '备注']).commit();
  const rows: ExcelJS.CellValue[][] = [
    ['C000001', '张伟', '13800138000', 12_500.5, new Date(Date.UTC(2024, 5, 1)), true, 'A&B <重要> "老客户" \u0007'],
    ['C000002', "O'Brien & Sons", '', -3, new Date(Date.UTC(1999, 11, 31, 12)), false, ''],
    ['C000003', '', null, 1e21, null, null, '  前后空格  '],
  ];
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.getCell(2).style = unlocked;
    row.getCell(5).style = date;
    row.getCell(9).style = unlocked; // an empty cell formatted for typing
    row.commit();
  }
}

describe('rows written as XML directly', () => {
  test('give the sheet exceljs writes, byte for byte: text, numbers, dates, booleans, styled empty cells', async () => {
    const expected = await sheetXml(plain, customers);
    expect(expected).toContain('<c r="G2" t="str"><v>A&amp;B &lt;重要&gt; &quot;老客户&quot; </v></c>');
    expect(await sheetXml(fast, customers)).toBe(expected);
  });

  test('leave formulas, links, rich text, notes and rows of their own height to exceljs, with the same result', async () => {
    const special = (sheet: ExcelJS.Worksheet) => {
      sheet.addRow(['姓名', '官网', '合计']).commit();
      const row = sheet.addRow([
        '张伟',
        { text: '官网', hyperlink: 'https://example.cn' },
        { formula: 'A1&B1', result: '姓名官网' },
      ]);
      row.getCell(1).note = '老客户';
      row.commit();
      const rich = sheet.addRow([{ richText: [{ text: '重要', font: { bold: true } }, { text: '客户' }] }]);
      rich.commit();
      const tall = sheet.addRow(['李娜']);
      tall.height = 30;
      tall.commit();
    };
    const expected = await sheetXml(plain, special);
    expect(expected).toContain('<f>A1&amp;B1</f>');
    expect(await sheetXml(fast, special)).toBe(expected);
  });
});
