/**
 * Chinese members often give their birthday in the lunar calendar (农历八月十五, 二月初二). With no table
 * of each year's lunar months it has no Gregorian day: like a birthday without its year it is kept as
 * typed, never called "not a date" with advice (2024-03-05) it cannot follow.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { CheckResult } from '../../shared/check/check-sheet';
import { run, tempDir } from '../cli/run';

describe('lunar birthdays', () => {
  const dir = tempDir();

  test('check reports no error for 农历八月十五, 阴历3月5日, 二月初二 or 1990年农历八月十五; clean keeps them', async () => {
    const rows = [
      '会员卡号,姓名,手机,生日',
      'VIP0001,张三,13800001111,农历八月十五',
      'VIP0002,李四,13800002222,阴历3月5日',
      'VIP0003,王五,13800003333,二月初二',
      'VIP0004,赵六,13800004444,1990年农历八月十五',
      'VIP0005,钱七,13800005555,八月三十二',
      'VIP0006,孙八,13800006666,1990/3/5',
    ];
    writeFileSync(join(dir, 'members.csv'), rows.join('\n'));
    const check = JSON.parse(
      (await run(['check', 'members.csv', '--json', '--today', '2024-06-10'], dir)).stdout,
    ) as CheckResult;
    const birth = check.issues.filter((i) => i.column === '生日');
    // Only the impossible 八月三十二 is no date; 1990/3/5 is a date written another way.
    expect(birth.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([6]);
    expect(birth.find((i) => i.row === 7)?.code).toBe('date.nonCanonical');
    await run(['clean', 'members.csv', '-o', 'clean.csv', '--today', '2024-06-10'], dir);
    const cleaned = (await import('node:fs')).readFileSync(join(dir, 'clean.csv'), 'utf8');
    for (const lunar of ['农历八月十五', '阴历3月5日', '二月初二', '1990年农历八月十五'])
      expect(cleaned).toContain(lunar);
  });
});
