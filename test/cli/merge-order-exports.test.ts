/**
 * `custodian merge` on order exports: a 淘宝 export's buyer merged into one row with its paid orders
 * totalled once each (and said so), `--sum-purchases` with nothing to add up said plainly, and the
 * groups held back for review counted after the summary.
 */
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeGbkCsv, writeXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const TAOBAO: CellValue[][] = [
  [
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
  ],
  [
    '="3533001122334455667"',
    'zw_1990',
    '98.00',
    '交易成功',
    '张伟',
    '北京 北京市 朝阳区 阜通东大街 6号院 3号楼 1801',
    "'13911112222",
    '2024-05-06 09:00:00',
    '2024-05-06 09:01:12',
    '',
    '',
  ],
  [
    '="3533001122334455999"',
    'zw_1990',
    '199.00',
    '交易关闭',
    '张伟',
    '北京 北京市 朝阳区 阜通东大街 6号院 3号楼 1801',
    "'13911112222",
    '2024-06-01 12:00:00',
    '',
    '买家未付款',
    '买家未付款关闭',
  ],
  [
    '="3566778899001122334"',
    '李娜娜2015',
    '53.00',
    '交易成功',
    '李娜',
    '四川省 成都市 武侯区 玉林北路 1号',
    "'17708081234",
    '2024-01-03 15:45:00',
    '2024-01-03 15:46:00',
    '',
    '',
  ],
];

const MEMBERS: CellValue[][] = [
  ['客户姓名', '微信昵称', '手机号', '会员卡号', '累计消费金额', '成为会员时间'],
  ['王芳', '芳芳', '13812345678', 'YZ100000001', 5680.5, '2022-05-01 10:00:00'],
  ['王芳', 'Fang', '13812345678', 'YZ100000187', 320, '2022-12-20 10:00:00'],
  ['周敏', '敏敏', '15900007777', 'YZ100000011', 7800.8, '2021-11-11 11:11:11'],
  ['周敏', '敏敏', '15900007777', 'YZ100000011', 7800.8, '2021-11-11 11:11:11'],
];

describe('custodian merge on an order export', () => {
  const dir = tempDir();
  beforeAll(async () => {
    writeGbkCsv(join(dir, 'taobao.csv'), TAOBAO);
    await writeXlsx(join(dir, 'members.xlsx'), MEMBERS);
  });

  test("totals a buyer's paid orders, keeps the paid order's row and says what the total counted", async () => {
    const result = await run(
      ['merge', 'taobao.csv', '-o', 'tb.xlsx', '--rule', '买家实际支付金额=sum', '--today', '2024-12-01'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('M-20241201-1：第 3 行 → 第 2 行');
    expect(result.stdout).toContain(
      '警告：第 1 组：“买家实际支付金额”合计 1 笔订单（第 2 行）；未计入已关闭、取消、退款或未付款订单的 1 行：第 3 行（交易关闭）',
    );
    const sheet = (await readXlsx(join(dir, 'tb.xlsx'))).worksheets[0]!;
    const row = (sheet.getRow(2).values as CellValue[]).slice(1);
    // The closed order's reason and memo stay in the archive, not on the kept order.
    expect([row[3], row[9] ?? '', row[10] ?? '']).toEqual(['交易成功', '', '']);
  });

  test('--sum-purchases with no total-spend or count column says so and names the amounts', async () => {
    const result = await run(
      ['merge', 'taobao.csv', '-o', 'tb2.xlsx', '--sum-purchases', '--today', '2024-12-01'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '警告：--sum-purchases：表中没有累计消费或购买次数列，没有求和；请用 --rule 列=sum 或 --map 列=totalSpend 指定一列（本表的金额列：买家实际支付金额）',
    );
    const en = await run(
      ['merge', 'taobao.csv', '-o', 'tb3.xlsx', '--sum-purchases', '--locale', 'en-US', '--today', '2024-12-01'],
      dir,
    );
    expect(en.stdout).toContain(
      'warning: --sum-purchases: no total-spend or purchase-count column, so nothing was summed; name one with --rule COLUMN=sum or --map COLUMN=totalSpend',
    );
  });

  test('counts the groups held for review after the summary, in both languages', async () => {
    const zh = await run(['merge', 'members.xlsx', '-o', 'm.xlsx', '--today', '2024-12-01'], dir);
    expect(zh.code).toBe(0);
    // 微信昵称 芳芳 and Fang are written in two scripts: not compared, so no difference that held the group.
    expect(zh.stdout.trim().split('\n').at(-1)).toBe(
      '另有 1 组待复核，未合并（成为会员时间、会员卡号不同）：见 custodian dedupe --review',
    );
    const en = await run(['merge', 'members.xlsx', '-o', 'm2.xlsx', '--locale', 'en-US', '--today', '2024-12-01'], dir);
    expect(en.stdout).toMatch(
      /1 group was held for review, not merged \(.*会员卡号.* differ\): see custodian dedupe --review\n$/,
    );
  });
});
