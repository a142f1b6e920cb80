/**
 * 抖店 writes its order numbers as "\t6919…" so that Excel keeps them as text: the tab is that
 * export's text marker, as ' is Shopify's, and no part of the number. Other text keeps its tabs.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

// douyin_orders.csv: rows 2 and 3.
// prettier-ignore
const DOUYIN: CellValue[][] = [
  ['主订单编号', '子订单编号', '收件人', '收件人手机号', '选购商品'],
  ['\t6919123400011223301', '\t69191234000112233011', '周杰', '13867120001', '\t加绒卫衣'],
  ['\t6919123400011223302', '\t69191234000112233021', '吴敏', '13967120002', '羽绒服'],
];

describe('a tab before an order number', () => {
  test.each(['hubspot', 'fxiaoke'] as const)('is dropped like the text marker it is (%s)', (crm) => {
    const file = planExport(sheet(DOUYIN, '订单'), { crm, now: NOW }).files[0]!;
    const at = (header: string) => file.header.indexOf(header);
    expect(file.rows.map((row) => row[at('主订单编号')])).toEqual(['6919123400011223301', '6919123400011223302']);
    expect(file.rows[1]![at('子订单编号')]).toBe('69191234000112233021');
  });

  test('stays before text that is no code', () => {
    const file = planExport(sheet(DOUYIN, '订单'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(file.rows[0]![file.header.indexOf('选购商品')]).toBe('\t加绒卫衣');
  });
});
