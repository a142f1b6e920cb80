import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { sameMeaning } from '../../shared/history/same-meaning';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';
import { MESSY_ROWS, readXlsx, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

/** A Western team's list: names split, US phones, a date column typed as text, one customer twice. */
const ENGLISH_ROWS: CellValue[][] = [
  ['First Name', 'Last Name', 'Phone', 'Email', 'Company', 'Last Contact', 'Total Spend'],
  ['Mary', 'Smith', '(415) 555-0100', 'Mary.Smith@Example.com ', 'Acme Inc.', '2024-01-15', '$1,200.00'],
  ['John', 'Brown', '415 555 0199', 'jb@example.org', 'Globex', '2024-02-01', '99'],
  ['Mary', 'Smith', '415-555-0100', 'mary.smith@example.com', 'ACME', '2024-05-05', '300'],
];

/** Values of a sheet without the empty cells past each row's end (an undone added column is empty again). */
async function sheetValues(path: string, sheet: string): Promise<CellValue[][]> {
  const loaded = await readWorkbookFile(path, { sheet });
  return loaded.snapshot.values.map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
    return out;
  });
}

function expectSameMeaning(actual: CellValue[][], expected: CellValue[][]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, r) => {
    const width = Math.max(row.length, expected[r]!.length);
    for (let c = 0; c < width; c++)
      expect([r + 1, c + 1, sameMeaning(row[c] ?? null, expected[r]![c] ?? null)]).toEqual([r + 1, c + 1, true]);
  });
}

describe('custodian undo', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), MESSY_ROWS, {
      formula: { address: 'I3', formula: 'UPPER("x-2")', result: 0 },
    });
    await writeXlsx(join(dir, 'en.xlsx'), ENGLISH_ROWS, { sheet: 'Customers' });
  });

  test.each([
    ['zh.xlsx', '客户', /^已撤销 cleaned-zh\.xlsx 的 2 项操作 → /, /2：已撤销清理（[\s\S]*1：已撤销设置工作表（/],
    [
      'en.xlsx',
      'Customers',
      /^Undid 2 operations of cleaned-en\.xlsx → /,
      /2: Clean on .* undone[\s\S]*1: Set up on .* undone/,
    ],
  ])(
    'brings %s back to the values it had before clean when --all undoes every operation',
    async (file, sheet, undid, steps) => {
      expect((await run(['clean', file, '-o', `cleaned-${file}`, ...TODAY], dir)).code).toBe(0);
      const undone = await run(['undo', `cleaned-${file}`, '-o', `undone-${file}`, '--all'], dir);
      expect(undone.stderr).toBe('');
      expect(undone.code).toBe(0);
      expect(undone.stdout).toMatch(undid);
      expect(undone.stdout).toMatch(steps);
      expectSameMeaning(
        await sheetValues(join(dir, `undone-${file}`), sheet),
        await sheetValues(join(dir, file), sheet),
      );
      // The formula the user wrote is still a formula.
      if (file === 'zh.xlsx')
        expect((await readXlsx(join(dir, `undone-${file}`))).getWorksheet(sheet)!.getCell('I3').formula).toBe(
          'UPPER("x-2")',
        );
    },
  );

  test('undoes only the newest operation when --last is given', async () => {
    await run(['clean', 'zh.xlsx', '-o', 'last-1.xlsx', ...TODAY], dir);
    const result = await run(['undo', 'last-1.xlsx', '-o', 'last-2.xlsx', '--last'], dir);
    expect(result.code).toBe(0);
    const values = await sheetValues(join(dir, 'last-2.xlsx'), '客户');
    // Setup stays (template headers and IDs), clean is gone (the phone is as typed again).
    expect(values[0]!.slice(0, 4)).toEqual(['客户编号', '姓名', '性别', '手机']);
    expect(values[1]![3]).toBe('+86 138 0013 8000');
    expect(values[3]![0]).toBe('C000003');
  });

  test('dates the undo with --today in the history, as the operations it undoes are', async () => {
    await run(['clean', 'zh.xlsx', '-o', 'today-1.xlsx', ...TODAY], dir);
    expect((await run(['undo', 'today-1.xlsx', '-o', 'today-2.xlsx', '--last', ...TODAY], dir)).code).toBe(0);
    const history = JSON.parse((await run(['history', 'today-2.xlsx', '--json'], dir)).stdout) as {
      operations: { operation: string; at: string }[];
    };
    expect(history.operations.map((o) => [o.operation, o.at.slice(0, 10)])).toEqual([
      ['undo', TODAY[1]],
      ['clean', TODAY[1]],
      ['setup', TODAY[1]],
    ]);
  });

  test('refuses, names the cell and writes nothing when someone edited a cleaned cell since', async () => {
    await run(['clean', 'zh.xlsx', '-o', 'edited.xlsx', ...TODAY], dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'edited.xlsx'));
    workbook.getWorksheet('客户')!.getCell('D2').value = '13911112222';
    await workbook.xlsx.writeFile(join(dir, 'edited.xlsx'));

    const result = await run(['undo', 'edited.xlsx', '-o', 'edited-undone.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/操作 2 之后这些单元格已被修改：D2: 13911112222，撤销会覆盖这些修改/);
    expect(result.stderr).toMatch(/未写入任何文件/);
    await expect(readXlsx(join(dir, 'edited-undone.xlsx'))).rejects.toThrow();
  });

  test('undoes a merge run from the file and logs it, when the file comes back after a reload', async () => {
    expect((await run(['merge', 'en.xlsx', '-o', 'merged.xlsx'], dir)).code).toBe(0);
    expect(await sheetValues(join(dir, 'merged.xlsx'), 'Customers')).toHaveLength(3);
    const result = await run(['undo', 'merged.xlsx', '-o', 'unmerged.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1: Merge duplicates on Customers undone/);
    expectSameMeaning(
      await sheetValues(join(dir, 'unmerged.xlsx'), 'Customers'),
      await sheetValues(join(dir, 'en.xlsx'), 'Customers'),
    );
    const log = (await readXlsx(join(dir, 'unmerged.xlsx'))).getWorksheet('Custodian Log')!;
    // The run is undone in one plan: one log row says which operation it took back, and its merges.
    const last = (log.getRow(log.rowCount).values as unknown[]).slice(1);
    expect([last[2], last[3]]).toEqual(['Undo', 'Customers']);
    expect(last[8]).toMatch(/^Merge duplicates \(operation 1\); merges undone: M-\d{8}-1$/);
    // Who: the account that ran the command, on the merge's rows and the undo's.
    expect((log.getRow(1).values as unknown[]).at(-1)).toBe('By');
    expect(last[9]).toBe(userInfo().username);
    expect((log.getRow(2).values as unknown[]).slice(1)[9]).toBe(userInfo().username);
    const history = JSON.parse((await run(['history', 'unmerged.xlsx', '--json'], dir)).stdout) as {
      operations: { operation: string; undoneBy: string | null }[];
    };
    expect(history.operations.map((o) => [o.operation, o.undoneBy])).toEqual([
      ['undo', null],
      ['merge', '2'],
    ]);
  });

  test('walks clean and merge back newest first to the list as typed when --all follows a clean and a merge', async () => {
    expect((await run(['clean', 'en.xlsx', '-o', 'cm-1.xlsx', ...TODAY], dir)).code).toBe(0);
    expect((await run(['merge', 'cm-1.xlsx', '-o', 'cm-2.xlsx'], dir)).code).toBe(0);
    const history = JSON.parse((await run(['history', 'cm-2.xlsx', '--json'], dir)).stdout) as {
      operations: { id: string; operation: string }[];
    };
    expect(history.operations.map((o) => [o.id, o.operation])).toEqual([
      ['3', 'merge'],
      ['2', 'clean'],
      ['1', 'setup'],
    ]);
    const result = await run(['undo', 'cm-2.xlsx', '-o', 'cm-3.xlsx', '--all'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Undid 3 operations/);
    expectSameMeaning(
      await sheetValues(join(dir, 'cm-3.xlsx'), 'Customers'),
      await sheetValues(join(dir, 'en.xlsx'), 'Customers'),
    );
  });

  test('exits 2 with a message when there is nothing to undo or the options clash', async () => {
    const none = await run(['undo', 'zh.xlsx', '-o', 'none.xlsx'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/zh\.xlsx 没有可撤销的 Custodian 操作/);
    const clash = await run(['undo', 'zh.xlsx', '-o', 'none.xlsx', '--all', '--last'], dir);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/choose one of --last, --all and --id ID/);
    const unknown = await run(['undo', 'last-1.xlsx', '-o', 'none.xlsx', '--id', '99'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/找不到操作记录 99/);
  });
});
