/**
 * A WooCommerce list in dollars with a few amounts in euros: those are left out of every total, and a
 * region whose every amount is in euros must not read as having spent nothing. Each segment value says
 * how many of its cells are left out (JSON `spendLeftOut`, the text report, both languages).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InsightsReport } from '../../shared/insights';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-10'];
const WOO = [
  'Name,Email,Orders,Total spend,Country / Region,City',
  'Ann Lee,ann@example.com,3,$310.00,US,Boston',
  'Bob Tan,bob@example.com,2,$120.50,US,Boston',
  'Marco Rossi,marco@example.it,4,€780.90,IT,Milan',
  'Lena Vogel,lena@example.de,1,€98.00,DE,Berlin',
  'Carl Fox,carl@example.com,5,$512.00,US,Chicago',
].join('\n');

describe('segments whose amounts are left out of the totals', () => {
  const dir = tempDir();

  test('say how many cells are left out instead of a bare 0.00', async () => {
    writeFileSync(join(dir, 'woo.csv'), WOO);
    const report = JSON.parse((await run(['report', 'woo.csv', '--json', ...TODAY], dir)).stdout) as InsightsReport;
    expect(report.spend?.leftOut.count).toBe(2);
    const cities = report.segments.find((s) => s.column === 'City')!;
    expect(cities.values.find((v) => v.value === 'Milan')).toMatchObject({ totalSpend: 0, spendLeftOut: 1 });
    expect(cities.values.find((v) => v.value === 'Boston')).toMatchObject({ totalSpend: 430.5 });
    expect(cities.values.find((v) => v.value === 'Boston')!.spendLeftOut).toBeUndefined();
    const text = (await run(['report', 'woo.csv', ...TODAY], dir)).stdout;
    expect(text).toMatch(/Milan .* 0\.00 \(1 cell left out of the totals\)/);
    const zh = (await run(['report', 'woo.csv', '--locale', 'zh-CN', ...TODAY], dir)).stdout;
    expect(zh).toContain('(1 个单元格未计入合计)');
  });
});
