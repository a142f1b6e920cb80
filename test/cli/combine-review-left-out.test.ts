/**
 * Two branches' client lists combined: one 身份证号 under 马晓燕 at one branch and 高峰 at the other, on
 * other mobiles: the number may be mistyped or someone else's, which wants a person's look. Combine
 * lists only the groups sure enough for `custodian merge`; it says how many more want review and how
 * to see them, instead of "no duplicates".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

describe('combine says how many groups want review', () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, '西湖店.csv'),
    ['姓名,手机号,身份证号', '马晓燕,13812345678,110101199003071234', '李娜,13712345678,'].join('\n'),
  );
  writeFileSync(
    join(dir, '滨江店.csv'),
    ['姓名,手机号,身份证号', '高峰,13912345678,110101199003071234', '赵敏,13612345678,'].join('\n'),
  );

  test('in Chinese, with the command that lists them, and that lists them', async () => {
    const combined = await run(['combine', '西湖店.csv', '滨江店.csv', '-o', 'all.xlsx'], dir);
    expect(combined.code).toBe(0);
    expect(combined.stdout).not.toContain('没有发现重复客户');
    expect(combined.stdout).toContain('另有 1 组可能重复，需人工复核：custodian dedupe all.xlsx --review 列出');
    const review = await run(['dedupe', 'all.xlsx', '--review'], dir);
    expect(review.stdout).toContain('第 2、4 行');
  });

  test('in English', async () => {
    const combined = await run(['combine', '西湖店.csv', '滨江店.csv', '-o', 'all-en.xlsx', '--locale', 'en-US'], dir);
    expect(combined.stdout).toContain(
      "Left for a person's look, as they may hold duplicates: 1 group; custodian dedupe all-en.xlsx --review lists them",
    );
  });
});
