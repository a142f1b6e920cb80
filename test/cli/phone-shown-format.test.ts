/**
 * A mobile a spreadsheet stored as a number under a format that shows its leading 0 (438111222 under
 * 0000 000 000 shows 0438 111 222, as Excel keeps an Australian mobile once typed): check and clean read
 * it as the text the cell shows, and clean never takes away the format that shows it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-15'];

interface Issue {
  row: number;
  column: string;
  code: string;
  suggestion?: unknown;
  message: string;
}

/** Number formats as Excel keeps them after someone typed 0438 111 222, 0800, 33 102 417 032, $980.50. */
const FORMATS = [null, '00 000 000 000', null, '0000 000 000', null, null, '0000', 'dd/mm/yyyy', '"$"#,##0.00'];

/** The probe's Australian client list (in/14-au-numbers.xlsx), with e-mails when `emails`. */
async function writeClients(file: string, emails: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Clients');
  sheet.addRow(['Business Name', 'ABN', 'Contact', 'Mobile', 'Email', 'State', 'Postcode', 'Date Added', 'Spend']);
  const rows: (string | number | Date | null)[][] = [
    [
      'Darwin Fishing Supplies',
      33102417032,
      'Chloe Smith',
      438111222,
      'chloe@dfs.net.au',
      'NT',
      800,
      new Date(Date.UTC(2023, 1, 1)),
      980.5,
    ],
    [
      'Bondi Coffee Roasters Pty Ltd',
      51824753556,
      'Liam Nguyen',
      412345678,
      'liam@bondicoffee.com.au',
      'NSW',
      2026,
      new Date(Date.UTC(2024, 2, 15)),
      4250,
    ],
    [
      'Perth Mining Services Pty Ltd',
      12345678901,
      'Ava Wilson',
      499000111,
      'ava.wilson@pms.com.au',
      'WA',
      6000,
      new Date(Date.UTC(2021, 5, 30)),
      55300.75,
    ],
  ];
  for (const row of emails ? rows : rows.slice(0, 2)) sheet.addRow(row.map((v, i) => (i === 4 && !emails ? null : v)));
  sheet.eachRow((row) => FORMATS.forEach((format, i) => format && (row.getCell(i + 1).numFmt = format)));
  await workbook.xlsx.writeFile(file);
}

describe('phones stored as numbers under a format that shows them', () => {
  const dir = tempDir();

  test('check reads 438111222 under 0000 000 000 as the list typed as text 0438 111 222 reads, never as an invalid number', async () => {
    await writeClients(join(dir, 'two.xlsx'), false);
    writeFileSync(
      join(dir, 'two.csv'),
      'Business Name,ABN,Contact,Mobile,Email,State,Postcode\r\n' +
        'Darwin Fishing Supplies,33 102 417 032,Chloe Smith,0438 111 222,,NT,0800\r\n' +
        'Bondi Coffee Roasters Pty Ltd,51 824 753 556,Liam Nguyen,0412 345 678,,NSW,2026\r\n',
    );
    for (const locale of ['en-US', 'zh-CN']) {
      const mobiles = async (file: string) => {
        const check = await run(['check', file, '--json', '--locale', locale, ...TODAY], dir);
        return (JSON.parse(check.stdout) as { issues: Issue[] }).issues
          .filter((i) => i.column === 'Mobile')
          .map((i) => [i.row, i.code, i.message.replace(/^[“"][^”"]*[”"]/, '…')]);
      };
      const asNumbers = await mobiles('two.xlsx');
      expect(asNumbers.map(([, code]) => code)).not.toContain('phone.invalid');
      expect(asNumbers).toEqual(await mobiles('two.csv'));
    }
  });

  test('clean keeps the format that shows 0438 111 222 where it leaves the number as typed', async () => {
    await writeClients(join(dir, 'two-in.xlsx'), false);
    expect((await run(['clean', 'two-in.xlsx', '-o', 'two-clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'two-clean.xlsx'))).getWorksheet('Clients')!;
    const mobile = sheet.getCell('D2');
    expect([mobile.value, mobile.numFmt]).toEqual([438111222, '0000 000 000']);
  });

  test('check and clean write the mobile the Australian list shows as +61 438 111 222', async () => {
    await writeClients(join(dir, 'three.xlsx'), true);
    const check = await run(['check', 'three.xlsx', '--json', '--locale', 'en-US', ...TODAY], dir);
    const issues = (JSON.parse(check.stdout) as { issues: Issue[] }).issues.filter((i) => i.column === 'Mobile');
    expect(issues.map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [2, 'phone.nonCanonical', '+61 438 111 222'],
      [3, 'phone.nonCanonical', '+61 412 345 678'],
      [4, 'phone.nonCanonical', '+61 499 000 111'],
    ]);
    expect((await run(['clean', 'three.xlsx', '-o', 'three-clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'three-clean.xlsx'))).getWorksheet('Clients')!;
    expect([2, 3, 4].map((row) => sheet.getCell(row, 4).value)).toEqual([
      '+61 438 111 222',
      '+61 412 345 678',
      '+61 499 000 111',
    ]);
  });

  test('export writes the mobile as its cell shows it, never another country’s number', async () => {
    await writeClients(join(dir, 'export-two.xlsx'), false);
    await writeClients(join(dir, 'export-three.xlsx'), true);
    const mobiles = async (file: string) => {
      expect((await run(['export', file, '--to', 'hubspot', '-o', `${file}.csv`, ...TODAY], dir)).code).toBe(0);
      const lines = readFileSync(join(dir, `${file}.csv`), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      const col = lines[0]!.split(',').indexOf('Mobile Phone Number');
      return lines.slice(1, -1).map((line) => line.split(',')[col]);
    };
    // Two rows say no country: 0438 111 222 stays as the cell shows it (never +353 41 234 5678 of Ireland).
    expect(await mobiles('export-two.xlsx')).toEqual(['0438 111 222', '0412 345 678']);
    expect(await mobiles('export-three.xlsx')).toEqual(['+61438111222', '+61412345678', '+61499000111']);
  });

  test('clean to CSV writes a number kept as typed as its cell shows it: 0438 111 222, 33 102 417 032', async () => {
    await writeClients(join(dir, 'csv-two.xlsx'), false);
    expect((await run(['clean', 'csv-two.xlsx', '-o', 'csv-two.csv', ...TODAY], dir)).code).toBe(0);
    const [header, first] = readFileSync(join(dir, 'csv-two.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const cells = first!.split(',');
    const at = (name: string) => cells[header!.split(',').indexOf(name)];
    expect([at('Mobile'), at('ABN'), at('Postcode')]).toEqual(['0438 111 222', '33 102 417 032', '0800']);
  });
});
