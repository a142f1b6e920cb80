import * as iconv from 'iconv-lite';
import { readWorkbookFile, sheetNameForFile } from '../../cli/io/read-workbook';
import { decodeText } from '../../shared/files/decode-text';
import { tempDir, writeBytes } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const CHINESE = '姓名,手机,城市\r\n张三,13800138000,北京\r\n李四,,上海\r\n';
const EXPECTED = [
  ['姓名', '手机', '城市'],
  ['张三', '13800138000', '北京'],
  ['李四', null, '上海'],
];

describe('readWorkbookFile (csv)', () => {
  test.each([
    ['UTF-8', Buffer.from(CHINESE, 'utf8'), 'utf8', false],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE, 'utf8')]), 'utf8', true],
    ['GBK (Chinese Excel)', iconv.encode(CHINESE, 'gbk'), 'gb18030', false],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CHINESE, 'utf16le')]),
      'utf16le',
      true,
    ],
    [
      'UTF-16BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CHINESE, 'utf16be')]),
      'utf16be',
      true,
    ],
  ])('decodes %s', async (label, bytes, encoding, bom) => {
    const file = writeBytes(tmp.file(`${label.replace(/\W+/g, '-')}.csv`), bytes);
    const loaded = await readWorkbookFile(file);
    expect(loaded.kind).toBe('csv');
    expect(loaded.snapshot.values).toEqual(EXPECTED);
    expect(loaded.snapshot.textOnly).toBe(true);
    expect(loaded.csv).toEqual({ encoding, bom, delimiter: ',', lineEnding: '\r\n' });
  });

  test.each([
    ['semicolon', ';', 'Name;Phone;Note\nAnna;0612;"a; b"\nBo;0613;x\n'],
    ['tab', '\t', 'Name\tPhone\tNote\nAnna\t0612\ta; b\nBo\t0613\tx\n'],
    ['pipe', '|', 'Name|Phone|Note\nAnna|0612|a; b\nBo|0613|x\n'],
  ])('detects the %s delimiter', async (label, delimiter, text) => {
    const loaded = await readWorkbookFile(writeBytes(tmp.file(`${label}.csv`), text));
    expect(loaded.csv?.delimiter).toBe(delimiter);
    expect(loaded.csv?.lineEnding).toBe('\n');
    expect(loaded.snapshot.values).toEqual([
      ['Name', 'Phone', 'Note'],
      ['Anna', '0612', 'a; b'],
      ['Bo', '0613', 'x'],
    ]);
  });

  test('keeps quoted fields with commas, quotes and line breaks whole', async () => {
    const text = 'Name,Address,Note\r\n"Li, Wei","Line 1\r\nLine 2","He said ""hi"""\r\n';
    const loaded = await readWorkbookFile(writeBytes(tmp.file('quoted.csv'), text));
    expect(loaded.snapshot.values).toEqual([
      ['Name', 'Address', 'Note'],
      ['Li, Wei', 'Line 1\r\nLine 2', 'He said "hi"'],
    ]);
  });

  test('keeps every value as text, blank fields as null, and accepts ragged rows and blank lines', async () => {
    const text = 'Name,Amount,Date\nA,007,2024-03-05\n\nB\nC,1,2,extra\n';
    const loaded = await readWorkbookFile(writeBytes(tmp.file('ragged.csv'), text));
    expect(loaded.snapshot.values).toEqual([
      ['Name', 'Amount', 'Date', null],
      ['A', '007', '2024-03-05', null],
      [null, null, null, null],
      ['B', null, null, null],
      ['C', '1', '2', 'extra'],
    ]);
  });

  test('names the sheet after the file', async () => {
    const loaded = await readWorkbookFile(writeBytes(tmp.file('客户 list [2024].csv'), 'Name\nA\n'));
    expect(loaded.sheetName).toBe('客户 list _2024_');
    expect(loaded.snapshot.name).toBe(loaded.sheetName);
    expect(sheetNameForFile('/x/a-very-long-file-name-that-goes-on-and-on.csv')).toHaveLength(31);
    expect(sheetNameForFile('/x/.csv')).toBe('.csv');
  });

  test('ignores the sheet option for a CSV file', async () => {
    const loaded = await readWorkbookFile(writeBytes(tmp.file('one.csv'), 'Name\nA\n'), { sheet: 'Whatever' });
    expect(loaded.sheetName).toBe('one');
  });

  test('reads a text file with a .xlsx extension as CSV', async () => {
    const loaded = await readWorkbookFile(writeBytes(tmp.file('mislabelled.xlsx'), 'Name,Phone\nA,1\n'));
    expect(loaded.kind).toBe('csv');
  });
});

describe('decodeText', () => {
  test('falls back to GB18030 only when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('café', 'utf8')).encoding).toBe('utf8');
    expect(decodeText(iconv.encode('客户名单', 'gbk'))).toEqual({ text: '客户名单', encoding: 'gb18030', bom: false });
  });
});

describe('readWorkbookFile (csv from Excel)', () => {
  test('honours a "sep=" first line', async () => {
    const loaded = await readWorkbookFile(writeBytes(tmp.file('sep.csv'), 'sep=;\r\nName;Note\r\nA;x,y\r\n'));
    expect(loaded.csv).toMatchObject({ delimiter: ';', lineEnding: '\r\n' });
    expect(loaded.snapshot.values).toEqual([
      ['Name', 'Note'],
      ['A', 'x,y'],
    ]);
  });
});
