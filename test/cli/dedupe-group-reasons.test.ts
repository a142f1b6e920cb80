import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

// One buyer in a WeCom export (2), the CRM (3) and a web form (4): row 4 shares only the CRM
// row's e-mail, and writes its company and mobile its own way.
const ROWS: CellValue[][] = [
  ['姓名', '手机', '邮箱', '公司', '城市'],
  ['陈小明', '13800138000', null, '杭州云栖科技有限公司', '杭州'],
  ['陈小明', '13800138000', 'xm.chen@yunqi.com', '杭州云栖科技有限公司', '杭州'],
  ['陈晓明', '13800138001', 'xm.chen@yunqi.com', '云栖科技', '杭州'],
  ['李娜', '13900000001', 'lina@qq.com', '上海海鲸贸易有限公司', '上海'],
  ['王芳', '13700000002', 'wf@163.com', '北京鼎盛科技有限公司', '北京'],
];

describe('custodian dedupe on a group of three rows', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'buyers.csv'), ROWS);

  test('says in Chinese why the third row is in the group, with its own cells', async () => {
    const result = await run(['dedupe', 'buyers.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('#1  第 2、3、4 行');
    // One line per column, true of the whole group, quoting each link with its own sign.
    expect(result.stdout).toContain('- 手机：相差一位数字（13800138000 = 13800138000; 13800138000 ≈ 13800138001）');
    expect(result.stdout).not.toContain('- 手机：相同');
    expect(result.stdout).toContain('- 公司：去掉公司后缀和地名后相同（杭州云栖科技有限公司 = 云栖科技）');
    expect(result.stdout).toContain('- 姓名：同音字（陈小明 = 陈小明; 陈小明 ≈ 陈晓明）');
  });

  test('says the same in English', async () => {
    const result = await run(['dedupe', 'buyers.csv', '--locale', 'en-US'], dir);
    expect(result.stdout).toContain('#1  rows 2, 3, 4');
    expect(result.stdout).toContain(
      '- 手机: numbers one digit apart (13800138000 = 13800138000; 13800138000 ≈ 13800138001)',
    );
    expect(result.stdout).toContain(
      '- 公司: same company once legal form and region are set aside (杭州云栖科技有限公司 = 云栖科技)',
    );
  });

  test('keeps the --json shape: each reason {field, column, level, similarity, message}', async () => {
    const output = JSON.parse((await run(['dedupe', 'buyers.csv', '--json'], dir)).stdout);
    expect(Object.keys(output)).toEqual(['clusters', 'rows']);
    const [cluster] = output.clusters;
    expect(Object.keys(cluster)).toEqual(['rows', 'confidence', 'reasons']);
    expect(cluster.rows).toEqual([2, 3, 4]);
    for (const reason of cluster.reasons)
      expect(Object.keys(reason)).toEqual(['field', 'column', 'level', 'similarity', 'message']);
    expect(cluster.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: '公司', level: 'suffix-removed' }),
        expect.objectContaining({ column: '手机', level: 'digit-apart' }),
      ]),
    );
  });
});
