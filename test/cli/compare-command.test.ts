import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../cli/io';
import { SALES_ROWS } from '../operations/combine-fixtures';
import { threeFiles } from './combine-files';
import { run, tempDir } from './run';

describe('compare-command', () => {
  test('lists which customers of a Chinese workbook are already in a GBK export and writes B with a status column', async () => {
    const dir = await threeFiles();
    const result = await run(['compare', '企微客户导出.csv', '销售A.xlsx', '-o', '销售A-对比.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '对比 销售A.xlsx!客户（B，4 行）与 企微客户导出.csv（A，4 行）：',
        '已存在于 A：2 位客户',
        '  第 3 行  李 娜 | +86 139-0013-9000 | 上海明远贸易有限公司  → A 第 3 行',
        // Why each row is taken for one of A, as dedupe explains a group.
        '      - 手机：相同（+86 139-0013-9000 = 13900139000）',
        '      - 姓名：相同（李 娜 = 李娜）',
        '      - 公司：相同（上海明远贸易有限公司）',
        '  第 4 行  张伟 | +86 138-0013-8000 | 杭州西湖茶业  → A 第 2 行',
        '      - 手机：相同（+86 138-0013-8000 = 138 0013 8000）',
        '      - 姓名：相同（张伟）',
        '      - 公司：去掉公司后缀和地名后相同（杭州西湖茶业 = 杭州西湖茶业有限公司）',
        '新客户：2 位客户',
        '  第 2 行  周杰 | 13500135000 | 宁波海曙五金有限公司',
        '  第 5 行  陈静 | 18600186000 | Lakeside Trading LLC',
        '已写入 销售A-对比.xlsx（B 加上「对比结果」列）',
        '',
      ].join('\n'),
    );
    const written = await readWorkbookFile(join(dir, '销售A-对比.xlsx'));
    expect(written.snapshot.values.map((row) => row[6])).toEqual([
      '对比结果',
      '新客户',
      '已存在（企微客户导出.csv 第 3 行）',
      '已存在（企微客户导出.csv 第 2 行）',
      '新客户',
    ]);
    // B's own cells and real dates are as they were (an empty text cell reads back as empty).
    expect(written.snapshot.values.map((row) => row.slice(0, 6))).toEqual(
      SALES_ROWS.map((row) => row.map((v) => (v === '' ? null : v))),
    );
  });

  test('words the result in English when B is an English list, and rewrites its status column when compared again', async () => {
    const dir = await threeFiles();
    const first = await run(['compare', '销售A.xlsx', 'partner-crm.csv', '-o', 'crm-compared.csv'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Compared partner-crm.csv (B, 4 rows) with 销售A.xlsx!客户 (A, 4 rows):');
    expect(first.stdout).toContain('Already in A: 2 customers');
    expect(first.stdout).toContain('  row 3  Wei Zhang | +86 138 0013 8000 | zhangwei@xihutea.com  → A row 4');
    expect(first.stdout).toContain('New: 2 customers');
    const again = await run(['compare', '销售A.xlsx', 'crm-compared.csv', '-o', 'crm-compared-2.csv'], dir);
    expect(again.code).toBe(0);
    const text = readFileSync(join(dir, 'crm-compared-2.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0]).toBe('Full Name,Mobile,Email,Company,City,Lead Owner,Compared');
    expect(text).toContain('In 销售A.xlsx!客户 (row 4)');
  });

  test('prints counts and rows as JSON when matching exactly on a column each list heads differently', async () => {
    const dir = await threeFiles();
    const result = await run(
      ['compare', 'partner-crm.csv', '企微客户导出.csv', '--json', '--exact', '--columns', '手机号'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      a: { name: 'partner-crm.csv', rows: 4 },
      b: { name: '企微客户导出.csv', rows: 4 },
      counts: { existing: 1, possible: 0, new: 3 },
      rows: [
        {
          row: 2,
          status: 'existing',
          inA: [3],
          confidence: 1,
          reasons: [
            { column: '手机', level: 'exact', message: '手机: same value (138 0013 8000 = +86 138 0013 8000)' },
          ],
        },
        { row: 3, status: 'new', inA: [] },
        { row: 4, status: 'new', inA: [] },
        { row: 6, status: 'new', inA: [] },
      ],
    });
  });

  test('stops naming the file and writes nothing when a file is missing or not two are given', async () => {
    const dir = await threeFiles();
    const missing = await run(['compare', '老客户.xlsx', 'partner-crm.csv', '-o', 'out.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('老客户.xlsx');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
    const three = await run(['compare', '销售A.xlsx', 'partner-crm.csv', '企微客户导出.csv'], dir);
    expect(three.code).toBe(2);
    expect(three.stderr).toContain('name two files');
    const over = await run(['compare', '销售A.xlsx', 'partner-crm.csv', '-o', 'partner-crm.csv'], dir);
    expect(over.code).toBe(2);
    expect(readFileSync(join(dir, 'partner-crm.csv'), 'utf8')).not.toContain('Compared');
  });

  test('prints its own help when asked with --help', async () => {
    const result = await run(['compare', '--help'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: custodian compare A B');
    expect(result.stdout).toContain('对比结果 / Compared');
  });
});
