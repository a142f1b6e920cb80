/**
 * Unix timestamps as CRM, API, WeCom, 有赞 and Shopify dumps write 创建时间 / 添加时间 / created_at:
 * seconds (1700000000) or milliseconds (1700000000000) since 1970-01-01 UTC. A date column whose
 * values are all one of those shapes reads each as that instant's UTC day and time; a lone ten-digit
 * number among ordinary dates (a phone, an ID) or a column mixing shapes is not read so.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import type { CellValue } from '../../shared/sheet/cell-value';

const column = (header: string, ...cells: CellValue[]): CellValue[][] => [[header], ...cells.map((c) => [c])];

// 1700000000 is 2023-11-14 22:13:20 UTC (2023-11-15 06:13:20 in Beijing).
const WECOM_ADDED = [1700000000, 1700003600, 1700090000, 1704067200];

describe('normaliseDate of a Unix timestamp', () => {
  test.each<[CellValue, 'seconds' | 'milliseconds', string, string | undefined]>([
    [1700000000, 'seconds', '2023-11-14', '22:13:20 UTC'],
    ['1700000000', 'seconds', '2023-11-14', '22:13:20 UTC'],
    [' 1700000000 ', 'seconds', '2023-11-14', '22:13:20 UTC'],
    // Full-width digits, as a Chinese IME types them.
    ['１７００００００００', 'seconds', '2023-11-14', '22:13:20 UTC'],
    [1700000000123, 'milliseconds', '2023-11-14', '22:13:20 UTC'],
    ['1700000000000', 'milliseconds', '2023-11-14', '22:13:20 UTC'],
    // Midnight UTC is how a dump writes a plain date: no time is kept.
    [1704067200, 'seconds', '2024-01-01', undefined],
    [1704067200000, 'milliseconds', '2024-01-01', undefined],
  ])('reads %j (%s) as %s %s', (value, timestamps, day, time) => {
    expect(normaliseDate(value, { timestamps })).toEqual({ status: 'valid', value: day, ...(time ? { time } : {}) });
  });

  test.each<[CellValue, 'seconds' | 'milliseconds']>([
    // From 2100.
    [4200000000, 'seconds'],
    [4200000000000, 'milliseconds'],
    // A Taiwan mobile (and the time 2001-04-19 01:25:21 without its zero).
    ['0987654321', 'seconds'],
    // The other shape than the column's.
    [1700000000, 'milliseconds'],
    ['1700000000000', 'seconds'],
    // Not a whole number of seconds, or not digits.
    [1700000000.5, 'seconds'],
    ['17000000OO', 'seconds'],
  ])('does not read %j as a timestamp in a column of %s', (value, timestamps) => {
    expect(normaliseDate(value, { timestamps })).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test('reads a ten-digit number as no date where the column is not one of timestamps', () => {
    expect(normaliseDate(1700000000, {}).status).toBe('invalid');
    expect(normaliseDate('1700000000', {}).status).toBe('invalid');
    expect(normaliseDate(1700000000123).status).toBe('invalid');
  });

  test('reads the column’s ordinary dates as before', () => {
    expect(normaliseDate('2024-03-05 14:22:10', { timestamps: 'seconds' })).toEqual({
      status: 'valid',
      value: '2024-03-05',
      time: '14:22:10',
    });
    expect(normaliseDate('45321', { timestamps: 'seconds', serialText: true })).toEqual({
      status: 'valid',
      value: '2024-01-30',
    });
  });

  test('reads its own canonical form back as itself', () => {
    expect(normaliseDate('2023-11-14 22:13:20 UTC', {})).toEqual({
      status: 'valid',
      value: '2023-11-14',
      time: '22:13:20 UTC',
    });
  });
});

describe('dateColumnContext of timestamps', () => {
  test('finds seconds when a date column holds only ten-digit timestamps (numbers or text)', () => {
    expect(dateColumnContext(column('添加时间', ...WECOM_ADDED), 1).timestamps).toBe('seconds');
    expect(dateColumnContext(column('created_at', ...WECOM_ADDED.map(String)), 1).timestamps).toBe('seconds');
    // Blank cells (a contact never added) say nothing.
    expect(dateColumnContext(column('创建时间', 1700000000, null, '', 1700003600, 1700090000), 1).timestamps).toBe(
      'seconds',
    );
  });

  test('finds milliseconds when they are all thirteen digits', () => {
    const ms = WECOM_ADDED.map((s) => s * 1000 + 123);
    expect(dateColumnContext(column('Created At', ...ms), 1).timestamps).toBe('milliseconds');
  });

  test.each<[string, CellValue[]]>([
    ['a lone ten-digit number among ordinary dates', ['2024-03-05', '2024/3/6', 1700000000, '2024年3月7日']],
    ['seconds and milliseconds mixed', [1700000000, 1700003600, 1700090000000, 1700090000]],
    ['timestamps and ordinary dates mixed', [1700000000, 1700003600, 1700090000, '2024-03-05']],
    ['only two numbers (a phone or an ID as well as a time)', [1700000000, 1700003600]],
    ['a number from 2100', [1700000000, 1700003600, 1700090000, 4200000000]],
    ['Taiwan mobiles typed as text', ['0987654321', '0912345678', '0933123456']],
    ['eleven-digit mobiles', [13800138000, 13900139000, 13700137000]],
    ['nine-digit numbers', [946684799, 946684798, 946684797]],
  ])('finds no timestamps in %s', (_what, cells) => {
    expect(dateColumnContext(column('创建时间', ...cells), 1).timestamps).toBeUndefined();
  });
});
