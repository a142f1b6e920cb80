import iconv from 'iconv-lite';
import { decodeText } from '../../shared/files/decode-text';
import { parseCsv } from '../../shared/files/parse-csv';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { checkSheet } from '../../shared/check/check-sheet';

/** What Excel writes for "CSV" on a Taiwan or Hong Kong Windows (code page 950). */
const big5 = (text: string) => iconv.encode(text, 'big5');
const gbk = (text: string) => iconv.encode(text, 'gbk');

const TAIWAN =
  '客戶名稱,聯絡人,電話,地址,城市\r\n' +
  '台北興業股份有限公司,陳志明,0912-345-678,台北市信義區松仁路100號,台北\r\n' +
  '高雄港灣貿易有限公司,林淑芬,07-5551234,高雄市前鎮區成功二路88號,高雄\r\n' +
  '台中精密機械股份有限公司,黃建國,04-2358-1234,台中市西屯區工業區一路100號,台中\r\n';

describe('decode-text Big5', () => {
  test('reads a Taiwan customer list saved by Excel as Big5 (read as GBK, 客戶名稱 was め嘿)', () => {
    expect(decodeText(big5(TAIWAN))).toEqual({ text: TAIWAN, encoding: 'big5', bom: false });
  });

  test('reads a Hong Kong list with a few traditional names among English ones as Big5', () => {
    const text =
      'Name,Company,Phone\r\nDavid Wong 黃大衛,Harbour Trading Ltd,+852 9123 4567\r\nChan Tai Man 陳大文,,+852 6123 4567\r\n';
    expect(decodeText(big5(text))).toMatchObject({ text, encoding: 'big5' });
  });

  test.each([
    [
      'a simplified list',
      '客户名称,联系人,手机,地址\r\n杭州西子网络科技有限公司,刘晓明,13588889999,杭州市西湖区文三路478号\r\n',
    ],
    ['rare GBK names whose second byte is ASCII', '姓名,手机\r\n朱镕基,13800138000\r\n王喆,13900139000\r\n'],
    ['traditional characters typed on a mainland Windows', TAIWAN],
  ])('keeps GBK for %s', (_label, text) => {
    expect(decodeText(gbk(text))).toMatchObject({ text, encoding: 'gb18030' });
  });

  test('a Big5 CSV is read like any other: its traditional headers map, its Taiwan phones are valid', async () => {
    const parsed = parseCsv(big5(TAIWAN), '台北客戶.csv');
    expect(parsed.format.encoding).toBe('big5');
    const opened = await openSpreadsheet(big5(TAIWAN), '台北客戶.csv', { limits: defaultReadLimits(4 * 1024 ** 3) });
    expect(opened.snapshot.values[1]).toEqual([
      '台北興業股份有限公司',
      '陳志明',
      '0912-345-678',
      '台北市信義區松仁路100號',
      '台北',
    ]);
    const { mapping, issues } = checkSheet(opened.snapshot);
    expect(mapping.columns.map((c) => c.field)).toEqual(['company', 'contact', 'phone', 'address', 'region']);
    // Taiwan's numbers in a Taiwan list: valid, not mainland numbers gone wrong.
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
