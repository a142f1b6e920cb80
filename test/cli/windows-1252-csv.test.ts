import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

/** The bytes Excel on a US Windows saves as "CSV (Comma delimited)": Windows-1252, CRLF, no BOM. */
const US_EXCEL_CSV = Buffer.from(
  'Name,Email,Phone,Notes\r\n' +
    'Ren\xe9e Martin,renee@example.com,+1 617 555 0123,Don\x92t call before 9\r\n' +
    'Oliver Smith,oliver@example.co.uk,+44 20 7946 0958,\xa3120 last order\r\n',
  'latin1',
);

function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('custodian on a Windows-1252 CSV from US/UK Excel', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'us-excel.csv'), US_EXCEL_CSV);

  test('check reads a UK list whose only non-ASCII is £ instead of refusing it as binary', async () => {
    writeFileSync(join(dir, 'uk-pound-only.csv'), Buffer.from('Name,Spend\r\nOliver Smith,\xa3120\r\n', 'latin1'));
    const result = await run(['check', 'uk-pound-only.csv', '--json', ...TODAY], dir);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout);
    expect(output.rows).toBe(1);
    expect(output.issues).toEqual([
      expect.objectContaining({ row: 2, column: 'Spend', value: '£120', suggestion: 120 }),
    ]);
  });

  test('clean writes Renée, Don’t and £120 intact, as UTF-8 with a BOM', async () => {
    const result = await run(['clean', 'us-excel.csv', '-o', 'clean.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'clean.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    const [header, renee, oliver] = readCsv(join(dir, 'clean.csv'));
    const notes = header.indexOf('Notes');
    expect(renee.slice(0, 2)).toEqual(['Renée Martin', 'renee@example.com']);
    expect(renee[notes]).toBe('Don’t call before 9');
    expect(oliver[notes]).toBe('£120 last order');
  });

  test('export splits Renée Martin into first and last name', async () => {
    const result = await run(['export', 'us-excel.csv', '--to', 'salesforce', '-o', 'sf.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const [header, first] = readCsv(join(dir, 'sf.csv'));
    const record = Object.fromEntries(header.map((h, i) => [h, first[i]]));
    expect(record).toMatchObject({ 'First Name': 'Renée', 'Last Name': 'Martin' });
  });
});
