import { parseCsv } from '../../shared/files/parse-csv';
import { FileInputError } from '../../shared/files/file-input-error';
import { fileMessage } from '../../shared/files/file-messages';

const bytes = (text: string) => new TextEncoder().encode(text);

// A Chinese team's address list typed by hand: quotes around part of an address, as LibreOffice and
// Excel open it (22-stray-quotes.csv of the probe).
const STRAY = [
  '姓名,手机,地址',
  '甲,13800000001,上海市"静安区"',
  '乙,13800000002,"北京市"朝阳区',
  '丙,13800000003,广州市',
  '',
].join('\r\n');

describe('parseCsv with quotes typed inside a field', () => {
  test('reads a quoted part followed by more text as typed, quotes kept, as LibreOffice does', () => {
    const parsed = parseCsv(bytes(STRAY), '客户.csv');
    expect(parsed.rows.slice(0, 4)).toEqual([
      ['姓名', '手机', '地址'],
      ['甲', '13800000001', '上海市"静安区"'],
      ['乙', '13800000002', '"北京市"朝阳区'],
      ['丙', '13800000003', '广州市'],
    ]);
    expect(parsed.format.strayQuotes).toEqual([{ row: 3, col: 3 }]);
  });

  test('keeps every line its own row when a later line has a quote as well (no rows run together)', () => {
    const text = ['Name,Company,City', 'Ann,"Acme" Ltd,Leeds', 'Bob,"Bell, Inc",York', 'Cy,Dot "Co",Hull', ''].join(
      '\n',
    );
    const parsed = parseCsv(bytes(text), 'contacts.csv');
    expect(parsed.rows.slice(0, 4)).toEqual([
      ['Name', 'Company', 'City'],
      ['Ann', '"Acme" Ltd', 'Leeds'],
      ['Bob', 'Bell, Inc', 'York'],
      ['Cy', 'Dot "Co"', 'Hull'],
    ]);
    expect(parsed.format.strayQuotes).toEqual([{ row: 2, col: 2 }]);
  });

  test.each([
    // LibreOffice: a quote inside a quoted field, closed before the delimiter, stays a quote.
    ['1,"a"b"c",z', ['1', 'a"b"c', 'z']],
    ['1,"a""b"c,z', ['1', '"a""b"c', 'z']],
    ['1,"a"b,"c"d', ['1', '"a"b', '"c"d']],
    ['1,"ok",z', ['1', 'ok', 'z']],
  ])('reads %s as LibreOffice does', (line, row) => {
    expect(parseCsv(bytes(`a,b,c\n${line}\n`), 'v.csv').rows[1]).toEqual(row);
  });

  test('keeps a quoted field over several lines (Alt+Enter in a note) whole', () => {
    const text = '姓名,备注\r\n陈一,"第一行\r\n第二行 ""VIP"""\r\n林二,无\r\n';
    const parsed = parseCsv(bytes(text), 'a.csv');
    expect(parsed.rows.slice(0, 3)).toEqual([
      ['姓名', '备注'],
      ['陈一', '第一行\r\n第二行 "VIP"'],
      ['林二', '无'],
    ]);
    expect(parsed.format.strayQuotes).toBeUndefined();
  });

  test('still refuses a quote that is never closed, naming its row, in Chinese for a Chinese file', () => {
    const text = [
      '姓名,手机,地址',
      '甲,13800000001,"上海市',
      '乙,13800000002,北京市',
      '丙,13800000003,广州市',
      '',
    ].join('\r\n');
    let error: unknown;
    try {
      parseCsv(bytes(text), '/tmp/客户.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileInputError);
    const { code, text: message } = error as FileInputError;
    expect(code).toBe('csv.unclosedQuote');
    expect(message).toEqual({ key: 'unclosedQuote', params: { file: '客户.csv', row: 2, chinese: true } });
    expect(fileMessage(message!, 'zh-CN')).toContain('第 2 行');
  });

  test('an English file with a quote never closed is refused in English', () => {
    let error: unknown;
    try {
      parseCsv(bytes('Name,Note\nA,"oops\nB,fine\n'), 'quote.csv');
    } catch (e) {
      error = e;
    }
    expect((error as FileInputError).text).toEqual({
      key: 'unclosedQuote',
      params: { file: 'quote.csv', row: 2, chinese: false },
    });
  });
});
