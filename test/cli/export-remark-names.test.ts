/** `custodian export` of a WeCom customer export whose remark names carry the company (张三-杭州源泉科技). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

// prettier-ignore
const WECOM = [
  ['客户名称', '客户备注', '添加时间', '添加人', '手机号', '备注企业名称'],
  ['小雨', '张三-杭州源泉科技', '2023-03-01 10:12:45', '张磊', '13811112222', ''],
  ['Rain', '李四（上海华通物流）', '2023-06-11 09:00:00', '李娜', '13911113333', ''],
  ['阿花', '赵六-华润置地', '2023-08-01 10:00:00', '王芳', '13611115555', '华润置地有限公司'],
  ['刘先生', '刘建军', '2023-05-01 11:11:11', '张磊', '15000002222', ''],
];

describe('custodian export', () => {
  const dir = tempDir();

  test('writes the person and the company of a WeCom remark name to their own columns and says so when the list is Chinese', async () => {
    writeUtf8Csv(join(dir, '企业微信客户.csv'), WECOM, { bom: true });
    const result = await run(
      ['export', '企业微信客户.csv', '--to', 'hubspot', '-o', 'hubspot.csv', '--today', '2024-06-30'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('3 个姓名里带着公司（如“张三-杭州源泉科技”“Tom Lee - Acme Ltd”）');
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(join(dir, 'hubspot.csv'), 'utf8'), {
      skipEmptyLines: true,
    }).data;
    const pick = (row: string[]) =>
      ['First Name', 'Last Name', 'Company Name'].map((column) => row[header!.indexOf(column)]);
    expect(rows.map(pick)).toEqual([
      ['三', '张', '杭州源泉科技'],
      ['四', '李', '上海华通物流'],
      ['六', '赵', '华润置地有限公司'],
      ['建军', '刘', ''],
    ]);
    // The input is read, never written.
    expect(readFileSync(join(dir, '企业微信客户.csv'), 'utf8')).toContain('张三-杭州源泉科技');
  });
});
