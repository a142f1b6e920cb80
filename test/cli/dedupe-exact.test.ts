import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeGbkCsv, writeUtf8Csv, writeXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

// Two salespeople's rows of one customer: phone and email typed in different forms, names differ.
const ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱', '公司'],
  ['C000001', '张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com', '北京星辰科技有限公司'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司'],
  ['C000003', '张 伟', '138-0013-8000', 'ZHANGWEI@XINGCHEN.COM', '星辰科技'],
  ['C000004', '张伟', '13800138000', 'zw@other.cn', '北京星辰科技有限公司'],
  ['C000005', '李娜', '139 1234 5678', '', '上海海鲸贸易有限公司'],
];

const EN: CellValue[][] = [
  ['Name', 'Phone', 'Email', 'Company'],
  ['John Smith', '+1 415 555 2671', 'john@acme.com', 'Acme Ltd'],
  ['Jon Smith', '(415) 555-2671', 'JOHN@ACME.COM', 'Acme'],
  ['Mary Jones', '+1 212 555 0100', 'mary@globex.com', 'Globex'],
  ['Mary Jones', '+1 212 555 0100', 'mary@globex.com', 'Globex'],
];

describe('custodian dedupe --exact', () => {
  const dir = tempDir();
  writeGbkCsv(join(dir, 'zh.csv'), ZH);
  writeUtf8Csv(join(dir, 'en.csv'), EN);

  test('prints exactly {clusters, rows} with rows equal on 手机 and 邮箱 when read from a GBK export', async () => {
    const result = await run(['dedupe', 'zh.csv', '--exact', '--columns', '手机,邮箱', '--json'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['clusters', 'rows']);
    expect(output.rows).toBe(5);
    expect(output.clusters).toEqual([
      {
        rows: [2, 4],
        confidence: 1,
        reasons: [
          {
            field: 'phone',
            column: '手机',
            level: 'exact',
            similarity: 1,
            message: '手机: same value (+86 138 0013 8000 = 138-0013-8000)',
          },
          {
            field: 'email',
            column: '邮箱',
            level: 'exact',
            similarity: 1,
            message: '邮箱: same value (zhangwei@xingchen.com = ZHANGWEI@XINGCHEN.COM)',
          },
        ],
      },
    ]);
  });

  test('says what the rows share in Chinese when the sheet is Chinese', async () => {
    const result = await run(['dedupe', 'zh.csv', '--exact', '--columns', '手机,邮箱'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/5 行，1 组重复（2 行）/);
    expect(result.stdout).toMatch(/#1 {2}第 2、4 行（置信度 1\.00）/);
    expect(result.stdout).toMatch(/- 手机和邮箱相同/);
  });

  test('says "same Phone and Email" and counts two groups when the sheet is English', async () => {
    const result = await run(['dedupe', 'en.csv', '--exact', '--columns', 'Phone,Email'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/4 rows, 2 groups of duplicates \(4 rows\)/);
    expect(result.stdout.match(/- same Phone and Email/g)).toHaveLength(2);
  });

  test('groups on one key column when the others would tell rows apart', async () => {
    const output = JSON.parse((await run(['dedupe', 'zh.csv', '--exact', '--columns', '手机', '--json'], dir)).stdout);
    expect(output.clusters.map((c: { rows: number[] }) => c.rows)).toEqual([
      [2, 4, 5],
      [3, 6],
    ]);
  });

  test.each([
    [['--exact'], /--exact needs the key columns/],
    [['--exact', '--columns', '手机', '--threshold', '0.8'], /takes no --threshold/],
    [['--exact', '--columns', '手机,微信'], /"微信", which the sheet does not have/],
  ])('exits 2 for %j', async (extra, message) => {
    const result = await run(['dedupe', 'zh.csv', ...extra], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('custodian merge --exact', () => {
  const dir = tempDir();

  test('merges only the rows equal on the key columns when fuzzy matching would take more', async () => {
    await writeXlsx(join(dir, 'list.xlsx'), ZH);
    const result = await run(['merge', 'list.xlsx', '-o', 'merged.xlsx', '--exact', '--columns', '手机,邮箱'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 组，合并掉 1 行/);
    expect(result.stdout).toMatch(/第 4 行 → 第 2 行（C000001）/);
    const sheet = (await readXlsx(join(dir, 'merged.xlsx'))).getWorksheet('客户')!;
    expect([2, 3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual(['C000001', 'C000002', 'C000004', 'C000005']);
  });
});
