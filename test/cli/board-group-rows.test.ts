/**
 * A Monday.com board export: the board's title, a group's title, the header, its items, a blank row,
 * the next group's title and the header again. The group titles and the repeated header are no
 * customers in any command, and clean leaves them in the sheet as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { run, tempDir } from './run';

const TODAY = ['--today', '2025-11-29'];
const MONDAY = [
  'Customers Q4',
  'Active accounts',
  'Name,Person,Status,Date,Phone,Email,Link,Text',
  'Acme Roofing LLC,Jordan Blake,Working on it,2025-11-03,+1 415 555 0132,ops@acmeroofing.com,https://acmeroofing.com - acmeroofing.com,Referral from Bob',
  'Bright Dental,Sara Kim,Done,2025-10-28,14155550177,front@brightdental.com,,',
  'ACME Roofing,Jordan Blake,Stuck,2025-11-05,(415) 555-0132,OPS@AcmeRoofing.com,,dup of first?',
  'Acme Plumbing,Jordan Black,Done,2025-09-01,+1 415 555 0190,info@acmeplumbing.com,,',
  ',,,,,,,',
  'Prospects,,,,,,,',
  'Name,Person,Status,Date,Phone,Email,Link,Text',
  'Northwind Cafe,"Lee Park, Sara Kim",,2025-11-12,+1 206 555 0101,hello@northwindcafe.com,,',
  'Bright Dental Group,Amy Chen,Working on it,2025-11-14,+1 312 555 0144,info@brightdentalgroup.com,,different chain Chicago',
  'Pinecrest Bakery,Tom Ruiz,Done,2025-08-19,+1 503 555 0123,orders@pinecrestbakery.com,,',
  'Pinecrest Bakery,Tom Ruiz,Done,2025-08-19,503.555.0123,orders@pinecrestbakery.com ,,same shop re-entered',
].join('\n');

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/);
}

describe('a board export with group titles and the header repeated', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'monday.csv'), MONDAY);

  test('check reports nothing on the group title or the repeated header, in both languages', async () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const out = await run(['check', 'monday.csv', '--json', '--locale', locale, ...TODAY], dir);
      const check = JSON.parse(out.stdout) as CheckResult;
      expect(check.issues.filter((i) => i.row === 9 || i.row === 10)).toEqual([]);
      // Status keeps Monday's own labels; the header's "Status" is none of them.
      const own = check.issues.find((i) => i.code === 'choice.ownValues');
      expect(String(own?.value ?? '')).not.toContain('Status');
    }
  });

  test('check says which rows it passed over as group breaks, in both languages', async () => {
    const english = await run(['check', 'monday.csv', '--locale', 'en-US', ...TODAY], dir);
    expect(english.stdout).toContain(
      'Rows 9, 10 are group titles and the header said again (a board export): not customers, left as they are.',
    );
    const chinese = await run(['check', 'monday.csv', '--locale', 'zh-CN', ...TODAY], dir);
    expect(chinese.stdout).toContain('第 9、10 行是分组标题和重复的表头（看板导出），不是客户：保持原样，不检查。');
  });

  test('clean gives the group title and the repeated header no customer ID and keeps them as typed', async () => {
    await run(['clean', 'monday.csv', '-o', 'clean.csv', ...TODAY], dir);
    const out = lines(join(dir, 'clean.csv'));
    expect(out.find((l) => l.startsWith('Prospects'))).toMatch(/^Prospects,*$/);
    expect(out.find((l) => l.startsWith('Name,'))).toMatch(/^Name,Person,Status,Date,Phone,Email,Link,Text,*$/);
    expect(out.filter((l) => /C0000\d\d/.test(l))).toHaveLength(8);
    // Cleaning again reads the renamed header's repeat as a repeat still.
    const again = JSON.parse((await run(['check', 'clean.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    expect(again.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('report and dedupe count the eight customers only', async () => {
    const report = JSON.parse((await run(['report', 'monday.csv', '--json', ...TODAY], dir)).stdout);
    expect(report.rows).toBe(8);
    const status = report.segments.find((s: { field: string }) => s.field === 'status');
    expect(status.values.map((v: { value: string }) => v.value)).not.toContain('Status');
    const dedupe = JSON.parse((await run(['dedupe', 'monday.csv', '--json'], dir)).stdout);
    expect(dedupe.rows).toBe(8);
    expect(dedupe.clusters.map((c: { rows: number[] }) => c.rows)).toEqual([
      [4, 6],
      [13, 14],
    ]);
  });

  test('export writes neither "Prospects" nor "Name" as a company', async () => {
    await run(['export', 'monday.csv', '--to', 'hubspot', '-o', 'hubspot.csv', ...TODAY], dir);
    const accounts = lines(join(dir, 'hubspot-accounts.csv')).filter(Boolean);
    expect(accounts).toHaveLength(9);
    expect(accounts.some((l) => l.startsWith('Prospects') || l.startsWith('Name,'))).toBe(false);
  });
});
