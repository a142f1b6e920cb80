/**
 * A data column filled by a formula whose result is an error (负责人 from a VLOOKUP into a staff table
 * that lacks one salesperson: #N/A): check says so on its row and column, export leaves the owner empty
 * and says why, and clean leaves the formula as it is.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv } from './fixtures';

async function writeList(path: string, english = false): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(english ? 'Customers' : '客户');
  // prettier-ignore
  const rows = english
    ? [
        ['Name', 'Phone', 'Email', 'Rep ID', 'Owner'],
        ['Sarah Mitchell', '(503) 555-0142', 'sarah@cascadeind.com', 'R01', 'Tom Baker'],
        ['Kevin Walsh', '(207) 555-0119', 'kevin@harbormarine.com', 'R07', { formula: 'VLOOKUP(D3,Reps!A:B,2,FALSE)', result: { error: '#N/A' } }],
        ['Dana Whitfield', '(415) 555-0173', 'dana@northwind.com', 'R02', { formula: 'B9/0', result: { error: '#DIV/0!' } }],
      ]
    : [
        ['姓名', '手机', '邮箱', '销售工号', '负责人'],
        ['王建国', '13811112222', 'wangjg@hongda.com', 'S01', '张敏'],
        ['李娜', '13911113333', 'lina@ruifeng.cn', 'S02', '刘洋'],
        ['林晓东', '13600001111', 'linxd@lanhai.com', 'S01', '张敏'],
        ['赵强', '13700002222', 'zhaoq@yunfan.cn', 'S09', { formula: 'VLOOKUP(D5,销售!A:B,2,FALSE)', result: { error: '#N/A' } }],
      ];
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

function csvRows(path: string): Record<string, string>[] {
  const [header, ...rows] = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), {
    skipEmptyLines: true,
  }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('a formula error (#N/A) in a data column', () => {
  const dir = tempDir();

  test('check warns on 赵强’s 负责人, naming the error', async () => {
    await writeList(join(dir, 'owners.xlsx'));
    const result = await run(['check', 'owners.xlsx', '--json'], dir);
    const json = JSON.parse(result.stdout) as { issues: Record<string, unknown>[] };
    expect(json.issues).toContainEqual(
      expect.objectContaining({
        row: 5,
        column: '负责人',
        code: 'value.formulaError',
        severity: 'warning',
        value: '#N/A',
      }),
    );
    const text = await run(['check', 'owners.xlsx'], dir);
    expect(text.stdout).toContain('第 5 行“负责人”：公式出错：#N/A，不是数据');
  });

  test('check says so in English, for #N/A and #DIV/0!', async () => {
    await writeList(join(dir, 'owners-en.xlsx'), true);
    const result = await run(['check', 'owners-en.xlsx'], dir);
    expect(result.stdout).toContain('Row 3, Owner: formula error #N/A, not a value');
    expect(result.stdout).toContain('Row 4, Owner: formula error #DIV/0!, not a value');
  });

  test('export leaves the owner empty and says so', async () => {
    await writeList(join(dir, 'owners.xlsx'));
    const result = await run(['export', 'owners.xlsx', '--to', 'fxiaoke', '--object', 'contacts', '-o', 'fx.csv'], dir);
    expect(result.code).toBe(0);
    const rows = csvRows(join(dir, 'fx.csv'));
    const owners = rows.map((r) => Object.entries(r).find(([, v]) => v === '张敏' || v === '#N/A'));
    expect(JSON.stringify(rows)).not.toContain('#N/A');
    expect(owners[0]).toBeDefined();
    expect(result.stderr).toContain('“负责人”有 1 个单元格是公式出错（#N/A、#REF! 之类），不是数据，已留空');
  });

  test('a CSV saved from such a sheet holds the text #N/A: read the same way', async () => {
    writeUtf8Csv(join(dir, 'owners.csv'), [
      ['Name', 'Phone', 'Owner'],
      ['Sarah Mitchell', '(503) 555-0142', 'Tom Baker'],
      ['Kevin Walsh', '(207) 555-0119', '#N/A'],
    ]);
    const check = await run(['check', 'owners.csv'], dir);
    expect(check.stdout).toContain('Row 3, Owner: formula error #N/A');
    const exported = await run(['export', 'owners.csv', '--to', 'hubspot', '-o', 'hub.csv'], dir);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'hub.csv'), 'utf8')).not.toContain('#N/A');
    expect(exported.stderr).toContain(
      '1 cell of "Contact Owner" holds a formula error (#N/A, #REF!), no value, and was written blank',
    );
  });

  test('clean leaves the formula and its error as they are', async () => {
    await writeList(join(dir, 'owners.xlsx'));
    const result = await run(['clean', 'owners.xlsx', '-o', 'owners-clean.xlsx'], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'owners-clean.xlsx'))).getWorksheet('客户')!;
    const owner = sheet.getRow(1).values as unknown[];
    const col = owner.indexOf('负责人');
    expect(sheet.getCell(5, col).value).toEqual({ formula: 'VLOOKUP(D5,销售!A:B,2,FALSE)', result: { error: '#N/A' } });
  });
});
