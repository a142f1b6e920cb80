/**
 * What check says of two date readings a list cannot settle by itself: a column of Unix timestamps
 * (a WeCom or Shopify dump's 添加时间 / created_at), read as their instants, and a Taiwan list's
 * 69年9月15日, which is 1969 or 民國 69 (1980) and is left as typed.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Issue } from '../../shared/check/issue';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

/** WeCom's external contacts as its API dumps them: 添加时间 in Unix seconds. */
const WECOM_DUMP: CellValue[][] = [
  ['客户名称', '手机', '添加时间', '添加人'],
  ['张伟', '13800138000', 1700000000, '李强'],
  ['王芳', '13900139000', 1700003600, '李强'],
  ['刘洋', '13700137000', 1704067200, '何静'],
];

/** A Shopify customers dump: created_at in milliseconds, as text (a CSV). */
const SHOPIFY_DUMP: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'created_at'],
  ['Dana', 'Whitfield', 'dana@whitfield.io', '1700000000000'],
  ['Sam', 'Ortiz', 'sam@ortiz.dev', '1700003600000'],
  ['Kim', 'Nguyen', 'kim@adatum.com', '1710000000000'],
];

/** A Taiwan shop's members, typed in traditional characters: 生日 with short years and no 民國. */
const TAIWAN_MEMBERS: CellValue[][] = [
  ['會員編號', '姓名', '手機', '生日', '地址'],
  ['M001', '陳志明', '0912-345-678', '69年9月15日', '臺北市大安區復興南路一段390號'],
  ['M002', '林美玲', '0933-123-456', '72年1月20日', '新北市板橋區文化路一段25號'],
  ['M003', '黃淑芬', '0920-555-111', '1975-03-02', '臺中市西屯區臺灣大道三段99號'],
];

const issuesIn = (values: CellValue[][], column: string, locale: Locale): Issue[] =>
  checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === column);

describe('check of a column of Unix timestamps', () => {
  test('says what each becomes, in Chinese, when WeCom’s 添加时间 holds seconds', () => {
    const issues = issuesIn(WECOM_DUMP, '添加时间', 'zh-CN');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [2, 'date.nonCanonical', 'warning', 1700000000, '2023-11-14 22:13:20 UTC'],
      [3, 'date.nonCanonical', 'warning', 1700003600, '2023-11-14 23:13:20 UTC'],
      [4, 'date.nonCanonical', 'warning', 1704067200, '2024-01-01'],
    ]);
    expect(issues[0]!.message).toContain('Unix 时间戳');
    expect(issues[0]!.message).toContain('2023-11-14 22:13:20 UTC');
    expect(issues[0]!.message).toContain('秒');
  });

  test('says what each becomes, in English, when Shopify’s created_at holds milliseconds', () => {
    const issues = issuesIn(SHOPIFY_DUMP, 'created_at', 'en-US');
    expect(issues.map((i) => [i.row, i.suggestion])).toEqual([
      [2, '2023-11-14 22:13:20 UTC'],
      [3, '2023-11-14 23:13:20 UTC'],
      [4, '2024-03-09 16:00:00 UTC'],
    ]);
    expect(issues[0]!.message).toContain('Unix timestamp');
    expect(issues[0]!.message).toContain('milliseconds');
    expect(issues[0]!.message).toContain('2023-11-14 22:13:20 UTC');
  });

  test('reports a lone ten-digit number among dates as no date, as before', () => {
    const values = WECOM_DUMP.map((row, r) => (r === 0 || r === 2 ? row : [...row.slice(0, 2), '2023-11-14', row[3]!]));
    const issues = issuesIn(values, '添加时间', 'en-US');
    expect(issues.map((i) => [i.row, i.code, i.severity])).toEqual([[3, 'date.invalid', 'error']]);
  });

  test('reports a column mixing seconds and milliseconds as no dates', () => {
    const values = WECOM_DUMP.map((row, r) => (r === 3 ? [...row.slice(0, 2), 1704067200000, row[3]!] : row));
    const codes = new Set(issuesIn(values, '添加时间', 'zh-CN').map((i) => i.code));
    expect([...codes]).toEqual(['date.invalid']);
  });
});

describe('check of a two-digit 年 year', () => {
  test('leaves a Taiwan list’s 69年9月15日 as typed and names both readings, in Chinese', () => {
    const [first, second] = issuesIn(TAIWAN_MEMBERS, '生日', 'zh-CN');
    expect(first).toMatchObject({ row: 2, code: 'date.ambiguous', severity: 'warning', suggestion: null });
    expect(first!.message).toContain('1969-09-15 或 1980-09-15');
    expect(first!.message).toContain('民国');
    expect(first!.message).not.toContain('日在前或月在前');
    expect(second).toMatchObject({ row: 3, code: 'date.ambiguous' });
    expect(second!.message).toContain('1972-01-20 或 1983-01-20');
  });

  test('leaves it as typed and names both readings, in English', () => {
    const [first] = issuesIn(TAIWAN_MEMBERS, '生日', 'en-US');
    expect(first).toMatchObject({ row: 2, code: 'date.ambiguous', severity: 'warning' });
    expect(first!.message).toContain('1969-09-15 or 1980-09-15');
    expect(first!.message).toContain('Republic of China');
    expect(first!.message).not.toContain('day or month first');
  });

  test('reads it as 民國 where the column writes a 民國 year', () => {
    const marked = TAIWAN_MEMBERS.map((row, r) => (r === 3 ? [...row.slice(0, 3), '民國64年3月2日', row[4]!] : row));
    expect(issuesIn(marked, '生日', 'zh-CN').map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [2, 'date.nonCanonical', '1980-09-15'],
      [3, 'date.nonCanonical', '1983-01-20'],
      [4, 'date.nonCanonical', '1975-03-02'],
    ]);
  });

  test('reads a mainland list’s 69年9月15日 as 1969, as before', () => {
    const mainland: CellValue[][] = [
      ['会员编号', '姓名', '手机', '生日', '地址'],
      ['M001', '陈志明', '13812345678', '69年9月15日', '上海市徐汇区漕溪北路88号'],
      ['M002', '林美玲', '13912345678', '72年1月20日', '杭州市西湖区文三路90号'],
    ];
    expect(issuesIn(mainland, '生日', 'zh-CN').map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [2, 'date.nonCanonical', '1969-09-15'],
      [3, 'date.nonCanonical', '1972-01-20'],
    ]);
  });

  test('gives a year written first or last and in either calendar both explanations', () => {
    const values = TAIWAN_MEMBERS.map((row, r) => (r === 1 ? [...row.slice(0, 3), '24-01-02', row[4]!] : row));
    const [first] = issuesIn(values, '生日', 'en-US');
    expect(first!.message).toContain('2024-01-02 or 1935-01-02 or 2002-01-24');
    expect(first!.message).toContain('year first or last');
    expect(first!.message).toContain('Republic of China');
  });

  test('reports a two-digit 年 year that is no day in either calendar as no date', () => {
    const values = TAIWAN_MEMBERS.map((row, r) => (r === 1 ? [...row.slice(0, 3), '69年2月30日', row[4]!] : row));
    expect(issuesIn(values, '生日', 'zh-CN')[0]).toMatchObject({ row: 2, code: 'date.invalid', severity: 'error' });
  });
});

/** A mainland shop's follow-up sheet (a GBK export) with one Taipei customer whose dates are 民國 years. */
const MAINLAND_WITH_TAIPEI: CellValue[][] = [
  ['客户姓名', '手机号码', '固定电话', '所在城市', '生日', '最近联系时间', '下次回访', '备注'],
  ['赵一', '8888 6666', '', '杭州', '1990-01-01', '2024-03-01', '', '手机栏写了座机'],
  ['李四', '0086 138 0013 8001', '88886668', '杭州', '1990-01-04', '24/3/5', '', ''],
  ['陈十', '+886 2 2345 6789', '', '台北', '民國79年1月10日', '113/03/05', '113年4月1日', '台湾客户'],
  ['卫十二', '6123 4567', '', '香港', '11/01/1990', '05/03/2024', '', '香港手机'],
  ['韩十五', '13800138005', '', '深圳', '1990/1/15', '2024-03-05 14:30:00', '明天上午', ''],
  ['朱十七', '13800138007', '010-12345', '北京', '90-01-17', '2024-03-05', '', '短号'],
  ['秦十八', '13800138008', '021-6234 5678转8001/8002', '上海', '1990-01-18', '2024-03-05', '', '两个分机'],
];

describe('check of a mainland list with a Taiwan row', () => {
  const at = (values: CellValue[][], column: string, row: number) =>
    issuesIn(values, column, 'zh-CN').find((i) => i.row === row);

  test('reads the mainland rows’ short years as a mainland list does, not as 民國 years', () => {
    expect(at(MAINLAND_WITH_TAIPEI, '最近联系时间', 3)).toMatchObject({
      code: 'date.nonCanonical',
      suggestion: '2024-03-05',
    });
    expect(at(MAINLAND_WITH_TAIPEI, '生日', 7)).toMatchObject({ code: 'date.nonCanonical', suggestion: '1990-01-17' });
  });

  test('reads the 台北 row’s 民國 and three-digit years as 民國 years', () => {
    expect(at(MAINLAND_WITH_TAIPEI, '生日', 4)).toMatchObject({ suggestion: '1990-01-10' });
    expect(at(MAINLAND_WITH_TAIPEI, '最近联系时间', 4)).toMatchObject({ suggestion: '2024-03-05' });
    expect(at(MAINLAND_WITH_TAIPEI, '下次回访', 4)).toMatchObject({ suggestion: '2024-04-01' });
  });

  test('reads a short year on the 台北 row as 民國, where the column writes 民國 years', () => {
    const values = MAINLAND_WITH_TAIPEI.map((row, r) =>
      r === 3 ? [...row.slice(0, 5), '24/3/5', ...row.slice(6)] : row,
    );
    const values2 = values.map((row, r) => (r === 2 ? [...row.slice(0, 5), '113/03/01', ...row.slice(6)] : row));
    expect(at(values2, '最近联系时间', 4)).toMatchObject({ code: 'date.nonCanonical', suggestion: '1935-03-05' });
  });

  test('leaves a short year as typed on a row of no region, naming both calendars', () => {
    const values = MAINLAND_WITH_TAIPEI.map((row, r) => (r === 2 ? [...row.slice(0, 3), '', ...row.slice(4)] : row));
    const issue = at(values, '最近联系时间', 3);
    expect(issue).toMatchObject({ code: 'date.ambiguous', suggestion: null });
    expect(issue!.message).toContain('2024-03-05 或 1935-03-05');
  });

  test('asks for the row’s region, not 民國 elsewhere in the column, when a row of a mixed list names none', () => {
    const values = MAINLAND_WITH_TAIPEI.map((row, r) => (r === 2 ? [...row.slice(0, 3), '', ...row.slice(4)] : row));
    const zh = at(values, '最近联系时间', 3)!.message;
    expect(zh).toContain('请填写该行的“所在城市”');
    expect(zh).not.toContain('本列其他日期');
    const en = issuesIn(values, '最近联系时间', 'en-US').find((i) => i.row === 3)!.message;
    expect(en).toContain("fill in the row's 所在城市");
    expect(en).not.toContain("the column's other dates");
  });

  test('reads the short years of a list without its region column as two readings where a row writes 民國', () => {
    const values = MAINLAND_WITH_TAIPEI.map((row) => [...row.slice(0, 3), ...row.slice(4)]);
    expect(at(values, '生日', 7)).toMatchObject({ code: 'date.ambiguous' });
    expect(at(values, '最近联系时间', 4)).toMatchObject({ suggestion: '2024-03-05' });
  });
});
