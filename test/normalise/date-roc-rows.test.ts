/**
 * A list that names each row's region reads each row's two-digit years in that region's calendar: a
 * 台北 customer's 民國 years in a mainland shop's list say nothing of a 杭州 customer's 24/3/5.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { calendarOf } from '../../shared/normalise/date-roc';
import type { CellValue } from '../../shared/sheet/cell-value';

/** A mainland shop's follow-ups (its GBK export), one Taipei customer among them. */
const FOLLOW_UPS: CellValue[][] = [
  ['客户姓名', '手机号码', '所在城市', '生日', '最近联系时间'],
  ['李四', '0086 138 0013 8001', '杭州', '1990-01-04', '24/3/5'],
  ['陈十', '+886 2 2345 6789', '台北', '民國79年1月10日', '113/03/05'],
  ['朱十七', '13800138007', '北京', '90-01-17', '2024-03-05'],
];

describe('calendarOf', () => {
  test.each([
    [{ rocYears: true, rowRegion: 'TW' }, 'roc'],
    [{ rowRegion: 'TW' }, 'either'],
    [{ rocYears: true, taiwanList: true, rowRegion: 'CN' }, 'western'],
    [{ rocYears: true, rowRegion: 'CN' }, 'western'],
    [{ rocYears: true, rowRegion: 'HK' }, 'either'],
    [{ rowRegion: 'HK' }, 'western'],
    [{ rocYears: true, taiwanList: true }, 'roc'],
    [{ rocYears: true }, 'either'],
    [{ taiwanList: true }, 'either'],
    [{}, 'western'],
  ] as const)('reads a row of %j in the %s calendar', (ctx, calendar) => {
    expect(calendarOf(ctx)).toBe(calendar);
  });
});

describe('normaliseDate of a mainland list with a 台北 row', () => {
  const lastContact = dateColumnContext(FOLLOW_UPS, 5, { region: 'CN' });
  const birth = dateColumnContext(FOLLOW_UPS, 4, { region: 'CN', birthDate: true, now: new Date('2024-03-15') });

  test('finds the column’s 民國 years without taking the list for Taiwan’s', () => {
    expect(lastContact).toMatchObject({ rocYears: true });
    expect(lastContact.taiwanList).toBeUndefined();
  });

  test('reads a 杭州 row’s 24/3/5 and a 北京 row’s 90-01-17 as a mainland list does', () => {
    expect(normaliseDate('24/3/5', { ...lastContact, rowRegion: 'CN' })).toEqual({
      status: 'valid',
      value: '2024-03-05',
    });
    expect(normaliseDate('90-01-17', { ...birth, rowRegion: 'CN' })).toEqual({ status: 'valid', value: '1990-01-17' });
  });

  test('reads the 台北 row’s short year as 民國', () => {
    expect(normaliseDate('24/3/5', { ...lastContact, rowRegion: 'TW' })).toEqual({
      status: 'valid',
      value: '1935-03-05',
    });
    expect(normaliseDate('1130305', { ...lastContact, rowRegion: 'TW' })).toEqual({
      status: 'valid',
      value: '2024-03-05',
    });
  });

  test('leaves a short year on a row of no region as typed, with both calendars’ readings', () => {
    expect(normaliseDate('24/3/5', lastContact)).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2024-03-05', '1935-03-05'],
    });
  });

  test('reads what a cell says whatever the row: 民國 and a three-digit year', () => {
    expect(normaliseDate('民國79年1月10日', { ...birth, rowRegion: 'CN' })).toEqual({
      status: 'valid',
      value: '1990-01-10',
    });
    expect(normaliseDate('113/03/05', { ...lastContact, rowRegion: 'CN' })).toEqual({
      status: 'valid',
      value: '2024-03-05',
    });
  });
});
