/**
 * A column of day-first dates (15/02/2023, 28/03/2023) with one typed month first (10/13/2023): it can
 * be read only month first, so clean writes it so, but check warns that the column's other dates put the
 * day first (it may be a slip), and clean's change names that, while the column's dates of two readings
 * (05/04/2023) stay as typed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { planClean } from '../../shared/operations/clean';
import { sheet, TODAY } from '../operations/fixtures';
import { run, tempDir } from '../cli/run';

/** A UK gym's members: Joined typed day first by the front desk, one row typed the American way. */
const MEMBERS: CellValue[][] = [
  ['Name', 'Email', 'Joined'],
  ['Olivia Smith', 'olivia.smith@gmail.com', '15/02/2023'],
  ['Jack Evans', 'jack.evans@outlook.com', '28/03/2023'],
  ['Amelia Hughes', 'amelia.h@yahoo.co.uk', '05/04/2023'],
  ['Harry Price', 'harry.price@gmail.com', '10/13/2023'],
  ['Isla Morgan', 'isla.morgan@btinternet.com', '07/06/2023'],
];

/** A Shanghai team's 最近联系 typed month first (an American CRM's report), one day first. */
const CONTACTS: CellValue[][] = [
  ['客户名称', '手机', '最近联系'],
  ['上海华通物流有限公司', '13900139000', '3/15/2024'],
  ['苏州明德电子科技有限公司', '13700137000', '4/22/2024'],
  ['宁波甬港贸易有限公司', '13586761234', '5/30/2024'],
  ['杭州森源建材有限公司', '13800138000', '13/05/2024'],
];

const issuesIn = (values: CellValue[][], column: string, locale: Locale): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === column);

describe('a date read in the other order than its column', () => {
  test('is a warning naming the day-first order of the column, in English; the others as before', () => {
    const issues = issuesIn(MEMBERS, 'Joined', 'en-US');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.suggestion])).toEqual([
      [2, 'date.nonCanonical', 'warning', '2023-02-15'],
      [3, 'date.nonCanonical', 'warning', '2023-03-28'],
      [4, 'date.ambiguous', 'warning', null],
      [5, 'date.otherOrder', 'warning', '2023-10-13'],
      [6, 'date.ambiguous', 'warning', null],
    ]);
    expect(issues[3]!.message).toBe(
      '"10/13/2023" can only be read month first (2023-10-13), while the other dates of Joined put the day first: it will become 2023-10-13. Check that it was not typed the wrong way round.',
    );
  });

  test('is a warning naming the day-first order of the column, in Chinese', () => {
    const issue = issuesIn(MEMBERS, 'Joined', 'zh-CN').find((i) => i.row === 5)!;
    expect(issue.message).toBe(
      '“10/13/2023”只能按月在前读（2023-10-13），而“Joined”的其他日期是日在前：将改为 2023-10-13。请确认它没有写反。',
    );
  });

  test('names the month-first order of a column of American dates, in both languages', () => {
    const zh = issuesIn(CONTACTS, '最近联系', 'zh-CN').find((i) => i.row === 5)!;
    expect(zh).toMatchObject({ code: 'date.otherOrder', suggestion: '2024-05-13' });
    expect(zh.message).toBe(
      '“13/05/2024”只能按日在前读（2024-05-13），而“最近联系”的其他日期是月在前：将改为 2024-05-13。请确认它没有写反。',
    );
    const en = issuesIn(CONTACTS, '最近联系', 'en-US').find((i) => i.row === 5)!;
    expect(en.message).toContain(
      'can only be read day first (2024-05-13), while the other dates of 最近联系 put the month first',
    );
  });

  test('clean converts it with the change’s reason date.otherOrder, and leaves 05/04/2023 as typed', () => {
    const { plan, summary } = planClean(sheet(MEMBERS), { now: TODAY, locale: 'en-US' });
    const joined = plan.edits.filter((e) => e.col === 3);
    expect(joined.map((e) => [e.row, e.before, e.after, e.reason])).toEqual([
      [2, '15/02/2023', '2023-02-15', 'date.nonCanonical'],
      [3, '28/03/2023', '2023-03-28', 'date.nonCanonical'],
      [5, '10/13/2023', '2023-10-13', 'date.otherOrder'],
    ]);
    expect(summary.byReason['date.otherOrder']).toBe(1);
  });

  test('clean’s summary names the change in both languages', async () => {
    const dir = tempDir();
    const csv = MEMBERS.map((row) => row.join(',')).join('\n');
    writeFileSync(join(dir, 'members.csv'), csv);
    const en = await run(['clean', 'members.csv', '-o', 'out.csv', '--locale', 'en-US', '--today', '2024-06-30'], dir);
    expect(en.stdout + en.stderr).toMatch(
      /1 {2}dates written as yyyy-mm-dd in their only reading, the other day\/month order than their column/,
    );
    const zh = await run(['clean', 'members.csv', '-o', 'out2.csv', '--locale', 'zh-CN', '--today', '2024-06-30'], dir);
    expect(zh.stdout + zh.stderr).toContain('日期按唯一读法写为 yyyy-mm-dd（日月顺序与本列其他日期相反）');
  });

  test('a column with no one-way date of the other order says nothing more', () => {
    const plain: CellValue[][] = MEMBERS.filter((_, i) => i !== 4);
    expect(issuesIn(plain, 'Joined', 'en-US').some((i) => i.code === 'date.otherOrder')).toBe(false);
  });
});
