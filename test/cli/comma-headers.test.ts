/**
 * Typeform exports head each column with its question, commas and all ("What's your name, first and
 * last?", "Company, if any"). --columns and --map take comma lists: such a header is named in double
 * quotes, as in a CSV, or by its column letter; a header typed on two lines with a space.
 */
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';
import { writeUtf8Csv, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-06-30'];

// A Typeform sign-up form's responses: Mary filled it twice, from two phones.
const TYPEFORM: CellValue[][] = [
  ["What's your name, first and last?", 'Email', 'Phone number', 'Company, if any', 'Submitted At', 'Token'],
  ['Mary Smith', 'mary.smith@example.com', '+1 415 555 0100', 'Acme, Inc', '2024-05-01 10:02:11', 'k3x9a1'],
  ['Mary Smith', 'mary.smith@example.com', '+1 415 555 0199', 'Acme, Inc', '2024-05-03 09:15:40', 'p7d2q8'],
  ['Mary Smith', 'mary.smith@example.com', '+1 415 555 0142', 'Globex', '2024-05-04 12:30:05', 'z1m4c6'],
  ['John Doe', 'john.doe@example.com', '+1 415 555 0177', '', '2024-05-04 12:41:19', 'w8n5b3'],
];

describe('naming a header that holds a comma', () => {
  const dir = tempDir();

  beforeAll(() => writeUtf8Csv(join(dir, 'responses.csv'), TYPEFORM));

  test('dedupe --exact takes the header in double quotes', async () => {
    const result = await run(
      ['dedupe', 'responses.csv', '--exact', '--columns', '"Company, if any",Email', '--json'],
      dir,
    );
    expect(result.code).toBe(0);
    const { clusters } = JSON.parse(result.stdout);
    expect(clusters.map((c: { rows: number[] }) => c.rows)).toEqual([[2, 3]]);
    expect(clusters[0].reasons.map((r: { column: string }) => r.column)).toEqual(['Company, if any', 'Email']);
    const text = await run(['dedupe', 'responses.csv', '--exact', '--columns', '"Company, if any",Email'], dir);
    expect(text.stdout).toContain('- same Company, if any and Email');
  });

  test('dedupe --exact takes column letters, the same as the headers', async () => {
    const result = await run(['dedupe', 'responses.csv', '--exact', '--columns', 'D,B', '--json'], dir);
    expect(result.code).toBe(0);
    const { clusters } = JSON.parse(result.stdout);
    expect(clusters.map((c: { rows: number[] }) => c.rows)).toEqual([[2, 3]]);
    expect(clusters[0].reasons.map((r: { column: string }) => r.column)).toEqual(['Company, if any', 'Email']);
  });

  test('an unquoted header with a comma is a usage error that says how to name it', async () => {
    const result = await run(['dedupe', 'responses.csv', '--exact', '--columns', 'Company, if any,Email'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--columns names "Company", "if any", which the sheet does not have');
    expect(result.stderr).toContain('"Company, if any" (D)');
    expect(result.stderr).toContain(`--columns '"Company, if any"'`);
  });

  test('a quote left open is a usage error', async () => {
    const result = await run(['dedupe', 'responses.csv', '--exact', '--columns', '"Company, if any,Email'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--columns: a quote is not closed/);
  });

  test('a quoted letter names a header, not a column', async () => {
    const result = await run(['dedupe', 'responses.csv', '--exact', '--columns', '"D"'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--columns names "D", which the sheet does not have');
  });

  test('check --map takes a quoted header, and a column letter', async () => {
    const mapped = JSON.parse((await run(['check', 'responses.csv', '--json', ...TODAY], dir)).stdout).mapping;
    expect(mapped).toMatchObject({ "What's your name, first and last?": 'name', 'Company, if any': 'company' });

    const quoted = await run(['check', 'responses.csv', '--json', '--map', '"Company, if any"=-', ...TODAY], dir);
    expect(quoted.code).toBe(0);
    expect(JSON.parse(quoted.stdout).mapping).toMatchObject({ 'Company, if any': null, Email: 'email' });

    const letter = await run(['check', 'responses.csv', '--json', '--map', 'D=-,F=notes', ...TODAY], dir);
    expect(JSON.parse(letter.stdout).mapping).toMatchObject({ 'Company, if any': null, Token: 'notes' });
  });

  test('check --map without the quotes says how to write them', async () => {
    const result = await run(['check', 'responses.csv', '--map', 'Company, if any=-', ...TODAY], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--map '"Company, if any"=field'`);
  });

  test('merge --rule and --columns name a header typed on two lines with a space', async () => {
    await writeXlsx(
      join(dir, 'members.xlsx'),
      [
        ['Full\nName', 'Mobile\nNumber', 'Total\nSpend'],
        ['Mary Smith', '+1 415 555 0100', 120],
        ['Mary Smith', '415-555-0100', 80],
        ['John Doe', '+1 415 555 0177', 50],
      ],
      { sheet: 'Members' },
    );
    const result = await run(
      [
        'merge',
        'members.xlsx',
        '-o',
        'members-merged.xlsx',
        '--exact',
        '--columns',
        'Mobile Number',
        '--rule',
        'Total Spend=sum',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 group, 1 row merged away/);
    expect(result.stdout).toMatch(/updated Total Spend/);
  });
});

describe('naming a header that holds a comma in compare', () => {
  const dir = tempDir();

  test('compare --exact takes the header in double quotes', async () => {
    writeUtf8Csv(join(dir, 'crm.csv'), [
      ['Name', 'Email', 'Company, if any'],
      ['Mary Smith', 'mary.smith@example.com', 'Acme, Inc'],
    ]);
    writeUtf8Csv(join(dir, 'responses.csv'), TYPEFORM);
    const result = await run(
      ['compare', 'crm.csv', 'responses.csv', '--exact', '--columns', '"Company, if any",Email', '--json'],
      dir,
    );
    expect(result.code).toBe(0);
    const { counts, rows } = JSON.parse(result.stdout);
    expect(counts).toMatchObject({ existing: 2, new: 2 });
    expect(rows.filter((r: { status: string }) => r.status === 'existing').map((r: { row: number }) => r.row)).toEqual([
      2, 3,
    ]);
  });
});
