/**
 * An order export with the buyer's phone (买家手机号, Billing Phone) and the recipient's (收货人手机,
 * Shipping Phone): the recipient's number is someone else's (a parent sent a gift, an office's front
 * desk), so the export writes it under its own header, never as the buyer's Phone or Mobile.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

// prettier-ignore
const YOUZAN: CellValue[][] = [
  ['订单号', '下单时间', '商品名称', '订单实付金额', '买家手机号', '粉丝昵称', '收货人', '收货人手机', '收货省份', '收货地址', '买家备注'],
  ['E20241128103015001', '2024-11-28 10:30:15', '手工阿胶糕 500g', 128, '13812345601', '小雨点', '陈晓雨', '13812345601', '浙江省', '杭州市西湖区文三路259号', ''],
  ['E20241128114522002', '2024-11-28 11:45:22', '桂花酒酿 x2', 56, '13912345602', 'Amy王', '王建国', '13705710002', '江苏省', '苏州市姑苏区人民路1888号', '送给爸爸的'],
  ['E20241129090110003', '2024-11-29 09:01:10', '手工阿胶糕 500g', 128, '15012345603', '李四喜', '前台 王小姐', '021-64881234', '上海市', '上海市浦东新区世纪大道100号22楼', '公司前台代收'],
  ['E20241129201245004', '2024-11-29 20:12:45', '枸杞原浆 30袋', 199, '18612345604', '晴天', '赵晴', '18612345604', '北京市', '北京市朝阳区阜通东大街6号', ''],
  ['E20241130153030005', '2024-11-30 15:30:30', '桂花酒酿 x2', 56, '13612345605', '老周', '周淑芬', '13601230005', '湖北省', '武汉市洪山区珞喻路1037号', '给妈妈'],
];

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('planExport of an order export with the buyer’s and the recipient’s phones', () => {
  test('纷享销客: the buyer’s 手机 alone; 收货人手机 goes out under its own header', () => {
    const file = planExport(sheet(YOUZAN, '订单'), { crm: 'fxiaoke', now: NOW }).files[0]!;
    const row = rowOf(file, 3);
    expect(row).toMatchObject({ 手机: '13912345602', 收货人手机: '13705710002' });
    expect(row['电话'] ?? null).toBeNull();
    const office = rowOf(file, 4);
    expect(office).toMatchObject({ 手机: '15012345603', 收货人手机: '021-64881234' });
    expect(office['电话'] ?? null).toBeNull();
  });

  test('HubSpot: no recipient’s number in the buyer’s Phone Number', () => {
    const file = planExport(sheet(YOUZAN, '订单'), { crm: 'hubspot', now: NOW }).files[0]!;
    const numbers = file.sourceRows.map((r) => rowOf(file, r)['Phone Number'] ?? null);
    expect(numbers.filter((n) => n !== null)).toEqual([]);
  });
});
