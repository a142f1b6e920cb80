/**
 * Headers that close with a unit in brackets (有赞's 累计消费金额(元), a ledger's 订单金额（元）, 销售额(万元),
 * Spend (USD)): the words before the unit name the field, and the unit is kept on the mapping.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

/** 有赞 members as its customer export writes them: amounts as text with cents, times to the second. */
const YOUZAN_HEADERS = [
  '客户姓名',
  '手机号',
  '性别',
  '储值余额',
  '累计消费金额(元)',
  '消费次数',
  '最近消费时间',
  '成为客户时间',
];
const YOUZAN_ROWS: CellValue[][] = [
  ['熊丽', '18117057776', '女', '337.36', '7302.54', '1', '2024-05-06 21:53:16', '2023-04-04 12:08:04'],
  ['贺桂飞', '18978756105', '未知', '73.43', '12474.31', '34', '2023-08-26 09:02:16', '2024-02-15 18:25:33'],
  ['唐勇丹', '18968530154', '女', '315.97', '23559.04', '1', '2024-10-06 19:54:21', '2023-11-21 15:18:15'],
  ['石芳', '15046374571', '女', '348.72', '28452.13', '35', '2024-02-27 11:44:19', '2024-07-18 18:27:39'],
  ['侯怡涛', '19871475720', '男', '162.45', '5774.35', '40', '2024-01-18 11:08:09', '2021-01-01 15:19:25'],
];

function mapped(headers: string[], rows: CellValue[][]) {
  const mapping = mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows);
  return { json: mappingToJson(mapping), mapping };
}

describe('header-mapping', () => {
  test('maps 有赞’s 累计消费金额(元) to the total spend and 成为客户时间 to the created date when amounts have cents', () => {
    const { json, mapping } = mapped(YOUZAN_HEADERS, YOUZAN_ROWS);
    expect(json).toEqual({
      客户姓名: 'name',
      手机号: 'phone',
      性别: 'gender',
      储值余额: null,
      '累计消费金额(元)': 'totalSpend',
      消费次数: 'purchaseCount',
      最近消费时间: 'lastPurchaseDate',
      成为客户时间: 'createdAt',
    });
    expect(mapping.columns[4]).toMatchObject({ field: 'totalSpend', unit: '元' });
    expect(mapping.missing).not.toContain('totalSpend');
  });

  test.each([
    ['消费金额（元）', 'totalSpend', '元'],
    ['累计消费(RMB)', 'totalSpend', 'RMB'],
    ['成交金额（万元）', 'totalSpend', '万元'],
    ['购买次数(次)', 'purchaseCount', '次'],
  ])('maps %j by the words before its unit when it is the only such column', (header, field, unit) => {
    const rows: CellValue[][] = [
      ['张伟', '13800138000', '1280.50', '3'],
      ['李娜', '13900139000', '56.00', '1'],
      ['王芳', '13700137000', '9900.00', '12'],
    ];
    const numbers = field === 'purchaseCount' ? rows.map((r) => [r[0], r[1], r[3]]) : rows.map((r) => r.slice(0, 3));
    const { json, mapping } = mapped(['姓名', '手机', header], numbers);
    expect(json[header]).toBe(field);
    expect(mapping.columns[2]!.unit).toBe(unit);
  });

  test('maps an English list’s Spend (USD) to the total spend', () => {
    const { json, mapping } = mapped(
      ['Name', 'Email', 'Spend (USD)', 'Customer Since'],
      [
        ['Sarah Johnson', 'sarah@northwind.com', '1,280.50', '2021-03-04'],
        ['Michael Chen', 'mchen@contoso.com', '56.00', '2022-11-19'],
        ['Emily Davis', 'emily.davis@fabrikam.com', '9,900.00', '2020-06-30'],
      ],
    );
    expect(json['Spend (USD)']).toBe('totalSpend');
    expect(mapping.columns[2]!.unit).toBe('USD');
  });

  test('leaves a unit header alone when its unit cannot count its field: days are no date, an order’s amount no total', () => {
    const { json } = mapped(
      ['姓名', '手机', '上次购买(天)', '订单金额（元）', '金额(万元)'],
      [
        ['张伟', '13800138000', '12', '128.00', '1.5'],
        ['李娜', '13900139000', '3', '56.00', '0.8'],
        ['王芳', '13700137000', '40', '990.00', '12'],
      ],
    );
    expect(json).toMatchObject({ '上次购买(天)': null, '订单金额（元）': null, '金额(万元)': null });
  });
});
