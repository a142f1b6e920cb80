/**
 * One export writes one date format, whatever each contact's country: a Salesforce "Contacts &
 * Accounts" report whose Last Activity holds 3/15/2024 and 6/30/2024 is written month first, so a
 * British contact's 12/01/2023 is 1 December and an Australian's 10/2/2024 is 2 October. Its Created
 * Date, written the same way (m/d/yyyy) with no date of its own past 12, is read in the order the
 * sheet's other date column proves. A column's own evidence still wins, and a column written in
 * another shape (dots, two-digit years) is not read by the other column's order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { rowDates } from '../../shared/normalise/row-dates';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from '../cli/run';

const TODAY = ['--today', '2024-08-01'];

const HEADER =
  'Account Name,First Name,Last Name,Title,Email,Phone,Mobile,Mailing City,Mailing Country,Lead Source,Contact Owner,Last Activity,Created Date';
const ROWS = [
  'Acme Corporation,John,Smith,VP Sales,john.smith@acme.com,(415) 555-0123,,San Francisco,United States,Web,Sarah Lee,3/5/2024,1/12/2023',
  'Acme Corp.,Jon,Smith,VP of Sales,John.Smith@acme.com,415.555.0123,,San Francisco,USA,Trade Show,Sarah Lee,3/15/2024,2/2/2023',
  'Globex Ltd,Maria,Garcia,CFO,mgarcia@globex.co.uk,+44 20 7946 0958,+44 7700 900123,London,United Kingdom,Referral,Tom Hardy,12/01/2023,5/6/2022',
  'Initech,Peter,Gibbons,,peter@initech.com,,555-0199,Austin,US,,Sarah Lee,,4/1/2021',
  'Initech,Bill,Lumbergh,Division VP,bill@initech.com,(512) 555-0100 x 204,,Austin,US,Cold Call,Sarah Lee,6/30/2024,4/1/2021',
  'Umbrella Corp,Alice,Abernathy,Head of Security,alice@umbrella.com,+1 212 555 0147,,New York,United States,Partner,Tom Hardy,7/4/2024,8/8/2022',
  'Wayne Enterprises,Lucius,Fox,CTO,lfox@wayne.com,,(609) 555-0133,Gotham,United States,Referral,Sarah Lee,2/29/2024,9/9/2019',
  'Soylent,Robert,Thorn,,rthorn@soylent.com,+49 30 12345678,,Berlin,Germany,Trade Show,Tom Hardy,11/11/2023,3/3/2023',
  'Cyberdyne Systems,Miles,Dyson,Director R&D,m.dyson@cyberdyne.com,+61 2 9876 5432,+61 412 345 678,Sydney,Australia,Web,Sarah Lee,10/2/2024,6/1/2022',
];
/** Salesforce's report preamble and footer, as the export writes them. */
const REPORT = [
  '"Contacts & Accounts"',
  '"Filtered By:"',
  '"  Account Owner equals Sarah Lee, Tom Hardy"',
  '',
  HEADER,
  ...ROWS,
  '',
  `"Grand Totals (${ROWS.length} records)"`,
  '',
  '"Confidential Information - Do Not Distribute"',
].join('\n');
/** The report's first data row is the sheet's row 6. */
const FIRST = 6;

function csvCells(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

describe('a Salesforce report whose date columns prove month first', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'sf.csv'), REPORT);

  test('check reads a British and an Australian row as the column writes them, and Created Date as the sheet does', async () => {
    const check = JSON.parse((await run(['check', 'sf.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    const dates = check.issues.filter((i) => i.code.startsWith('date.'));
    expect(dates.filter((i) => i.code === 'date.ambiguous')).toEqual([]);
    const at = (row: number, column: string) => dates.find((i) => i.row === FIRST + row && i.column === column);
    expect(at(2, 'Last Activity')).toMatchObject({ code: 'date.nonCanonical', suggestion: '2023-12-01' });
    expect(at(8, 'Last Activity')).toMatchObject({ code: 'date.nonCanonical', suggestion: '2024-10-02' });
    expect(at(0, 'Created Date')).toMatchObject({ code: 'date.nonCanonical', suggestion: '2023-01-12' });
    expect(at(2, 'Created Date')).toMatchObject({ code: 'date.nonCanonical', suggestion: '2022-05-06' });
    expect(at(8, 'Created Date')).toMatchObject({ code: 'date.nonCanonical', suggestion: '2022-06-01' });
  });

  test('clean writes the same days check names', async () => {
    const result = await run(['clean', 'sf.csv', '-o', 'sf-clean.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const rows = csvCells(readFileSync(join(dir, 'sf-clean.csv'), 'utf8'));
    const header = rows[0]!;
    // Rows by their e-mail (clean lower-cases it); clean names Created Date's column Created.
    const email = (row: number) => ROWS[row]!.split(',')[4]!.toLowerCase();
    const cell = (row: number, name: string) => rows.find((r) => r.includes(email(row)))?.[header.indexOf(name)];
    expect(header).toContain('Last Activity');
    expect(cell(2, 'Last Activity')).toBe('2023-12-01');
    expect(cell(8, 'Last Activity')).toBe('2024-10-02');
    expect(cell(0, 'Created')).toBe('2023-01-12');
    expect(cell(8, 'Created')).toBe('2022-06-01');
  });

  test('the country column removed, the British row reads the same', async () => {
    const noCountry = REPORT.split('\n')
      .map((line) =>
        line.includes(',')
          ? line
              .split(',')
              .filter((_, i) => i !== 8)
              .join(',')
          : line,
      )
      .join('\n');
    writeFileSync(join(dir, 'sf-no-country.csv'), noCountry);
    const check = JSON.parse(
      (await run(['check', 'sf-no-country.csv', '--json', ...TODAY], dir)).stdout,
    ) as CheckResult;
    const uk = check.issues.find((i) => i.row === FIRST + 2 && i.column === 'Last Activity');
    expect(uk).toMatchObject({ code: 'date.nonCanonical', suggestion: '2023-12-01' });
  });
});

describe('the readers dedupe, report, merge and export share', () => {
  test('read the British and Australian rows in their rows’ regions as check does', () => {
    const values: CellValue[][] = [HEADER.split(','), ...ROWS.map((row) => row.split(','))];
    const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
    const dates = rowDates(values, mapping, 'CN', 'US');
    const read = (name: string) => {
      const col = values[0]!.indexOf(name) + 1;
      const column = dateColumnContext(values, col, { region: 'US' });
      return values.slice(1).map((row) => {
        const outcome = normaliseDate(row[col - 1], dates ? dates.contextOf(column, row) : column);
        return outcome.status === 'valid' ? outcome.value : outcome.status;
      });
    };
    expect(dates?.regionOf(values[3])).toBe('GB');
    expect(read('Last Activity')[2]).toBe('2023-12-01');
    expect(read('Last Activity')[8]).toBe('2024-10-02');
    expect(read('Created Date')).toEqual([
      '2023-01-12',
      '2023-02-02',
      '2022-05-06',
      '2021-04-01',
      '2021-04-01',
      '2022-08-08',
      '2019-09-09',
      '2023-03-03',
      '2022-06-01',
    ]);
  });
});

describe('the order one date column of a sheet proves', () => {
  const sheet = (...rows: CellValue[][]): CellValue[][] => [['Name', 'Last Activity', 'Created Date'], ...rows];
  const read = (values: CellValue[][], col: number) =>
    values.slice(1).map((row) => {
      const outcome = normaliseDate(row[col - 1], dateColumnContext(values, col));
      return outcome.status === 'valid' ? outcome.value : outcome.status;
    });

  test('applies to another column written in the same shape', () => {
    const values = sheet(['Ann', '3/15/2024', '1/12/2023'], ['Bob', '6/30/2024', '5/6/2022']);
    expect(read(values, 3)).toEqual(['2023-01-12', '2022-05-06']);
    const dayFirst = sheet(['Ann', '15/3/2024', '1/12/2023'], ['Bob', '30/6/2024', '5/6/2022']);
    expect(read(dayFirst, 3)).toEqual(['2023-12-01', '2022-06-05']);
  });

  test('never against the column’s own dates', () => {
    const values = sheet(['Ann', '3/15/2024', '25/12/2023'], ['Bob', '6/30/2024', '5/6/2022']);
    expect(read(values, 3)).toEqual(['2023-12-25', '2022-06-05']);
  });

  test('not for a column written in another shape, nor where the sheet’s columns disagree', () => {
    const dots = sheet(['Ann', '3/15/2024', '1.12.2023'], ['Bob', '6/30/2024', '5.6.2022']);
    expect(read(dots, 3)).toEqual(['ambiguous', 'ambiguous']);
    const shortYears = sheet(['Ann', '3/15/2024', '1/12/23'], ['Bob', '6/30/2024', '5/6/22']);
    expect(read(shortYears, 3)).toEqual(['ambiguous', 'ambiguous']);
    const disagree: CellValue[][] = [
      ['Name', 'Last Activity', 'Created Date', 'Birthday'],
      ['Ann', '3/15/2024', '1/12/2023', '25/12/1990'],
      ['Bob', '6/30/2024', '5/6/2022', '4/5/1988'],
    ];
    expect(read(disagree, 3)).toEqual(['ambiguous', 'ambiguous']);
  });
});
