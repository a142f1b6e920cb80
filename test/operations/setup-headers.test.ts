import { planSetup } from '../../shared/operations/setup';
import { foldHeader } from '../../shared/template/header-mapping';
import { headerProblems } from '../../shared/sheet/header-row';
import type { CellValue } from '../../shared/sheet/cell-value';
import { withSalutation } from '../support/salutation-template';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

const OUTLOOK_ROWS: CellValue[][] = [
  ['Mr.', 'John', 'Smith', 'VP Sales', '(617) 555-0199', 'john@acme.com'],
  ['Ms.', 'Karen', 'Lee', 'CFO', '(609) 555-0142', 'karen@initech.com'],
];

/** The header row planSetup leaves, checked to be one the hosts accept and the mapping can tell apart. */
function setUpHeaders(values: CellValue[][], options: Parameters<typeof planSetup>[1] = {}) {
  const snapshot = sheet(values);
  const { plan, mapping } = planSetup(snapshot, { now: TODAY, ...options });
  const headers = after(snapshot, plan).values[0] as string[];
  return { headers, mapping, plan, problems: headerProblems([headers]) };
}

describe('planSetup header names', () => {
  test.each(['Title', 'TITLE', 'Ｔｉｔｌｅ', ' title '])(
    'keeps Outlook’s Job Title as typed beside a Title column of honorifics headed "%s"',
    (title) => {
      const { headers, mapping, problems } = setUpHeaders([
        [title, 'First Name', 'Last Name', 'Job Title', 'Mobile Phone', 'E-mail Address'],
        ...OUTLOOK_ROWS,
      ]);
      // Mobile Phone says which number it is: the label Phone would not.
      expect(headers.slice(0, 6)).toEqual([title, 'First Name', 'Last Name', 'Job Title', 'Mobile Phone', 'Email']);
      expect(new Set(headers.map(foldHeader)).size).toBe(headers.length);
      expect(problems).toEqual([]);
      expect(mapping.byField.title).toBe(4);
    },
  );

  test('keeps the header when the Title of honorifics comes after Job Title', () => {
    const { headers, mapping, problems } = setUpHeaders([
      ['Job Title', 'First Name', 'Last Name', 'Title'],
      ...OUTLOOK_ROWS.map((r) => [r[3], r[1], r[2], r[0]]),
    ]);
    expect(headers.slice(0, 4)).toEqual(['Job Title', 'First Name', 'Last Name', 'Title']);
    expect(problems).toEqual([]);
    expect(mapping.byField.title).toBe(1);
  });

  test('names the Title of honorifics Salutation and Job Title Title when the template has a salutation', () => {
    const { headers, mapping, problems } = setUpHeaders(
      [['Job Title', 'First Name', 'Last Name', 'Title'], ...OUTLOOK_ROWS.map((r) => [r[3], r[1], r[2], r[0]])],
      { template: withSalutation() },
    );
    expect(headers.slice(0, 4)).toEqual(['Title', 'First Name', 'Last Name', 'Salutation']);
    expect(problems).toEqual([]);
    expect(mapping.byField).toMatchObject({ title: 1, salutation: 4 });
  });

  test('keeps headers typed in traditional characters and appends no second column for them', () => {
    const { headers, mapping, plan } = setUpHeaders([
      ['姓名', '手機', '電話', '郵箱', '性別', '生日', '地區', '備註'],
      ['陳大文', '13800138000', '021-62345678', 'chan@a.com', '男', '1985-11-20', '上海', '老客'],
    ]);
    expect(headers.slice(0, 8)).toEqual(['姓名', '手機', '電話', '郵箱', '性別', '生日', '地區', '備註']);
    expect(plan.edits.filter((e) => e.row === 1 && e.col <= 8)).toEqual([]);
    expect(headers).not.toEqual(expect.arrayContaining(['手机']));
    expect(headers.filter((h) => ['邮箱', '性别', '地区', '备注'].includes(h))).toEqual([]);
    expect(mapping.byField).toMatchObject({ phone: 2, email: 4, gender: 5, region: 7, notes: 8 });
  });

  test('keeps a traditional synonym as typed on a list in traditional characters, and renames the simplified one', () => {
    // The labels are simplified: 姓名, 手机, 邮箱 over a Hong Kong team's columns would change the sheet's script.
    const traditional = setUpHeaders([
      ['客戶姓名', '手機號碼', '電子郵件'],
      ['陳大文', '13800138000', 'chan@a.com'],
    ]);
    expect(traditional.headers.slice(0, 3)).toEqual(['客戶姓名', '手機號碼', '電子郵件']);
    expect(traditional.mapping.byField).toMatchObject({ name: 1, phone: 2, email: 3 });
    const simplified = setUpHeaders([
      ['客户姓名', '手机号码', '电子邮件'],
      ['陈大文', '13800138000', 'chen@a.com'],
    ]);
    expect(simplified.headers.slice(0, 3)).toEqual(['姓名', '手机', '邮箱']);
  });

  test.each([
    ['客戶名稱', '台積電', '鴻海'],
    ['客户名称', '台积电', '鸿海'],
    ['公司名称', '台积电', '鸿海'],
  ])('never heads %s 姓名: a customer’s or company’s name is no person’s', (header, first, second) => {
    const { headers, mapping } = setUpHeaders([
      [header, '手机'],
      [first, '13800138000'],
      [second, '13900139000'],
    ]);
    expect(headers[0]).not.toBe('姓名');
    // Read as the name, it stays as typed; read as the company, it takes that label, which says the same.
    expect(headers[0]).toBe(mapping.byField.name === 1 ? header : '公司');
  });

  test.each(['电话', '联系电话', '座机', '办公电话'])(
    'keeps a phone column headed %j: renamed 手机 it would say its landlines are mobiles',
    (typed) => {
      const { headers, mapping } = setUpHeaders([
        ['公司名称', '联系人', typed],
        ['杭州西子网络科技有限公司', '刘晓明', '0571-88886666'],
        ['宁波博远模具有限公司', '王总', '13905741234'],
      ]);
      expect(headers[2]).toBe(typed);
      expect(mapping.byField).toMatchObject({ phone: 3 });
    },
  );

  test('still renames 手机号 and 移动电话 to 手机', () => {
    expect(
      setUpHeaders([
        ['姓名', '手机号'],
        ['张伟', '13800138000'],
      ]).headers[1],
    ).toBe('手机');
    expect(
      setUpHeaders([
        ['姓名', '移动电话'],
        ['张伟', '13800138000'],
      ]).headers[1],
    ).toBe('手机');
  });
});
