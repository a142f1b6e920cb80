/**
 * What `custodian export` says of a hand-kept list's continuation lines (序号 and 客户姓名 blank, only a
 * follow-up, a note or the home landline under a customer): they are no contact of their own and are
 * left out of the files, and the report says which rows, which customer each continues and why, in
 * the sheet's language and in English; --json adds the skipped rows to the report scripts read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { planExport } from '../../shared/export/plan-export';
import { sheet } from '../operations/fixtures';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-07-01'];

// A home-renovation firm's 客户跟进表 as typed line by line: 王丽华's home landline and second visit on a
// line of their own (row 3), and 孙美玲's next call on another (row 6).
const LIST = [
  ['序号', '客户姓名', '手机', '家庭电话', '小区', '跟进记录', '最近联系', '备注'],
  ['1', '王丽华', '13805712345', '', '绿城桂花园', '3月2日量房', '2024-03-02', '预算15万'],
  ['', '', '', '0571-86671234', '', '3月9日出设计图', '', '晚上打家里'],
  ['2', '赵强', '139 5710 2288', '', '万科良渚文化村', '已交定金', '2024-03-15', ''],
  ['3', '孙美玲', '18657101234', '', '滨江金色海岸', '等老公回来再定', '2024-03-20', ''],
  ['', '', '', '', '', '4月初再联系', '', ''],
  ['4', '钱伟', '13588812345', '', '西溪诚园', '已签合同', '2024-04-02', '老客户介绍'],
];

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('planExport: continuation lines are skipped rows, each with why', () => {
  test('the report lists rows 3 and 6 as continuations of the customers in rows 2 and 5', () => {
    const { files, report } = planExport(sheet(LIST), { crm: 'zoho', now: new Date('2024-07-01T00:00:00Z') });
    expect(files.flatMap((f) => f.sourceRows)).toEqual([2, 4, 5, 7]);
    expect(report.rows).toBe(4);
    expect(report.skippedRows).toEqual({ continuation: 2 });
    expect(report.skippedRowNumbers).toEqual([
      { row: 3, reason: 'continuation', customerRow: 2 },
      { row: 6, reason: 'continuation', customerRow: 5 },
    ]);
  });

  test('a list with no such line skips none', () => {
    const { report } = planExport(sheet([LIST[0]!, LIST[1]!, LIST[3]!]), { crm: 'zoho' });
    expect(report.skippedRows).toEqual({});
    expect(report.skippedRowNumbers).toEqual([]);
  });
});

describe('custodian export: continuation lines of a hand-kept list', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, '客户跟进表.csv'), LIST, { bom: true });

  test('the Chinese report says rows 3 and 6 were skipped, whose lines they are and why', async () => {
    const result = await run(['export', '客户跟进表.csv', '--to', 'zoho', '-o', 'zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '跳过 2 行（第 3、6 行）：是上方客户的续行（没有姓名和序号，只有跟进记录、备注或另一个电话；第 3 行续第 2 行，第 6 行续第 5 行），不是单独的客户，未导出；如需导出其中的内容，请并入该客户所在的行',
    );
    // What the report says is what the file holds: four contacts, no nameless one.
    const rows = readRows(join(dir, 'zoho.csv'));
    expect(rows.map((r) => `${r['Last Name']}${r['First Name']}`)).toEqual(['王丽华', '赵强', '孙美玲', '钱伟']);
    expect(rows.some((r) => r['Mobile'] === '')).toBe(false);
  });

  test('the English report says the same', async () => {
    const result = await run(
      ['export', '客户跟进表.csv', '--to', 'salesforce', '-o', 'sf.csv', '--locale', 'en-US', ...TODAY],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "Skipped 2 rows (rows 3, 6): each continues the customer above it (no name or row number, only a follow-up, a note or another phone; row 3 continues row 2, row 6 continues row 5), no customer of its own, so not exported; to export what they hold, move it into that customer's row",
    );
  });

  test('--json adds the skipped rows and keeps the fields scripts read', async () => {
    const result = await run(['export', '客户跟进表.csv', '--to', 'fxiaoke', '-o', 'fx.csv', '--json', ...TODAY], dir);
    expect(result.code).toBe(0);
    const { files, report } = JSON.parse(result.stdout) as {
      files: { rows: number }[];
      report: Record<string, unknown>;
    };
    expect(files.reduce((n, f) => n + f.rows, 0)).toBe(4);
    expect(report).toMatchObject({
      rows: 4,
      errorRows: expect.any(Number),
      errorRowNumbers: expect.any(Array),
      skippedRows: { continuation: 2 },
      skippedRowNumbers: [
        { row: 3, reason: 'continuation', customerRow: 2 },
        { row: 6, reason: 'continuation', customerRow: 5 },
      ],
    });
  });

  test('a list with no continuation line says nothing of skipped rows', async () => {
    writeUtf8Csv(join(dir, '已整理.csv'), [LIST[0]!, LIST[1]!, LIST[3]!], { bom: true });
    const result = await run(['export', '已整理.csv', '--to', 'hubspot', '-o', 'hs.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('跳过');
    expect(result.stderr).not.toContain('续行');
  });
});
