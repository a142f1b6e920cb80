/**
 * `custodian dedupe`: a row kept out of a certain group (one customer typed twice, and a card scan
 * with the name typed another way, the same mobile and a private mailbox) is named under that group
 * with why it may match, in the sheet's language; --json adds it to the group without changing a
 * documented field; merge leaves it alone.
 */
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { readXlsx, writeUtf8Csv } from './fixtures';
import { run, tempDir } from './run';

const ZH: CellValue[][] = [
  ['姓名', '手机', '邮箱', '公司', '城市'],
  ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
  ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
  ['张玮', '13812345678', 'zw1985@163.com', null, null],
  ['李娜', '13900000001', 'lina@qq.com', '上海海鲸贸易有限公司', '上海'],
  ['王芳', '13700000002', 'wf@163.com', '北京鼎盛科技有限公司', '北京'],
  ['刘强', '13600000003', 'lq@126.com', '广州白云电器有限公司', '广州'],
];

const EN: CellValue[][] = [
  ['Name', 'Phone', 'Email', 'Company', 'City'],
  ['John Smith', '+1 415 555 0134', 'john.smith@acme.com', 'Acme Corp', 'San Francisco'],
  ['John Smith', '+1 415 555 0134', 'john.smith@acme.com', 'Acme Corp', 'San Francisco'],
  ['J. Smith', '+1 415 555 0134', 'jsmith.home@gmail.com', null, null],
  ['Maria Garcia', '+1 212 555 0188', 'mgarcia@globex.com', 'Globex', 'New York'],
  ['Wei Chen', '+1 206 555 0101', 'wchen@initech.com', 'Initech', 'Seattle'],
  ['Priya Patel', '+1 312 555 0177', 'ppatel@umbrella.com', 'Umbrella Inc', 'Chicago'],
];

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
