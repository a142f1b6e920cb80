import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { run, tempDir } from './run';
import { DUPLICATE_CUSTOMERS_ZH, readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';
import type { CellValue } from '../../shared/sheet/cell-value';

const ZH = DUPLICATE_CUSTOMERS_ZH;

const EN: CellValue[][] = [
  ['Name', 'Phone', 'Email', 'Company'],
  ['John Smith', '+1 415 555 2671', 'john@acme.com', 'Acme Ltd'],
  ['Jon Smith', '(415) 555-2671', 'JOHN@ACME.COM', 'Acme'],
  ['Mary Jones', '+1 212 555 0100', 'mary@globex.com', 'Globex'],
];

/** A sheet's values row by row, blanks as null, up to `width` columns (rows left empty by deletes dropped at the end). */
function valuesOf(sheet: ExcelJS.Worksheet, width: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= width; c++) {
      const value = sheet.getCell(r, c).value;
      row.push(value === undefined ? null : (value as CellValue));
    }
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  return rows;
}

describe('custodian dedupe --action', () => {
  const dir = tempDir();
  const zh = join(dir, '客户.xlsx');
  const exact = ['--exact', '--columns', '手机'];

  beforeAll(async () => {
    await writeXlsx(zh, ZH);
    writeUtf8Csv(join(dir, 'en.csv'), EN);
  });

  test('adds the 重复状态 column and prints the summary in Chinese when the sheet is Chinese', async () => {
    const result = await run(['dedupe', '客户.xlsx', ...exact, '--action', 'status', '-o', 'status.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^客户\.xlsx → .*status\.xlsx：标记了 2 组共 4 行重复，其余 1 行唯一\n$/);
    const sheet = (await readXlsx(join(dir, 'status.xlsx'))).getWorksheet('客户')!;
    expect(valuesOf(sheet, 6).map((r) => r[5])).toEqual([
      '重复状态',
      '重复（第 1 组）',
      '重复（第 2 组）',
      '重复（第 1 组）',
      '唯一',
      '重复（第 2 组）',
    ]);
  });

  test('rewrites the same status column when run again on its own output', async () => {
    await run(['dedupe', '客户.xlsx', ...exact, '--action', 'status', '-o', 'once.xlsx'], dir);
    const again = await run(['dedupe', 'once.xlsx', ...exact, '--action', 'status', '-o', 'twice.xlsx'], dir);
    expect(again.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'twice.xlsx'))).getWorksheet('客户')!;
    expect(valuesOf(sheet, 7)[0]).toEqual(['客户编号', '姓名', '手机', '邮箱', '公司', '重复状态', null]);
  });

  test('copies each group to 重复客户 with the group and source row, leaving the list as it was', async () => {
    const result = await run(['dedupe', '客户.xlsx', ...exact, '--action', 'copy', '-o', 'copy.xlsx', '--json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      action: 'copy',
      groups: 2,
      rowsChanged: 4,
      remaining: 5,
      sheet: '重复客户',
    });
    const workbook = await readXlsx(join(dir, 'copy.xlsx'));
    expect(valuesOf(workbook.getWorksheet('客户')!, 5)).toEqual(ZH);
    expect(valuesOf(workbook.getWorksheet('重复客户')!, 3)).toEqual([
      ['组号', '原行号', '客户编号'],
      [1, 2, 'C000001'],
      [1, 4, 'C000003'],
      [2, 3, 'C000002'],
      [2, 6, 'C000005'],
    ]);
  });

  test('moves duplicates to a fresh sheet when 重复客户 is the user’s own, keeping the first row of each group', async () => {
    const own = join(dir, 'own.xlsx');
    await writeXlsx(own, ZH);
    const ExcelJSModule = (await import('exceljs')).default;
    const workbook = new ExcelJSModule.Workbook();
    await workbook.xlsx.readFile(own);
    workbook.addWorksheet('重复客户').addRow(['我的备注']);
    await workbook.xlsx.writeFile(own);

    const result = await run(
      ['dedupe', 'own.xlsx', ...exact, '--action', 'move', '--keep', 'first', '-o', 'moved.xlsx', '--json'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      action: 'move',
      groups: 2,
      rowsChanged: 2,
      remaining: 3,
      sheet: '重复客户 (2)',
    });
    const moved = await readXlsx(join(dir, 'moved.xlsx'));
    expect(valuesOf(moved.getWorksheet('重复客户')!, 1)).toEqual([['我的备注']]);
    expect(moved.getWorksheet('重复客户 (2)')!.rowCount).toBe(5);
    expect(valuesOf(moved.getWorksheet('客户')!, 1).map((r) => r[0])).toEqual([
      '客户编号',
      'C000001',
      'C000002',
      'C000004',
    ]);
    expect(valuesOf(moved.getWorksheet('合并归档')!, 7).map((r) => r[6])).toEqual([
      '角色',
      '已移动（重复）',
      '已移动（重复）',
    ]);
  });

  test('deletes duplicates in an English CSV and undo brings the rows back', async () => {
    const result = await run(
      ['dedupe', 'en.csv', '--exact', '--columns', 'Phone', '--action', 'delete', '-o', 'deleted.xlsx'],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Deleted 1 row from 1 group; 2 customers remain\n$/);
    const deleted = await readXlsx(join(dir, 'deleted.xlsx'));
    const sheet = deleted.worksheets[0]!;
    expect(valuesOf(sheet, 1).map((r) => r[0])).toEqual(['Name', 'John Smith', 'Mary Jones']);
    const log = valuesOf(deleted.getWorksheet('Custodian Log')!, 7);
    expect(log[1]!.slice(2, 7)).toEqual(['delete duplicates', sheet.name, 'row 2', '3', 'group 1']);

    const undone = await run(['undo', 'deleted.xlsx', '-o', 'undone.xlsx'], dir);
    expect(undone.code).toBe(0);
    const back = (await readXlsx(join(dir, 'undone.xlsx'))).worksheets[0]!;
    expect(valuesOf(back, 4)).toEqual(EN);
  });

  test.each([
    [['--action', 'delete'], /name it with -o/],
    [
      ['--action', 'purge', '-o', 'x.xlsx'],
      /--action must be status, copy, move, delete, highlight or unhighlight, not "purge"/,
    ],
    [['--action', 'copy', '-o', 'x.csv'], /a CSV file cannot hold/],
    [['--action', 'highlight', '-o', 'x.csv'], /paints a fill, which a CSV file cannot hold/],
    [['--action', 'delete', '-o', 'x.csv'], /keeps the deleted rows in an archive sheet, which a CSV file cannot hold/],
    [['-o', 'x.xlsx'], /-o and --keep go with --action/],
    [['--action', 'delete', '-o', 'x.xlsx', '--review'], /lower --threshold instead of --review/],
  ])('refuses %j with a usage error (exit 2)', async (args, message) => {
    const result = await run(['dedupe', '客户.xlsx', ...exact, ...args], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  test('describes the actions in dedupe --help', async () => {
    const result = await run(['dedupe', '--help'], dir);
    expect(result.stdout).toMatch(
      /--action ACTION\s+status, copy, move, delete, highlight or unhighlight \(needs -o\)/,
    );
    expect(result.stdout).toMatch(/"rowsChanged"/);
  });
});
