/**
 * What `custodian export` says of dates with two readings (05/04/1985 where no date of the column says
 * whether the day or the month comes first): left out of the CRM's date column, which the CRM reads in
 * one order, kept as typed in the notes, counted with the first such cell; in English, in Chinese and
 * in --json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-07-01'];

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export of dates with two readings', () => {
  const dir = tempDir();
  // A florist's client list kept by e-mail: nothing says where its dates were typed.
  writeUtf8Csv(join(dir, 'clients.csv'), [
    ['Name', 'Email', 'Birthday', 'Last contact'],
    ['Ann Lee', 'ann.lee@gmail.com', '05/04/1985', '05/04/2023'],
    ['Bob Ray', 'bob.ray@outlook.com', '1979-07-02', '2023-06-01'],
    ['Cat Price', 'cat.price@yahoo.co.uk', '1990-11-21', '06/07/2023'],
  ]);

  test('Zoho: says how many, the first, and that Description keeps them, in English', async () => {
    const result = await run(['export', 'clients.csv', '--to', 'zoho', '-o', 'zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '1 date of "Date of Birth" reads two ways (05/04/1985 in row 2: 5 April or May 4) and the column does not say which: Zoho CRM reads every date of a column in one order, so it was left out of "Date of Birth" and kept as typed in "Description"',
    );
    expect(result.stderr).toContain(
      '2 dates of "Last contact" read two ways (05/04/2023 in row 2: 5 April or May 4) and the column does not say which: Zoho CRM reads every date of a column in one order, so they were left out of "Last contact" and kept as typed in "Description"',
    );
    expect(result.stderr).not.toContain('exported as typed');
    expect(readRows(join(dir, 'zoho.csv'))[0]).toMatchObject({
      'Date of Birth': '',
      'Last contact': '',
      Description: 'Birthday: 05/04/1985; Last contact: 05/04/2023',
    });
  });

  test('says it in Chinese', async () => {
    const result = await run(
      ['export', 'clients.csv', '--to', 'zoho', '-o', 'zoho-zh.csv', '--locale', 'zh-CN', ...TODAY],
      dir,
    );
    expect(result.stderr).toContain(
      '“Date of Birth”有 1 个日期有两种读法（第 2 行的 05/04/1985 可以是 4 月 5 日或 5 月 4 日），该列其他日期也无法判断：Zoho CRM 按同一种顺序读一列日期，因此未写入“Date of Birth”，按原样写入“Description”',
    );
  });

  test('--json gives the count, the first values with their rows, and where they are kept', async () => {
    const result = await run(['export', 'clients.csv', '--to', 'zoho', '-o', 'zoho2.csv', '--json', ...TODAY], dir);
    const { report } = JSON.parse(result.stdout) as {
      report: { twoReadings: unknown; twoReadingValues: unknown; twoReadingsKeptIn: unknown };
    };
    expect(report.twoReadings).toEqual({ 'Date of Birth': 1, 'Last contact': 2 });
    expect(report.twoReadingValues).toEqual({
      'Date of Birth': [{ row: 2, value: '05/04/1985' }],
      'Last contact': [
        { row: 2, value: '05/04/2023' },
        { row: 4, value: '06/07/2023' },
      ],
    });
    expect(report.twoReadingsKeptIn).toEqual({ 'Date of Birth': 'Description', 'Last contact': 'Description' });
  });

  test('HubSpot contacts: kept under the sheet’s header, and said so', async () => {
    const result = await run(['export', 'clients.csv', '--to', 'hubspot', '-o', 'hub.csv', ...TODAY], dir);
    expect(result.stderr).toContain('so it was left out of "Date of Birth" and kept as typed in "Birthday"');
    expect(readRows(join(dir, 'hub.csv'))[0]).toMatchObject({ 'Date of Birth': '', Birthday: '05/04/1985' });
  });
});
