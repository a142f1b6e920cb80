/**
 * Chinese customer lists laid out as the tools export them (金蝶/用友 customer master data, a member
 * book kept in Excel, 抖音/拼多多 orders, WeCom and Hong Kong lists), run through the command line:
 * each column keeps its meaning, and each value its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue } from '../../shared/sheet/cell-value';
import { writeGbkCsv, writeUtf8Csv } from '../cli/fixtures';
import { run, tempDir } from '../cli/run';

const TODAY = ['--today', '2024-06-30'];

/** The rows of a written CSV as header -> value. */
function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

async function mappingOf(dir: string, file: string): Promise<Record<string, string | null>> {
  const result = await run(['check', file, '--json', ...TODAY], dir);
  return (JSON.parse(result.stdout) as { mapping: Record<string, string | null> }).mapping;
}

// 金蝶 K/3 customer master data, saved as CSV from Excel (GBK): 客户分组 is the sales region a customer is filed under.
const KINGDEE: CellValue[][] = [
  [
    '客户编码',
    '客户名称',
    '简称',
    '统一社会信用代码',
    '开户银行',
    '银行账号',
    '联系人',
    '联系电话',
    '地址',
    '客户分组',
  ],
  [
    '01.001',
    '杭州源泉科技有限公司',
    '源泉科技',
    '91330106MA2AXXXX1K',
    '中国工商银行杭州文三路支行',
    '1202020209900123456',
    '张三',
    '0571-88888888转123',
    '浙江省杭州市西湖区文三路90号',
    '华东区',
  ],
  [
    '01.002',
    '上海某某贸易有限公司',
    '某某贸易',
    '91310104MA1FXXXX2B',
    '招商银行上海分行',
    '6214830212345678',
    '赵敏',
    '021-62345678',
    '上海市徐汇区漕溪北路88号',
    '华东区',
  ],
  [
    '02.001',
    '北京宏达建材有限公司',
    '宏达建材',
    '911101087000XXXX3C',
    '中国建设银行北京中关村支行',
    '11001018500053012345',
    '王建国',
    '(010)82345678',
    '北京市海淀区中关村大街1号',
    '华北区',
  ],
];

describe('Chinese platform exports', () => {
  const dir = tempDir();

  test('leaves 客户分组 and 客户分类 alone when a Kingdee or Yonyou list files customers under groups', async () => {
    writeGbkCsv(join(dir, 'kingdee.csv'), KINGDEE);
    const kingdee = await mappingOf(dir, 'kingdee.csv');
    expect(kingdee['客户分组']).toBeNull();
    expect(kingdee['客户名称']).toBe('company');
    expect(kingdee['联系人']).toBe('contact');

    writeUtf8Csv(
      join(dir, 'yonyou.csv'),
      [
        ['客户编码', '客户名称', '联系人', '电话', '客户分类', '客户性质'],
        ['000123', '广州市天河区小蜜蜂餐饮店', '陈小春', '020-38881234', '零售', '民营'],
        ['000124', '深圳前海微众科技有限公司', '黄晓明', '0755-86001234-808', '大客户', '外资'],
        ['000125', '成都天府餐饮管理有限公司', '李雷', '028-85123456', '零售', '民营'],
      ],
      { bom: true },
    );
    const yonyou = await mappingOf(dir, 'yonyou.csv');
    expect(yonyou['客户分类']).toBeNull();
    expect(yonyou['客户性质']).toBeNull();
  });

  test('keeps the leading zeros a member book shows on card numbers stored as numbers (format 000000)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(['会员卡号', '会员姓名', '性别', '手机号码', '储值余额']);
    for (const [card, name, gender, phone, balance] of [
      [123, '刘美丽', '女', '13900001111', 2000],
      [124, '陈静', 'F', '13900002222', 500.5],
      [125, '王强', 'M', '13900003333', 0],
    ] as const)
      sheet.addRow([card, name, gender, phone, balance]).getCell(1).numFmt = '000000';
    await workbook.xlsx.writeFile(join(dir, 'members.xlsx'));

    const check = await run(['check', 'members.xlsx', '--json', ...TODAY], dir);
    const issues = (JSON.parse(check.stdout) as { issues: { column: string; code: string; suggestion: unknown }[] })
      .issues;
    const cards = issues.filter((i) => i.column === '会员卡号');
    expect(cards.map((i) => i.suggestion)).toEqual(['000123', '000124', '000125']);
    expect(cards.map((i) => i.code)).toEqual(['text.zeroPadded', 'text.zeroPadded', 'text.zeroPadded']);

    expect((await run(['clean', 'members.xlsx', '-o', 'members-clean.csv', ...TODAY], dir)).code).toBe(0);
    expect(readRows(join(dir, 'members-clean.csv')).map((r) => r['客户编号'])).toEqual(['000123', '000124', '000125']);

    const exported = await run(['export', 'members.xlsx', '--to', 'fxiaoke', '-o', 'members-fx.csv', ...TODAY], dir);
    expect(exported.code).toBe(0);
    expect(readRows(join(dir, 'members-fx.csv')).map((r) => r['会员卡号'])).toEqual(['000123', '000124', '000125']);
  });

  test('reads a Hong Kong list’s 電郵 and 電郵地址 as the e-mail, however few rows it has', async () => {
    writeUtf8Csv(
      join(dir, 'hk.csv'),
      [
        ['會員編號', '姓名', '手提電話', '電郵', '電郵地址'],
        ['M0001', '陳大文', '+852 9123 4567', 'chan@example.com.hk', 'chan.office@example.com.hk'],
        ['M0002', '李小龍', '+852 6123 4567', 'lee@example.hk', ''],
      ],
      { bom: true },
    );
    const mapping = await mappingOf(dir, 'hk.csv');
    expect(mapping['電郵']).toBe('email');
    expect(mapping['電郵地址']).not.toBe('address');
  });

  test('reads a Douyin order’s privacy number 13800138000-1234 as the mobile and its extension, and keeps it out of a CRM’s 手机', async () => {
    writeUtf8Csv(
      join(dir, 'douyin.csv'),
      [
        ['订单号', '商品名称', '实付金额', '下单时间', '收件人', '收件人手机', '省', '市', '区', '详细地址'],
        [
          '6920145678901234999',
          '面膜',
          '¥99.00',
          '2024-03-06 09:01:55',
          '李四',
          '13800138000-1234',
          '广东省',
          '深圳市',
          '南山区',
          '科技园南区1栋',
        ],
        [
          '6920145678901235222',
          '精华液',
          '¥299.50',
          '2024-03-08 21:00:00',
          '王五',
          '13700137000',
          '北京市',
          '北京市',
          '朝阳区',
          '建国路88号',
        ],
        [
          '6920145678901235333',
          '精华液',
          '¥299.50',
          '2024-03-09 21:00:00',
          '赵六',
          '15900001111-88',
          '浙江省',
          '杭州市',
          '西湖区',
          '文三路1号',
        ],
      ],
      { bom: true },
    );
    const check = await run(['check', 'douyin.csv', '--json', ...TODAY], dir);
    const issues = (JSON.parse(check.stdout) as { issues: { row: number; code: string; suggestion: unknown }[] })
      .issues;
    // Written as the mobile and its extension, and said to be the order's privacy number, not the buyer's own.
    expect(issues.filter((i) => i.code.startsWith('phone.'))).toEqual([
      expect.objectContaining({ row: 2, code: 'phone.privacy', suggestion: '13800138000 分机 1234' }),
      expect.objectContaining({ row: 4, code: 'phone.privacy', suggestion: '15900001111 分机 88' }),
    ]);
    const exported = await run(['export', 'douyin.csv', '--to', 'fxiaoke', '-o', 'douyin-fx.csv', ...TODAY], dir);
    expect(exported.code).toBe(0);
    // A number for one order is no CRM contact's own: kept as typed in 备注, and said so.
    const rows = readRows(join(dir, 'douyin-fx.csv'));
    expect(rows.map((r) => r['手机'])).toEqual(['', '13700137000', '']);
    expect(rows[0]!['备注']).toBe('收件人手机：13800138000-1234');
    expect(exported.stderr).toContain('“收件人手机”有 2 个值是订单的隐私号');
  });

  test('keeps the time of day of a WeCom 添加时间 and a member’s 开卡时间 in the CRM export’s extra columns', async () => {
    writeGbkCsv(join(dir, 'wecom.csv'), [
      ['客户名称', '客户备注名', '添加人', '添加时间', '标签', '备注手机号', '来源'],
      ['A张三', '张三', '李销售', '2024-03-05 14:22:10', '意向客户,VIP', '13800138000', '扫描二维码'],
      ['Lily', '王丽', '李销售', '2024-03-06 09:01', '潜在客户', '13588889999', '通过搜索手机号添加'],
    ]);
    expect((await run(['export', 'wecom.csv', '--to', 'fxiaoke', '-o', 'wecom-fx.csv', ...TODAY], dir)).code).toBe(0);
    expect(readRows(join(dir, 'wecom-fx.csv')).map((r) => r['添加时间'])).toEqual([
      '2024-03-05 14:22:10',
      '2024-03-06 09:01',
    ]);
    await run(['export', 'wecom.csv', '--to', 'salesforce', '-o', 'wecom-sf.csv', ...TODAY], dir);
    expect(readRows(join(dir, 'wecom-sf.csv')).map((r) => r['添加时间'])).toEqual([
      '03/05/2024 14:22:10',
      '03/06/2024 09:01',
    ]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(['会员姓名', '手机号码', '开卡时间']);
    sheet.addRow(['刘美丽', '13900001111', new Date(Date.UTC(2023, 2, 5, 14, 22, 10))]).getCell(3).numFmt =
      'yyyy-mm-dd hh:mm:ss';
    sheet.addRow(['陈静', '13900002222', new Date(Date.UTC(2023, 3, 1))]).getCell(3).numFmt = 'yyyy-mm-dd hh:mm:ss';
    await workbook.xlsx.writeFile(join(dir, 'cards.xlsx'));
    expect((await run(['export', 'cards.xlsx', '--to', 'fxiaoke', '-o', 'cards-fx.csv', ...TODAY], dir)).code).toBe(0);
    expect(readRows(join(dir, 'cards-fx.csv')).map((r) => r['开卡时间'])).toEqual([
      '2023-03-05 14:22:10',
      '2023-04-01',
    ]);
  });
});
