import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { deflateStoredZip } from '../../shared/files/zip-deflate';

async function storedZip(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

const deflate = (data: Uint8Array) => deflateRawSync(data);

describe('deflateStoredZip', () => {
  test('compresses every entry and keeps names, order and contents, Chinese names too', async () => {
    const files = {
      '[Content_Types].xml': '<Types/>',
      'xl/worksheets/sheet1.xml': '<row>'.repeat(5_000),
      'docs/客户说明.txt': '请在「客户列表」中每行填写一位客户。'.repeat(200),
    };
    const stored = await storedZip(files);
    const packed = deflateStoredZip(stored, deflate)!;
    expect(packed.length).toBeLessThan(stored.length / 5);
    const read = await JSZip.loadAsync(packed, { checkCRC32: true });
    // JSZip adds the folders (xl/, docs/) as entries of their own.
    expect(Object.keys(read.files)).toEqual(Object.keys((await JSZip.loadAsync(stored)).files));
    expect(Object.keys(read.files).filter((name) => !name.endsWith('/'))).toEqual(Object.keys(files));
    for (const [name, text] of Object.entries(files)) expect(await read.file(name)!.async('string')).toBe(text);
    // The same workbook gives the same bytes.
    expect(Buffer.from(deflateStoredZip(stored, deflate)!).equals(Buffer.from(packed))).toBe(true);
  });

  test('leaves a zip whose entries are already compressed, or that is not a zip, to the caller', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a/>'.repeat(100));
    const deflated = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(deflateStoredZip(deflated, deflate)).toBeUndefined();
    expect(deflateStoredZip(new TextEncoder().encode('姓名,手机\n张三,13800138000\n'), deflate)).toBeUndefined();
  });

  test('gives exceljs a workbook it reads back with its values, formats and sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户列表');
    sheet.addRows([
      ['姓名', '手机', '创建日期'],
      ['张三', '13800138000', new Date(Date.UTC(2024, 5, 1))],
    ]);
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
    workbook.addWorksheet('操作日志').addRow(['清理', '2 行']);
    const stored = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(deflateStoredZip(stored, deflate)! as unknown as ArrayBuffer);
    expect(back.worksheets.map((s) => s.name)).toEqual(['客户列表', '操作日志']);
    const list = back.getWorksheet('客户列表')!;
    expect(list.getCell('A2').value).toBe('张三');
    expect(list.getCell('C2').value).toEqual(new Date(Date.UTC(2024, 5, 1)));
    expect(list.getCell('C2').numFmt).toBe('yyyy-mm-dd');
  });
});
