import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { FileInputError } from '../../shared/files/file-input-error';
import { fileMessage } from '../../shared/files/file-messages';
import { emptySheet, type MemoryWorkbook } from '../../shared/plan/apply-plan';
import { openFileBytes } from '../../shared/ui/demo/open-file';
import { savedName } from '../../shared/ui/demo/file-protocol';
import { workbookBytes } from '../../shared/ui/demo/save-file';

const HEAP = 4 * 1024 ** 3;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** An English team's workbook: a read-me sheet first, the list, a hidden dropdown sheet, Custodian's meta. */
async function englishWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Read me').addRows([['Customer list, updated weekly'], ['Owner: Sales ops']]);
  const list = workbook.addWorksheet('Customers');
  list.addRows([
    ['Name', 'Email', 'Joined', 'Orders', 'Double'],
    ['Ann Lee', 'ann@example.com', utc(2024, 3, 5), 4, null],
    ['Bob Stone', 'bob@example', utc(2023, 11, 20), 2, null],
  ]);
  list.getCell('E2').value = { formula: 'D2*2', result: 8 };
  list.getCell('E3').value = { formula: 'D3*2', result: 4 };
  list.getColumn(3).numFmt = 'yyyy-mm-dd';
  workbook.addWorksheet('Lists', { state: 'hidden' }).addRows([['North'], ['South']]);
  const meta = workbook.addWorksheet('_custodian', { state: 'hidden' });
  meta.addRows([
    ['key', 'value'],
    ['customerId.next', '12'],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('demo open-file', () => {
  test('loads a GBK CSV from Chinese Excel as one sheet of text when it is opened in the page', async () => {
    const csv = iconv.encode('姓名,手机号,城市\r\n张三,13800138000,杭州\r\n李四,139 0013 9000,上海\r\n', 'gbk');
    const opened = await openFileBytes(new Uint8Array(csv), '客户名单.csv', HEAP);
    expect(opened.sheet).toBe('客户名单');
    expect(opened.customerList).toBe(true);
    expect(opened.workbook.sheets.map((s) => s.name)).toEqual(['客户名单']);
    expect(opened.workbook.sheets[0]!.values).toEqual([
      ['姓名', '手机号', '城市'],
      ['张三', '13800138000', '杭州'],
      ['李四', '139 0013 9000', '上海'],
    ]);
  });

  test('keeps every sheet, hidden ones hidden, formulas and dates when an English workbook is opened', async () => {
    const opened = await openFileBytes(await englishWorkbook(), 'customers.xlsx', HEAP);
    expect(opened.sheet).toBe('Customers');
    const { sheets, meta } = opened.workbook;
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Read me', false],
      ['Customers', false],
      ['Lists', true],
    ]);
    expect(meta).toEqual({ 'customerId.next': '12' });
    const list = sheets[1]!;
    expect(list.values[1]).toEqual(['Ann Lee', 'ann@example.com', utc(2024, 3, 5), 4, 8]);
    expect(list.formulas).toEqual({ E2: '=D2*2', E3: '=D3*2' });
    expect(list.numberFormats).toContainEqual({ col: 3, firstRow: 2, lastRow: 3, format: 'yyyy-mm-dd' });
  });

  test('refuses a Word document with a message in the reader language when one is dropped by mistake', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml')]);
    const error = await openFileBytes(bytes, '合同.docx', HEAP).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileInputError);
    expect(fileMessage((error as FileInputError).text!, 'zh-CN', 'page')).toBe(
      '合同.docx 不是电子表格（看起来是Word 文档）。Custodian 读取 .xlsx 和 .csv 文件。',
    );
  });
});

describe('demo save-file', () => {
  test('writes every sheet with hidden ones hidden, real dates, formulas, rules and meta when a cleaned list is saved', async () => {
    const list = emptySheet('客户');
    list.values = [
      ['姓名', '手机', '注册日期', '订单数', '双倍'],
      ['张三', '13800138000', utc(2024, 4, 2), 3, 6],
    ];
    list.formulas = { E2: '=D2*2' };
    list.numberFormats = [{ col: 3, firstRow: 2, lastRow: 1048576, format: 'yyyy"年"m"月"d"日"' }];
    list.required = [{ col: 1, firstRow: 2, lastRow: 1048576, note: '必填' }];
    list.freezeRows = 1;
    const archive = emptySheet('合并存档', true);
    archive.values = [['姓名'], ['张三']];
    const workbook: MemoryWorkbook = { sheets: [list, archive], meta: { 'customerId.next': '3' } };

    const saved = await readBack(await workbookBytes(workbook, '客户'));
    expect(saved.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['客户', 'visible'],
      ['合并存档', 'hidden'],
      ['_custodian', 'hidden'],
    ]);
    const sheet = saved.getWorksheet('客户')!;
    expect(sheet.getCell('C2').value).toEqual(utc(2024, 4, 2));
    expect(sheet.getCell('C2').numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(sheet.getCell('E2').value).toEqual({ formula: 'D2*2', result: 6 });
    expect(sheet.getCell('B2').value).toBe('13800138000');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(saved.getWorksheet('合并存档')!.getCell('A2').value).toBe('张三');

    const reopened = await openFileBytes(await workbookBytes(workbook, '客户'), '客户-custodian.xlsx', HEAP);
    expect(reopened.workbook.meta).toEqual({ 'customerId.next': '3' });
    expect(reopened.workbook.sheets[0]!.values).toEqual(list.values);
  });

  test('writes dates clean wrote as text as real dates where the column shows dates, so they sort and filter', async () => {
    const list = emptySheet('客户台账');
    list.values = [
      ['客户名称', '最近联系日期', '备注'],
      ['深圳市腾达电子有限公司', '2024-03-15', '2024-03-15 回访'],
      ['广州华南物流股份有限公司', '昨天', null],
      ['杭州西湖软件有限公司', '2024-07-01 10:30', null],
      ['苏州工业园区精工制造有限公司', '2024-07-01 10:00:00 UTC', null],
    ];
    list.numberFormats = [{ col: 2, firstRow: 2, lastRow: 1048576, format: 'yyyy-mm-dd' }];
    const saved = await readBack(await workbookBytes({ sheets: [list], meta: {} }, '客户台账'));
    const sheet = saved.getWorksheet('客户台账')!;
    expect(sheet.getCell('B2').value).toEqual(utc(2024, 3, 15));
    expect(sheet.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('B4').value).toEqual(new Date(Date.UTC(2024, 6, 1, 10, 30)));
    expect(sheet.getCell('B4').numFmt).toMatch(/hh:mm/);
    // What is no date stays as typed: a word, a time in a zone, a note that starts with a date.
    expect(sheet.getCell('B3').value).toBe('昨天');
    expect(sheet.getCell('B5').value).toBe('2024-07-01 10:00:00 UTC');
    expect(sheet.getCell('C2').value).toBe('2024-03-15 回访');
  });

  test('names the download after the opened file when one was opened', () => {
    expect(savedName('C:\\Users\\li\\客户名单.csv')).toBe('客户名单-custodian.xlsx');
    expect(savedName('customers.xlsx')).toBe('customers-custodian.xlsx');
    expect(savedName(undefined)).toBe('custodian-demo.xlsx');
  });
});
