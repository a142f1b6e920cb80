/**
 * The built command line (bin/custodian.js) on a Chinese team's workbook: a copy or move of
 * duplicates to a new sheet is in `custodian history`, and `custodian undo` deletes that sheet, from
 * the history the file keeps, unless someone changed the sheet since.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DUPLICATE_CUSTOMERS_ZH, readXlsx, writeXlsx } from './fixtures';
import { tempDir } from './run';

const ROOT = join(__dirname, '..', '..');
const exec = promisify(execFile);

const ZH = DUPLICATE_CUSTOMERS_ZH;

/** Runs bin/custodian.js in a child process: exit code and output. */
async function custodian(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(ROOT, 'bin', 'custodian.js'), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function sheetNames(path: string): Promise<string[]> {
  return (await readXlsx(path)).worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
}

/** The list's cells, an empty text and an empty cell both as null. */
async function listValues(path: string): Promise<unknown[][]> {
  const sheet = (await readXlsx(path)).getWorksheet('客户')!;
  return ZH.map((row, r) => row.map((_, c) => sheet.getCell(r + 1, c + 1).value || null));
}

const LIST = ZH.map((row) => row.map((value) => value || null));

describe('custodian undo of a new sheet (built command line)', () => {
  const dir = tempDir();
  const action = (name: string, out: string) =>
    custodian(['dedupe', '客户.xlsx', '--exact', '--columns', '手机', '--action', name, '-o', out], dir);

  beforeAll(async () => {
    await exec(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
    await writeXlsx(join(dir, '客户.xlsx'), ZH);
  }, 60_000);

  test('a copy to a new sheet is in the history and undo deletes the sheet', async () => {
    expect((await action('copy', 'copied.xlsx')).code).toBe(0);
    expect(await sheetNames(join(dir, 'copied.xlsx'))).toEqual(['客户', '重复客户', '操作日志']);

    const history = await custodian(['history', 'copied.xlsx'], dir);
    expect(history.stdout).toMatch(
      /1 {2}2\d{3}-\d\d-\d\d \d\d:\d\d UTC {2}复制重复，工作表“客户”：0 个单元格，新建工作表“重复客户” {2}— 可以撤销/,
    );

    const undo = await custodian(['undo', 'copied.xlsx', '-o', 'back.xlsx'], dir);
    expect(undo.stderr).toBe('');
    expect(undo.stdout).toContain('1：已撤销复制重复（工作表“客户”，还原 0 个单元格，删除新建的工作表“重复客户”）');
    expect(await sheetNames(join(dir, 'back.xlsx'))).toEqual(['客户', '操作日志']);
    expect(await listValues(join(dir, 'back.xlsx'))).toEqual(LIST);

    // Read back from the file: the copy is undone, and the undo says what it deleted.
    const after = await custodian(['history', 'back.xlsx', '--json'], dir);
    const operations = (JSON.parse(after.stdout) as { operations: { id: string; undoneBy: string | null }[] })
      .operations;
    expect(operations.map((o) => [o.id, o.undoneBy])).toEqual([
      ['2', null],
      ['1', '2'],
    ]);
  });

  test('undo of a move puts the rows back and deletes the sheet they went to', async () => {
    expect((await action('move', 'moved.xlsx')).code).toBe(0);
    expect(await sheetNames(join(dir, 'moved.xlsx'))).toContain('重复客户');
    const undo = await custodian(['undo', 'moved.xlsx', '-o', 'unmoved.xlsx'], dir);
    expect(undo.code).toBe(0);
    expect(await sheetNames(join(dir, 'unmoved.xlsx'))).not.toContain('重复客户');
    expect(await listValues(join(dir, 'unmoved.xlsx'))).toEqual(LIST);
  });

  test('refuses to undo a copy when someone typed into the copy sheet since, and writes nothing', async () => {
    expect((await action('copy', 'copied2.xlsx')).code).toBe(0);
    const workbook = await readXlsx(join(dir, 'copied2.xlsx'));
    workbook.getWorksheet('重复客户')!.getCell('F3').value = '已电话确认';
    await workbook.xlsx.writeFile(join(dir, 'edited.xlsx'));

    const history = await custodian(['history', 'edited.xlsx'], dir);
    expect(history.stdout).toContain('无法撤销：操作 1 新建的工作表“重复客户”之后已被修改');
    const undo = await custodian(['undo', 'edited.xlsx', '-o', 'never.xlsx'], dir);
    expect(undo.code).toBe(2);
    expect(undo.stderr).toContain(
      '操作 1 新建的工作表“重复客户”之后已被修改（F3: 已电话确认），撤销会连同这些修改一起删除该表',
    );
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });
});
