import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run, tempDir } from './run';

/**
 * A team's own sheet set-up: the header and the company column frozen, a filter over the list, a
 * yellow header row. Set up freezes the header, filters its own columns and marks the required ones
 * (a fill of its own, bold); undoing it must give the team their freeze, filter and header back.
 */
async function writeTeamSheet(
  path: string,
  sheetName: string,
  rows: (string | number)[][],
  frozenRows = 1,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: frozenRows, topLeftCell: `B${frozenRows + 1}` }];
  // Their header row is yellow and not bold.
  sheet.getRow(1).eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  });
  sheet.autoFilter = `A1:F${rows.length}`;
  await book.xlsx.writeFile(path);
}

async function sheetView(path: string, sheetName: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  const view = sheet.views[0];
  return {
    frozen: view?.state === 'frozen' ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : null,
    filter: sheet.autoFilter ?? null,
    header: [1, 2, 3, 4, 5, 6].map((col) => {
      const cell = sheet.getRow(1).getCell(col);
      return {
        fill: cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null,
        bold: !!cell.font?.bold,
      };
    }),
  };
}

const TEAMS: [string, string, (string | number)[][]][] = [
  [
    'zh.xlsx',
    '客户',
    [
      ['客户名称', '联系人', '手机', '邮箱', '客户等级', '备注'],
      ['上海云杉科技有限公司', '张伟', '138 0013 8000', 'ZW@163.COM ', 'A类', '老客户'],
      ['北京明德贸易', '李娜', '+86 139-0013-9000', 'lina@example.com', 'B', ''],
    ],
  ],
  [
    'en.xlsx',
    'Customers',
    [
      ['Company', 'Contact', 'Phone', 'Email', 'Tier', 'Notes'],
      ['Acme Inc.', 'Mary Smith', '(415) 555-0100', 'Mary@Example.com ', 'A类', ''],
      ['Globex LLC', 'John Brown', '415 555 0199', 'jb@example.org', 'B', 'call in May'],
    ],
  ],
];

describe('custodian undo --all and the sheet view', () => {
  const dir = tempDir();

  test.each(TEAMS)('gives %s back its own frozen panes, filter and header look', async (file, sheetName, rows) => {
    const input = join(dir, file);
    await writeTeamSheet(input, sheetName, rows);
    const before = await sheetView(input, sheetName);
    expect((await run(['clean', file, '-o', `cleaned-${file}`, '--today', '2024-06-30'], dir)).code).toBe(0);
    const cleaned = await sheetView(join(dir, `cleaned-${file}`), sheetName);
    expect(cleaned.filter).not.toEqual(before.filter);
    expect(cleaned.header).not.toEqual(before.header); // the phone column's required mark

    const undone = await run(['undo', `cleaned-${file}`, '-o', `undone-${file}`, '--all'], dir);
    expect(undone.stderr).toBe('');
    expect(undone.code).toBe(0);
    expect(await sheetView(join(dir, `undone-${file}`), sheetName)).toEqual(before);
  });

  test.each(TEAMS)(
    'keeps only the first column of %s frozen after set up freezes the header, and after undo',
    async (file, sheetName, rows) => {
      const input = join(dir, `column-${file}`);
      await writeTeamSheet(input, sheetName, rows, 0);
      expect((await sheetView(input, sheetName)).frozen).toEqual({ rows: 0, cols: 1 });
      const cleaned = await run(['clean', input, '-o', `column-cleaned-${file}`, '--today', '2024-06-30'], dir);
      expect(cleaned.code).toBe(0);
      expect((await sheetView(join(dir, `column-cleaned-${file}`), sheetName)).frozen).toEqual({ rows: 1, cols: 1 });
      const undone = await run(['undo', `column-cleaned-${file}`, '-o', `column-undone-${file}`, '--all'], dir);
      expect(undone).toMatchObject({ code: 0, stderr: '' });
      expect((await sheetView(join(dir, `column-undone-${file}`), sheetName)).frozen).toEqual({ rows: 0, cols: 1 });
    },
  );
});
