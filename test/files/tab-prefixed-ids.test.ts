import iconv from 'iconv-lite';
import { parseCsv } from '../../shared/files/parse-csv';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { checkSheet } from '../../shared/check/check-sheet';

/**
 * Pinduoduo and Douyin shop order exports put a tab before each order number so that Excel keeps
 * it as text. A short export (under ten lines, with its final line break) has fewer tabs a row
 * than commas, yet the blank line after the last break made the tab look the steadier delimiter.
 */
const PDD =
  '商品,订单号,订单状态,用户实付金额(元),收货人,手机,省,市,区,详细地址,订单成交时间,快递单号\n' +
  '纸巾 10包,\t240305-123456789012345,已签收,29.90,张伟,13800138000,浙江省,杭州市,西湖区,文三路100号,2024-03-05 10:00:00,\tSF1234567890123\n' +
  '纸巾 10包,\t240306-123456789012346,已签收,27.90,张伟,13800138000,浙江省,杭州市,西湖区,文三路100号,2024-03-06 10:00:00,\tSF1234567890124\n' +
  '洗衣液,\t240307-123456789012347,待发货,49.00,[已脱敏],[已脱敏],广东省,广州市,天河区,[已脱敏],2024-03-07 10:00:00,\n';

const DOUDIAN =
  '主订单编号,子订单编号,选购商品,收件人,收件人手机号,省,市,区,详细地址,订单提交时间\r\n' +
  '\t4987654321012345678,\t4987654321012345679,纯棉T恤 白色 XL,张*伟,138****8000,浙江省,杭州市,西湖区,文三路100号1幢101室,2024/03/05 10:11:12\r\n' +
  '\t4987654321099999999,\t4987654321099999998,帆布包,李**,159****5678,广东省,深圳市,南山区,科技园南区 A栋,2024/04/01 08:08:08\r\n';

describe('parse-csv: order exports with tab-prefixed order numbers', () => {
  test.each([
    ['a Pinduoduo export (GBK)', iconv.encode(PDD, 'gbk'), 12],
    ['a Douyin shop export (UTF-8)', Buffer.from(DOUDIAN, 'utf8'), 10],
  ])('%s is split at its commas', (_label, bytes, columns) => {
    const parsed = parseCsv(bytes, 'orders.csv');
    expect(parsed.format.delimiter).toBe(',');
    expect(parsed.rows[0]).toHaveLength(columns);
    expect(parsed.rows[1]).toHaveLength(columns);
  });

  test('the Pinduoduo export is read as a customer list: 收货人 and 手机 map', async () => {
    const bytes = iconv.encode(PDD, 'gbk');
    const opened = await openSpreadsheet(bytes, '拼多多订单.csv', { limits: defaultReadLimits(4 * 1024 ** 3) });
    const { mapping } = checkSheet(opened.snapshot);
    const fields = Object.fromEntries(mapping.columns.map((c) => [c.header, c.field]));
    expect(fields['收货人']).toBe('name');
    expect(fields['手机']).toBe('phone');
  });

  test('a file whose rows are really split by tabs is still read as tab-separated', () => {
    const tsv = '姓名\t手机\t备注\n张伟\t13800138000\t老客户, 复购\n李娜\t13912345678\t\n';
    const parsed = parseCsv(Buffer.from(tsv, 'utf8'), 'list.txt');
    expect(parsed.format.delimiter).toBe('\t');
    expect(parsed.rows[1]).toEqual(['张伟', '13800138000', '老客户, 复购']);
  });
});
