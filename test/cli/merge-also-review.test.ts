/**
 * `custodian merge --also-review ROWS`: a row dedupe names under a group ("also review row 4") is
 * merged with that group when the user asks for it, by the row number dedupe showed; without the
 * option the summary names the rows left apart and how to merge them; a row no group offers is refused.
 */
import { join } from 'node:path';
import { ALSO_REVIEW_EN as EN, ALSO_REVIEW_ZH as ZH, readXlsx, writeUtf8Csv } from './fixtures';
import { run, tempDir } from './run';

/** The first column of the first sheet below the header, and the archive sheet's data rows. */
async function namesAndArchive(path: string): Promise<{ names: string[]; archived: number }> {
  const book = await readXlsx(path);
  const names: string[] = [];
  book.worksheets[0]!.eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(1).value));
  });
  const archive = book.worksheets.find((s) => /归档|archive/i.test(s.name));
  return { names, archived: (archive?.actualRowCount ?? 1) - 1 };
}

describe('custodian merge --also-review', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'zh.csv'), ZH);
  writeUtf8Csv(join(dir, 'en.csv'), EN);
  // The same list under a title row: dedupe names rows as this file numbers them.
  writeUtf8Csv(join(dir, 'titled.csv'), [['客户名单 2026'], ...ZH]);

  test('without it, the summary names the row left apart and the option that merges it (zh-CN)', async () => {
    const result = await run(['merge', 'zh.csv', '-o', 'zh-plain.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('第 4 行可能也是已合并组的客户，未合并');
    expect(result.stdout).toContain('--also-review 4');
    expect((await namesAndArchive(join(dir, 'zh-plain.xlsx'))).names).toEqual(['张伟', '张玮', '李娜', '王芳', '刘强']);
  });

  test('with it, the row is merged into its group and archived like the group’s other rows', async () => {
    const result = await run(['merge', 'zh.csv', '-o', 'zh-also.xlsx', '--also-review', '4'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('第 3、4 行 → 第 2 行');
    expect(result.stdout).not.toContain('未合并（custodian dedupe');
    const { names, archived } = await namesAndArchive(join(dir, 'zh-also.xlsx'));
    expect(names).toEqual(['张伟', '李娜', '王芳', '刘强']);
    // The kept row as it was, and the two rows merged into it.
    expect(archived).toBe(3);
  });

  test('in English, and by the row number dedupe shows above the header', async () => {
    const plain = await run(['merge', 'en.csv', '-o', 'en-plain.xlsx'], dir);
    expect(plain.stdout).toContain(
      'Row 4 may also hold the customer of a merged group and was not merged (custodian dedupe lists it); --also-review 4 merges it with its group.',
    );
    const also = await run(['merge', 'en.csv', '-o', 'en-also.xlsx', '--also-review', '4'], dir);
    expect(also.code).toBe(0);
    expect((await namesAndArchive(join(dir, 'en-also.xlsx'))).names).toEqual([
      'John Smith',
      'Maria Garcia',
      'Wei Chen',
      'Priya Patel',
    ]);

    const dedupe = await run(['dedupe', 'titled.csv'], dir);
    expect(dedupe.stdout).toContain('另请复核第 5 行');
    const titled = await run(['merge', 'titled.csv', '-o', 'titled.xlsx', '--also-review', '5'], dir);
    expect(titled.code).toBe(0);
    expect(titled.stdout).toContain('第 4、5 行 → 第 3 行');
  });

  test('a row no merged group offers, or a value that is not row numbers, is refused and nothing is written', async () => {
    const stray = await run(['merge', 'zh.csv', '-o', 'stray.xlsx', '--also-review', '5'], dir);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--also-review: row 5 is not offered with a merged group');
    const words = await run(['merge', 'zh.csv', '-o', 'words.xlsx', '--also-review', 'row 4'], dir);
    expect(words.code).toBe(2);
    expect(words.stderr).toContain('--also-review takes row numbers separated by commas');
    await expect(readXlsx(join(dir, 'stray.xlsx'))).rejects.toThrow();
  });
});
