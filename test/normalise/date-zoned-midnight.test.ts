/**
 * A time written with its zone is a moment in that zone: Constant Contact's Created At of
 * "2020-01-01 00:00:00 -0800", beside 16:05:00 -0800 and 14:22:10 -0700, is midnight in California, which
 * a CRM reading a bare 2020-01-01 as UTC's midnight would put on 31 December. Its day stays the day typed
 * and its time keeps the offset, as at any other hour. A column of midnights only (an API's
 * 2024-03-05T00:00:00+08:00 for a date) is a column of plain dates, as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { run, tempDir } from '../cli/run';

const column = (...cells: string[]) => [['Created At'], ...cells.map((c) => [c])];
/** Constant Contact's Created At: times with their offset, one at midnight. */
const CREATED = column('2020-01-01 00:00:00 -0800', '2019-11-30 16:05:00 -0800', '2020-06-30 23:30:00 -0700');

describe('dateColumnContext of times written with their zone', () => {
  test('says a column whose times carry their zone at other hours writes moments', () => {
    expect(dateColumnContext(CREATED, 1).zonedTimes).toBe(true);
    expect(dateColumnContext(column('2024-03-05T10:30:00.000Z', '2024-03-06T00:00:00.000Z'), 1).zonedTimes).toBe(true);
  });

  test('says nothing of a column of midnights, or of times without a zone', () => {
    expect(
      dateColumnContext(column('2024-03-05T00:00:00+08:00', '2024-05-12T00:00:00+08:00'), 1).zonedTimes,
    ).toBeUndefined();
    expect(dateColumnContext(column('2024-03-05 14:22:10', '2024-03-06 00:00:00'), 1).zonedTimes).toBeUndefined();
  });
});

describe('normaliseDate of a midnight written with its zone', () => {
  const moments = dateColumnContext(CREATED, 1);

  test.each([
    ['2020-01-01 00:00:00 -0800', '2020-01-01', '00:00:00 -08:00'],
    ['2020-01-01T00:00:00-08:00', '2020-01-01', '00:00:00 -08:00'],
    ['2020-07-01 00:00:00 -0700', '2020-07-01', '00:00:00 -07:00'],
    ['2020-01-01 00:00:00.000 -08:00', '2020-01-01', '00:00:00 -08:00'],
    ['2024-03-06T00:00:00Z', '2024-03-06', '00:00:00 UTC'],
    // As clean writes it: a second run reads it alike.
    ['2020-01-01 00:00:00 -08:00', '2020-01-01', '00:00:00 -08:00'],
  ])('keeps %j in a column of moments as its day and its time with the zone', (input, value, time) => {
    expect(normaliseDate(input, moments)).toEqual({ status: 'valid', value, time });
  });

  test('reads a midnight without a zone in that column as a plain date', () => {
    expect(normaliseDate('2020-01-01 00:00:00', moments)).toEqual({ status: 'valid', value: '2020-01-01' });
  });

  test.each([['2024-03-05T00:00:00+08:00'], ['2024-03-05 00:00:00 -0800'], ['2024-03-05T00:00:00Z']])(
    'reads %j elsewhere as a plain date, as exports write one',
    (input) => {
      expect(normaliseDate(input, {})).toEqual({ status: 'valid', value: '2024-03-05' });
    },
  );

  test('keeps the offset at any other hour, written with a space as with a T', () => {
    expect(normaliseDate('2021-03-15 14:22:10 -0700', {})).toEqual(normaliseDate('2021-03-15T14:22:10-07:00', {}));
    expect(normaliseDate('2021-03-15 14:22:10 -0700', {})).toEqual({
      status: 'valid',
      value: '2021-03-15',
      time: '14:22:10 -07:00',
    });
  });
});

describe('a Constant Contact export’s Created At across the commands', () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'contacts.csv'),
    [
      'Email address,First name,Last name,Phone - mobile,Email permission status,Source Name,Created At,Updated At',
      'jane.doe@gmail.com,Jane,Doe,(415) 555-0132,Implicit,Website Sign-up Form,2020-01-01 00:00:00 -0800,2021-03-15 14:22:10 -0700',
      'mark.lee@outlook.com,Mark,Lee,(212) 555-0178,Explicit,Import,2019-11-30 16:05:00 -0800,2020-01-01 00:00:00 -0800',
    ].join('\n'),
  );
  const TODAY = ['--today', '2025-03-01'];

  test.each([['en-US'], ['zh-CN']])('check in %s suggests the midnight with its offset', async (locale) => {
    const out = await run(['check', 'contacts.csv', '--json', '--locale', locale, ...TODAY], dir);
    const issue = (JSON.parse(out.stdout) as CheckResult).issues.find((i) => i.row === 2 && i.column === 'Created At');
    expect(issue).toMatchObject({ code: 'date.nonCanonical', suggestion: '2020-01-01 00:00:00 -08:00' });
    expect(issue?.message).toContain('2020-01-01 00:00:00 -08:00');
  });

  test('clean and a HubSpot export keep the offset', async () => {
    expect((await run(['clean', 'contacts.csv', '-o', 'clean.csv', ...TODAY], dir)).code).toBe(0);
    const clean = readFileSync(join(dir, 'clean.csv'), 'utf8');
    expect(clean).toContain(',2020-01-01 00:00:00 -08:00,2021-03-15 14:22:10 -07:00,');
    expect(clean).toContain(',2019-11-30 16:05:00 -08:00,2020-01-01 00:00:00 -08:00,');
    expect((await run(['export', 'contacts.csv', '--to', 'hubspot', '-o', 'hubspot.csv', ...TODAY], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'hubspot.csv'), 'utf8')).toContain(
      ',2020-01-01 00:00:00 -08:00,2021-03-15 14:22:10 -07:00',
    );
  });
});
