import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../cli/io';
import { COMBINED_HEADERS, WECOM_ROWS } from '../operations/combine-fixtures';
import { readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';
import { threeFiles } from './combine-files';
import { run, tempDir } from './run';

const FILES = ['企微客户导出.csv', '销售A.xlsx', 'partner-crm.csv'];

function sheetValues(sheet: { getRow(n: number): { values: unknown } } | undefined, rows: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 1; r <= rows; r++) out.push(((sheet?.getRow(r).values as unknown[]) ?? []).slice(1));
  return out;
}

describe('combine-command', () => {
  test('stacks three files in two languages and encodings under the template columns with where each row came from', async () => {
    const dir = await threeFiles();
    const result = await run(['combine', ...FILES, '-o', '全部客户.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const loaded = await readWorkbookFile(join(dir, '全部客户.xlsx'));
    const values = loaded.snapshot.values;
    expect(values[0]).toEqual(COMBINED_HEADERS);
    expect(values).toHaveLength(13);
    // GBK decoded, typed values kept, the source column pointing at the file and row.
    expect(values[1]!.slice(0, 2)).toEqual(['张伟', '138 0013 8000']);
    expect(values[4]![10]).toBe('企微客户导出.csv 第 6 行');
    expect(values[7]!.slice(0, 3)).toEqual(['张伟', '+86 138-0013-8000', 'zhangwei@xihutea.com']);
    expect(values[7]![10]).toBe('销售A.xlsx!客户 第 4 行');
    expect(values[10]![0]).toBe('Wei Zhang');
    expect(values[10]![10]).toBe('partner-crm.csv 第 3 行');
    // The salesperson's 上次拜访, a column no field takes, is kept with its real dates.
    expect(values[5]![9]).toEqual(new Date(Date.UTC(2024, 1, 2)));
    expect(result.stdout).toContain('已合并 3 份名单，共 12 行 → 全部客户.xlsx（工作表「客户」）');
    expect(result.stdout).toContain('  销售A.xlsx!客户：4 行（原样保留的列：上次拜访）');
    expect(result.stdout).toContain('重复客户 3 组（7 行），其中跨名单 3 组，列在「重复客户」工作表：');
    expect(result.stdout).toContain(
      '  #1  第 2、8、11 行（置信度 0.99）：企微客户导出.csv 第 2 行；销售A.xlsx!客户 第 4 行；partner-crm.csv 第 3 行',
    );
  });

  test('writes the duplicate groups across files on a second sheet when customers repeat', async () => {
    const dir = await threeFiles();
    await run(['combine', ...FILES, '-o', 'all.xlsx'], dir);
    const workbook = await readXlsx(join(dir, 'all.xlsx'));
    const duplicates = workbook.getWorksheet('重复客户');
    const rows = sheetValues(duplicates, 8);
    expect(rows[0]!.slice(0, 5)).toEqual(['组', '合并后行号', '置信度', '涉及名单数', '姓名']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[13]])).toEqual([
      [1, 2, '张伟', '企微客户导出.csv 第 2 行'],
      [1, 8, '张伟', '销售A.xlsx!客户 第 4 行'],
      [1, 11, 'Wei Zhang', 'partner-crm.csv 第 3 行'],
      [2, 3, '李娜', '企微客户导出.csv 第 3 行'],
      [2, 7, '李 娜', '销售A.xlsx!客户 第 3 行'],
      [3, 9, '陈静', '销售A.xlsx!客户 第 5 行'],
      [3, 12, 'Jing Chen', 'partner-crm.csv 第 4 行'],
    ]);
  });

  test('leaves a combined file that merge reads with the mapping combine built when merged next', async () => {
    const dir = await threeFiles();
    await run(['combine', ...FILES, '-o', 'all.xlsx'], dir);
    const merged = await run(['merge', 'all.xlsx', '-o', 'merged.xlsx', '--rule', '出处=join'], dir);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const loaded = await readWorkbookFile(join(dir, 'merged.xlsx'));
    // 12 rows, 3 groups of 7 rows: 8 customers remain, each survivor naming every row it holds.
    expect(loaded.snapshot.values).toHaveLength(9);
    const origins = loaded.snapshot.values.map((row) => String(row[10]));
    expect(origins).toContain('企微客户导出.csv 第 2 行; 销售A.xlsx!客户 第 4 行; partner-crm.csv 第 3 行');
  });

  test('heads the combined list in English when the first file is English', async () => {
    const dir = await threeFiles();
    const result = await run(['combine', 'partner-crm.csv', '销售A.xlsx', '-o', 'all.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Combined 2 lists, 8 rows → all.csv (sheet "Customers")');
    expect(result.stdout).toContain('Duplicates: 2 groups (4 rows), 2 groups across lists:');
    expect(result.stdout).toContain('  #1  rows 3, 8 (confidence 0.99): partner-crm.csv row 3; 销售A.xlsx!客户 row 4');
    expect(result.stdout).toContain('A CSV file holds one sheet; not written: Duplicates');
    const loaded = await readWorkbookFile(join(dir, 'all.csv'));
    expect(loaded.snapshot.values[0]).toEqual([
      'Name',
      'Phone',
      'Email',
      'Company',
      'Region',
      'Owner',
      'Notes',
      '上次拜访',
      'Imported from',
    ]);
  });

  test('prints the combined list as JSON when asked with --json', async () => {
    const dir = await threeFiles();
    const result = await run(['combine', ...FILES, '-o', 'all.xlsx', '--json'], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      output: string;
      rows: number;
      lists: Array<{ name: string; rows: number; columns: Record<string, string> }>;
      duplicates: Array<{ rows: number[]; lists: string[]; from: string[] }>;
    };
    expect(json.output).toBe(join(dir, 'all.xlsx'));
    expect(json.rows).toBe(12);
    expect(json.lists.map((l) => [l.name, l.rows])).toEqual([
      ['企微客户导出.csv', 4],
      ['销售A.xlsx!客户', 4],
      ['partner-crm.csv', 4],
    ]);
    expect(json.lists[0]!.columns).toMatchObject({ 客户名称: '姓名', 手机号: '手机', 添加时间: '创建日期' });
    expect(json.lists[2]!.columns).toMatchObject({ 'Full Name': '姓名', Mobile: '手机', City: '地区' });
    expect(json.duplicates[0]).toMatchObject({
      rows: [2, 8, 11],
      lists: ['企微客户导出.csv', '销售A.xlsx!客户', 'partner-crm.csv'],
    });
  });

  test('groups on the key columns exactly when asked with --exact and a header one file uses', async () => {
    const dir = await threeFiles();
    const result = await run(['combine', ...FILES, '-o', 'all.xlsx', '--json', '--exact', '--columns', 'Mobile'], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { duplicates: Array<{ rows: number[] }> };
    expect(json.duplicates.map((d) => d.rows)).toEqual([
      [2, 8, 11],
      [3, 7],
      [9, 12],
    ]);
  });

  test('reads one file with its own corrections when --map names that file', async () => {
    const dir = await threeFiles();
    // The WeCom export's 添加人 is who added the contact on WeCom, not the account's owner: left alone.
    const result = await run(
      ['combine', ...FILES, '-o', 'all.xlsx', '--json', '--map', '企微客户导出.csv:添加人=-'],
      dir,
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { lists: Array<{ columns: Record<string, string> }> };
    expect(json.lists[0]!.columns['添加人']).toBe('添加人');
    expect(json.lists[2]!.columns['Lead Owner']).toBe('负责人');
    const bad = await run(['combine', ...FILES, '-o', 'other.xlsx', '--map', '添加人=-'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--map "添加人=-" names none of the files');
    expect(existsSync(join(dir, 'other.xlsx'))).toBe(false);
  });

  test('stops naming the file and writes nothing when one file is missing', async () => {
    const dir = await threeFiles();
    const result = await run(['combine', '企微客户导出.csv', '销售B.xlsx', 'partner-crm.csv', '-o', 'all.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('销售B.xlsx');
    expect(existsSync(join(dir, 'all.xlsx'))).toBe(false);
  });

  test('stops naming the file and writes nothing when one file is not a spreadsheet', async () => {
    const dir = await threeFiles();
    writeFileSync(join(dir, '名片.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const result = await run(['combine', ...FILES, '名片.png', '-o', 'all.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('名片.png');
    expect(existsSync(join(dir, 'all.xlsx'))).toBe(false);
  });

  test('stops naming the file and writes nothing when a workbook holds no customer list', async () => {
    const dir = await threeFiles();
    await writeXlsx(join(dir, '说明.xlsx'), [['使用说明'], ['每周五前更新客户表']], { sheet: '说明' });
    const result = await run(['combine', ...FILES, '说明.xlsx', '-o', 'all.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('说明.xlsx');
    expect(existsSync(join(dir, 'all.xlsx'))).toBe(false);
  });

  test('names two files of one name by their folders when both are combined', async () => {
    const dir = await threeFiles();
    mkdirSync(join(dir, '华东'));
    mkdirSync(join(dir, '华南'));
    writeUtf8Csv(join(dir, '华东', '客户.csv'), WECOM_ROWS.slice(0, 3));
    writeUtf8Csv(join(dir, '华南', '客户.csv'), [WECOM_ROWS[0]!, WECOM_ROWS[3]!]);
    const result = await run(['combine', '华东/客户.csv', '华南/客户.csv', '-o', 'all.xlsx', '--json'], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { lists: Array<{ name: string }> };
    expect(json.lists.map((l) => l.name)).toEqual([join('华东', '客户.csv'), join('华南', '客户.csv')]);
  });

  test('refuses when given one file, no output, an output that is an input, or an unknown key column', async () => {
    const dir = await threeFiles();
    const one = await run(['combine', '销售A.xlsx', '-o', 'all.xlsx'], dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('name two or more files');
    const noOut = await run(['combine', ...FILES], dir);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('-o');
    const over = await run(['combine', ...FILES, '-o', '销售A.xlsx'], dir);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('will not write over the input file 销售A.xlsx');
    const twice = await run(['combine', '销售A.xlsx', './销售A.xlsx', '-o', 'all.xlsx'], dir);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('销售A.xlsx is named twice');
    const unknown = await run(['combine', ...FILES, '-o', 'all.xlsx', '--exact', '--columns', '微信号'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--columns names "微信号", which no list has');
    expect(existsSync(join(dir, 'all.xlsx'))).toBe(false);
  });

  test('prints its own help when asked with --help', async () => {
    const result = await run(['combine', '--help'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: custodian combine A.xlsx B.csv');
    expect(result.stdout).toContain('出处 / Imported from');
  });
});
