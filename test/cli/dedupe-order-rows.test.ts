/**
 * An order export (one row per order, each with its own Order ID) groups a repeat buyer's orders:
 * dedupe says the rows are orders, and --action delete or move refuses to drop orders unless --orders
 * confirms it.
 */
import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv, writeXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const ORDERS: CellValue[][] = [
  ['Order ID', 'Order Date', 'Customer Name', 'Email', 'Phone', 'Ship To', 'Product', 'Qty', 'Total'],
  [
    '#100231',
    '2026-01-01',
    'Isaac Turner',
    'isaact29@gmail.com',
    '512.555.2285',
    '5059 Industrial Pkwy, 78704',
    'Organic Coffee Beans 1kg',
    '2',
    '38.50',
  ],
  [
    '#100232',
    '2026-01-08',
    'Jennifer Ross',
    'jen.ross@gmail.com',
    '3035550222',
    '1400 Emerson St, 80218',
    'Travel Mug',
    '2',
    '39.98',
  ],
  [
    '#100233',
    '2026-01-15',
    'Mia Baker',
    'miab41@gmail.com',
    '(312) 555-5339',
    '9890 Airport Rd, 60614',
    'Organic Coffee Beans 1kg',
    '2',
    '38.50',
  ],
  [
    '#100239',
    '2026-02-01',
    'Isaac Turner',
    'isaact29@gmail.com',
    '(512) 555-2285',
    '5059 Industrial Pkwy, 78704',
    'Travel Mug',
    '1',
    '19.99',
  ],
  [
    '#100240',
    '2026-02-03',
    'Caleb Peterson',
    'calebp36@yahoo.com',
    '813-555-7073',
    '4665 Park Ave, 33606',
    'Travel Mug',
    '2',
    '39.98',
  ],
];

const ORDERS_ZH: CellValue[][] = [
  ['订单号', '下单时间', '收货人', '手机', '收货地址', '商品', '实付金额'],
  ['DD20260101001', '2026-01-01', '张伟', '13800138000', '浙江省杭州市西湖区文三路90号', '龙井茶 250g', '128'],
  ['DD20260101002', '2026-01-02', '李娜', '13912345678', '上海市浦东新区世纪大道100号', '紫砂壶', '360'],
  ['DD20260115003', '2026-01-15', '张伟', '138 0013 8000', '浙江省杭州市西湖区文三路90号', '龙井茶 500g', '238'],
  ['DD20260120004', '2026-01-20', '王芳', '13700137000', '江苏省南京市鼓楼区中山路1号', '白茶饼', '198'],
];

describe('custodian dedupe on an order export', () => {
  const dir = tempDir();

  beforeAll(async () => {
    writeUtf8Csv(join(dir, 'orders.csv'), ORDERS);
    await writeXlsx(join(dir, '订单.xlsx'), ORDERS_ZH);
  });

  test('says the grouped rows are orders of one buyer', async () => {
    const result = await run(['dedupe', 'orders.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rows 2, 5/);
    expect(result.stdout).toContain(
      'Each row is an order (Order ID): a group holds one buyer’s orders, not copies of one record.',
    );
  });

  test.each(['delete', 'move'])('--action %s refuses to drop orders, naming the column', async (action) => {
    const result = await run(['dedupe', 'orders.csv', '--action', action, '-o', `${action}.xlsx`], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Order ID');
    expect(result.stderr).toContain('--orders');
    expect(result.stdout).toBe('');
  });

  test('--orders confirms: delete keeps one row per buyer', async () => {
    const result = await run(['dedupe', 'orders.csv', '--action', 'delete', '--orders', '-o', 'confirmed.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Deleted 1 row/);
  });

  test('a status column needs no confirmation: it removes nothing', async () => {
    const result = await run(['dedupe', 'orders.csv', '--action', 'status', '-o', 'status.xlsx'], dir);
    expect(result.code).toBe(0);
  });

  test('in Chinese: says so, and refuses delete naming 订单号', async () => {
    const listed = await run(['dedupe', '订单.xlsx'], dir);
    expect(listed.stdout).toContain('每行是一笔订单（订单号）：一组是同一买家的几笔订单，不是同一条记录的重复。');
    const refused = await run(['dedupe', '订单.xlsx', '--action', 'delete', '-o', '去重.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('订单号');
    expect(refused.stderr).toContain('--orders');
  });
});
