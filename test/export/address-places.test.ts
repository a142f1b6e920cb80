/**
 * Where an address's places go: a region cell's district with the street only when the row has one
 * (else with the city), 抖店's 省/市/区/街道/详细地址 composed into the street (and, for a layout with
 * no State or City, the whole address), and 淘宝's postcode in brackets at the end of the address
 * moved to the CRM's postal-code column.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// youzan_members.xlsx: 所在地区 with no street column.
// prettier-ignore
const YOUZAN: CellValue[][] = [
  ['客户姓名', '手机号', '所在地区', '会员等级'],
  ['王芳', '13812345678', '浙江省 杭州市 西湖区', '金卡'],
  ['李雷', '13900001111', '江苏省 南京市 玄武区', '银卡'],
  ['韩梅梅', '15800002222', '上海市 上海市 静安区', '普通'],
];

// douyin_orders.csv: the address over 省, 市, 区, 街道 and 详细地址.
// prettier-ignore
const DOUYIN: CellValue[][] = [
  ['主订单编号', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址'],
  ['6919123400011223305', '周杰', '13867120001', '浙江省', '杭州市', '余杭区', '五常街道', '五常大道181号'],
  ['6919123400011223306', '吴敏', '13967120002', '北京市', '北京市', '朝阳区', '三里屯街道', '工体北路8号'],
  ['6919123400011223307', '郑强', '15067120003', '广东省', '广州市', '天河区', '', ''],
];

// taobao_orders.csv: 收货地址 ending in its postcode, and no postcode column.
// prettier-ignore
const TAOBAO: CellValue[][] = [
  ['订单编号', '收货人姓名', '收货地址', '联系手机'],
  ['3521746698123456789', '王丽', '浙江省 杭州市 西湖区 文三路 478号 华星时代广场A座1203(310012)', '13867123456'],
  ['3533001122334455667', '张伟', '北京 北京市 朝阳区 望京街道 阜通东大街 6号院 3号楼 1801（100102）', '13911112222'],
  ['3540001122334455668', '陈敏', '江苏省 南京市 鼓楼区 中山北路 30号 (210008) 转 210009', '13705150000'],
  ['3540001122334455669', '刘洋', '广东省 深圳市 南山区 科技园 518000号楼 2单元(518057)', '13705150001'],
];

describe('a region cell with no street', () => {
  test('HubSpot: the district stays with the city, the street is blank', () => {
    const { files } = planExport(sheet(YOUZAN, '会员'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 'State/Region': '浙江', City: '杭州市西湖区' });
    expect(rowOf(files[0]!, 4)).toMatchObject({ City: '上海市静安区' });
    // The sheet has no street: no street column, nothing in it to write.
    expect(files[0]!.header).not.toContain('Street Address');
  });

  test('纷享销客: 地址 is the whole region, province and city with the district', () => {
    const { files, report } = planExport(sheet(YOUZAN, '会员'), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 地址: '浙江省杭州市西湖区' });
    expect(rowOf(files[0]!, 4)).toMatchObject({ 地址: '上海市静安区' });
    expect(report.regionsSplit).toEqual({ 所在地区: 3 });
  });

  test('a row with a street still has the district before it', () => {
    const values: CellValue[][] = [
      ['客户姓名', '手机号', '所在地区', '详细地址'],
      ['王芳', '13812345678', '浙江省 杭州市 西湖区', '文三路478号'],
    ];
    const hubspot = planExport(sheet(values, '会员'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(hubspot, 2)).toMatchObject({ City: '杭州市', 'Street Address': '西湖区文三路478号' });
    const fxiaoke = planExport(sheet(values, '会员'), { crm: 'fxiaoke', now: NOW }).files[0]!;
    expect(rowOf(fxiaoke, 2)).toMatchObject({ 地址: '浙江省杭州市西湖区文三路478号' });
  });
});

describe('an address over 省, 市, 区, 街道 and 详细地址', () => {
  test('HubSpot’s street is the district, sub-district and street', () => {
    const { files, report } = planExport(sheet(DOUYIN, '订单'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'State/Region': '浙江',
      City: '杭州市',
      'Street Address': '余杭区五常街道五常大道181号',
    });
    expect(rowOf(file, 4)).toMatchObject({ City: '广州市天河区', 'Street Address': null });
    expect(file.header).not.toContain('区');
    expect(file.header).not.toContain('街道');
    expect(report.columns.find((c) => c.source === 'address')?.sheetColumns).toEqual(['详细地址', '区', '街道']);
  });

  test('纷享销客’s 地址 is the whole address, a municipality once', () => {
    const { files } = planExport(sheet(DOUYIN, '订单'), { crm: 'fxiaoke', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 地址: '浙江省杭州市余杭区五常街道五常大道181号' });
    expect(rowOf(file, 3)).toMatchObject({ 地址: '北京市朝阳区三里屯街道工体北路8号' });
    expect(rowOf(file, 4)).toMatchObject({ 地址: '广东省广州市天河区' });
    for (const header of ['省', '市', '区', '街道']) expect(file.header).not.toContain(header);
  });
});

describe('a postcode in brackets at the end of the address', () => {
  test('goes to the postal-code column and leaves the street without it', () => {
    const { files, report } = planExport(sheet(TAOBAO, '订单'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Street Address': '西湖区 文三路 478号 华星时代广场A座1203',
      'Postal Code': '310012',
    });
    expect(rowOf(file, 3)).toMatchObject({
      'Street Address': '朝阳区 望京街道 阜通东大街 6号院 3号楼 1801',
      'Postal Code': '100102',
    });
    // Not at the end, or a second postcode in the address: left as typed.
    expect(rowOf(file, 4)).toMatchObject({
      'Street Address': '鼓楼区 中山北路 30号 (210008) 转 210009',
      'Postal Code': null,
    });
    // 518000号楼 is a building, not a second postcode; its digits are untouched.
    expect(rowOf(file, 5)).toMatchObject({
      'Street Address': '南山区 科技园 518000号楼 2单元',
      'Postal Code': '518057',
    });
    expect(report.postcodesFromAddress).toEqual({ 收货地址: 3 });
  });

  test('stays in the address where the layout has no postal-code column', () => {
    const { files, report } = planExport(sheet(TAOBAO, '订单'), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({
      地址: '浙江省 杭州市 西湖区 文三路 478号 华星时代广场A座1203(310012)',
    });
    expect(report.postcodesFromAddress).toEqual({});
  });

  test('a sheet with its own postcode column keeps the address as typed', () => {
    const values: CellValue[][] = [
      ['收货人姓名', '收货地址', '邮编', '联系手机'],
      ['王丽', '浙江省 杭州市 西湖区 文三路 478号(310012)', '310013', '13867123456'],
    ];
    const file = planExport(sheet(values, '订单'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'Street Address': '西湖区 文三路 478号(310012)', 'Postal Code': '310013' });
  });
});
