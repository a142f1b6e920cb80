/**
 * `custodian undo` after `dedupe --action delete` and after `merge` gives the removed rows back as they
 * looked: each cell's fill, font, border and alignment, not the look of the row they go back next to.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';
import { LookReader } from '../../shared/files/exceljs-look';

const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
// Excel's palette: "Blue, Accent 1, Lighter 80%".
const THEME_BLUE: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { theme: 4, tint: 0.8 } as Partial<ExcelJS.Color>,
};

/**
 * 姓名, 手机, 邮箱, 备注. Row 2 (kept) plain; row 3 (kept) a theme fill, italic; row 4 (张伟 again, removed)
 * yellow, bold red, borders, wrapped and centred; row 5 (李娜 again, removed) plain under it but for its
 * empty email, filled; row 6 plain.
 */
async function writeStyledList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['姓名', '手机', '邮箱', '备注']);
  sheet.addRow(['张伟', '13800138000', 'zw@example.com', '原始行']);
  sheet.addRow(['李娜', '13912345678', 'ln@example.com', '老客户']);
  sheet.addRow(['张伟', '138 0013 8000', 'zw@example.com', '标黄：重要跟进']);
  sheet.addRow(['李娜', '139 1234 5678', null, null]);
  sheet.addRow(['王芳', '13700001111', 'wf@example.com', '']);
  for (const address of ['A3', 'B3', 'C3', 'D3']) {
    sheet.getCell(address).fill = THEME_BLUE;
    sheet.getCell(address).font = { italic: true };
  }
  for (const address of ['A4', 'B4', 'C4', 'D4']) {
    const cell = sheet.getCell(address);
    cell.fill = YELLOW;
    cell.font = { bold: true, color: { argb: 'FFFF0000' } };
    cell.border = { bottom: { style: 'thin' }, left: { style: 'medium', color: { argb: 'FF0070C0' } } };
    cell.alignment = { wrapText: true, horizontal: 'center' };
  }
  sheet.getCell('C5').fill = YELLOW;
  await workbook.xlsx.writeFile(path);
}

/**
 * Every cell of A1:D6 with its value and how it looks (a theme colour as the colour it shows, a font
 * exceljs reads for a styled cell as the workbook's normal one), and row 4's fill, font, border and
 * alignment exactly as the file has them.
 */
function looks(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const reader = new LookReader(sheet.workbook);
  const out: Record<string, unknown> = {};
  for (let r = 1; r <= 6; r++)
    for (let c = 1; c <= 4; c++) {
      const cell = sheet.getCell(r, c);
      const { fill, font, border, alignment } = cell;
      out[cell.address] = { value: cell.value, look: reader.read(cell.style).look };
      if (r === 4) Object.assign(out[cell.address]!, { fill, font, border, alignment });
    }
  return out;
}

describe('custodian undo gives removed rows back with their look', () => {
  const dir = tempDir();
  const list = join(dir, '客户.xlsx');
  const exact = ['--exact', '--columns', '手机', '--keep', 'first'];

  beforeAll(() => writeStyledList(list));

  test.each([
    ['dedupe --action delete', ['dedupe', list, ...exact, '--action', 'delete']],
    ['merge', ['merge', list, ...exact]],
  ])('%s, then undo: fill, font, border and alignment of the removed rows come back', async (name, args) => {
    const out = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    const done = await run([...args, '-o', out], dir);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    const removed = (await readXlsx(out)).getWorksheet('客户')!;
    expect([1, 2, 3, 4, 5].map((r) => removed.getCell(r, 1).value ?? null)).toEqual([
      '姓名',
      '张伟',
      '李娜',
      '王芳',
      null,
    ]);

    const back = join(dir, `${name.replace(/\W+/g, '-')}-undone.xlsx`);
    const undo = await run(['undo', out, '-o', back], dir);
    expect(undo.stderr).toBe('');
    expect(undo.code).toBe(0);
    const original = looks((await readXlsx(list)).getWorksheet('客户')!);
    expect(looks((await readXlsx(back)).getWorksheet('客户')!)).toEqual(original);
  });
});
