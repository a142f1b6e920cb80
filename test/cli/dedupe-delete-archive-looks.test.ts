/**
 * `custodian dedupe --action delete` on a list whose team fills a whole column (a yellow 手机 column):
 * the archive row of a deleted duplicate keeps the column's fill, as a merge's archive does.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { LookReader } from '../../shared/files/exceljs-look';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';

const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

describe('custodian dedupe --action delete archive', () => {
  const dir = tempDir();

  test('keeps the look a deleted row had from its column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    const rows = [
      ['姓名', '手机', '公司'],
      ['张伟', '13800138000', '星辰科技'],
      ['张伟', '13800138000', '星辰科技'],
      ['李娜', '13900139000', '华信贸易'],
    ];
    for (const row of rows) sheet.addRow(row);
    for (const r of [2, 3, 4]) sheet.getCell(`B${r}`).fill = YELLOW;
    await workbook.xlsx.writeFile(join(dir, 'yellow.xlsx'));

    const deleted = await run(['dedupe', 'yellow.xlsx', '--action', 'delete', '-o', 'out.xlsx'], dir);
    expect(deleted.stderr).toBe('');
    expect(deleted.code).toBe(0);
    const out = await readXlsx(join(dir, 'out.xlsx'));
    const archive = out.getWorksheet('合并归档')!;
    const reader = new LookReader(out);
    const phones: string[] = [];
    archive.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell) => {
        if (cell.value === '13800138000') phones.push(reader.read(cell.style).look.fill ?? 'plain');
      });
    });
    expect(phones).toEqual(['#FFFF00']);
  });
});
