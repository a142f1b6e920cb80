/**
 * A customer's total over an order export counts a partly refunded order's amount less what came back
 * (Shopify's Refunded Amount beside a partially_refunded Financial Status, 退款金额 beside 部分退款), says
 * so, and counts the whole amount, saying that too, where the refund cannot be read.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { MergeOptions } from '../../shared/merge/types';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

function mergeSheet(values: CellValue[][], locale: 'zh-CN' | 'en-US', extra: Partial<MergeOptions>) {
  const snapshot = sheet(locale === 'zh-CN' ? '订单' : 'Orders', values);
  const mapping = mapHeaders(values[0] ?? [], DEFAULT_TEMPLATE, undefined, values);
  const clusters = [{ rows: values.slice(1).map((_, i) => i + 2) }];
  return mergeAndApply(snapshot, clusters, optionsFor(snapshot, locale, { mapping, ...extra }));
}

const SHOPIFY: CellValue[][] = [
  [
    'Name',
    'Email',
    'Financial Status',
    'Paid at',
    'Subtotal',
    'Total',
    'Refunded Amount',
    'Created at',
    'Lineitem name',
  ],
  [
    '#1001',
    'jane.doe@gmail.com',
    'paid',
    '2024-03-05 14:22:10',
    '90.00',
    '95.31',
    '0.00',
    '2024-03-05 14:22:08',
    'Linen Shirt - M',
  ],
  [
    '#1004',
    'jane.doe@gmail.com',
    'partially_refunded',
    '2024-04-12 10:00:00',
    '115.00',
    '120.00',
    '20.00',
    '2024-04-12 09:58:00',
    'Wool Scarf',
  ],
  [
    '#1006',
    'jane.doe@gmail.com',
    'refunded',
    '2024-05-02 08:00:00',
    '50.00',
    '52.81',
    '52.81',
    '2024-05-02 07:59:00',
    'Linen Shirt - S',
  ],
  [
    '#1010',
    'jane.doe@gmail.com',
    'paid',
    '2024-09-09 09:09:09',
    '45.00',
    '47.81',
    '0.00',
    '2024-09-09 09:09:00',
    'Canvas Tote',
  ],
];

describe('a total over orders with partial refunds', () => {
  test('adds a partially refunded order less its Refunded Amount, and says so', () => {
    const { rowAt, result } = mergeSheet(SHOPIFY, 'en-US', { rules: { Total: 'sum' } });
    // 95.31 + (120.00 - 20.00) + 47.81; the fully refunded #1006 is left out.
    expect(rowAt(2)).toMatchObject({ Name: '#1010', Total: 243.12 });
    expect(result.problems.map((p) => p.message)).toContain(
      'Group 1: "Total" totals 3 orders (rows 2, 3 and 5); left out 1 row of closed, cancelled, refunded or unpaid orders: row 4 (refunded); counted less the amount refunded: row 3 (partially_refunded, 20.00 refunded)',
    );
  });

  test('takes no refund off another amount than the order total', () => {
    const { rowAt } = mergeSheet(SHOPIFY, 'en-US', { rules: { Subtotal: 'sum' } });
    expect(rowAt(2)).toMatchObject({ Subtotal: 250 });
  });

  test('counts the whole Total when the Refunded Amount cannot be read, and says so', () => {
    const values = SHOPIFY.map((row, i) => (i === 2 ? row.map((v, c) => (c === 6 ? '' : v)) : row));
    const { rowAt, result } = mergeSheet(values, 'en-US', { rules: { Total: 'sum' } });
    expect(rowAt(2)).toMatchObject({ Total: 263.12 });
    expect(result.problems.map((p) => p.message).join('\n')).toContain(
      'counted in full, the amount refunded missing or unreadable: row 3 (partially_refunded)',
    );
  });

  test('counts the whole Total when the sheet has no Refunded Amount column, and says so', () => {
    const values = SHOPIFY.map((row) => row.filter((_, c) => c !== 6));
    const { rowAt, result } = mergeSheet(values, 'en-US', { rules: { Total: 'sum' } });
    expect(rowAt(2)).toMatchObject({ Total: 263.12 });
    expect(result.problems.map((p) => p.message).join('\n')).toContain(
      'counted in full, the amount refunded missing or unreadable: row 3 (partially_refunded)',
    );
  });

  test('takes 退款金额 off a 部分退款 order’s 实付金额, in Chinese', () => {
    const { rowAt, result } = mergeSheet(
      [
        ['订单编号', '买家会员名', '订单状态', '实付金额', '退款金额', '收货人姓名', '联系手机', '订单付款时间'],
        ['3533001122334455667', 'zw_1990', '交易成功', '98.00', '0', '张伟', '13911112222', '2024-05-06 09:01:12'],
        [
          '3533001122334455888',
          'zw_1990',
          '部分退款',
          '300.00',
          '100.00',
          '张伟',
          '13911112222',
          '2024-07-01 10:00:00',
        ],
      ],
      'zh-CN',
      { rules: { 实付金额: 'sum' } },
    );
    expect(rowAt(2)).toMatchObject({ 实付金额: 298 });
    expect(result.problems.map((p) => p.message)).toContain(
      '第 1 组：“实付金额”合计 2 笔订单（第 2、3 行）；扣除退款后计入：第 3 行（部分退款，退款 100.00）',
    );
  });
});
