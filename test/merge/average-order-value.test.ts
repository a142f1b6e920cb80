/**
 * Member lists and store exports keep an average order value beside the total and the number of orders
 * (客单价, 平均订单金额, Average Order Value). When a merge adds the purchases of two rows, that average is
 * worked out again from the sums, so the row still says total / orders; where it cannot be (another
 * currency, no order count, a figure that is no number) it stays as typed and a warning names it.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeOptions } from '../../shared/merge/types';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const MEMBERS = ['会员编号', '姓名', '手机', '累计消费', '订单数', '客单价', '备注'];
const SHOPIFY = [
  'Customer ID',
  'First Name',
  'Last Name',
  'Email',
  'Total Spent',
  'Total Orders',
  'Average Order Value',
];

function merge(headers: string[], rows: CellValue[][], locale: Locale, extra: Partial<MergeOptions> = {}) {
  const snapshot = sheet(locale === 'zh-CN' ? '会员' : 'customers_export', [headers, ...rows]);
  return mergeAndApply(
    snapshot,
    [{ rows: rows.map((_, i) => i + 2) }],
    optionsFor(snapshot, locale, { countsAreSeparatePurchases: true, ...extra }),
  );
}

describe('average order value after summing purchases', () => {
  test('is the summed spend over the summed orders on a Chinese member list', () => {
    // The 天猫 store's and the 门店's member records of one customer.
    const { result, rowAt } = merge(
      MEMBERS,
      [
        ['M000017', '陈静', '13912345678', '¥1,200.00', 5, '¥240.00', '天猫旗舰店'],
        ['M000512', '陈静', '139 1234 5678', 1800, 10, 180, '门店'],
      ],
      'zh-CN',
    );
    expect(rowAt(2)).toMatchObject({ 会员编号: 'M000017', 累计消费: 3000, 订单数: 15, 客单价: 200 });
    expect(result.problems).toEqual([]);
    expect(result.merges[0]!.changes).toContainEqual(
      expect.objectContaining({ header: '客单价', before: '¥240.00', after: 200 }),
    );
  });

  test('is rounded to cents on a Shopify customer export', () => {
    const { rowAt, result } = merge(
      SHOPIFY,
      [
        ['6817452310573', 'Olivia', 'Hughes', 'olivia.hughes@example.com', '410.00', 3, '136.67'],
        ['6817452310999', 'Olivia', 'Hughes', 'OLIVIA.HUGHES@example.com', '89.50', 1, '89.50'],
      ],
      'en-US',
    );
    expect(rowAt(2)).toMatchObject({ 'Total Spent': 499.5, 'Total Orders': 4, 'Average Order Value': 124.88 });
    expect(result.problems).toEqual([]);
  });

  test.each(['平均订单金额', '客单价（元）', '平均客单价'])('is worked out again under the header %s', (header) => {
    const { rowAt } = merge(
      [...MEMBERS.slice(0, 5), header, '备注'],
      [
        ['M000017', '陈静', '13912345678', 1200, 5, 240, ''],
        ['M000512', '陈静', '13912345678', 1800, 10, 180, ''],
      ],
      'zh-CN',
    );
    expect(rowAt(2)[header]).toBe(200);
  });

  test.each(['AOV', 'Avg. Order Value', 'Average Order Value (USD)'])('is worked out again under %s', (header) => {
    const { rowAt } = merge(
      [...SHOPIFY.slice(0, 6), header],
      [
        ['6817452310573', 'Olivia', 'Hughes', 'olivia.hughes@example.com', '$300.00', 3, '$100.00'],
        ['6817452310999', 'Olivia', 'Hughes', 'olivia.hughes@example.com', '$60.00', 1, '$60.00'],
      ],
      'en-US',
    );
    expect(rowAt(2)[header]).toBe(90);
  });

  test('is worked out for the survivor whose own was blank, not copied from the other row', () => {
    const { rowAt } = merge(
      MEMBERS,
      [
        ['M000017', '陈静', '13912345678', 1200, 5, null, '老会员'],
        ['M000512', '陈静', '13912345678', 1800, 10, 180, ''],
      ],
      'zh-CN',
    );
    expect(rowAt(2)).toMatchObject({ 累计消费: 3000, 订单数: 15, 客单价: 200 });
  });

  test('is left alone when the purchases were not added (no --sum-purchases)', () => {
    const { rowAt, result } = merge(
      MEMBERS,
      [
        ['M000017', '陈静', '13912345678', 1200, 5, 240, ''],
        ['M000512', '陈静', '13912345678', 1800, 10, 180, ''],
      ],
      'zh-CN',
      { countsAreSeparatePurchases: false },
    );
    // Two member cards: the kept card keeps its own figures, and the other card is noted with its own.
    expect(rowAt(2)).toMatchObject({ 累计消费: 1200, 订单数: 5, 客单价: 240 });
    expect(result.problems).toEqual([]);
  });

  test('is left to a formula of the survivor, which works it out itself', () => {
    const snapshot = sheet(
      '会员',
      [
        MEMBERS,
        ['M000017', '陈静', '13912345678', 1200, 5, 240, ''],
        ['M000512', '陈静', '13912345678', 1800, 10, 180, ''],
      ],
      {
        formulas: [
          { row: 2, col: 6, formula: '=D2/E2' },
          { row: 3, col: 6, formula: '=D3/E3' },
        ],
      },
    );
    const { result } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'zh-CN', { countsAreSeparatePurchases: true }),
    );
    expect(result.plan.edits.some((e) => e.col === 6)).toBe(false);
    expect(result.problems).toEqual([]);
  });
});

describe('average order value that cannot be worked out again', () => {
  test.each<[string, CellValue, CellValue, string]>([
    ['in another currency than the spend', 'US$35.00', 180, 'US$35.00'],
    ['no number', '约240', 180, '约240'],
  ])('stays as typed when the survivor’s is %s, with a warning naming row and column', (_why, kept, other, typed) => {
    const { rowAt, result } = merge(
      MEMBERS,
      [
        ['M000017', '陈静', '13912345678', '¥1,200.00', 5, kept, ''],
        ['M000512', '陈静', '13912345678', 1800, 10, other, ''],
      ],
      'zh-CN',
    );
    expect(rowAt(2)).toMatchObject({ 累计消费: 3000, 订单数: 15, 客单价: typed });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'average.notRecomputed', severity: 'warning', row: 2, field: '客单价' }),
    ]);
    const message = result.problems[0]!.message;
    expect(message).toContain('第 2 行');
    expect(message).toContain('“客单价”');
    expect(message).toContain(typed);
  });

  test('stays as typed when its header counts in another currency than the total’s', () => {
    const { rowAt, result } = merge(
      ['Customer ID', 'Email', 'Total Spent (USD)', 'Total Orders', 'Average Order Value (EUR)', 'Note'],
      [
        ['6817452310573', 'olivia.hughes@example.com', 300, 3, 92, ''],
        ['6817452310999', 'olivia.hughes@example.com', 60, 1, 55, ''],
      ],
      'en-US',
    );
    expect(rowAt(2)).toMatchObject({ 'Total Spent (USD)': 360, 'Average Order Value (EUR)': 92 });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'average.notRecomputed', row: 2, field: 'Average Order Value (EUR)' }),
    ]);
  });

  test('stays as typed when the list has no order count to divide by', () => {
    const { rowAt, result } = merge(
      ['会员编号', '姓名', '手机', '累计消费', '客单价', '备注'],
      [
        ['M000017', '陈静', '13912345678', 1200, 240, ''],
        ['M000512', '陈静', '13912345678', 1800, 180, ''],
      ],
      'zh-CN',
    );
    expect(rowAt(2)).toMatchObject({ 累计消费: 3000, 客单价: 240 });
    expect(result.problems.map((p) => p.code)).toEqual(['average.notRecomputed']);
  });

  test('stays as typed on an English export where one total is in pounds, and says so in English', () => {
    const { rowAt, result } = merge(
      SHOPIFY,
      [
        ['6817452310573', 'Oliver', 'Hughes', 'oliver@example.co.uk', '410.00', 3, '136.67'],
        ['6817452310999', 'Oliver', 'Hughes', 'oliver@example.co.uk', '£75.00', 1, '£75.00'],
      ],
      'en-US',
    );
    // The spend is the survivor's own (pounds and dollars add up to no amount), the orders are added.
    expect(rowAt(2)).toMatchObject({ 'Total Spent': '410.00', 'Total Orders': 4, 'Average Order Value': '136.67' });
    const warning = result.problems.find((p) => p.code === 'average.notRecomputed');
    expect(warning).toMatchObject({ severity: 'warning', row: 2, field: 'Average Order Value' });
    expect(warning!.message).toContain('row 2');
    expect(warning!.message).toContain('"Average Order Value"');
    expect(warning!.message).toContain('136.67');
  });
});
