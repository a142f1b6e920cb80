/**
 * `custodian export` of a WeCom customer export whose remark names join the person and the company
 * with a space (王志刚 森源建材), one of them with a person's part that is a city's name too (金华
 * 森源建材): the person and company are split where they read one way, and the other is named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

// prettier-ignore
const WECOM = [
  ['客户名称', '备注名', '添加时间', '添加人', '手机号', '备注企业名称'],
  ['A王总-建材', '王志刚 森源建材', '2024-04-02 16:05:00', '陈晨', '15811112222', ''],
  ['宏达李', '宏达五金 李建国', '2024-04-03 10:20:00', '陈晨', '15811113333', ''],
  ['王哥', '王总 森源建材', '2024-04-05 09:00:00', '刘强', '15811114444', ''],
  ['🌸Lily🌸', '李莉 美的集团', '2024-04-06 09:00:00', '刘强', '13587654321', '美的集团股份有限公司'],
  ['阿明', '金华 森源建材', '2024-04-07 09:00:00', '刘强', '15811116666', ''],
];

describe('custodian export of spaced remark names', () => {
  const dir = tempDir();

  test.each<[string, string[], string]>([
    ['zh-CN', [], '1 个姓名（第 6 行，如“金华 森源建材”）有两种读法'],
    ['en-US', ['--locale', 'en-US'], '1 name (row 6, such as "金华 森源建材") read two ways'],
  ])('splits the person from the company and names the remark of two readings (%s)', async (_locale, flags, line) => {
    writeUtf8Csv(join(dir, '企业微信客户.csv'), WECOM, { bom: true });
    const result = await run(
      ['export', '企业微信客户.csv', '--to', 'hubspot', '-o', 'hubspot.csv', '--today', '2024-06-30', ...flags],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(line);
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(join(dir, 'hubspot.csv'), 'utf8'), {
      skipEmptyLines: true,
    }).data;
    const pick = (row: string[]) =>
      ['First Name', 'Last Name', 'Company Name'].map((column) => row[header!.indexOf(column)]);
    expect(rows.map(pick).slice(0, 4)).toEqual([
      ['志刚', '王', '森源建材'],
      ['建国', '李', '宏达五金'],
      ['', '王总', '森源建材'],
      ['莉', '李', '美的集团股份有限公司'],
    ]);
  });
});
