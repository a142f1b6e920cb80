/**
 * `custodian dedupe` lists the groups it would merge; groups that may be duplicates but want a
 * person's look (one member's card under two names with other birthdays) are listed with --review.
 * Without it the text says how many were left out and how to see them, so "0 groups" never hides
 * them; --json, the scripting interface, keeps its shape.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

const MEMBERS = [
  '会员卡号,姓名,手机号,生日,开卡门店,累计消费',
  'VIP0001,张丽,13812345678,03-05,万达店,1200',
  'VIP0001,刘强,13812345678,11-20,万达店,300',
  'VIP0002,王芳,13712345678,,银泰店,500',
].join('\n');

describe('dedupe says how many groups want review when it does not list them', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'members.csv'), MEMBERS);

  test('in the sheet’s language, and in English', async () => {
    const zh = await run(['dedupe', 'members.csv'], dir);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('0 组重复');
    expect(zh.stdout).toContain('另有 1 组可能重复，需人工复核：加 --review 列出');
    const en = await run(['dedupe', 'members.csv', '--locale', 'en-US'], dir);
    expect(en.stdout).toContain(
      "One more group may hold duplicates and wants a person's look: add --review to list it",
    );
  });

  test('--review lists the group instead, and --json is unchanged', async () => {
    const review = await run(['dedupe', 'members.csv', '--review'], dir);
    expect(review.stdout).toContain('第 2、3 行');
    expect(review.stdout).not.toContain('--review');
    const json = await run(['dedupe', 'members.csv', '--json'], dir);
    expect(JSON.parse(json.stdout)).toEqual({ clusters: [], rows: 3 });
  });
});
