import iconv from 'iconv-lite';
import { decodeText, mixedEncoding } from '../../shared/files/decode-text';
import { refusal } from './csv-refusal';
import { parseCsv } from '../../shared/files/parse-csv';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const gbk = (text: string) => iconv.encode(text, 'gbk');
const cp1252 = (text: string) => iconv.encode(text, 'win1252');
const lines = (...parts: Buffer[]) =>
  Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from('\r\n'), p])));

describe('decode-text mixed encodings', () => {
  test('refuses a UTF-8 export with one GBK line pasted in, naming that line', () => {
    // Two exports combined: a UTF-8 one from WPS/Google Sheets, then a row from an old Excel export.
    const bytes = lines(
      utf8('姓名,手机号,城市'),
      utf8('张三,13800138000,北京'),
      utf8('王五,13700137000,上海'),
      gbk('李四,13900139000,广州'),
    );
    const error = refusal(bytes);
    expect(error.code).toBe('csv.mixedEncoding');
    expect(error.message).toBe(
      'customers.csv mixes two text encodings: 3 lines with Chinese or accented letters are UTF-8 but line 4 is in another encoding (GBK or a Windows code page), so one part would be read garbled. ' +
        'Open each source in Excel or a text editor, save it as CSV UTF-8, and combine them again.',
    );
  });

  test('refuses a GBK export with UTF-8 lines appended, listing them', () => {
    const bytes = lines(
      gbk('姓名,手机号'),
      gbk('张三,13800138000'),
      gbk('李四,13900139000'),
      gbk('赵六,13600136000'),
      utf8('王五,13700137000'),
      Buffer.from('Tom,+1 415 555 2671'),
      utf8('孙七,13500135000'),
    );
    const error = refusal(bytes, '客户.csv');
    expect(error.message).toMatch(
      /^客户\.csv mixes two text encodings: 4 lines with Chinese or accented letters are GBK but lines 5 and 7 are UTF-8, so one part would be read garbled\./,
    );
  });

  test('refuses a UTF-8 list of Western names with Windows-1252 lines (en-US)', () => {
    const bytes = lines(utf8('Name,City'), utf8('José Núñez,México'), cp1252('Jürgen Müller,Köln'));
    expect(refusal(bytes).message).toMatch(
      /^customers\.csv mixes two text encodings: 1 line with Chinese or accented letters is UTF-8 but line 3 is in another encoding/,
    );
  });

  test('refuses a file with a UTF-8 byte-order mark whose later lines are GBK', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      lines(utf8('姓名,手机号'), utf8('张三,13800138000'), gbk('李四,13900139000')),
    ]);
    expect(refusal(bytes).code).toBe('csv.mixedEncoding');
  });

  test('calls binary bytes binary, not mixed encodings, though they split into lines of both kinds', () => {
    const bytes = Buffer.concat([
      utf8('姓名\n'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    ]);
    expect(decodeText(bytes).mixed).toBeDefined();
    const error = refusal(bytes, 'junk.csv');
    expect(error.code).toBe('file.notSpreadsheet');
    expect(error.message).toMatch(/^junk\.csv is not a spreadsheet: it holds binary data/);
  });

  test('reads a file all in GBK or all in UTF-8 without calling it mixed', () => {
    const text = '姓名,手机号,地址\r\n张三,13800138000,北京市朝阳区建国路88号\r\n李四,13900139000,广州市天河区\r\n';
    expect(decodeText(gbk(text))).toEqual({ text, encoding: 'gb18030', bom: false });
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf8', bom: false });
    expect(parseCsv(gbk(text), 'a.csv').rows[1]).toEqual(['张三', '13800138000', '北京市朝阳区建国路88号']);
  });

  test('reads a GBK export of 2,000 common Chinese names and addresses without calling it mixed', () => {
    const surnames =
      '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
    const given =
      '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁龙林欣悦佳琪子涵梓轩一诺';
    const cities = ['北京市朝阳区', '上海市浦东新区', '广州市天河区', '深圳市南山区', '成都市武侯区', '杭州市西湖区'];
    const rows = ['姓名,手机号,地址'];
    for (let i = 0; i < 2000; i++) {
      const name =
        surnames[i % surnames.length] +
        given[(i * 7) % given.length] +
        (i % 3 === 0 ? given[(i * 13) % given.length] : '');
      rows.push(`${name},1${String(3800000000 + i * 7919).slice(0, 10)},${cities[i % cities.length]}${(i % 90) + 1}号`);
    }
    expect(mixedEncoding(gbk(rows.join('\r\n')))).toBeUndefined();
  });

  test('numbers lines by line feeds, so CRLF, LF and quoted line breaks count as Excel shows them in a text editor', () => {
    const bytes = Buffer.concat([utf8('姓名,备注\n张三,"第一行\n第二行"\n'), gbk('李四,无')]);
    expect(mixedEncoding(bytes)).toEqual({ majority: 'utf8', otherLines: [4], majorityLines: 3 });
  });
});
