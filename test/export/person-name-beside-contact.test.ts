/**
 * A list of private customers with a contact person beside each (a school's 学生姓名 beside 家长姓名,
 * a home-care agency's Client Name beside the family's Contact Person) and no company column: the
 * customer is a person, never an account. The name column is kept under its own header and the report
 * says so; a list of companies (客户名称 of 华为, 万科) keeps its names as the accounts.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { enExport, rowsOf, sheet, zhExport } from './fixtures';

// 14_school.csv: a tutoring school's enrolments, the student and the parent on one row.
// prettier-ignore
const SCHOOL: CellValue[][] = [
  ['学生姓名', '班级', '家长姓名', '关系', '家长手机', '家长微信', '家庭住址', '报名日期', '课程', '缴费金额'],
  ['王小明', '三年级2班', '王建军', '父亲', '13911112222', 'wjj_1980', '北京市海淀区中关村大街1号', '2026-09-01', '数学提高班', '3600'],
  ['王小红', '一年级1班', '王建军', '父亲', '13911112222', 'wjj_1980', '北京市海淀区中关村大街1号', '2026-09-01', '英语启蒙', '2800'],
  ['王小明', '三年级2班', '李秀英', '母亲', '13911113333', '', '北京市海淀区中关村大街1号', '2026-09-03', '书法', '1200'],
  ['张一一', '五年级3班', '张伟', '父亲', '15000001111', '', '北京市朝阳区建国路88号', '2026-09-05', '数学提高班', '3600'],
];

// A home-care agency's client list: the client and the family member to call.
// prettier-ignore
const CLIENTS: CellValue[][] = [
  ['Client Name', 'Contact Person', 'Relationship', 'Phone', 'Email'],
  ['Margaret Hughes', 'David Hughes', 'Son', '(503) 555-0142', 'david.hughes@gmail.com'],
  ['Robert Chen', 'Linda Chen', 'Daughter', '(503) 555-0177', 'linda.chen@yahoo.com'],
  ['Dorothy Baker', 'Susan Miller', 'Daughter', '(503) 555-0190', 'susan.miller@outlook.com'],
];

// A distributor's customers, named short as the team writes them, with their contacts.
// prettier-ignore
const SHORT_COMPANIES: CellValue[][] = [
  ['客户名称', '联系人', '电话'],
  ['华为', '张三', '13800138000'],
  ['万科', '李四', '13900139000'],
];

const zh = zhExport;
const en = enExport;

describe('export of a person’s name beside the contact column', () => {
  test('writes no student as HubSpot’s Company Name and keeps 学生姓名 under its own header', () => {
    const { files, report } = planExport(sheet(SCHOOL), zh('hubspot'));
    const [contacts] = files;
    expect(contacts!.header).not.toContain('Company Name');
    expect(
      rowsOf(contacts!).map((r) => [r.row, r['Last Name'], r['First Name'], r['Mobile Phone Number'], r['学生姓名']]),
    ).toEqual([
      [2, '王', '建军', '+8613911112222', '王小明'],
      [3, '王', '建军', '+8613911112222', '王小红'],
      [4, '李', '秀英', '+8613911113333', '王小明'],
      [5, '张', '伟', '+8615000001111', '张一一'],
    ]);
    expect(report.extraColumns).toContain('学生姓名');
    expect(report.namesBesideContact).toEqual({
      column: '学生姓名',
      contactColumn: '家长姓名',
      accountColumn: 'Company Name',
      rows: 4,
      rowNumbers: [2, 3, 4, 5],
    });
  });

  test('writes no student as a Salesforce Account Name', () => {
    const { files } = planExport(sheet(SCHOOL), zh('salesforce'));
    for (const file of files)
      for (const row of rowsOf(file)) expect(['王小明', '王小红', '张一一']).not.toContain(row['Account Name']);
    expect(files.map((f) => f.object)).toEqual(['contacts']);
    expect(rowsOf(files[0]!).map((r) => r['学生姓名'])).toEqual(['王小明', '王小红', '王小明', '张一一']);
  });

  test('writes no home-care client as an Account Name, in an English list', () => {
    const { files, report } = planExport(sheet(CLIENTS, 'Clients'), en('salesforce'));
    const rows = rowsOf(files[0]!);
    expect(rows.map((r) => [r['First Name'], r['Last Name'], r['Account Name'] ?? null, r['Client Name']])).toEqual([
      ['David', 'Hughes', null, 'Margaret Hughes'],
      ['Linda', 'Chen', null, 'Robert Chen'],
      ['Susan', 'Miller', null, 'Dorothy Baker'],
    ]);
    expect(report.namesBesideContact).toMatchObject({
      column: 'Client Name',
      contactColumn: 'Contact Person',
      rows: 3,
    });
  });

  test('keeps a company list’s short names (华为, 万科) as the accounts', () => {
    const { files, report } = planExport(sheet(SHORT_COMPANIES), zh('hubspot'));
    expect(rowsOf(files[0]!).map((r) => [r['Last Name'], r['First Name'], r['Company Name']])).toEqual([
      ['张', '三', '华为'],
      ['李', '四', '万科'],
    ]);
    expect(report.namesBesideContact).toBeUndefined();
  });
});
