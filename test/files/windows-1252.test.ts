import iconv from 'iconv-lite';
import { decodeText } from '../../shared/files/decode-text';
import { refusal } from './csv-refusal';
import { fileMessage } from '../../shared/files/file-messages';
import { parseCsv } from '../../shared/files/parse-csv';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const gbk = (text: string) => iconv.encode(text, 'gbk');
/** What Excel writes for "CSV (Comma delimited)" on a US, UK or Australian Windows. */
const cp1252 = (text: string) => iconv.encode(text, 'win1252');

describe('decode-text Windows-1252', () => {
  test.each([
    ['an accented name', 'Name,Email,Phone\r\nRenée Martin,renee@example.com,+1 617 555 0123\r\n'],
    ['a curly apostrophe', 'Name,Notes\r\nAnn Lee,Don’t call before 9\r\n'],
    ['a pound amount', 'Name,Spend\r\nOliver Smith,£120\r\n'],
    ['a euro amount and curly quotes', 'Name,Spend,Tier\r\nLiam Walsh,€1.200,“VIP”\r\n'],
    ['two accented letters side by side', 'Name,City\r\nMaria da Conceição,São Paulo\r\nJOÃO GONÇALVES,Braga\r\n'],
    ['French amounts with no-break spaces', 'Nom;Montant\r\nAnne Dupré;1\u00a0234,50\u00a0€\r\n'],
    [
      'a list of Western names',
      'Name,City\r\nJürgen Müller,Köln\r\nJosé Núñez,México\r\nFrançoise Dupré,Zürich\r\nSøren Ørsted,Århus\r\n',
    ],
  ])('reads %s from US/UK Excel as Windows-1252', (_label, text) => {
    expect(decodeText(cp1252(text))).toEqual({ text, encoding: 'windows1252', bom: false });
  });

  test('reads the bytes of the reported file, printf-made, as Renée and Don’t', () => {
    const bytes = Buffer.from(
      'Name,Email,Notes\r\nRen\xe9e Martin,renee@example.com,Don\x92t call before 9\r\n',
      'latin1',
    );
    expect(parseCsv(bytes, 'us.csv').rows[1]).toEqual(['Renée Martin', 'renee@example.com', 'Don’t call before 9']);
  });

  test('reads a row holding £120 instead of refusing the file as binary', () => {
    const parsed = parseCsv(cp1252('Name,Spend\r\nOliver Smith,£120\r\nAmelia Jones,£85.50'), 'uk-pound-only.csv');
    expect(parsed.rows).toEqual([
      ['Name', 'Spend'],
      ['Oliver Smith', '£120'],
      ['Amelia Jones', '£85.50'],
    ]);
    expect(parsed.format.encoding).toBe('windows1252');
  });

  test.each([
    [
      'a Chinese Excel customer list',
      '姓名,手机号,地址\r\n张伟,13800138000,杭州市西湖区文三路90号\r\n李娜,13900139000,北京市朝阳区\r\n',
    ],
    ['names written with rare GBK characters', '姓名,城市\r\n王喆,上海\r\n李堃,广州\r\n朱镕,深圳\r\n'],
    ['a few Chinese characters next to ASCII', 'Name,Address,Tier\r\nTom Smith,A座 3F,VIP客户\r\nAnn Lee,B栋,VIP\r\n'],
    ['one Chinese character in an English list', 'Name,City\r\nTom Smith,京\r\n'],
  ])('still reads %s as GBK', (_label, text) => {
    expect(decodeText(gbk(text))).toEqual({ text, encoding: 'gb18030', bom: false });
  });

  test('names Windows-1252 as the majority when UTF-8 lines were appended to a US Excel export', () => {
    const bytes = Buffer.concat([
      cp1252('Name,City\r\nRenée Martin,Montréal\r\nJosé Núñez,México\r\nJürgen Müller,Köln\r\n'),
      utf8('Zoë Brontë,Zürich\r\n'),
    ]);
    const error = refusal(bytes);
    expect(error.code).toBe('csv.mixedEncoding');
    expect(error.message).toMatch(
      /^customers\.csv mixes two text encodings: 3 lines with Chinese or accented letters are Windows-1252 but line 5 is UTF-8,/,
    );
    expect(fileMessage(error.text!, 'zh-CN', 'page')).toMatch(
      /^customers\.csv 混用了两种文字编码：3 行含中文或重音字母的内容是 Windows-1252，但第 5 行是UTF-8/,
    );
  });
});
