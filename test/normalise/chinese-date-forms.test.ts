/**
 * Dates as Chinese lists write them: 出生年月 holds a year and month only (1990.03, 1990年3月, 199003),
 * 90年3月5日 a two-digit year, 2024年11月11日星期一 a weekday after the date.
 */
import { normaliseDate } from '../../shared/normalise/date';
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';

const NOW = new Date('2026-11-27T00:00:00Z');

describe('Chinese date forms', () => {
  test('a birth year and month (出生年月) is no error and is left as typed', () => {
    for (const typed of ['1990.03', '1990年3月', '1990年03月', '199003', '1990-03', '1990/3']) {
      expect(normaliseDate(typed, { birthDate: true, now: NOW })).toEqual({ status: 'empty' });
    }
    // Not a month: still invalid.
    expect(normaliseDate('1990.13', { birthDate: true, now: NOW }).status).toBe('invalid');
    // Outside a birth-date column a year and month is a date without its day (date.monthOnly), left as typed.
    expect(normaliseDate('1990年3月', {})).toMatchObject({ status: 'ambiguous', code: 'date.monthOnly' });
  });

  test('a two-digit year with 年月日 reads as a short slash date does (a birth date in the century before)', () => {
    expect(normaliseDate('90年3月5日', { birthDate: true, now: NOW })).toEqual({
      status: 'valid',
      value: '1990-03-05',
    });
    expect(normaliseDate('24年3月5日', {})).toEqual({ status: 'valid', value: '2024-03-05' });
  });

  test('a weekday after the date is read past', () => {
    expect(normaliseDate('2024年11月11日星期一', {})).toEqual({ status: 'valid', value: '2024-11-11' });
    expect(normaliseDate('2024年11月11日（周一）', {})).toEqual({ status: 'valid', value: '2024-11-11' });
    expect(normaliseDate('2024-11-11 周一', {})).toEqual({ status: 'valid', value: '2024-11-11' });
  });

  test('check finds no error in a 出生年月 column of years and months', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '出生年月'],
      ['甲', '13812345678', '1990.03'],
      ['乙', '13812345670', '1990年3月'],
      ['丙', '13812345671', '199003'],
      ['丁', '13812345672', '90年3月5日'],
    ];
    const issues = checkSheet({ name: '会员', values }, { now: NOW }).issues.filter((i) => i.column === '出生年月');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('a date typed as digits into a cell formatted as a date', () => {
  test('19851120 read back as a Date in the year 56250 (Excel shows ####) is 1985-11-20', () => {
    // The date exceljs gives for the number 19851120 in a cell formatted yyyy-mm-dd.
    const serialDate = new Date((19851120 - 25569) * 86_400_000);
    expect(serialDate.getUTCFullYear()).toBeGreaterThan(50000);
    expect(normaliseDate(serialDate)).toEqual({ status: 'valid', value: '1985-11-20' });
    // A Date far off that is no such number stays invalid.
    expect(normaliseDate(new Date(Date.UTC(3000, 0, 1))).status).toBe('invalid');
  });

  test('Taiwan’s calendar: 民國69年 is 1980 and a three-digit year (113年) is the Republic’s; so is 69年 on a Taiwan row of a column that writes them', () => {
    expect(normaliseDate('民國69年9月15日')).toEqual({ status: 'valid', value: '1980-09-15' });
    expect(normaliseDate('中華民國100年1月1日')).toEqual({ status: 'valid', value: '2011-01-01' });
    expect(normaliseDate('113年3月5日')).toEqual({ status: 'valid', value: '2024-03-05' });
    expect(normaliseDate('民國69年13月1日').status).toBe('invalid');
    const taiwan: CellValue[][] = [
      ['姓名', '生日', '入會日期'],
      ['林美玲', '民國69年9月15日', '113年3月5日'],
      ['王大同', '72年1月20日', '112年12月1日'],
    ];
    const birthdays = (values: CellValue[][]) =>
      checkSheet({ name: '會員', values }, { now: NOW, locale: 'zh-CN' })
        .issues.filter((i) => i.column === '生日')
        .map((i) => [i.row, i.code, i.suggestion]);
    // Nothing says the list or the row is Taiwan's: 72年 is 1972 or 民國 72, and is left as typed.
    expect(birthdays(taiwan)).toEqual([
      [2, 'date.nonCanonical', '1980-09-15'],
      [3, 'date.ambiguous', null],
    ]);
    const withRegion = taiwan.map((row, r) => [...row, r === 0 ? '地區' : r === 1 ? '香港' : '臺灣']);
    expect(birthdays(withRegion)).toEqual([
      [2, 'date.nonCanonical', '1980-09-15'],
      [3, 'date.nonCanonical', '1983-01-20'],
    ]);
  });
});
