/**
 * The demo's sample list: its dates are set against the day the demo runs, so the newest customers
 * are recent and the oldest stale whatever the year, each date written as it was typed.
 */
import { sampleCustomers, bigSampleCustomers, SAMPLE_HEADERS } from '../../shared/ui/demo/sample-customers';
import { buildInsights } from '../../shared/insights/build-insights';
import type { CellValue } from '../../shared/sheet/cell-value';

const PURCHASE = SAMPLE_HEADERS.indexOf('最近购买日期');
const CONTACT = SAMPLE_HEADERS.indexOf('上次联系');
const DAY = 86_400_000;

function dayOf(value: CellValue): number | null {
  if (value instanceof Date) return value.getTime() / DAY;
  const match = typeof value === 'string' ? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value) : null;
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY : null;
}

/** A cell's way of writing a date: 2024/3/5 → "d/d/d", 2024-03-05 → "dd-dd-dd" by digit counts kept apart. */
function shape(value: CellValue): string {
  if (value instanceof Date) return 'Date';
  return String(value)
    .replace(/^\d{4}/, 'Y')
    .replace(/\d+/g, (d) => (d.length === 2 && d.startsWith('0') ? '0d' : 'd'));
}

describe('the demo sample’s dates', () => {
  test('without a day they are the dates as written', () => {
    const values = sampleCustomers().values;
    expect(values[1]![PURCHASE]).toBe('2024/3/5');
    expect(values[1]![CONTACT]).toBe('2025-01-10');
  });

  test('set against 2026-11-28, every date moves by the same days, the newest a week before, each written as typed', () => {
    const asWritten = sampleCustomers().values;
    const moved = sampleCustomers(new Date('2026-11-28T15:30:00Z')).values;
    const shifts = new Set<number>();
    let newest = -Infinity;
    for (let r = 1; r < asWritten.length; r++)
      for (const col of [PURCHASE, CONTACT]) {
        const before = asWritten[r]![col]!;
        const after = moved[r]![col]!;
        if (dayOf(before) === null) {
          expect(after).toEqual(before); // blanks stay blank
          continue;
        }
        shifts.add(dayOf(after)! - dayOf(before)!);
        newest = Math.max(newest, dayOf(after)!);
        // 2024/3/5 stays unpadded, 2024-03-05 padded (a one-digit day may become two), 2024年3月5日 Chinese.
        if (typeof before === 'string')
          expect(after).toMatch(before.includes('年') ? /^\d{4}年\d{1,2}月\d{1,2}日$/ : /^\d{4}/);
        if (typeof before === 'string' && /-0\d/.test(before)) expect(after).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (before instanceof Date) expect(after).toBeInstanceOf(Date);
      }
    expect(shifts.size).toBe(1);
    expect(newest).toBe(Date.UTC(2026, 10, 21) / DAY);
    // The other columns are untouched.
    expect(moved[1]!.filter((_, c) => c !== PURCHASE && c !== CONTACT)).toEqual(
      asWritten[1]!.filter((_, c) => c !== PURCHASE && c !== CONTACT),
    );
    expect(shape(moved[1]![PURCHASE]!)).toBe(shape(asWritten[1]![PURCHASE]!).replace(/0d/g, 'd'));
  });

  test('the insights view finds recent customers and stale ones, not every one stale', () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const report = buildInsights(sampleCustomers(now), { now });
    const rows = sampleCustomers(now).values.length - 1;
    expect(report.stale.count).toBeGreaterThan(0);
    expect(report.stale.count).toBeLessThan(rows - 10);
  });

  test('the big sample carries the same dates', () => {
    const now = new Date('2026-11-28T00:00:00Z');
    expect(bigSampleCustomers(100, now).values[1]![CONTACT]).toEqual(sampleCustomers(now).values[1]![CONTACT]);
  });
});
