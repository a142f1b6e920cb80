/**
 * One way every command gives a row's region to the date reader: the region its 地区 names (台北 is
 * Taiwan, 杭州 one of the sheet's own places), and the date column's context with it.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { rowDates } from '../../shared/normalise/row-dates';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { mixedLedger } from './mixed-region-ledger';

describe('rowDates', () => {
  const values = mixedLedger();
  const dates = rowDates(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE), 'CN', 'CN')!;
  const lastContact = dateColumnContext(values, 5, { region: 'CN' });

  test('names the 地区 column and each row’s region: Taiwan for 台北 and 高雄, the sheet’s for 杭州', () => {
    expect(dates.col).toBe(4);
    expect(values.slice(1).map((row) => dates.regionOf(row))).toEqual(['CN', 'CN', 'TW', 'TW', 'CN', 'CN']);
    expect(dates.regionOf([...values[1]!.slice(0, 3), '', ...values[1]!.slice(4)])).toBeNull();
  });

  test('reads a 杭州 row’s 24/3/5 as 2024 and the same text on a 台北 row as 民國 24', () => {
    expect(normaliseDate('24/3/5', dates.contextOf(lastContact, values[1]))).toEqual({
      status: 'valid',
      value: '2024-03-05',
    });
    expect(normaliseDate('24/3/5', dates.contextOf(lastContact, values[3]))).toEqual({
      status: 'valid',
      value: '1935-03-05',
    });
  });

  test('gives a row of no region the column’s own context, and one context per region', () => {
    expect(dates.contextOf(lastContact, [])).toBe(lastContact);
    expect(dates.contextOf(lastContact, values[1])).toBe(dates.contextOf(lastContact, values[2]));
  });

  test('is undefined for a list without a column of regions', () => {
    const plain = values.map((row) => [...row.slice(0, 3), ...row.slice(4)]);
    expect(rowDates(plain, mapHeaders(plain[0]!, DEFAULT_TEMPLATE), 'CN', 'CN')).toBeUndefined();
  });
});
