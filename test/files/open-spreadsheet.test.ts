import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { FileInputError } from '../../shared/files/file-input-error';
import { fileMessage, type FileText } from '../../shared/files/file-messages';
import { openSpreadsheet, sheetNameForFile } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';

/** The limits of a browser tab (about 4 GB of heap). */
const limits = defaultReadLimits(4 * 1024 ** 3);

/** Bytes as the File API hands them over: a plain Uint8Array, not a Node Buffer. */
const plain = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);

async function refusal(bytes: Uint8Array, file: string): Promise<FileInputError> {
  try {
    await openSpreadsheet(bytes, file, { limits });
  } catch (error) {
    if (error instanceof FileInputError) return error;
    throw error;
  }
  throw new Error(`${file} was opened without an error`);
}

describe('open-spreadsheet', () => {
  test('opens a GBK CSV from Chinese Excel when the bytes are a plain Uint8Array', async () => {
    const text = '客户编号,姓名,手机号,城市\r\nC001,张三,13800138000,杭州\r\nC002,李四,13900139000,上海\r\n';
    const opened = await openSpreadsheet(plain(iconv.encode(text, 'gbk')), 'C:\\导出\\客户名单.csv', { limits });
    expect(opened.kind).toBe('csv');
    expect(opened.sheetName).toBe('客户名单');
    expect(opened.csv).toMatchObject({ encoding: 'gb18030', delimiter: ',', lineEnding: '\r\n' });
    expect(opened.snapshot.values).toEqual([
      ['客户编号', '姓名', '手机号', '城市'],
      ['C001', '张三', '13800138000', '杭州'],
      ['C002', '李四', '13900139000', '上海'],
    ]);
    expect(opened.sheetChoice.customerList).toBe(true);
  });

  test('chooses the customer list over an instructions sheet when an English workbook has both', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRows([['How to use this file'], ['Add one customer per row.']]);
    const list = workbook.addWorksheet('Customers');
    list.addRows([
      ['Name', 'Email', 'Joined'],
      ['Ann Lee', 'ann@example.com', new Date(Date.UTC(2024, 2, 5))],
    ]);
    const bytes = plain(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const opened = await openSpreadsheet(bytes, 'customers.xlsx', { limits });
    expect(opened.kind).toBe('xlsx');
    expect(opened.sheetName).toBe('Customers');
    expect(opened.sheetChoice).toEqual({ sheets: ['Read me', 'Customers'], by: 'headers', customerList: true });
    expect(opened.snapshot.values[1]).toEqual(['Ann Lee', 'ann@example.com', new Date(Date.UTC(2024, 2, 5))]);
  });

  test('names a PDF in the reader language when a PDF is opened by mistake', async () => {
    const error = await refusal(plain(new TextEncoder().encode('%PDF-1.7\n...')), '报价单.pdf');
    expect(error.code).toBe('file.notSpreadsheet');
    expect(error.message).toBe(
      '报价单.pdf is not a spreadsheet (it looks like a PDF document). Custodian reads .xlsx and .csv files.',
    );
    expect(fileMessage(error.text!, 'zh-CN', 'page')).toBe(
      '报价单.pdf 不是电子表格（看起来是PDF 文档）。Custodian 读取 .xlsx 和 .csv 文件。',
    );
  });

  test('refuses a CSV that mixes UTF-8 and GBK lines, in Chinese for a Chinese reader', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('姓名,手机号\r\n张三,13800138000\r\n'),
      ...iconv.encode('李四,13900139000\r\n', 'gbk'),
    ]);
    const error = await refusal(bytes, '合并.csv');
    expect(error.code).toBe('csv.mixedEncoding');
    expect(fileMessage(error.text!, 'zh-CN', 'page')).toBe(
      '合并.csv 混用了两种文字编码：2 行含中文或重音字母的内容是 UTF-8，但第 3 行是另一种编码（GBK 或 Windows 代码页），其中一部分会读成乱码。' +
        '请在 Excel 或文本编辑器中把每个来源另存为“CSV UTF-8”，再重新合并。',
    );
  });

  test('gives page advice instead of Node options when a CSV is over the limit in the browser', async () => {
    const small = { ...limits, fileBytes: 10 };
    let error: FileInputError | undefined;
    try {
      await openSpreadsheet(new TextEncoder().encode('Name,Email\r\nAnn,ann@example.com\r\n'), 'big.csv', {
        limits: small,
      });
    } catch (e) {
      error = e as FileInputError;
    }
    expect(error?.code).toBe('file.tooLarge');
    expect(error?.message).toContain('NODE_OPTIONS');
    expect(fileMessage(error!.text!, 'en-US', 'page')).toBe(
      'big.csv is 1 KB, more than the 1 KB of CSV Custodian reads. Split the file into smaller ones.',
    );
    expect(fileMessage(error!.text!, 'zh-CN', 'page')).toBe(
      'big.csv 有 1 KB，超过 Custodian 读取的 CSV 上限 1 KB。请把文件拆分成较小的几个。',
    );
  });

  test('makes a sheet name from a file name when the name has a folder, dots or characters Excel refuses', () => {
    expect(sheetNameForFile('/home/li/客户[2024].csv')).toBe('客户_2024_');
    expect(sheetNameForFile('Q1.customers.csv')).toBe('Q1.customers');
    expect(sheetNameForFile('.hidden')).toBe('.hidden');
    expect(sheetNameForFile('History.csv')).toBe('Sheet1');
  });
});

describe('file-messages', () => {
  const samples: FileText[] = [
    { key: 'notSpreadsheet', params: { file: 'a.docx', looksLike: 'word' } },
    { key: 'notSpreadsheet', params: { file: 'a.xls', looksLike: 'oldExcel' } },
    { key: 'notSpreadsheet', params: { file: 'a.ods', looksLike: 'ods' } },
    { key: 'notSpreadsheet', params: { file: 'a.xlsx', looksLike: 'encrypted' } },
    { key: 'macrosLost', params: { file: 'a.xlsm', out: 'a-clean.xlsx' } },
    { key: 'binaryData', params: { file: 'a.csv' } },
    { key: 'noWorksheets', params: { file: 'a.xlsx' } },
    { key: 'unreadableWorkbook', params: { file: 'a.xlsx', reason: 'End of data reached' } },
    { key: 'unclosedQuote', params: { file: 'a.csv', row: 3 } },
    { key: 'mixedEncoding', params: { file: 'a.csv', majority: 'gb18030', majorityLines: 5, otherLines: [2, 7] } },
    { key: 'csvTooLarge', params: { file: 'a.csv', bytes: 3e9, limit: 1e9 } },
    {
      key: 'csvTooManyFields',
      params: { file: 'a.csv', fields: 5e6, rows: 5e5, limit: 4e6, budget: 'cells', fitRows: 4e5, heapMegabytes: 6144 },
    },
    { key: 'longText', params: { file: 'a.xlsx', limit: 1048576, part: 'xl/sharedStrings.xml' } },
    { key: 'tooManyCells', params: { file: 'a.xlsx', limit: 4e6 } },
    { key: 'tooManyStrings', params: { file: 'a.xlsx', limit: 4e6 } },
    { key: 'unpacksTooLarge', params: { file: 'a.xlsx', size: 2e6, limit: 1e9 } },
    { key: 'sheetNotFound', params: { file: 'a.xlsx', sheet: '客户', sheets: [{ name: 'Sheet1', hidden: true }] } },
    { key: 'noVisibleSheet', params: { file: 'a.xlsx', sheets: [] } },
    { key: 'noCustomerList', params: { file: 'a.xlsx', sheets: ['说明'] } },
    { key: 'empty', params: { file: 'a.xlsx', sheet: '客户', others: ['说明'] } },
    { key: 'noHeader', params: { file: 'a.csv' } },
    {
      key: 'rowsTooWide',
      params: { sheet: '客户', width: 16384, lowest: 'XFD9', rightmost: 'XFD9', slots: 9e6, max: 4e6, file: 'a.xlsx' },
    },
    {
      key: 'gridTooLarge',
      params: { sheet: '客户', height: 1e6, width: 26, lowest: 'A1000000', rightmost: 'Z2', max: 4e6 },
    },
  ];

  test.each(samples.map((text) => [text.key, text] as const))(
    'says %s in both languages when a file is refused',
    (_key, text) => {
      const en = fileMessage(text, 'en-US');
      const zh = fileMessage(text, 'zh-CN');
      expect(en).toMatch(/^[\x20-\x7e\u4e00-\u9fff]+$/u);
      expect(zh).toMatch(/[\u4e00-\u9fff]{4}/u);
      expect(zh).not.toBe(en);
      expect(zh).not.toMatch(/\{\w+\}|undefined/);
      expect(fileMessage(text, 'zh-CN', 'page')).not.toMatch(/--sheet|NODE_OPTIONS/);
      expect(fileMessage(text, 'en-US', 'page')).not.toMatch(/--sheet|NODE_OPTIONS/);
    },
  );
});
