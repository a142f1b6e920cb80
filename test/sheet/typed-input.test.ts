import { formatKeepingTime, formatShowingTime, isoDateTimeToUtc } from '../../shared/sheet/typed-input';
import { timeShown } from '../../shared/sheet/excel-dates';

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));

describe('typed-input dates with a time of day', () => {
  test.each([
    ['2024-04-03', utc(2024, 4, 3)],
    // HubSpot's create time, WeCom's 添加时间 as clean writes them.
    ['2023-01-15 09:12', utc(2023, 1, 15, 9, 12)],
    ['2022-11-08 14:22:10', utc(2022, 11, 8, 14, 22, 10)],
    ['2024-02-29 23:59:59', utc(2024, 2, 29, 23, 59, 59)],
    // No cell holds a zone; other spellings are not the core's text.
    ['2024-03-05 14:22 +08:00', null],
    ['2024-03-05 14:22 UTC', null],
    ['2023-02-29', null],
    ['2023-01-15 24:00', null],
    ['2023/1/15 09:12', null],
    ['2023年1月15日 下午3:30', null],
  ])('reads %s as %s', (text, date) => {
    expect(isoDateTimeToUtc(text)).toEqual(date);
  });

  test.each([
    ['yyyy-mm-dd', '2024-04-03', 'yyyy-mm-dd'],
    ['yyyy-mm-dd', '2023-01-15 09:12', 'yyyy-mm-dd hh:mm'],
    ['yyyy-mm-dd', '2022-11-08 14:22:10', 'yyyy-mm-dd hh:mm:ss'],
    ['yyyy/m/d h:mm', '2023-01-15 09:12', 'yyyy/m/d h:mm'],
    ['yyyy"年"m"月"d"日"', '2022-11-09 15:30', 'yyyy"年"m"月"d"日" hh:mm'],
  ])('shows the time of %s when writing %s', (format, text, shown) => {
    expect(formatShowingTime(format, text)).toBe(shown);
  });

  test.each([
    ['yyyy-mm-dd', 'yyyy-mm-dd hh:mm', 'yyyy-mm-dd hh:mm'],
    ['yyyy-mm-dd', 'm/d/yy h:mm', 'yyyy-mm-dd hh:mm'],
    ['yyyy-mm-dd', 'yyyy/m/d h:mm:ss', 'yyyy-mm-dd hh:mm:ss'],
    ['yyyy-mm-dd', 'yyyy年m月d日', 'yyyy-mm-dd'],
    ['yyyy-mm-dd', '@', 'yyyy-mm-dd'],
    ['yyyy-mm-dd', undefined, 'yyyy-mm-dd'],
    ['0', 'yyyy-mm-dd hh:mm', '0'],
  ])('gives a cell showing %s over %s the format %s', (format, own, result) => {
    expect(formatKeepingTime(format, own)).toBe(result);
  });

  test.each([
    ['yyyy-mm-dd', ''],
    ['yyyy-mm-dd hh:mm', 'hh:mm'],
    ['[$-409]m/d/yy h:mm AM/PM', 'hh:mm'],
    ['yyyy"年"m"月"d"日" hh:mm:ss', 'hh:mm:ss'],
    ['"shipped" yyyy-mm-dd', ''],
  ])('reads the time %s shows', (format, time) => {
    expect(timeShown(format)).toBe(time);
  });
});
