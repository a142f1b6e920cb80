import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run, tempDir } from './run';

/**
 * A team's list where most phones are typed as text and one was pasted as a number kept readable by
 * its own format `0` (13900139000; under General Excel shows 1.39001E+10), and IDs typed as text
 * in a text-formatted column. clean sets the sheet up (text format on the phone and ID columns, down
 * to a margin below the data) and rewrites the phones; `undo --all` must give every cell the number
 * format it had, the empty cells below the list included.
 */
const LANGS = [
  {
    file: 'zh.xlsx',
    sheet: '客户',
    header: ['客户编号', '姓名', '手机', '备注'],
    rows: [
      ['00123', '张伟', '138 0013 8000', '老客户'],
      ['00124', '李娜', 13900139000, null],
      ['00125', '王芳', '137-0013-7000', null],
    ],
  },
  {
    file: 'en.xlsx',
    sheet: 'Customers',
    header: ['Customer ID', 'Name', 'Mobile', 'Notes'],
    rows: [
      ['00123', 'Mary Smith', '(415) 555-0100', 'long-standing'],
      ['00124', 'John Brown', 4155550199, null],
      ['00125', 'Ann Lee', '415.555.0142', null],
    ],
  },
];

type Lang = (typeof LANGS)[number];

async function writeList(path: string, lang: Lang): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang.sheet);
  sheet.addRow(lang.header);
  for (const row of lang.rows) sheet.addRow(row.map((v) => v ?? undefined));
  for (const r of [2, 3, 4]) sheet.getCell(`A${r}`).numFmt = '@';
  sheet.getCell('C3').numFmt = '0';
  await book.xlsx.writeFile(path);
}

/** Each cell of the list and of a few rows below it, as value and number format (General for none). */
async function cells(path: string, sheetName: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  const out: string[] = [];
  for (const r of [1, 2, 3, 4, 5, 6, 20])
    for (let c = 1; c <= 4; c++) {
      const cell = sheet.getRow(r).getCell(c);
      out.push(`${cell.address} ${JSON.stringify(cell.value)} [${cell.numFmt || 'General'}]`);
    }
  return out;
}

describe('custodian clean, then undo --all, and each cell’s number format', () => {
  const dir = tempDir();

  test.each(LANGS.map((lang) => [lang.file, lang] as const))(
    'gives every cell of %s its own format back, the phone stored as a number its 0',
    async (file, lang) => {
      await writeList(join(dir, file), lang);
      const cleaned = await run(['clean', file, '-o', `clean-${file}`, '--today', '2026-11-29'], dir);
      expect(cleaned.code).toBe(0);
      // clean gave the phone column the text format
      const after = await cells(join(dir, `clean-${file}`), lang.sheet);
      expect(after.find((c) => c.startsWith('C3 '))).toMatch(/\[@\]$/);

      const undone = await run(['undo', `clean-${file}`, '--all', '-o', `undone-${file}`], dir);
      expect(undone.code).toBe(0);
      expect(await cells(join(dir, `undone-${file}`), lang.sheet)).toEqual(await cells(join(dir, file), lang.sheet));
    },
  );
});
