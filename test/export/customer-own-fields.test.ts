/**
 * A list of people with someone to contact (a school's students and their parents): the CRM contact is
 * the parent, so the student's birth date, gender and ID number go out as extra columns under their
 * own headers, never as the parent's Date of Birth; a birth date whose header names the parent does.
 */
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const NOW = new Date('2024-07-01T00:00:00Z');

function firstRow(file: ExportFile): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[0]![i] ?? null]));
}

function list(values: CellValue[][]): SheetSnapshot {
  return { name: '学生信息', values };
}

describe('export of a list of people with someone to contact', () => {
  test('学生姓名 with 家长姓名: the student’s 出生日期 and 性别 stay beside the student, not on the parent', () => {
    const { files, report } = planExport(
      list([
        ['学生姓名', '出生日期', '性别', '家长姓名', '家长手机'],
        ['张子涵', '2015-04-12', '女', '张建国', '13911112222'],
        ['李思远', '2014-09-03', '男', '李红', '13822223333'],
      ]),
      { crm: 'hubspot', now: NOW },
    );
    const parent = firstRow(files[0]!);
    expect(parent).toMatchObject({ 'First Name': '建国', 'Last Name': '张', 出生日期: '2015-04-12', 性别: '女' });
    expect(files[0]!.header).not.toContain('Date of Birth');
    expect(report.extraColumns).toEqual(['学生姓名', '出生日期', '性别']);
  });

  test('Salesforce and Zoho alike, in English headers; one headed as a CRM column says whose it is', () => {
    const values: CellValue[][] = [
      ['Student Name', 'Date of Birth', 'Parent Name', 'Parent Mobile'],
      ['Emma Clarke', '2016-02-29', 'Sarah Clarke', '+44 7700 900123'],
      ['Oliver Hunt', '2015-11-08', 'James Hunt', '+44 7700 900456'],
    ];
    const salesforce = planExport(list(values), { crm: 'salesforce', now: NOW });
    expect(firstRow(salesforce.files[0]!)).toMatchObject({ 'First Name': 'Sarah', 'Student Name': 'Emma Clarke' });
    expect(salesforce.files[0]!.header).not.toContain('Birthdate');
    expect(salesforce.report.extraColumns).toEqual(['Student Name', 'Date of Birth']);
    // Zoho's own column is "Date of Birth": its import would take the student's for the parent's.
    const zoho = planExport(list(values), { crm: 'zoho', now: NOW });
    expect(zoho.files[0]!.header).not.toContain('Date of Birth');
    expect(firstRow(zoho.files[0]!)['Date of Birth (Student Name)']).toMatch(/2016/);
    expect(zoho.report.extraColumns).toEqual(['Student Name', 'Date of Birth (Student Name)']);
  });

  test('a birth date whose header names the parent is the parent’s', () => {
    const { files } = planExport(
      list([
        ['学生姓名', '家长姓名', '家长生日', '家长手机'],
        ['张子涵', '张建国', '1985-06-01', '13911112222'],
        ['李思远', '李红', '1987-01-20', '13822223333'],
      ]),
      { crm: 'hubspot', now: NOW },
    );
    expect(firstRow(files[0]!)).toMatchObject({ 'First Name': '建国', 'Date of Birth': '1985-06-01' });
  });

  test('a customer list with its own contact column and a company keeps the birth date on the contact', () => {
    const { files } = planExport(
      list([
        ['公司名称', '联系人', '生日', '手机'],
        ['杭州森源建材有限公司', '王建国', '1980-03-15', '13800138000'],
        ['上海华通物流有限公司', '陈明', '1979-11-02', '13917778888'],
      ]),
      { crm: 'hubspot', now: NOW },
    );
    expect(firstRow(files[0]!)).toMatchObject({ 'First Name': '建国', 'Date of Birth': '1980-03-15' });
  });
});
