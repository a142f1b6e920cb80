/**
 * Values an order export starred out (淘宝's lil***@163.com, 抖音's 张* and 138****5678) are no
 * e-mail, phone or name a CRM can key a person on: they stay out of those columns and are kept as
 * typed in the notes, or, where the layout has none, under their sheet header.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// taobao_orders.csv: rows 2 and 5 (买家支付宝账号 starred out, the rest whole).
// prettier-ignore
const TAOBAO: CellValue[][] = [
  ['订单编号', '买家会员名', '买家支付宝账号', '收货人姓名', '收货地址', '联系手机', '商家备注'],
  ['3521746698123456789', 'lily_wang88', 'lil***@163.com', '王丽', '浙江省 杭州市 西湖区 文三路 478号 华星时代广场A座1203(310012)', '13867123456', '加急'],
  ['3533001122334455667', 'zw_1990', '138***@qq.com', '张伟', '北京 北京市 朝阳区 望京街道 阜通东大街 6号院 3号楼 1801(100102)', '13911112222', ''],
  ['3540001122334455668', 'chen_m', 'chenmin@163.com', '陈敏', '江苏省 南京市 鼓楼区 中山北路 30号(210008)', '13705150000', ''],
];

// douyin_orders.csv: rows 2, 8 and 15 (收件人 and 收件人手机号 starred out).
// prettier-ignore
const DOUYIN: CellValue[][] = [
  ['主订单编号', '选购商品', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '商家备注'],
  ['\t6919123400011223301', '加绒卫衣', '张*', '138****5678', '浙江省', '杭州市', '余杭区', '五常街道', '五常大道***号', ''],
  ['\t6919123400011223304', '羽绒服', '李**', '186****0001', '江苏省', '苏州市', '工业园区', '娄葑街道', '星湖街***号', '老粉'],
  ['\t6919123400011223309', '卫衣', '欧阳**', '135****2468', '北京市', '北京市', '朝阳区', '三里屯街道', '工体北路***号', ''],
];

describe('masked values in a CRM’s identity columns', () => {
  test('a starred-out e-mail is not HubSpot’s Email: kept as typed under its sheet header', () => {
    const { files, report } = planExport(sheet(TAOBAO, '订单'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ Email: null, 买家支付宝账号: 'lil***@163.com', 'First Name': '丽' });
    expect(rowOf(file, 4)).toMatchObject({ Email: 'chenmin@163.com', 买家支付宝账号: null });
    expect(report.maskedValues).toEqual({
      买家支付宝账号: { count: 2, crmColumns: ['Email'], keptIn: '买家支付宝账号', example: 'lil***@163.com' },
    });
    // Not counted again as a value that could not be read.
    expect(report.valuesAsTyped.Email).toBeUndefined();
  });

  test('a starred-out e-mail goes to 纷享销客’s 备注, after the row’s own note', () => {
    const { files, report } = planExport(sheet(TAOBAO, '订单'), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 邮箱: null, 备注: '加急；买家支付宝账号：lil***@163.com' });
    expect(rowOf(files[0]!, 3)).toMatchObject({ 邮箱: null, 备注: '买家支付宝账号：138***@qq.com' });
    expect(report.maskedValues.买家支付宝账号).toMatchObject({ count: 2, keptIn: '备注' });
    expect(report.maskedOnlyRows).toBe(0);
  });

  test('masked names and phones are no Last Name, Mobile or 客户名称', () => {
    const hubspot = planExport(sheet(DOUYIN, '订单'), { crm: 'hubspot', now: NOW });
    expect(rowOf(hubspot.files[0]!, 2)).toMatchObject({
      'First Name': null,
      'Last Name': null,
      'Mobile Phone Number': null,
      收件人: '张*',
      收件人手机号: '138****5678',
    });
    expect(rowOf(hubspot.files[0]!, 4)).toMatchObject({ 'Last Name': null, 收件人: '欧阳**' });
    expect(hubspot.report.maskedValues).toMatchObject({
      收件人: { count: 3, crmColumns: ['First Name', 'Last Name'], keptIn: '收件人' },
      收件人手机号: { count: 3, crmColumns: ['Mobile Phone Number'], keptIn: '收件人手机号' },
    });
    expect(hubspot.report.valuesAsTyped['Mobile Phone Number']).toBeUndefined();
    expect(hubspot.report.namesKeptWhole).toBe(0);

    const fxiaoke = planExport(sheet(DOUYIN, '订单'), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(fxiaoke.files[0]!, 3)).toMatchObject({
      客户名称: null,
      联系人: null,
      手机: null,
      备注: '老粉；收件人：李**；收件人手机号：186****0001',
    });
    expect(fxiaoke.report.filled).toEqual({});
    expect(fxiaoke.report.missingRequired).toEqual({ 客户名称: 3 });
  });

  test('rows whose only name and contact are masked are named for --strict', () => {
    const { report } = planExport(sheet(DOUYIN, '订单'), { crm: 'hubspot', now: NOW });
    expect(report.maskedOnlyRows).toBe(3);
    expect(report.maskedOnlyRowNumbers).toEqual([
      { row: 2, columns: ['收件人', '收件人手机号'] },
      { row: 3, columns: ['收件人', '收件人手机号'] },
      { row: 4, columns: ['收件人', '收件人手机号'] },
    ]);
  });

  test('a whole name beside a masked phone keeps the row out of --strict’s list', () => {
    const values: CellValue[][] = [
      ['收件人', '收件人手机号', '邮箱'],
      ['周杰', '138****5678', 'zhoujie@163.com'],
      ['吴敏', '139****1234', ''],
    ];
    const { report } = planExport(sheet(values, '订单'), { crm: 'hubspot', now: NOW });
    expect(report.maskedOnlyRowNumbers).toEqual([{ row: 3, columns: ['收件人手机号'] }]);
  });
});

// 抖店 gives a buyer's number as a privacy number for one order (虚拟号): a mobile and its extension.
// prettier-ignore
const DOUYIN_PRIVACY: CellValue[][] = [
  ['主订单编号', '收件人', '收件人手机号', '省', '市', '区', '详细地址', '商家备注'],
  ['\t6919123400011223401', '王丽', '17012345678-4821', '浙江省', '杭州市', '西湖区', '文三路478号', '送礼'],
  ['\t6919123400011223402', '陈敏', '13800138000转1234', '江苏省', '南京市', '鼓楼区', '中山北路30号', ''],
  ['\t6919123400011223403', '赵强', '13911112222', '北京市', '北京市', '朝阳区', '望京街6号', ''],
];

describe('privacy numbers in a CRM’s phone columns', () => {
  test('an order’s privacy number is no Mobile: kept as typed under its sheet header, the name still written', () => {
    const { files, report } = planExport(sheet(DOUYIN_PRIVACY, '订单'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'First Name': '丽',
      'Last Name': '王',
      'Mobile Phone Number': null,
      收件人手机号: '17012345678-4821',
    });
    expect(rowOf(file, 3)).toMatchObject({ 'Mobile Phone Number': null, 收件人手机号: '13800138000转1234' });
    expect(rowOf(file, 4)).toMatchObject({ 'Mobile Phone Number': '+8613911112222', 收件人手机号: null });
    expect(report.privacyNumbers).toEqual({
      收件人手机号: {
        count: 2,
        crmColumns: ['Mobile Phone Number'],
        keptIn: '收件人手机号',
        example: '17012345678-4821',
      },
    });
    expect(report.maskedValues).toEqual({});
    // A privacy number is a whole number for its order: the row is not refused by --strict.
    expect(report.maskedOnlyRows).toBe(0);
  });

  test('纷享销客 gets the privacy number in 备注, after the row’s own note', () => {
    const { files, report } = planExport(sheet(DOUYIN_PRIVACY, '订单'), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 手机: null, 备注: '送礼；收件人手机号：17012345678-4821' });
    expect(rowOf(files[0]!, 4)).toMatchObject({ 手机: '13911112222' });
    expect(report.privacyNumbers.收件人手机号).toMatchObject({ count: 2, keptIn: '备注' });
  });

  test('an office line with its extension is the customer’s number and stays in Phone', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '电话'],
      ['杭州云栖科技有限公司', '周杰', '0571-88886666-8012'],
    ];
    const { files, report } = planExport(sheet(values), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)['Phone Number']).toBe('+8657188886666 ext. 8012');
    expect(report.privacyNumbers).toEqual({});
  });
});
