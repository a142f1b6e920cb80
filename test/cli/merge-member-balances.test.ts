/**
 * `custodian merge` of a member export: one member's two records each hold points. Without
 * --sum-purchases the summary names the row and column whose points were not added; with it they add up.
 */
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { readXlsx, writeUtf8Csv } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-03-06'];

// 有赞's 会员 export: 张伟 signed up again as 阿伟 without his card, with 300 points of his own.
const YOUZAN: CellValue[][] = [
  [
    '会员昵称',
    '真实姓名',
    '手机号',
    '性别',
    '会员等级',
    '积分',
    '累计消费金额(元)',
    '消费次数',
    '归属门店',
    '会员卡号',
  ],
  ['小鱼儿', '张伟', '13800138000', '男', '金卡会员', '1200', '3580.50', '12', '杭州湖滨店', 'YZ10001'],
  ['阿伟', '张 伟', '１３８００１３８０００', '男', '银卡会员', '300', '880.00', '3', '杭州湖滨店', ''],
  ['Lily', '李娜', '13912345678', '女', '普通会员', '0', '0', '0', '杭州西溪店', 'YZ10003'],
];

// A Shopify export with a loyalty app's points: Mary's second account holds 150 points.
const SHOPIFY: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Phone', 'Total Spent', 'Total Orders', 'Loyalty Points'],
  ['Mary', 'Smith', 'mary.smith@gmail.com', '+1 415 555 0100', '450.50', '4', '880'],
  ['Mary', 'Smith', 'Mary.Smith@gmail.com', '(415) 555-0100', '99.00', '1', '150'],
  ['John', 'Brown', 'jb@globex.com', '+1 415 555 0199', '10.00', '1', '0'],
];

async function keptRow(path: string, sheet: string, header: string): Promise<CellValue> {
  const ws = (await readXlsx(path)).getWorksheet(sheet)!;
  const head = (ws.getRow(1).values as CellValue[]).slice(1);
  return (ws.getRow(2).values as CellValue[]).slice(1)[head.indexOf(header)] ?? null;
}

describe('custodian merge of a member export with points', () => {
  const dir = tempDir();
  beforeAll(() => {
    writeUtf8Csv(join(dir, 'youzan.csv'), YOUZAN, { bom: true });
    writeUtf8Csv(join(dir, 'shopify.csv'), SHOPIFY);
  });

  test('says row 3’s 积分 300 was not added, and keeps it in the 合并归档', async () => {
    const result = await run(['merge', 'youzan.csv', '-o', 'yz.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/第 3 行 → 第 2 行/);
    expect(result.stdout).toContain('第 3 行的“积分” 300 没有加到保留的行上（仍在合并归档中）');
    expect(result.stdout).toContain(
      '要把合并掉的行的积分加到保留的行上，请加 --sum-purchases 重新合并（或 --rule 积分=sum）。',
    );
    const sheet = (await readXlsx(join(dir, 'yz.xlsx'))).worksheets[0]!.name;
    expect(Number(await keptRow(join(dir, 'yz.xlsx'), sheet, '积分'))).toBe(1200);
    const archive = (await readXlsx(join(dir, 'yz.xlsx'))).getWorksheet('合并归档')!;
    const head = (archive.getRow(1).values as CellValue[]).slice(1);
    expect(Number((archive.getRow(3).values as CellValue[]).slice(1)[head.indexOf('积分')])).toBe(300);
  });

  test('adds 积分 like the totals with --sum-purchases, and says nothing was left out', async () => {
    const result = await run(['merge', 'youzan.csv', '-o', 'yz-sum.xlsx', '--sum-purchases', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/更新了.*积分/);
    expect(result.stdout).not.toContain('没有加到保留的行上');
    const sheet = (await readXlsx(join(dir, 'yz-sum.xlsx'))).worksheets[0]!.name;
    expect(Number(await keptRow(join(dir, 'yz-sum.xlsx'), sheet, '积分'))).toBe(1500);
    expect(Number(await keptRow(join(dir, 'yz-sum.xlsx'), sheet, '累计消费金额(元)'))).toBe(4460.5);
  });

  test('says row 3’s Loyalty Points 150 was not added; adds them with --sum-purchases', async () => {
    const kept = await run(['merge', 'shopify.csv', '-o', 'shop.xlsx', ...TODAY], dir);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain(`row 3's "Loyalty Points" 150 was not added to the kept row (it is in the archive)`);
    expect(kept.stdout).toContain(
      `To add the merged rows' Loyalty Points to the kept rows, merge again with --sum-purchases (or --rule "Loyalty Points=sum").`,
    );
    const summed = await run(['merge', 'shopify.csv', '-o', 'shop-sum.xlsx', '--sum-purchases', ...TODAY], dir);
    expect(summed.stdout).not.toContain('was not added');
    const sheet = (await readXlsx(join(dir, 'shop-sum.xlsx'))).worksheets[0]!.name;
    expect(Number(await keptRow(join(dir, 'shop-sum.xlsx'), sheet, 'Loyalty Points'))).toBe(1030);
  });
});
