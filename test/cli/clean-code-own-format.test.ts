import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

type Cell = string | number | { value: number; numFmt: string };

/** An .xlsx whose number cells carry their own number formats, as a team typed them. */
async function writeFormatted(file: string, rows: Cell[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  for (const cells of rows) {
    const row = sheet.addRow(cells.map((c) => (typeof c === 'object' ? c.value : c)));
    cells.forEach((c, i) => {
      if (typeof c === 'object') row.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  await workbook.xlsx.writeFile(file);
}

interface Issue {
  row: number;
  column: string;
  code: string;
  suggestion: unknown;
}

const MEMBERS: Cell[][] = [
  ['会员编号', '姓名', '手机'],
  [{ value: 1, numFmt: '"C"000000' }, '张伟', '13800138000'],
  ['C000126', '李娜', '13800138001'],
  [{ value: 126, numFmt: '000000' }, '王芳', '13800138002'],
  [{ value: 127, numFmt: 'General' }, '刘强', '13800138003'],
];

const ZIPS: Cell[][] = [
  ['Customer ID', 'Name', 'Zip', 'Country'],
  ['C000124', 'Ann Lee', '94105', 'USA'],
  [{ value: 125, numFmt: '"CUST-"0000' }, 'Bob Ray', { value: 2134, numFmt: '00000' }, 'USA'],
  [{ value: 42, numFmt: '"C"000000' }, 'Cy Dow', '10001', 'USA'],
];

describe('custodian check and clean of codes stored as numbers under their own formats', () => {
  const dir = tempDir();

  test('check names what each cell shows, with no false duplicate (Chinese member list)', async () => {
    await writeFormatted(join(dir, 'members.xlsx'), MEMBERS);
    const check = await run(['check', 'members.xlsx', '--json', ...TODAY], dir);
    const issues = (JSON.parse(check.stdout) as { issues: Issue[] }).issues;
    expect(issues.filter((i) => i.column === '会员编号').map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [2, 'text.zeroPadded', 'C000001'],
      [4, 'text.zeroPadded', '000126'],
      [5, 'text.storedAsNumber', '127'],
    ]);
    expect(issues.filter((i) => i.code === 'id.duplicate')).toEqual([]);
  });

  test('check reads an English list whose first row is text with each number’s own format', async () => {
    await writeFormatted(join(dir, 'zips.xlsx'), ZIPS);
    const check = await run(['check', 'zips.xlsx', '--json', '--locale', 'en-US', ...TODAY], dir);
    const issues = (JSON.parse(check.stdout) as { issues: Issue[] }).issues;
    expect(issues.filter((i) => i.column !== 'Name').map((i) => [i.row, i.column, i.suggestion])).toEqual([
      [3, 'Customer ID', 'CUST-0125'],
      [3, 'Zip', '02134'],
      [4, 'Customer ID', 'C000042'],
    ]);
  });

  // Clean's set up leaves a code cell with a format of its own out of the column's (format-spans.ts).
  test('clean writes each code as its cell shows it, and check of the output finds no duplicate', async () => {
    await writeFormatted(join(dir, 'members2.xlsx'), MEMBERS);
    expect((await run(['clean', 'members2.xlsx', '-o', 'members2-clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'members2-clean.xlsx'))).getWorksheet('客户')!;
    expect([2, 3, 4, 5].map((row) => sheet.getCell(row, 1).value)).toEqual(['C000001', 'C000126', '000126', '127']);
    const check = await run(['check', 'members2-clean.xlsx', '--json', ...TODAY], dir);
    const issues = (JSON.parse(check.stdout) as { issues: Issue[] }).issues;
    expect(issues.filter((i) => i.code === 'id.duplicate')).toEqual([]);
  });
});
