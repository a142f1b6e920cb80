/**
 * `custodian combine` keeps what each cell shows: a number keeps the format its list showed it in (postcode
 * 0800 stored as 800 under 0000, a mobile 0438 111 222 as 438111222 under 0000 000 000, $980.50, an ABN in
 * its groups), and a column where one list brings real dates and another dates typed as text gets real
 * dates, each text read as that list writes its dates (15/03/2024 of an Australian CSV day first); a date
 * read two ways is left as typed, and the command says so.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx } from './fixtures';
import { run, tempDir } from './run';

type Value = string | number | Date | null;

async function writeBook(file: string, sheetName: string, rows: Value[][], formats: (string | null)[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row.map((v) => v ?? undefined));
  sheet.eachRow((row, n) => {
    if (n > 1) formats.forEach((format, i) => format && (row.getCell(i + 1).numFmt = format));
  });
  await workbook.xlsx.writeFile(file);
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The probe's in/14-au-numbers.xlsx: numbers as Excel keeps them once typed into formatted cells. */
const AU_NUMBERS: Value[][] = [
  ['Business Name', 'ABN', 'Contact', 'Mobile', 'State', 'Postcode', 'Date Added', 'Spend'],
  ['Darwin Fishing Supplies', 33102417032, 'Chloe Smith', 438111222, 'NT', 800, day(2023, 2, 1), 980.5],
  ['Bondi Coffee Roasters Pty Ltd', 51824753556, 'Liam Nguyen', 412345678, 'NSW', 2026, day(2024, 3, 15), 4250],
];
const AU_FORMATS = [null, '00 000 000 000', null, '0000 000 000', null, '0000', 'dd/mm/yyyy', '"$"#,##0.00'];

/** The probe's in/15-sg-nocountry.csv. */
const SG_CSV = [
  'Company Name,Contact Person,Mobile,Email,Postal Code',
  'Tan Brothers Trading Pte. Ltd.,Tan Wei Ming,9123 4567,weiming@tanbros.com.sg,079903',
  'Lim & Sons Hardware,Lim Ah Kow,8765 4321,ahkow.lim@gmail.com,560123',
  'Jurong Marine Services Pte Ltd,Raj Kumar,6234 5678,raj@jms.sg,637321',
].join('\r\n');

/** The probe's in/05-au.csv (dd/mm/yyyy text dates), shortened. */
const AU_CSV = [
  'Business Name,ABN,Contact,Mobile,Email,Suburb,State,Postcode,Date Added,Last Order,Spend (AUD)',
  'Bondi Coffee Roasters Pty Ltd,51 824 753 556,Liam Nguyen,0412 345 678,liam@bondicoffee.com.au,Bondi Beach,NSW,2026,15/03/2024,02/05/2024,"$4,250.00"',
  'Darwin Fishing Supplies,33 102 417 032,Chloe Smith,0438 111 222,chloe@dfs.net.au,Darwin,NT,0800,01/02/2023,11/12/2023,$980.50',
  'Perth Mining Services Pty Ltd,12 345 678 901,Ava Wilson,0499 000 111,ava.wilson@pms.com.au,Perth,WA,6000,30/06/2021,05/06/2024,"$55,300.75"',
].join('\r\n');

/** The probe's in/04-sg-my.xlsx, under its header: real dates under d mmm yyyy. */
const SG_MY: Value[][] = [
  ['Company Name', 'Contact Person', 'Mobile', 'Email', 'Postal Code', 'Country', 'Last Order'],
  [
    'Tan Brothers Trading Pte. Ltd.',
    'Tan Wei Ming',
    '+65 9123 4567',
    'weiming@tanbros.com.sg',
    '079903',
    'Singapore',
    day(2024, 5, 20),
  ],
  ['Lim & Sons Hardware', 'Lim Ah Kow', '9876 5432', 'ahkow.lim@gmail.com', '560123', 'Singapore', day(2024, 4, 2)],
  [
    'Penang Fresh Foods Sdn Bhd',
    'Ahmad bin Abdullah',
    '012-456 7890',
    'ahmad@pgfresh.my',
    '10300',
    'Malaysia',
    day(2023, 12, 11),
  ],
];
const SG_MY_FORMATS = [null, null, null, null, '@', null, 'd mmm yyyy'];

/** The column headed `header`, or one of `or` (a column the template may take: Date Added as Created). */
function column(sheet: ExcelJS.Worksheet, header: string, ...or: string[]): number {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const at = headers.findIndex((h) => [header, ...or].includes(String(h)));
  if (at < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
  return at + 1;
}

describe('combine keeps what each cell shows', () => {
  const dir = tempDir();

  test('keeps each number in its list’s format: postcode 0800, mobile 0438 111 222, $980.50, ABN 33 102 417 032', async () => {
    await writeBook(join(dir, '14-au-numbers.xlsx'), 'Clients', AU_NUMBERS, AU_FORMATS);
    writeFileSync(join(dir, '15-sg-nocountry.csv'), SG_CSV);
    const result = await run(['combine', '14-au-numbers.xlsx', '15-sg-nocountry.csv', '-o', 'combined.xlsx'], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'combined.xlsx'))).worksheets[0]!;
    const shown = (header: string, row: number, ...or: string[]) => {
      const cell = sheet.getCell(row, column(sheet, header, ...or));
      return [cell.value, cell.numFmt ?? null];
    };
    expect(shown('Postcode', 2)).toEqual([800, '0000']);
    expect(shown('Phone', 2)).toEqual([438111222, '0000 000 000']);
    expect(shown('ABN', 2)).toEqual([33102417032, '00 000 000 000']);
    expect(shown('Total Spend', 2)).toEqual([980.5, '"$"#,##0.00']);
    expect(shown('Date Added', 2, 'Created')).toEqual([day(2023, 2, 1), 'dd/mm/yyyy']);
    // The Singapore list's codes are text: they show themselves.
    expect(sheet.getCell(4, column(sheet, 'Postcode')).value).toBe('079903');
  });

  test('writes an Australian CSV’s day-first text dates as real dates beside another list’s real dates', async () => {
    writeFileSync(join(dir, '05-au.csv'), AU_CSV);
    await writeBook(join(dir, '04-sg-my.xlsx'), 'Customers SG-MY', SG_MY, SG_MY_FORMATS);
    const result = await run(['combine', '05-au.csv', '04-sg-my.xlsx', '-o', 'dates.xlsx'], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'dates.xlsx'))).worksheets[0]!;
    const col = column(sheet, 'Last Purchase Date');
    const cells = [2, 3, 4, 5, 6, 7].map((row) => sheet.getCell(row, col));
    expect(cells.map((c) => c.value)).toEqual([
      day(2024, 5, 2),
      day(2023, 12, 11),
      day(2024, 6, 5),
      day(2024, 5, 20),
      day(2024, 4, 2),
      day(2023, 12, 11),
    ]);
    expect(cells.every((c) => c.numFmt === 'd mmm yyyy')).toBe(true);
    expect(result.stdout).toContain(
      'Last Purchase Date: 3 dates 05-au.csv holds as text written as dates, read as that list writes its dates (02/05/2024 → 2024-05-02)',
    );
    const zh = await run(['combine', '05-au.csv', '04-sg-my.xlsx', '-o', 'dates-zh.xlsx', '--locale', 'zh-CN'], dir);
    expect(zh.stdout).toContain('05-au.csv 中存为文本的 3 个日期已按该名单的写法读成日期（02/05/2024 → 2024-05-02）');
  });

  test('leaves a date a list writes both ways as typed, and says so', async () => {
    writeFileSync(
      join(dir, 'fair.csv'),
      'Company Name,Contact Person,Email,Last Order\r\nAcme Pty Ltd,Ann Lee,ann@acme.com,03/04/2024\r\n',
    );
    await writeBook(join(dir, 'sg.xlsx'), 'Customers SG-MY', SG_MY, SG_MY_FORMATS);
    const result = await run(['combine', 'fair.csv', 'sg.xlsx', '-o', 'fair-all.xlsx'], dir);
    const sheet = (await readXlsx(join(dir, 'fair-all.xlsx'))).worksheets[0]!;
    expect(sheet.getCell(2, column(sheet, 'Last Purchase Date')).value).toBe('03/04/2024');
    expect(result.stdout).toContain(
      'Last Purchase Date: 1 date fair.csv holds as text left as typed, as it reads two ways (03/04/2024)',
    );
  });
});
