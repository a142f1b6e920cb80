/**
 * A customer met at a trade fair under an English company name (Hongda Hardware (Hangzhou)) and kept
 * in the home list under its Chinese one: one mobile, one e-mail, one name in pinyin, companies that
 * read apart. Combine lists only the groups sure enough for `custodian merge`; it says how many more
 * want a person's look and how to see them, instead of "no duplicates".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

describe('combine says how many groups want review', () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'a.csv'),
    [
      '客户名称,联系人,手机,邮箱',
      '杭州宏达五金有限公司,王建国,13800138000,wang@hongda.com',
      '上海明远贸易有限公司,李娜,13912345678,lina@mingyuan.cn',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'fair.csv'),
    [
      'Company,Contact,Mobile,Email,Source',
      'Hongda Hardware (Hangzhou),Wang Jianguo,+86 138 0013 8000,WANG@HONGDA.COM,Canton Fair',
      'Shenzhen Bright Electronics,Zhang Wei,+86 139 0000 1111,zw@bright.cn,Canton Fair',
    ].join('\n'),
  );

  test('in Chinese, with the command that lists them, and that lists them', async () => {
    const combined = await run(['combine', 'a.csv', 'fair.csv', '-o', 'all.xlsx'], dir);
    expect(combined.code).toBe(0);
    expect(combined.stdout).not.toContain('没有发现重复客户');
    expect(combined.stdout).toContain('另有 1 组可能重复，需人工复核：custodian dedupe all.xlsx --review 列出');
    const review = await run(['dedupe', 'all.xlsx', '--review'], dir);
    expect(review.stdout).toContain('第 2、4 行');
  });

  test('in English', async () => {
    const combined = await run(['combine', 'a.csv', 'fair.csv', '-o', 'all-en.xlsx', '--locale', 'en-US'], dir);
    expect(combined.stdout).toContain(
      "Left for a person's look, as they may hold duplicates: 1 group; custodian dedupe all-en.xlsx --review lists them",
    );
  });
});
