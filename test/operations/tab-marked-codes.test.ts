/**
 * 抖店's order export writes its order numbers with a tab (6920123456789012345\t) so that Excel keeps
 * them as text. Clean takes the tab away, before or after the digits, as it takes ' away from a code:
 * the tab is markup, and a CSV written from the sheet would carry it into the next system.
 */
import { planClean } from '../../shared/operations/clean';
import { historyLabels, reasonsText } from '../../shared/history/history-labels';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from './fixtures';

// douyin_orders.csv: rows 2 to 4 (row 4 pasted from an older export, the tab before the digits).
// prettier-ignore
const DOUYIN: CellValue[][] = [
  ['主订单编号', '子订单编号', '选购商品', '商品数量', '订单应付金额', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '订单提交时间', '订单状态', '买家留言'],
  ['6920123456789012345\t', '6920123456789012346\t', '森源防水涂料 5kg', '1', '128.00', '张伟', '13800138000', '浙江省', '杭州市', '西湖区', '文新街道', '文三路478号', '2024/3/5 14:22', '已完成', ''],
  ['6920123456789012400\t', '6920123456789012401\t', '森源防水涂料 5kg', '2', '256.00', '李娜', '13912345678', '浙江省', '杭州市', '西湖区', '文新街道', '文三路478号', '2024/3/6 09:10', '已完成', '放门卫\t'],
  ['\t6920123456789012500', '\t6920123456789012501', '瓷砖胶 20kg', '1', '88.00', '王强', '13712345678', '浙江省', '杭州市', '滨江区', '长河街道', '江南大道100号', '2024/3/6 10:00', '待发货', ''],
];

describe('clean on order numbers behind a tab', () => {
  test.each(['zh-CN', 'en-US'] as const)('drops the tab before or after the digits (%s)', (locale) => {
    const { plan } = planClean(sheet(DOUYIN, { name: '订单' }), { now: TODAY, locale });
    const orderEdits = plan.edits.filter((e) => e.col === 1 || e.col === 2);
    expect(orderEdits.map((e) => [e.row, e.col, e.after])).toEqual([
      [2, 1, '6920123456789012345'],
      [2, 2, '6920123456789012346'],
      [3, 1, '6920123456789012400'],
      [3, 2, '6920123456789012401'],
      [4, 1, '6920123456789012500'],
      [4, 2, '6920123456789012501'],
    ]);
    expect(orderEdits.every((e) => typeof e.before === 'string' && e.before.includes('\t'))).toBe(true);
  });

  test('leaves the tab in text that is no code', () => {
    const { plan } = planClean(sheet(DOUYIN, { name: '订单' }), { now: TODAY, locale: 'zh-CN' });
    expect(plan.edits.filter((e) => e.col === 15)).toEqual([]);
  });
});

describe('the clean summary of those edits', () => {
  test.each([
    ['zh-CN', '去掉编码前后的制表符 6'],
    ['en-US', 'tab before or after codes removed 6'],
  ] as const)('names them in %s', (locale, words) => {
    const { summary } = planClean(sheet(DOUYIN, { name: '订单' }), { now: TODAY, locale });
    expect(summary.byReason['text.tabMarker']).toBe(6);
    // As the history log and the CLI's summary word them.
    expect(reasonsText(historyLabels(locale), summary.byReason, '; ')).toContain(words);
  });
});
