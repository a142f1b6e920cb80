import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = ['--today', '2026-11-29'];

/** A Taiwan shop's list of company customers, typed in traditional characters, with two bare mobiles. */
const TAIWAN_ROWS: CellValue[][] = [
  ['客戶名稱', '聯絡人', '電郵', '手機'],
  ['台積電', '張志明', 'chang@tsmc.com.tw', '0912345678'],
  ['鴻海', '林美玲', 'lin@foxconn.com', '0933111222'],
];

interface Issue {
  row: number;
  column: string;
  severity: string;
  code: string;
  value: unknown;
}

async function issuesOf(file: string, dir: string): Promise<Issue[]> {
  const check = await run(['check', file, '--json', ...TODAY], dir);
  expect(check.stderr).toBe('');
  return JSON.parse(check.stdout).issues as Issue[];
}

async function xlsxRows(path: string): Promise<unknown[][]> {
  const sheet = (await readXlsx(path)).worksheets.find((s) => !s.name.startsWith('_') && s.state !== 'hidden')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('custodian clean of a list in traditional characters', () => {
  const dir = tempDir();
  writeUtf8Csv(join(dir, 'tw.csv'), TAIWAN_ROWS);

  test('writes the Taiwan mobiles check announces, and its output has no error the input lacked', async () => {
    const before = await issuesOf('tw.csv', dir);
    expect(before.filter((i) => i.column === '手機').map((i) => [i.row, i.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
    ]);

    for (const out of ['tw.clean.xlsx', 'tw.clean.csv']) {
      const clean = await run(['clean', 'tw.csv', '-o', out, ...TODAY], dir);
      expect(clean.code).toBe(0);
      expect(clean.stdout).not.toMatch(/错误/);
      const rows = out.endsWith('.csv')
        ? readFileSync(join(dir, out), 'utf8')
            .replace(/^\ufeff/, '')
            .split(/\r?\n/)
            .map((line) => line.split(','))
        : await xlsxRows(join(dir, out));
      // A CSV writes a value starting with + behind a ' (announced), so no spreadsheet reads it as a formula.
      expect(rows.slice(1, 3).map((r) => String(r[3]).replace(/^'/, ''))).toEqual([
        '+886 912 345 678',
        '+886 933 111 222',
      ]);

      const afterClean = await issuesOf(out, dir);
      const had = new Set(before.map((i) => `${i.row}:${i.code}`));
      expect(afterClean.filter((i) => i.severity === 'error' && !had.has(`${i.row}:${i.code}`))).toEqual([]);
    }
  });

  test('reads the phones as check does where only the names and one header are in traditional characters', async () => {
    // Few traditional characters: the labels clean appends in simplified ones outnumber them.
    writeUtf8Csv(join(dir, 'names.csv'), [
      ['姓名', '手機', 'Email'],
      ['陳大文', '0912345678', 'chen@example.com.tw'],
      ['張美玲', '0933111222', 'chang@example.com.tw'],
    ]);
    const before = await issuesOf('names.csv', dir);
    expect(before.filter((i) => i.severity === 'error')).toEqual([]);
    const clean = await run(['clean', 'names.csv', '-o', 'names.clean.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);
    const rows = await xlsxRows(join(dir, 'names.clean.xlsx'));
    expect(rows.slice(1, 3).map((r) => r[1])).toEqual(['+886 912 345 678', '+886 933 111 222']);
    expect((await issuesOf('names.clean.xlsx', dir)).filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('keeps a column of company names headed 客戶名稱, and the traditional headers as typed', async () => {
    await run(['clean', 'tw.csv', '-o', 'headers.xlsx', ...TODAY], dir);
    const [headers] = await xlsxRows(join(dir, 'headers.xlsx'));
    // 客戶名稱 names a company (台積電), not a person: 姓名 would say otherwise.
    expect(headers!.slice(0, 4)).toEqual(['客戶名稱', '聯絡人', '電郵', '手機']);
  });
});
