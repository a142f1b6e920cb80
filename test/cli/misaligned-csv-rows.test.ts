/**
 * A CSV row with one more field than the others (a spend typed 1,280.00 with no quotes): its values
 * sit right of their headers. Check names the row and why, in both languages; clean leaves it as it
 * is, never writing 280.00 as a purchase count; the other rows are read as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-10'];
const WEIDIAN = [
  '买家昵称,收货人,手机号,累计消费金额,购买次数,最近购买时间,备注',
  '小林,林一,13800001111,1,280.00,5,2024-05-01,老顾客',
  '小王,王二,13900002222,"2,300.00",3,2024/4/1,',
  '小张,张三,139 0000 3333,560.00,2,2024-03-15,',
].join('\n');

describe('a CSV row with more fields than the others', () => {
  const dir = tempDir();

  test('check names the row and says why; nothing else is reported on it', async () => {
    writeFileSync(join(dir, 'weidian.csv'), WEIDIAN);
    const check = JSON.parse((await run(['check', 'weidian.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    const onRow = check.issues.filter((i) => i.row === 2);
    expect(onRow.map((i) => [i.code, i.severity])).toEqual([['row.misaligned', 'error']]);
    expect(onRow[0]!.message).toContain('这一行有 8 个值，而文件其他行都是 7 个');
    // The other rows are read as usual: 2024/4/1 is still a date to write in its standard form.
    expect(check.issues.some((i) => i.row === 3 && i.code === 'date.nonCanonical')).toBe(true);
    const en = JSON.parse(
      (await run(['check', 'weidian.csv', '--json', '--locale', 'en-US', ...TODAY], dir)).stdout,
    ) as CheckResult;
    expect(en.issues.find((i) => i.row === 2)!.message).toContain(
      "This row has 8 values where the file's other rows have 7",
    );
  });

  test('clean leaves the row as typed and cleans the others', async () => {
    writeFileSync(join(dir, 'weidian2.csv'), WEIDIAN);
    await run(['clean', 'weidian2.csv', '-o', 'clean.csv', ...TODAY], dir);
    const lines = readFileSync(join(dir, 'clean.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/);
    const shifted = lines.find((l) => l.includes('林一'))!;
    expect(shifted).toContain('13800001111,1,280.00,5,2024-05-01,老顾客');
    expect(lines.find((l) => l.includes('张三'))).toContain('2024-03-15');
  });

  test('a one-customer file: the header says the width', async () => {
    writeFileSync(join(dir, 'one.csv'), ['姓名,手机,累计消费', '林一,13800001111,1,280.00'].join('\n'));
    const check = JSON.parse((await run(['check', 'one.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    expect(check.issues.map((i) => [i.row, i.code])).toEqual([[2, 'row.misaligned']]);
  });

  test('a title line above the header and a spreadsheet’s padded rows are not misaligned', async () => {
    writeFileSync(
      join(dir, 'padded.csv'),
      ['客户名单,,,', '姓名,手机号,城市,', '林一,13800001111,杭州,', '王二,13900002222,宁波,老客户'].join('\n'),
    );
    const check = JSON.parse((await run(['check', 'padded.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    expect(check.issues.filter((i) => i.code === 'row.misaligned')).toEqual([]);
  });
});
