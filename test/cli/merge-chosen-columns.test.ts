/**
 * `custodian merge --columns 手机` on a shop's list where a couple share one phone, and a sum over a
 * group holding a row typed twice: what the command merges, prints and writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const LIST = [
  '姓名,手机,城市,累计消费,下单日期',
  '张伟,13800138000,北京,1200,2024-03-01',
  '李娜,13800138000,北京,800,2024-03-05',
  '王芳,13912345678,上海,560,2024-01-12',
  '王芳,139 1234 5678,上海,340,2024-02-20',
  '罗静,18612340000,昆明,500,2024-04-17',
  '罗静,18612340000,昆明,500,2024-04-17',
  '赵强,13700137000,广州,900,2024-04-01',
  '刘洋,13611112222,深圳,150,2024-04-02',
  '陈静,13522223333,杭州,2000,2024-04-03',
  '杨帆,13633334444,成都,75,2024-04-04',
].join('\n');

async function sheetRows(path: string, name: string): Promise<CellValue[][]> {
  const sheet = (await readXlsx(path)).getWorksheet(name)!;
  return Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as CellValue[]).slice(1)).filter(
    (r) => r.length > 0,
  );
}

describe('custodian merge on chosen columns', () => {
  const dir = tempDir();
  beforeAll(() => writeFileSync(join(dir, 'shop.csv'), `${LIST}\n`));

  test('dedupe --columns reviews the couple and quotes both names, in text and in --json', async () => {
    const text = await run(['dedupe', 'shop.csv', '--columns', '手机', '--review'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/#1 {2}第 2、3 行（置信度 0\.\d\d，待复核）/);
    expect(text.stdout).toContain('姓名：不同（张伟 ≠ 李娜）');
    const json = await run(['dedupe', 'shop.csv', '--columns', '手机', '--json'], dir);
    const { clusters } = JSON.parse(json.stdout) as { clusters: { rows: number[] }[] };
    // Without --review only groups to merge are listed: the couple is not one of them.
    expect(clusters.map((c) => c.rows)).toEqual([
      [4, 5],
      [6, 7],
    ]);
    const reviewed = await run(['dedupe', 'shop.csv', '--columns', '手机', '--json', '--review'], dir);
    const couple = (
      JSON.parse(reviewed.stdout) as { clusters: { rows: number[]; reasons: { column: string; message: string }[] }[] }
    ).clusters.find((c) => c.rows.join() === '2,3')!;
    expect(couple.reasons.find((r) => r.column === '姓名')?.message).toBe('姓名: different names (张伟 ≠ 李娜)');
  });

  test('merge --columns 手机 keeps the couple apart and sums a row typed twice once', async () => {
    const result = await run(
      ['merge', 'shop.csv', '--columns', '手机', '--rule', '累计消费=sum', '-o', 'out.xlsx', '--today', '2025-01-02'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 组，合并掉 2 行/);
    expect(result.stdout).toContain(
      '警告：第 2 组：第 6、7 行每一格都相同，是同一条记录录入了两次，“累计消费”只计一次',
    );
    const rows = await sheetRows(join(dir, 'out.xlsx'), 'shop');
    expect(rows.map((r) => [r[0], Number(r[3])])).toEqual([
      ['姓名', NaN],
      ['张伟', 1200],
      ['李娜', 800],
      ['王芳', 900],
      ['罗静', 500],
      ['赵强', 900],
      ['刘洋', 150],
      ['陈静', 2000],
      ['杨帆', 75],
    ]);
    const log = await sheetRows(join(dir, 'out.xlsx'), '操作日志');
    expect(log[2]![6]).toBe('累计消费：第 6、7 行每一格都相同，只计一次');
  });
});
