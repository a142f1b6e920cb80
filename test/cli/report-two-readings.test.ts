/**
 * `custodian report` on lists whose follow-up and last-contact dates read two ways: the text summary,
 * the page and --json say how many dates were not judged and quote the first with its row, in the
 * sheet's language, keeping every documented key as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv, writeXlsx } from './fixtures';
import { SMB_PIPELINE, ZH_LEDGER } from '../insights/two-reading-lists';

const TODAY = ['--today', '2024-06-05'];

describe('custodian report of dates that read two ways', () => {
  const dir = tempDir();

  beforeAll(async () => {
    writeUtf8Csv(join(dir, 'smb.csv'), SMB_PIPELINE);
    await writeXlsx(join(dir, 'ledger.xlsx'), ZH_LEDGER);
  });

  test('adds twoReadings to followUps and stale in --json, the documented keys unchanged', async () => {
    const result = await run(['report', 'smb.csv', '--json', ...TODAY], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['rows', 'quality', 'segments', 'stale', 'followUps', 'duplicates']);
    expect(Object.keys(report.followUps)).toEqual(['overdue', 'dueIn7Days', 'rows', 'twoReadings']);
    expect(Object.keys(report.stale)).toEqual(['days', 'count', 'rows', 'twoReadings']);
    expect(report.followUps).toEqual({
      overdue: 0,
      dueIn7Days: 1,
      rows: [6],
      twoReadings: {
        count: 2,
        rows: [2, 7],
        first: { row: 2, column: 'Next Follow-up', value: '06/12/2024', readings: ['2024-12-06', '2024-06-12'] },
      },
    });
    expect(report.stale.twoReadings).toEqual({
      count: 2,
      rows: [3, 7],
      first: { row: 3, column: 'Last Contact', value: '03/04/2023', readings: ['2023-04-03', '2023-03-04'] },
    });
  });

  test('quotes the first unread follow-up and last-contact date under their counts in an English summary and page', async () => {
    const result = await run(['report', 'smb.csv', '-o', 'smb.html', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Follow-up: 0 overdue, 1 due within 7 days: rows 6\n' +
        '  2 follow-up dates not judged: they read two ways and their column does not say which (first: "06/12/2024" in row 2 of "Next Follow-up" could be 2024-12-06 or 2024-06-12); write them as yyyy-mm-dd\n',
    );
    expect(result.stdout).toContain(
      '  2 last-contact or purchase dates not judged: they read two ways and their column does not say which (first: "03/04/2023" in row 3 of "Last Contact" could be 2023-04-03 or 2023-03-04); write them as yyyy-mm-dd\n',
    );
    const page = readFileSync(join(dir, 'smb.html'), 'utf8');
    expect(page).toContain('2 follow-up dates not judged');
    expect(page).toContain('&quot;06/12/2024&quot; in row 2 of &quot;Next Follow-up&quot;');
  });

  test('reads the 台北 row’s 民國 date and quotes the 杭州 row’s 06/12/2024 in a Chinese summary and --json', async () => {
    const text = await run(['report', 'ledger.xlsx', ...TODAY], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '跟进：逾期 1，7 天内到期 1：第 5、3 行\n' +
        '  1 个下次跟进日期有两种读法、所在列也无法判断，未计入（第 2 行“下次跟进”的“06/12/2024”可能是 2024-12-06 或 2024-06-12）；请写成 yyyy-mm-dd\n',
    );
    expect(text.stdout).toContain(
      '  2 个最近联系或购买日期有两种读法、所在列也无法判断，未计入（首个：第 4 行“最近跟进”的“03/04/2023”可能是 2023-04-03 或 2023-03-04）；请写成 yyyy-mm-dd\n',
    );
    const report = JSON.parse((await run(['report', 'ledger.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(report.followUps).toMatchObject({ overdue: 1, dueIn7Days: 1, rows: [5, 3] });
    expect(report.followUps.twoReadings).toEqual({
      count: 1,
      rows: [2],
      first: { row: 2, column: '下次跟进', value: '06/12/2024', readings: ['2024-12-06', '2024-06-12'] },
    });
    expect(report.stale.twoReadings).toMatchObject({ count: 2, rows: [4, 5] });
  });
});
