/** A checkbox column slid into the name column of an .xlsx: check names the cell, not a spacing fix. */
import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

describe('custodian check on TRUE in a name column', () => {
  const dir = tempDir();

  test('says, in the sheet language, that TRUE is no name, showing it as Excel does', async () => {
    await writeXlsx(
      join(dir, 'sign-ups.xlsx'),
      [
        ['Full Name', 'Email', 'Mobile'],
        ['Mary Smith', 'mary@example.com', '+1 415 555 0100'],
        [true, 'j.doe@example.com', '+1 415 555 0101'],
      ],
      { sheet: 'Sign-ups' },
    );
    const en = await run(['check', 'sign-ups.xlsx', ...TODAY], dir);
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/\n3 +Full Name +error +TRUE +Row 3, Full Name: TRUE is a true\/false value/);
    expect(en.stdout).not.toMatch(/spacing/i);
    const json = JSON.parse((await run(['check', 'sign-ups.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(json.issues).toEqual([
      expect.objectContaining({ row: 3, column: 'Full Name', code: 'name.trueFalse', value: true }),
    ]);

    await writeXlsx(join(dir, '报名.xlsx'), [
      ['姓名', '手机号', '邮箱'],
      ['张伟', '13800138000', 'zhangwei@example.cn'],
      [false, '13900139000', 'lina@example.cn'],
    ]);
    const zh = await run(['check', '报名.xlsx', ...TODAY], dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/\n3 +姓名 +错误 +FALSE +第 3 行“姓名”：FALSE 是真\/假值/);
  });
});
