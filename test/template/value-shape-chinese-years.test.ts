/**
 * Birthdays as Chinese lists write them with a short year (90年3月5日) or Taiwan's (民國69年9月15日,
 * 113年3月5日) are dates: a 生日 column of them is a birth-date column, not text to leave alone.
 */
import { mapHeaders } from '../../shared/template/header-mapping';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { valueShape } from '../../shared/template/value-shape';

describe('valueShape of a Chinese date with a short or 民國 year', () => {
  test.each([
    ['90年3月5日'],
    ['69年9月15日'],
    ['113年3月5日'],
    ['民國69年9月15日'],
    ['中華民國100年1月1日'],
    ['民国 69 年 9 月 15 日'],
  ])('calls %j a date', (typed) => {
    expect(valueShape(typed)).toBe('date');
  });

  test.each([['69年'], ['69年9月'], ['1130305年'], ['69年級']])('does not call %j a date', (typed) => {
    expect(valueShape(typed)).not.toBe('date');
  });
});

describe('mapHeaders of a Taiwan list’s birthdays', () => {
  test('maps 生日 to the birth date when its values are 民國 and two-digit 年 dates', () => {
    const values = [
      ['會員編號', '姓名', '手機', '生日'],
      ['M001', '陳志明', '0912-345-678', '69年9月15日'],
      ['M002', '林美玲', '0933-123-456', '72年1月20日'],
      ['M003', '黃淑芬', '0920-555-111', '民國64年3月2日'],
    ];
    const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values);
    expect(mapping.columns.find((c) => c.header === '生日')?.field).toBe('birthDate');
  });
});
