import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// Values contact and sales exports really write, read from a CSV (text only) or an .xlsx (typed cells).
const csv = (values: CellValue[][]) => sheet(values, { textOnly: true });
const xlsx = (values: CellValue[][]) => sheet(values, { realDates: true });
const issuesOf = (values: CellValue[][], col: string, host = csv) =>
  checkSheet(host(values), { now: TODAY }).issues.filter((i) => i.column === col);
const editsOf = (values: CellValue[][], col: number, host = csv) =>
  planClean(host(values), { now: TODAY }).plan.edits.filter((e) => e.col === col);

describe('dates from contact exports', () => {
  test('reads Excel’s US short date with a two-digit year', () => {
    const values = [
      ['Full Name', 'Email', 'Phone', 'Signup Date'],
      ['Johnny Doe', 'jdoe@acme.com', '(415) 555-0132', '3/15/24'],
      ['Jane Roe', 'jane@roe.com', '(415) 555-0199', '12/31/23'],
    ];
    expect(issuesOf(values, 'Signup Date').map((i) => [i.row, i.code, i.severity, i.message])).toEqual([
      [2, 'date.nonCanonical', 'warning', 'Date in another format: will become 2024-03-15.'],
      [3, 'date.nonCanonical', 'warning', 'Date in another format: will become 2023-12-31.'],
    ]);
    expect(editsOf(values, 4).map((e) => e.after)).toEqual(['2024-03-15', '2023-12-31']);
  });

  test('says a five-digit number among dates is an Excel serial, and which date it stands for', () => {
    const values = [
      ['会员昵称', '手机号', '注册时间'],
      ['阿杰', '13912345678', '2024年3月5日'],
      ['Jay', '13912345670', '45321'],
      ['糖糖', '13912345671', '2022/6/1'],
    ];
    const issue = issuesOf(values, '注册时间').find((i) => i.row === 3);
    expect(issue).toMatchObject({ code: 'date.nonCanonical', severity: 'warning', suggestion: '2024-01-30' });
    expect(issue?.message).toBe(
      '“45321”是 Excel 的日期序列号（从 1900 年起的天数），即 2024-01-30：清理时将写为该日期。',
    );
    expect(editsOf(values, 3).find((e) => e.row === 3)).toMatchObject({ before: '45321', after: '2024-01-30' });
    const en = [
      ['Name', 'Phone', 'Signup Date'],
      ['Jay Chen', '(415) 555-0132', '3/15/24'],
      ['Amy Chen', '(415) 555-0133', '45321'],
    ];
    expect(issuesOf(en, 'Signup Date').find((i) => i.row === 3)?.message).toBe(
      '"45321" is an Excel date serial (days counted from 1900): it stands for 2024-01-30, which cleaning writes.',
    );
  });

  test('leaves a five-digit number alone where the column holds no dates', () => {
    const values = [
      ['Name', 'Signup Date'],
      ['Jay Chen', '10001'],
      ['Amy Chen', '94105'],
    ];
    expect(issuesOf(values, 'Signup Date').map((i) => i.code)).toEqual(['date.invalid', 'date.invalid']);
    expect(editsOf(values, 2)).toEqual([]);
  });

  test('reads Outlook’s 0/0/00 as no birthday', () => {
    const values = [
      ['First Name', 'Last Name', 'E-mail Address', 'Mobile Phone', 'Birthday', 'Anniversary'],
      ['Dave', 'Miller', 'dmiller@northwind.com', '(206) 555-0199', '0/0/00', '0/0/00'],
      ['Sarah', 'Johnson', 'sarah.johnson@contoso.com', '(917) 555-0123', '12/23/1980', '6/15/2005'],
    ];
    expect(issuesOf(values, 'Birthday').map((i) => [i.row, i.code])).toEqual([[3, 'date.nonCanonical']]);
    expect(editsOf(values, 5).map((e) => [e.row, e.after])).toEqual([[3, '1980-12-23']]);
  });

  test('leaves a Google Contacts birthday without its year as typed, with a warning that it has no year', () => {
    const values = [
      ['Name', 'Given Name', 'Family Name', 'Birthday', 'E-mail 1 - Value'],
      ['Jennifer Lee', 'Jennifer', 'Lee', '--06-21', 'jlee@brightpath.io'],
      ['Robert Smith', 'Robert', 'Smith', '1985-04-12', 'bob.smith@acmecorp.com'],
      ['Emma Wilson', 'Emma', 'Wilson', '3/14', 'emma@wilson.net'],
    ];
    expect(issuesOf(values, 'Birthday').map((i) => [i.row, i.code, i.severity])).toEqual([
      [2, 'date.noYear', 'warning'],
      [4, 'date.noYear', 'warning'],
    ]);
    expect(editsOf(values, 4)).toEqual([]);
    const zh = [
      ['姓名', '手机', '生日'],
      ['王芳', '13800138000', '6月21日'],
      ['李娜', '13900139000', '06-21'],
    ];
    expect(issuesOf(zh, '生日').map((i) => [i.row, i.code, i.severity])).toEqual([
      [2, 'date.noYear', 'warning'],
      [3, 'date.noYear', 'warning'],
    ]);
  });
});

describe('a Square customer export', () => {
  // Square writes a birthday without its year as 0000-MM-DD.
  const square = [
    ['Reference ID', 'First Name', 'Surname', 'Email Address', 'Phone Number', 'Birthday', 'Total Spend'],
    ['1001', 'Maria', 'Garcia', 'maria.g@gmail.com', '+1 (512) 555-0147', '0000-03-15', '$1,284.50'],
    ['', 'Tom', 'Nguyen', 'tom@nguyendesign.com', '512-555-0199', '1988-11-02', '$6.75'],
    ['1003', 'Priya', 'Patel', 'priya@patelfamily.org', '(737) 555-0123', '0000-02-30', '$0.00'],
  ];

  test('leaves a birthday without its year as typed, with a warning and no error, and names a day no year has', () => {
    expect(issuesOf(square, 'Birthday').map((i) => [i.row, i.code])).toEqual([
      [2, 'date.noYear'],
      [4, 'date.invalid'],
    ]);
    expect(editsOf(square, 6)).toEqual([]);
  });
});

describe('number cells of an .xlsx', () => {
  const sales = [
    ['序号', '姓名', '手机', '公司', '城市', '成交金额'],
    [1, '王建国', 13958012345, '杭州云栖科技有限公司', '杭州', 12345.678],
    [2, '李娜', '13712345678', '上海申通物流有限公司', '上海', '¥12,345.678'],
  ];

  test('keeps an amount that is already a number, every digit of it', () => {
    const issues = issuesOf(sales, '成交金额', xlsx);
    expect(issues.map((i) => [i.row, i.code, i.suggestion])).toEqual([[3, 'number.nonCanonical', 12345.678]]);
    expect(issues[0]?.message).toBe('数字以文本或带符号形式保存：将改为 12345.678。');
    expect(editsOf(sales, 6, xlsx).map((e) => [e.row, e.before, e.after])).toEqual([[3, '¥12,345.678', 12345.678]]);
  });

  test('says a phone stored as a number will be stored as text, in both languages', () => {
    const zh = issuesOf(sales, '手机', xlsx);
    expect(zh.map((i) => [i.row, i.code, i.severity, i.message])).toEqual([
      [
        2,
        'phone.nonCanonical',
        'warning',
        '电话号码存成了数字（开头的 0 和 + 会丢失，长号码会显示成 1.39E+10 这样的科学计数法）：将改为文本 13958012345。',
      ],
    ]);
    expect(editsOf(sales, 3, xlsx)).toEqual([
      { row: 2, col: 3, before: 13958012345, after: '13958012345', reason: 'phone.nonCanonical' },
    ]);
    const en = [
      ['Name', 'Phone', 'Country'],
      ['Ann Smith', 4155550134, 'United States'],
    ];
    expect(issuesOf(en, 'Phone', xlsx).map((i) => i.message)).toEqual([
      'Phone number stored as a number, which drops leading zeros and the + and can show as 1.39E+10: will be stored as text +1 415 555 0134.',
    ]);
  });
});
