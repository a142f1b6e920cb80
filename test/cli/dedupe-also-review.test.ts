/**
 * `custodian dedupe`: a row kept out of a certain group (one customer typed twice, and a card scan
 * with the name typed another way, the same mobile and a private mailbox) is named under that group
 * with why it may match, in the sheet's language; --json adds it to the group without changing a
 * documented field; merge leaves it alone.
 */
import { join } from 'node:path';
import { ALSO_REVIEW_EN as EN, ALSO_REVIEW_ZH as ZH, readXlsx, writeUtf8Csv } from './fixtures';
import { run, tempDir } from './run';

describe('custodian dedupe names the rows to review beside a certain group', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'zh.csv'), ZH);
  writeUtf8Csv(join(dir, 'en.csv'), EN);

  test('in Chinese for a Chinese sheet, under the group, with its cells and reasons', async () => {
    const result = await run(['dedupe', 'zh.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 组重复（2 行）');
    expect(result.stdout).toContain('#1  第 2、3 行（置信度 0.99）');
    expect(result.stdout).toContain('    另请复核第 4 行（置信度 0.81）：不随本组合并');
    expect(result.stdout).toContain('      第 4 行：张玮 | 13812345678 | zw1985@163.com | — | —');
    expect(result.stdout).toMatch(/ {6}- 手机：.*13812345678/);
  });

  test('in English for an English sheet', async () => {
    const result = await run(['dedupe', 'en.csv'], dir);
    expect(result.stdout).toContain('#1  rows 2, 3  (confidence 0.99)');
    expect(result.stdout).toContain('    also review row 4 (confidence 0.65): not merged with this group');
    expect(result.stdout).toContain('      row 4: J. Smith | +1 415 555 0134 | jsmith.home@gmail.com | — | —');
    expect(result.stdout).toContain('      - Phone: same number (+1 415 555 0134)');
    expect(result.stdout).toContain('      - Name: initials agree (John Smith ≈ J. Smith)');
  });

  test('--json adds alsoReview to the group and keeps every other field as it was', async () => {
    const result = await run(['dedupe', 'en.csv', '--json'], dir);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['clusters', 'rows']);
    expect(json.rows).toBe(6);
    expect(json.clusters).toHaveLength(1);
    const [group] = json.clusters;
    expect(Object.keys(group)).toEqual(['rows', 'confidence', 'reasons', 'alsoReview']);
    expect(group).toMatchObject({ rows: [2, 3], confidence: 0.99 });
    expect(group.alsoReview).toEqual([{ row: 4, confidence: 0.65, reasons: expect.any(Array) }]);
    expect(Object.keys(group.alsoReview[0].reasons[0])).toEqual(['field', 'column', 'level', 'similarity', 'message']);
  });

  test('merge merges the certain group only: the row to review stays', async () => {
    const result = await run(['merge', 'zh.csv', '-o', 'zh-merged.xlsx'], dir);
    expect(result.code).toBe(0);
    const book = await readXlsx(join(dir, 'zh-merged.xlsx'));
    const names: string[] = [];
    book.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names).toEqual(['张伟', '张玮', '李娜', '王芳', '刘强']);
  });
});
