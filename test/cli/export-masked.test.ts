/**
 * `custodian export` of 抖店 and 淘宝 order exports: what it says about starred-out (脱敏) names,
 * phones and e-mails, and --strict refusing rows whose only name and contact are masked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';
import { exportWords } from '../../cli/commands/export-words';

const TODAY = ['--today', '2024-12-01'];

// douyin_orders.csv: rows 2, 8 and 15; the last row's name and phone whole.
// prettier-ignore
const DOUYIN = [
  ['主订单编号', '选购商品', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '商家备注'],
  ['\t6919123400011223301', '加绒卫衣', '张*', '138****5678', '浙江省', '杭州市', '余杭区', '五常街道', '五常大道***号', ''],
  ['\t6919123400011223304', '羽绒服', '李**', '186****0001', '江苏省', '苏州市', '工业园区', '娄葑街道', '星湖街***号', '老粉'],
  ['\t6919123400011223312', '卫衣', '周杰', '13867120001', '浙江省', '杭州市', '余杭区', '五常街道', '五常大道181号', ''],
];

// taobao_orders.csv: rows 2, 4, 5 and 16 (买家支付宝账号 starred out, name and phone whole), and a whole address.
// prettier-ignore
const TAOBAO = [
  ['订单编号', '买家会员名', '买家支付宝账号', '买家应付货款', '订单状态', '收货人姓名', '收货地址 ', '联系电话 ', '联系手机', '订单创建时间', '商家备注'],
  ['3521746698123456789', 'lily_wang88', 'lil***@163.com', '259.00', '交易成功', '王丽', '浙江省 杭州市 西湖区 文三路 478号 华星时代广场A座1203(310012)', '', "'13867123456", '2024-03-02 10:12:33', '加急'],
  ['3533001122334455667', 'zw_1990', '138***@qq.com', '88.00', '交易成功', '张伟', '北京 北京市 朝阳区 望京街道 阜通东大街 6号院 3号楼 1801(100102)', '', "'13911112222", '2024-05-06 09:00:00', ''],
  ['3601122334455667788', 'lily_wang88', 'lil***@163.com', '399.00', '卖家已发货，等待买家确认', '王丽', '上海 上海市 浦东新区 张江镇 祖冲之路 887弄 12号 501室(201203)', '', "'13867123456", '2024-09-18 14:22:01', '新地址，老客户'],
  ['3588776655443322110', 'sunny_sh', '136****9012', '158.00', '交易成功', '孙悦', '上海 上海市 徐汇区 漕溪北路 398号(200030)', '', "'13661239012", '2024-10-08 19:30:00', ''],
  ['3540001122334455668', 'chen_m', 'chenmin@163.com', '66.00', '交易成功', '陈敏', '江苏省 南京市 鼓楼区 中山北路 30号(210008)', '', "'13705150000", '2024-10-09 08:30:00', ''],
];

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export of masked values', () => {
  const dir = tempDir();

  test('says how many masked values stayed out of which column, and where they went', async () => {
    writeUtf8Csv(join(dir, 'douyin.csv'), DOUYIN, { bom: true });
    const result = await run(['export', 'douyin.csv', '--to', 'fxiaoke', '-o', 'dy-fx.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '“收件人”有 2 个值打了星号（脱敏，如“张*”），不是完整的值：未写入“客户名称”“联系人”，按原样写入“备注”',
    );
    expect(result.stderr).toContain('“收件人手机号”有 2 个值打了星号（脱敏，如“138****5678”）');
    expect(result.stderr).not.toContain('无法识别');
    // The order numbers' tab is dropped: no value is said to start with + - = or @.
    expect(result.stderr).not.toContain('已按原样写出供导入工具读取');
    expect(result.stderr).toContain('地址 ← 省 + 市 + 详细地址 + 区 + 街道');
    const rows = readRows(join(dir, 'dy-fx.csv'));
    expect(rows[0]).toMatchObject({ 联系人: '', 手机: '', 主订单编号: '6919123400011223301' });
    expect(rows[2]).toMatchObject({ 联系人: '周杰', 手机: '13867120001' });
  });

  test('--strict refuses rows whose only name and contact are masked, naming the rows and columns', async () => {
    writeUtf8Csv(join(dir, 'douyin2.csv'), DOUYIN, { bom: true });
    const result = await run(
      ['export', 'douyin2.csv', '--to', 'hubspot', '-o', 'dy-hs.csv', '--strict', ...TODAY],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('第 2、3 行');
    expect(result.stderr).toContain('“收件人”“收件人手机号”');
    expect(existsSync(join(dir, 'dy-hs.csv'))).toBe(false);
  });

  test('--strict exports rows whose name and phone are whole beside a masked e-mail', async () => {
    writeUtf8Csv(join(dir, 'taobao.csv'), TAOBAO, { bom: true });
    const result = await run(['export', 'taobao.csv', '--to', 'hubspot', '-o', 'tb-hs.csv', '--strict', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('“买家支付宝账号”有 4 个值打了星号（脱敏，如“lil***@163.com”）');
    const rows = readRows(join(dir, 'tb-hs.csv'));
    expect(rows[0]).toMatchObject({
      Email: '',
      买家支付宝账号: 'lil***@163.com',
      'Postal Code': '310012',
      'Street Address': '西湖区 文三路 478号 华星时代广场A座1203',
    });
  });

  test('says it in English for an English list', async () => {
    writeUtf8Csv(join(dir, 'orders.csv'), [
      ['Order ID', 'Customer', 'Email', 'Phone'],
      ['1001', 'J*** S****', 'j***@example.com', '+1 415 555 2671'],
      ['1002', 'Mary Evans', 'mary@example.com', '(415) 555-0134'],
    ]);
    const result = await run(['export', 'orders.csv', '--to', 'salesforce', '-o', 'sf.csv', '--strict', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('row 2');
    expect(result.stderr).toContain('"Customer"');
  });
});

describe('custodian export of orders’ privacy numbers', () => {
  const dir = tempDir();

  test('keeps a privacy number out of the phone column and says so, in both languages; --strict still exports the row', async () => {
    const rows = [
      ['主订单编号', '收件人', '收件人手机号', '省', '市', '区', '详细地址'],
      ['\t6919123400011223401', '王丽', '17012345678-4821', '浙江省', '杭州市', '西湖区', '文三路478号'],
      ['\t6919123400011223403', '赵强', '13911112222', '北京市', '北京市', '朝阳区', '望京街6号'],
    ];
    writeUtf8Csv(join(dir, 'privacy.csv'), rows, { bom: true });
    const zh = await run(['export', 'privacy.csv', '--to', 'fxiaoke', '-o', 'p-fx.csv', '--strict', ...TODAY], dir);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('“收件人手机号”有 1 个值是订单的隐私号（手机号加分机号，如“17012345678-4821”）');
    expect(zh.stderr).toContain('按原样写入“备注”');
    const written = readRows(join(dir, 'p-fx.csv'));
    expect(written[0]).toMatchObject({ 联系人: '王丽', 手机: '', 备注: '收件人手机号：17012345678-4821' });
    expect(written[1]).toMatchObject({ 联系人: '赵强', 手机: '13911112222' });

    const en = await run(
      ['export', 'privacy.csv', '--to', 'hubspot', '-o', 'p-hs.csv', '--locale', 'en-US', ...TODAY],
      dir,
    );
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`1 value of "收件人手机号" is an order's privacy number`);
    expect(readRows(join(dir, 'p-hs.csv'))[0]).toMatchObject({
      'Mobile Phone Number': '',
      收件人手机号: '17012345678-4821',
    });
  });
});

describe('the formula-like note', () => {
  test('names a tab where values start with one, in both languages', () => {
    expect(exportWords('zh-CN').formulaLike(2, ['选购商品'], ['\t'])).toContain('以 制表符 开头');
    expect(exportWords('en-US').formulaLike(2, ['Item'], ['+', '\t'])).toContain('start with +, a tab and');
    expect(exportWords('en-US').formulaLike(3, ['Phone Number'], ['+'])).toContain('start with + - = or @');
  });
});
