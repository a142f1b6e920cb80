/**
 * Merging a buyer's rows of an order export into one: a total adds each paid order once (抖店's
 * sub-orders repeat the order's amount; closed, cancelled, refunded and unpaid orders brought nothing),
 * says what it counted, keeps a paid order's row, and never fills one order's columns from another's.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { MergeOptions } from '../../shared/merge/types';
import { planUndo } from '../../shared/merge/plan-undo';
import { applyPlan, snapshotOf } from '../../shared/plan/apply-plan';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

function mergeSheet(
  values: CellValue[][],
  clusters: number[][],
  locale: 'zh-CN' | 'en-US',
  extra: Partial<MergeOptions> = {},
) {
  const snapshot = sheet(locale === 'zh-CN' ? '订单' : 'Orders', values);
  const mapping = mapHeaders(values[0] ?? [], DEFAULT_TEMPLATE, undefined, values);
  return mergeAndApply(
    snapshot,
    clusters.map((rows) => ({ rows })),
    optionsFor(snapshot, locale, { mapping, ...extra }),
  );
}

const DOUYIN = [
  '主订单编号',
  '子订单编号',
  '选购商品',
  '商品单价',
  '订单应付金额',
  '收件人',
  '收件人手机号',
  '详细地址',
  '订单提交时间',
  '支付完成时间',
  '订单状态',
  '售后状态',
  '取消原因',
  '商家备注',
];
const douyin: CellValue[][] = [
  DOUYIN,
  [
    '\t6920551100021',
    '\t69205511000211',
    '加绒卫衣',
    '129.00',
    '228.00',
    '周*',
    '137****2211',
    '莫干山路***号',
    '2024/09/02 20:11:05',
    '2024/09/02 20:11:30',
    '已完成',
    '',
    '',
    '',
  ],
  [
    '\t6920551100021',
    '\t69205511000212',
    '百搭牛仔裤',
    '99.00',
    '228.00',
    '周*',
    '137****2211',
    '莫干山路***号',
    '2024/09/02 20:11:05',
    '2024/09/02 20:11:30',
    '已完成',
    '',
    '',
    '',
  ],
  [
    '\t6920551100035',
    '\t69205511000351',
    '羊羔毛外套',
    '259.00',
    '259.00',
    '周*',
    '137****2211',
    '莫干山路***号',
    '2024/10/15 21:00:00',
    '2024/10/15 21:00:10',
    '已完成',
    '',
    '',
    '老粉',
  ],
  [
    '\t6920551100047',
    '\t69205511000471',
    '围巾',
    '39.90',
    '79.80',
    '周*',
    '137****2211',
    '莫干山路***号',
    '2024/11/11 00:01:00',
    '',
    '已关闭',
    '',
    '超时未支付',
    '',
  ],
  [
    '\t6920551100052',
    '\t69205511000521',
    '加绒卫衣',
    '129.00',
    '129.00',
    '周*',
    '137****2211',
    '莫干山路***号',
    '2024/11/20 19:00:00',
    '2024/11/20 19:00:30',
    '已完成',
    '退款成功',
    '',
    '七天无理由',
  ],
];

describe('merging an order export', () => {
  test('counts an order repeated on its sub-order rows once and leaves unpaid orders out, saying so', () => {
    const { rowAt, result } = mergeSheet(douyin, [[2, 3, 4, 5, 6]], 'zh-CN', { rules: { 订单应付金额: 'sum' } });
    const [merge] = result.merges;
    // The newest paid order survives: not the closed one, nor the refunded one.
    expect(merge!.survivorRow).toBe(4);
    expect(rowAt(2)['订单应付金额']).toBe(487);
    const said = result.problems.filter((p) => p.code === 'sum.orders');
    expect(said.map((p) => p.message)).toEqual([
      '第 1 组：“订单应付金额”合计 2 笔订单（第 2、3、4 行）；第 2、3 行是同一笔订单，金额只计一次；未计入已关闭、取消、退款或未付款订单的 2 行：第 5 行（已关闭），第 6 行（退款成功）',
    ]);
  });

  test("adds an item's own amount row by row", () => {
    const { rowAt } = mergeSheet(douyin, [[2, 3, 4]], 'zh-CN', { rules: { 商品单价: 'sum' } });
    expect(rowAt(2)['商品单价']).toBe(487);
  });

  test("keeps the survivor's own order columns: another order's reason or memo never fills them", () => {
    const { rowAt, result } = mergeSheet(douyin, [[4, 5, 6]], 'zh-CN');
    expect(result.merges[0]!.survivorRow).toBe(4);
    expect(rowAt(4)).toMatchObject({ 取消原因: '', 商家备注: '老粉', 订单状态: '已完成', 售后状态: '' });
    expect(result.merges[0]!.changes.map((c) => c.header)).toEqual([]);
  });

  test('merges of an order export stay undoable', () => {
    const { workbook, result } = mergeSheet(douyin, [[2, 3, 4, 5, 6]], 'zh-CN', { rules: { 订单应付金额: 'sum' } });
    const undone = planUndo(
      JSON.parse(JSON.stringify(workbook.meta)) as Record<string, string>,
      result.merges[0]!.mergeId,
      new Date('2024-06-02T09:00:00.000Z'),
      { current: snapshotOf(workbook, '订单') },
    );
    if (!undone.ok) throw new Error(undone.error.message);
    expect(snapshotOf(applyPlan(workbook, undone.plan, { verify: true }), '订单').values).toEqual(douyin);
  });

  test("keeps a paid 淘宝 order's row over a closed one with more cells filled", () => {
    const TAOBAO = [
      '订单编号',
      '买家会员名',
      '买家实际支付金额',
      '订单状态',
      '收货人姓名',
      '收货地址',
      '联系手机',
      '订单创建时间',
      '订单付款时间',
      '订单关闭原因',
      '商家备注',
    ];
    const { rowAt, result } = mergeSheet(
      [
        TAOBAO,
        [
          '3555667788990011223',
          'chen_xm',
          '79.90',
          '交易成功',
          '陈小明',
          '广东省 深圳市 南山区 高新南七道 9号',
          '15012349876',
          '2024-02-14 20:20:20',
          '2024-02-14 20:21:00',
          '',
          '',
        ],
        [
          '3555667788990099999',
          'chen_xm',
          '159.00',
          '交易关闭',
          '陈小明',
          '广东省 深圳市 南山区 高新南七道 9号',
          '15012349876',
          '2024-08-08 08:08:08',
          '2024-08-08 08:09:00',
          '买家未付款',
          '退款成功',
        ],
      ],
      [[2, 3]],
      'zh-CN',
      { rules: { 买家实际支付金额: 'sum' } },
    );
    expect(result.merges[0]!.survivorRow).toBe(2);
    expect(rowAt(2)).toMatchObject({ 订单状态: '交易成功', 订单关闭原因: '', 商家备注: '', 买家实际支付金额: '79.90' });
  });

  test("keeps 京东's paid order over its deleted, cancelled one", () => {
    const JD = [
      '订单号',
      '商品名称',
      '下单时间',
      '应付金额',
      '订单状态',
      '客户姓名',
      '客户地址',
      '联系电话',
      '商家备注',
    ];
    const { rowAt, result } = mergeSheet(
      [
        JD,
        [
          298765432177,
          '蓝牙耳机',
          '2024-09-01 20:05:00',
          299,
          '(删除)已取消',
          '李红',
          '上海浦东新区 世纪大道100号',
          '13900023456',
          '不要了',
        ],
        [
          298765432178,
          '蓝牙耳机',
          '2024-09-01 20:00:00',
          299,
          '等待出库',
          '李红',
          '上海浦东新区 世纪大道100号',
          '13900023456',
          '',
        ],
      ],
      [[2, 3]],
      'zh-CN',
      { rules: { 应付金额: 'sum' } },
    );
    expect(result.merges[0]!.survivorRow).toBe(3);
    expect(rowAt(2)).toMatchObject({ 订单号: 298765432178, 应付金额: 299, 商家备注: '' });
    expect(result.problems.map((p) => p.message)).toEqual([
      '第 1 组：“应付金额”合计 1 笔订单（第 3 行）；未计入已关闭、取消、退款或未付款订单的 1 行：第 2 行（(删除)已取消）',
      '第 1 组：订单自身的列保留该行订单的值，其他订单的以下内容只保存在归档中：第 2 行（订单号：298765432177，下单时间：2024-09-01 20:05:00，订单状态：(删除)已取消，商家备注：不要了）',
    ]);
  });

  const SHOPIFY = [
    'Name',
    'Email',
    'Financial Status',
    'Paid at',
    'Total',
    'Created at',
    'Lineitem name',
    'Billing Name',
    'Billing Address1',
    'Billing City',
    'Notes',
    'Cancelled at',
  ];
  const shopify: CellValue[][] = [
    SHOPIFY,
    [
      '#1001',
      'jane.doe@gmail.com',
      'paid',
      '2024-03-05 14:22:10',
      '95.31',
      '2024-03-05 14:22:08',
      'Linen Shirt - M',
      'Jane Doe',
      '12 Elm St',
      'Boston',
      '',
      '',
    ],
    [
      '#1006',
      'jane.doe@gmail.com',
      'refunded',
      '2024-05-02 08:00:00',
      '52.81',
      '2024-05-02 07:59:00',
      'Linen Shirt - S',
      'Jane Doe',
      '12 Elm St',
      'Boston',
      'Wrong size',
      '',
    ],
    [
      '#1008',
      'jane.doe@gmail.com',
      'voided',
      '',
      '85.00',
      '2024-07-01 10:00:00',
      'Denim Jacket',
      'Jane Doe',
      '12 Elm St',
      'Boston',
      '',
      '2024-07-01 11:00:00',
    ],
    [
      '#1010',
      'jane.doe@gmail.com',
      'paid',
      '2024-09-09 09:09:09',
      '47.81',
      '2024-09-09 09:09:00',
      'Canvas Tote',
      'Jane Doe',
      '300 Broadway Apt 4B',
      'New York',
      '',
      '',
    ],
  ];

  test('leaves refunded and voided Shopify orders out of a total, in English', () => {
    const { rowAt, result } = mergeSheet(shopify, [[2, 3, 4, 5]], 'en-US', { rules: { Total: 'sum' } });
    expect(result.merges[0]!.survivorRow).toBe(5);
    expect(rowAt(2)).toMatchObject({ Name: '#1010', Total: 143.12, Notes: '', 'Cancelled at': '' });
    expect(result.problems.map((p) => p.message)).toEqual([
      'Group 1: "Total" totals 2 orders (rows 2 and 5); left out 2 rows of closed, cancelled, refunded or unpaid orders: row 3 (refunded), row 4 (voided)',
      "Group 1: the order columns keep the kept row's own order; the other orders' values are kept in the archive only: " +
        'row 2 (Name: #1001, Paid at: 2024-03-05 14:22:10, Created at: 2024-03-05 14:22:08, Lineitem name: Linen Shirt - M); ' +
        'row 3 (Name: #1006, Financial Status: refunded, Paid at: 2024-05-02 08:00:00, Created at: 2024-05-02 07:59:00, Lineitem name: Linen Shirt - S, Notes: Wrong size); ' +
        'row 4 (Name: #1008, Financial Status: voided, Created at: 2024-07-01 10:00:00, Lineitem name: Denim Jacket, Cancelled at: 2024-07-01 11:00:00)',
    ]);
  });

  test("takes the latest order's address by the order's own date, with no unread-date warning", () => {
    const older = [shopify[0]!, shopify[4]!, shopify[1]!];
    const { rowAt, result } = mergeSheet(older, [[2, 3]], 'en-US', {
      masters: { 0: 3 },
      rules: { 'Billing Address1': 'latest', 'Billing City': 'latest' },
    });
    expect(rowAt(2)).toMatchObject({
      Name: '#1001',
      'Billing Address1': '300 Broadway Apt 4B',
      'Billing City': 'New York',
    });
    // No unread-date warning: only the other order's own values, named as left in the archive.
    expect(result.problems.map((p) => p.message)).toEqual([
      "Group 1: the order columns keep the kept row's own order; the other orders' values are kept in the archive only: row 2 (Name: #1010, Paid at: 2024-09-09 09:09:09, Total: 47.81, Created at: 2024-09-09 09:09:00, Lineitem name: Canvas Tote)",
    ]);
  });

  test('takes the latest purchase date of a paid order, not of a refunded or voided one', () => {
    const { rowAt } = mergeSheet(shopify.slice(0, 4), [[2, 3, 4]], 'en-US', {
      masters: { 0: 2 },
      rules: { 'Paid at': 'latest', 'Created at': 'latest' },
    });
    // #1006 was paid later but refunded; #1008 was placed later but voided: #1001 is the last purchase.
    expect(rowAt(2)).toMatchObject({ 'Paid at': '2024-03-05 14:22:10', 'Created at': '2024-03-05 14:22:08' });
  });

  test('keeps the newest order by its date when asked for the newest row', () => {
    const { result } = mergeSheet([shopify[0]!, shopify[1]!, shopify[4]!], [[2, 3]], 'en-US', { keep: 'newest' });
    expect(result.merges[0]!.survivorRow).toBe(3);
  });

  test('says once when no order date can be read', () => {
    const undated = douyin.map((row) => row.map((v, i) => (i === 8 || i === 9 ? (row === douyin[0] ? v : '') : v)));
    const { result } = mergeSheet(
      undated,
      [
        [2, 4],
        [3, 6],
      ],
      'zh-CN',
      { keep: 'newest', rules: { 详细地址: 'latest' } },
    );
    // Each group also names the other order's own values, left in the archive.
    expect(result.problems.map((p) => p.code)).toEqual(['order.archiveOnly', 'order.archiveOnly', 'order.noDate']);
    expect(result.problems[2]!.message).toMatch(/^读不出任何订单日期/);
  });

  test('leaves a customer list as it was: no order columns, no order counting', () => {
    const { rowAt, result } = mergeSheet(
      [
        ['姓名', '手机', '累计消费', '状态', '备注'],
        ['罗静', '18612340000', 500, '已关闭', ''],
        ['罗静', '18612340000', 300, '', '老客户'],
      ],
      [[2, 3]],
      'zh-CN',
      { rules: { 累计消费: 'sum' }, masters: { 0: 2 } },
    );
    expect(rowAt(2)).toMatchObject({ 累计消费: 800, 备注: '老客户' });
    expect(result.problems).toEqual([]);
  });
});
