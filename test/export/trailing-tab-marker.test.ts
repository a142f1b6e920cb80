/**
 * 抖店 writes its order numbers with a tab so that Excel keeps them as text: after the digits in one
 * export (6920123456789012345\t), before them in another (row 4, pasted from an older export). Either way the tab is the export's text marker,
 * no part of the number: the CRM file gets the digits alone. Other text keeps its tabs.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { exportCsvText } from '../../shared/export/csv-file';
import { NOW, sheet } from './fixtures';

// douyin_orders.csv: rows 2 to 4.
// prettier-ignore
const DOUYIN: CellValue[][] = [
  ['主订单编号', '子订单编号', '选购商品', '商品数量', '订单应付金额', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '订单提交时间', '订单状态', '买家留言'],
  ['6920123456789012345\t', '6920123456789012346\t', '森源防水涂料 5kg', '1', '128.00', '张伟', '13800138000', '浙江省', '杭州市', '西湖区', '文新街道', '文三路478号', '2024/3/5 14:22', '已完成', ''],
  ['6920123456789012400\t', '6920123456789012401\t', '森源防水涂料 5kg', '2', '256.00', '李娜', '13912345678', '浙江省', '杭州市', '西湖区', '文新街道', '文三路478号', '2024/3/6 09:10', '已完成', '放门卫\t'],
  ['\t6920123456789012500', '\t6920123456789012501', '瓷砖胶 20kg', '1', '88.00', '王强', '13712345678', '浙江省', '杭州市', '滨江区', '长河街道', '江南大道100号', '2024/3/6 10:00', '待发货', ''],
];

describe('a tab after an order number', () => {
  test.each(['hubspot', 'zoho', 'fxiaoke'] as const)('is dropped like the text marker it is (%s)', (crm) => {
    const file = planExport(sheet(DOUYIN, '订单'), { crm, now: NOW }).files[0]!;
    const at = (header: string) => file.header.indexOf(header);
    expect(file.rows.map((row) => row[at('主订单编号')])).toEqual([
      '6920123456789012345',
      '6920123456789012400',
      '6920123456789012500',
    ]);
    expect(file.rows.map((row) => row[at('子订单编号')])).toEqual([
      '6920123456789012346',
      '6920123456789012401',
      '6920123456789012501',
    ]);
  });

  test('the CSV carries no tab in the codes', () => {
    const file = planExport(sheet(DOUYIN, '订单'), { crm: 'hubspot', now: NOW }).files[0]!;
    const csv = exportCsvText(file, { bom: false });
    expect(csv).toContain('6920123456789012345,6920123456789012346');
    expect(csv).not.toMatch(/\d\t|\t\d/);
  });

  test('stays after text that is no code', () => {
    const file = planExport(sheet(DOUYIN, '订单'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(file.rows[1]![file.header.indexOf('买家留言')]).toBe('放门卫\t');
  });
});
