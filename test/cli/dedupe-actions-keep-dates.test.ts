/**
 * `custodian dedupe --action copy|move` on a list with real dates: the rows on the new sheet keep their
 * dates as dates under their number format, with their links and notes, and `custodian undo` right
 * after gives the list back exactly (the new sheet still holds what was written, so it may go).
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** 姓名, 手机, 邮箱, 注册日期: two identical 张伟 rows, dates as real dates (one in a format of its own), a link and a note. */
async function writeList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['姓名', '手机', '邮箱', '注册日期']);
  sheet.addRow(['张伟', '13800138000', 'zw@example.com', day('2024-01-05')]);
  sheet.addRow(['张伟', '13800138000', 'zw@example.com', day('2024-02-01')]);
  sheet.addRow(['李娜', '13912345678', 'ln@example.com', day('2024-02-01')]);
  sheet.addRow(['王芳', '13700001111', 'wf@example.com', day('2024-03-01')]);
  for (let r = 2; r <= 5; r++) sheet.getCell(`D${r}`).numFmt = 'yyyy-mm-dd';
  sheet.getCell('D3').numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell('C3').value = { text: 'zw@example.com', hyperlink: 'mailto:zw@example.com' };
  sheet.getCell('A3').note = '展会名单';
  await workbook.xlsx.writeFile(path);
}

/** Each cell's value, number format, note and link, row by row, for an exact comparison. */
function cells(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell) =>
      line.push({ value: cell.value, numFmt: cell.numFmt ?? null, note: cell.note ?? null }),
    );
    rows[r - 1] = line;
  });
  return rows;
}

describe('custodian dedupe --action copy|move with real dates', () => {
  const dir = tempDir();
  const list = join(dir, '客户.xlsx');

  beforeAll(() => writeList(list));

  test.each(['copy', 'move'])(
    '%s: the new sheet keeps dates as dates with their format, links and notes; undo right after gives the list back',
    async (action) => {
      const out = join(dir, `${action}.xlsx`);
      const done = await run(['dedupe', list, '--action', action, '--keep', 'first', '-o', out], dir);
      expect(done.stderr).toBe('');
      expect(done.code).toBe(0);

      const copy = (await readXlsx(out)).getWorksheet('重复客户')!;
      expect(copy.getCell('F2').value).toEqual(day('2024-01-05'));
      expect(copy.getCell('F2').numFmt).toBe('yyyy-mm-dd');
      expect(copy.getCell('F3').value).toEqual(day('2024-02-01'));
      expect(copy.getCell('F3').numFmt).toBe('yyyy"年"m"月"d"日"');
      expect(copy.getCell('E3').hyperlink).toBe('mailto:zw@example.com');
      expect(copy.getCell('C3').note).toBe('展会名单');

      const back = join(dir, `${action}-undone.xlsx`);
      const undo = await run(['undo', out, '-o', back], dir);
      expect(undo.stderr).toBe('');
      expect(undo.code).toBe(0);
      const undone = await readXlsx(back);
      expect(undone.getWorksheet('重复客户')).toBeUndefined();
      expect(cells(undone.getWorksheet('客户')!)).toEqual(cells((await readXlsx(list)).getWorksheet('客户')!));
    },
  );
});
