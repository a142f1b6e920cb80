/**
 * Taiwan counts years from the Republic of China (民國 1 is 1912), and writes them short: 69年9月15日
 * is 1980 there, 1969 to a mainland writer. Where the list is Taiwan's (its region, or written in
 * traditional characters) and its column does not say (no 民國, no three-digit year), such a date has
 * two readings and is left as typed; a mainland list keeps reading it as 1969.
 */
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import type { CellValue } from '../../shared/sheet/cell-value';

const NOW = new Date(Date.UTC(2026, 0, 15));

/** A Taiwan shop's members, typed in traditional characters. */
const TAIWAN_MEMBERS: CellValue[][] = [
  ['會員編號', '姓名', '手機', '生日', '入會日期', '地址'],
  ['M001', '陳志明', '0912-345-678', '69年9月15日', '2023-05-02', '臺北市大安區復興南路一段390號'],
  ['M002', '林美玲', '0933-123-456', '72年1月20日', '2023-06-18', '新北市板橋區文化路一段25號'],
  ['M003', '黃淑芬', '0920-555-111', '1975-03-02', '2024-01-09', '臺中市西屯區臺灣大道三段99號'],
];

/** A mainland shop's members: the same dates, simplified characters, mainland mobiles. */
const MAINLAND_MEMBERS: CellValue[][] = [
  ['会员编号', '姓名', '手机', '生日', '入会日期', '地址'],
  ['M001', '陈志明', '13812345678', '69年9月15日', '2023-05-02', '上海市徐汇区漕溪北路88号'],
  ['M002', '林美玲', '13912345678', '72年1月20日', '2023-06-18', '杭州市西湖区文三路90号'],
  ['M003', '黄淑芬', '13712345678', '1975-03-02', '2024-01-09', '南京市鼓楼区中山路18号'],
];

describe('normaliseDate of a two-digit 年 year', () => {
  test('gives both readings, western and 民國, in a Taiwan list', () => {
    const both = { status: 'ambiguous', code: 'date.ambiguous', readings: ['1969-09-15', '1980-09-15'] };
    expect(normaliseDate('69年9月15日', { taiwanList: true })).toEqual(both);
    expect(normaliseDate('69年9月15日', { taiwanList: true, birthDate: true, now: NOW })).toEqual(both);
    expect(normaliseDate('69年09月15日 下午3:30', { taiwanList: true })).toEqual(both);
  });

  test('reads it as 1969 in a mainland list, as before', () => {
    expect(normaliseDate('69年9月15日', {})).toEqual({ status: 'valid', value: '1969-09-15' });
    expect(normaliseDate('24年3月5日', {})).toEqual({ status: 'valid', value: '2024-03-05' });
  });

  test('reads it as 民國 where the column writes 民國 or three-digit years, in any list', () => {
    expect(normaliseDate('69年9月15日', { rocYears: true, taiwanList: true })).toEqual({
      status: 'valid',
      value: '1980-09-15',
    });
  });

  test('keeps the one reading that is a date when the other is none', () => {
    // There is no 民國 0.
    expect(normaliseDate('00年1月1日', { taiwanList: true })).toEqual({ status: 'valid', value: '2000-01-01' });
    // 1989 has no 29 February; 民國 89 (2000) does.
    expect(normaliseDate('89年2月29日', { taiwanList: true })).toEqual({ status: 'valid', value: '2000-02-29' });
    expect(normaliseDate('69年2月30日', { taiwanList: true })).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test.each([
    ['69/9/15', '1969-09-15', '1980-09-15'],
    ['69.9.15', '1969-09-15', '1980-09-15'],
    ['69-09-15', '1969-09-15', '1980-09-15'],
    ['69.9.5', '1969-09-05', '1980-09-05'],
  ])('gives %j, a short year first, its 民國 reading too in a Taiwan list', (typed, western, roc) => {
    expect(normaliseDate(typed, { taiwanList: true })).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: [western, roc],
    });
    expect(normaliseDate(typed, {})).toEqual({ status: 'valid', value: western });
  });

  test('adds the 民國 reading to the other readings of 24-01-02 (year first or last)', () => {
    expect(normaliseDate('24-01-02', { taiwanList: true })).toEqual({
      status: 'ambiguous',
      code: 'date.ambiguous',
      readings: ['2024-01-02', '1935-01-02', '2002-01-24'],
    });
  });

  test('reads a short year first as 民國 where the column writes 民國 years in a Taiwan list', () => {
    const ctx = { rocYears: true, taiwanList: true };
    expect(normaliseDate('69/9/15', ctx)).toEqual({ status: 'valid', value: '1980-09-15' });
    expect(normaliseDate('69.9.5', ctx)).toEqual({ status: 'valid', value: '1980-09-05' });
  });

  test('adds no 民國 reading to a year written last (Excel’s 3/15/24) or in full', () => {
    expect(normaliseDate('3/15/24', { taiwanList: true })).toEqual({ status: 'valid', value: '2024-03-15' });
    expect(normaliseDate('1969年9月15日', { taiwanList: true })).toEqual({ status: 'valid', value: '1969-09-15' });
    expect(normaliseDate('民國69年9月15日', { taiwanList: true })).toEqual({ status: 'valid', value: '1980-09-15' });
  });
});

describe('dateColumnContext of a list’s calendar', () => {
  test('finds a Taiwan list by its traditional characters', () => {
    expect(dateColumnContext(TAIWAN_MEMBERS, 4, { birthDate: true, now: NOW }).taiwanList).toBe(true);
  });

  test('finds a Taiwan list by the sheet’s region, in whatever script', () => {
    const simplified = MAINLAND_MEMBERS.map((row, r) =>
      r === 0 ? row : [...row.slice(0, 2), '0912-345-678', ...row.slice(3)],
    );
    expect(dateColumnContext(simplified, 4, { region: 'TW' }).taiwanList).toBe(true);
    expect(dateColumnContext(simplified, 4, { region: 'CN' }).taiwanList).toBeUndefined();
  });

  test('finds no Taiwan list in a mainland one', () => {
    expect(
      dateColumnContext(MAINLAND_MEMBERS, 4, { birthDate: true, now: NOW, region: 'CN' }).taiwanList,
    ).toBeUndefined();
    expect(dateColumnContext(MAINLAND_MEMBERS, 4).taiwanList).toBeUndefined();
  });

  test('reads the column’s 民國 marker rather than guessing the list', () => {
    const marked = TAIWAN_MEMBERS.map((row, r) =>
      r === 3 ? [...row.slice(0, 3), '民國64年3月2日', ...row.slice(4)] : row,
    );
    expect(dateColumnContext(marked, 4)).toMatchObject({ rocYears: true });
  });

  test('finds nothing in an empty or header-only column', () => {
    expect(dateColumnContext([['生日']], 1)).toEqual({});
    expect(dateColumnContext([], 1)).toEqual({});
  });
});
