import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

// A Chinese sales team's list: two salespeople typed 张伟 and 李娜 each in their own way.
const ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱', '公司', '备注'],
  ['C000001', '张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com', '北京星辰科技有限公司', '老客户'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司', null],
  ['C000003', '张 伟', '138-0013-8000', 'ZHANGWEI@XINGCHEN.COM', '星辰科技', '年底续约'],
  ['C000004', '王芳', '13600001111', 'wangfang@yuanhang.cn', '广州远航物流有限公司', null],
  ['C000005', '李娜', '139 1234 5678', 'LINA@HAIJING.CN', '上海海鲸贸易有限公司', '展会'],
];

// A Western team's CRM export with one customer typed twice.
const EN: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Company'],
  ['C1', 'John Smith', '+1 415 555 2671', 'john@acme.com', 'Acme Ltd'],
  ['C2', 'Mary Jones', '+1 212 555 0100', 'mary@globex.com', 'Globex'],
  ['C3', 'Jon Smith', '(415) 555-2671', 'JOHN@ACME.COM', 'Acme'],
];

describe('duplicate-words', () => {
  const dir = tempDir();

  test('words dedupe in Chinese, reasons in the level words, when the sheet is Chinese', async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), ZH);
    const result = await run(['dedupe', 'zh.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^zh\.xlsx \[客户\]：5 行，2 组重复（4 行）\n/);
    expect(result.stdout).toMatch(/#1 {2}第 2、4 行（置信度 1\.00）/);
    expect(result.stdout).toMatch(/ {4}第 4 行：C000003 \| 张 伟 \| 138-0013-8000/);
    expect(result.stdout).toMatch(/- 手机：相同（\+86 138 0013 8000 = 138-0013-8000）/);
    expect(result.stdout).toMatch(/- 公司：去掉公司后缀和地名后相同（北京星辰科技有限公司 = 星辰科技）/);
    expect(result.stdout).not.toMatch(/same |rows?\b|group/);
  });

  test('keeps the JSON reasons in English when the sheet is Chinese', async () => {
    const output = JSON.parse((await run(['dedupe', 'zh.xlsx', '--json'], dir)).stdout);
    expect(output.clusters[0].reasons[0].message).toBe('手机: same number (+86 138 0013 8000 = 138-0013-8000)');
  });

  test('words dedupe in English when --locale en-US overrides a Chinese sheet', async () => {
    const result = await run(['dedupe', 'zh.xlsx', '--locale', 'en-US'], dir);
    expect(result.stdout).toMatch(/^zh\.xlsx \[客户\]: 5 rows, 2 groups of duplicates \(4 rows\)\n/);
    expect(result.stdout).toMatch(/- 手机: same number \(13912345678 = 139 1234 5678\)/);
  });

  test('words merge and the log in Chinese when the sheet is Chinese', async () => {
    const result = await run(['merge', 'zh.xlsx', '-o', 'zh-out.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^已合并 zh\.xlsx → .*zh-out\.xlsx：2 组，合并掉 2 行\n/);
    expect(result.stdout).toMatch(/M-\d{8}-1：第 4 行 → 第 2 行（C000001）；更新了 备注/);
    expect(result.stdout).toMatch(/合并掉的每一行都在“合并归档”表中，每次合并都记在“操作日志”表中。/);
    const log = (await readXlsx(join(dir, 'zh-out.xlsx'))).getWorksheet('操作日志')!;
    expect(log.getCell(1, 9).value).toBe('原因');
    expect(String(log.getCell(2, 9).value)).toMatch(/^手机：相同（\+86 138 0013 8000 = 138-0013-8000）; 邮箱：相同/);
  });

  test('counts one group and one row in the singular when the sheet is English', async () => {
    await writeXlsx(join(dir, 'en.xlsx'), EN, { sheet: 'Customers' });
    const found = await run(['dedupe', 'en.xlsx'], dir);
    expect(found.stdout).toMatch(/^en\.xlsx \[Customers\]: 3 rows, 1 group of duplicates \(2 rows\)\n/);
    expect(found.stdout).toMatch(/#1 {2}rows 2, 4 {2}\(confidence 1\.00\)/);
    expect(found.stdout).toMatch(/ {4}row 4: C3 \| Jon Smith/);
    expect(found.stdout).toMatch(/- Phone: same number \(\+1 415 555 2671 = \(415\) 555-2671\)/);
    const merged = await run(['merge', 'en.xlsx', '-o', 'en-out.xlsx'], dir);
    expect(merged.stdout).toMatch(/^Merged en\.xlsx → .*en-out\.xlsx: 1 group, 1 row merged away\n/);
    expect(merged.stdout).toMatch(/M-\d{8}-1: row 4 → row 2 \(C1\)\n/);
    const log = (await readXlsx(join(dir, 'en-out.xlsx'))).getWorksheet('Custodian Log')!;
    expect(String(log.getCell(2, 9).value)).toMatch(/^Phone: same number/);
  });
});
