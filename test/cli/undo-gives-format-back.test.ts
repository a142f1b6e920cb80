import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './run';

/**
 * A team's list where the kept customer's 签约日期 / Signed cell is empty and General, and their
 * duplicate row has the date (in a date format of its own). The merge writes the date into the kept
 * row, which needs a date format to show it; `custodian undo` must give the cell back its General,
 * as the built command a user runs does it.
 */
const CLI = join(__dirname, '../../bin/custodian.js');

const LANGS = [
  {
    file: 'zh.xlsx',
    sheet: '客户',
    header: ['客户名称', '手机', '邮箱', '签约日期', '备注'],
    kept: ['上海云杉科技有限公司', '13800138000', 'zw@yunshan.cn', null, '老客户'],
    duplicate: ['云杉科技', '13800138000', null, new Date(Date.UTC(2024, 4, 5)), null],
    other: ['北京明德贸易', '13900139000', 'lina@mingde.cn', new Date(Date.UTC(2023, 0, 2)), null],
  },
  {
    file: 'en.xlsx',
    sheet: 'Customers',
    header: ['Company', 'Phone', 'Email', 'Signed', 'Notes'],
    kept: ['Acme Inc.', '(415) 555-0100', 'mary@acme.com', null, 'long-standing'],
    duplicate: ['ACME', '(415) 555-0100', null, new Date(Date.UTC(2024, 4, 5)), null],
    other: ['Globex LLC', '(212) 555-0199', 'jb@globex.com', new Date(Date.UTC(2023, 0, 2)), null],
  },
];

type Lang = (typeof LANGS)[number];

/** Row 2 is the kept customer: its date cell holds nothing and has no format (so neither has the column). */
async function writeList(path: string, lang: Lang, keptText?: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang.sheet);
  sheet.addRow(lang.header);
  for (const row of [lang.kept, lang.duplicate, lang.other]) sheet.addRow(row.map((v) => v ?? undefined));
  if (keptText !== undefined) sheet.getCell('D2').value = keptText;
  sheet.getCell('D3').numFmt = 'yyyy-mm-dd';
  sheet.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
  await book.xlsx.writeFile(path);
}

/** Each cell of the list's first rows as value and number format (General for none). */
async function cells(path: string, sheetName: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  const out: string[] = [];
  for (let r = 1; r <= 4; r++)
    for (let c = 1; c <= 5; c++) {
      const cell = sheet.getRow(r).getCell(c);
      const value = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : JSON.stringify(cell.value);
      out.push(`${cell.address} ${value} [${cell.numFmt || 'General'}]`);
    }
  return out;
}

async function custodian(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, stderr: failed.stderr ?? '' };
  }
}

describe('custodian merge, then undo, and the number format of a cell the merge wrote a date into', () => {
  const dir = tempDir();

  test.each(LANGS.map((lang) => [lang.file, lang] as const))(
    'gives the kept row of %s its empty General date cell back',
    async (file, lang) => {
      await writeList(join(dir, file), lang);
      const merged = await custodian(
        ['merge', file, '-o', `merged-${file}`, '--exact', '--columns', lang.header[1]!, '--keep', 'first'],
        dir,
      );
      expect(merged).toEqual({ code: 0, stderr: '' });
      const after = await cells(join(dir, `merged-${file}`), lang.sheet);
      expect(after).toContain('D2 2024-05-05 [yyyy-mm-dd]'); // the date shows as a date

      const undone = await custodian(['undo', `merged-${file}`, '-o', `undone-${file}`, '--last'], dir);
      expect(undone).toEqual({ code: 0, stderr: '' });
      expect(await cells(join(dir, `undone-${file}`), lang.sheet)).toEqual(await cells(join(dir, file), lang.sheet));
    },
  );

  test.each(LANGS.map((lang) => [lang.file, lang] as const))(
    'gives the kept row of %s its text back in General where the merge wrote a date over it',
    async (file, lang) => {
      await writeList(join(dir, `text-${file}`), lang, '待定');
      const args = ['merge', `text-${file}`, '-o', `merged-text-${file}`, '--exact', '--columns', lang.header[1]!];
      args.push('--keep', 'first');
      // Keep the duplicate's date over the kept row's text.
      expect(await custodian([...args, '--rule', `${lang.header[3]}=latest`], dir)).toEqual({ code: 0, stderr: '' });
      expect(await cells(join(dir, `merged-text-${file}`), lang.sheet)).toContain('D2 2024-05-05 [yyyy-mm-dd]');
      const undone = await custodian(['undo', `merged-text-${file}`, '-o', `undone-text-${file}`, '--last'], dir);
      expect(undone).toEqual({ code: 0, stderr: '' });
      expect(await cells(join(dir, `undone-text-${file}`), lang.sheet)).toEqual(
        await cells(join(dir, `text-${file}`), lang.sheet),
      );
    },
  );
});
