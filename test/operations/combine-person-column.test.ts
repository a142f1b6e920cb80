import { combineLists } from '../../shared/operations/combine-lists';
import { findCombinedDuplicates } from '../../shared/operations/combined-duplicates';
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import {
  EN_CONTACT_ROWS,
  EN_FULL_NAME_ROWS,
  EN_NAME_ROWS,
  EN_SPLIT_ROWS,
  snapshotOf,
  ZH_CONTACT_ROWS,
  ZH_NAME_ROWS,
  ZH_SPLIT_ROWS,
} from './combine-fixtures';

type Rows = Parameters<typeof snapshotOf>[1];
const list = (name: string, rows: Rows) => ({ name, snapshot: snapshotOf(name, rows, true) });
const header = (combined: ReturnType<typeof combineLists>) => combined.snapshot.values[0];
const column = (combined: ReturnType<typeof combineLists>, name: string) =>
  combined.snapshot.values.slice(1).map((row) => row[(header(combined) ?? []).indexOf(name)]);
/** How the combined sheet reads when opened again with the corrections combine stores. */
const reread = (combined: ReturnType<typeof combineLists>) =>
  mappingToJson(
    mapHeaders(header(combined)!, DEFAULT_TEMPLATE, combined.overrides, sampleRows(combined.snapshot.values)),
  );

describe('combine-lists', () => {
  test('puts 联系人 and 姓名 in one column headed as the first list heads it when two B2B lists name the contact person differently', () => {
    const combined = combineLists([list('客户台账.xlsx', ZH_CONTACT_ROWS), list('展会签到.csv', ZH_NAME_ROWS)]);
    expect(header(combined)).toEqual(['联系人', '手机', '邮箱', '公司', '地区', '出处']);
    expect(column(combined, '联系人')).toEqual(['王志刚', '李娜', '赵敏', '周杰', '王志刚', '孙悦']);
    // Read again, the column is still the one field every list's person is.
    expect(reread(combined)['联系人']).toBe('name');
  });

  test('heads the shared column 姓名 when the first list names the contact person 姓名', () => {
    const combined = combineLists([list('展会签到.csv', ZH_NAME_ROWS), list('客户台账.xlsx', ZH_CONTACT_ROWS)]);
    expect(header(combined)).toEqual(['姓名', '手机', '邮箱', '公司', '地区', '出处']);
    expect(column(combined, '姓名')).toEqual(['周杰', '王志刚', '孙悦', '王志刚', '李娜', '赵敏']);
    expect(reread(combined)['姓名']).toBe('name');
  });

  test('puts Contact, Name and Full Name in one column when three English lists name the person differently', () => {
    const combined = combineLists([
      list('accounts.csv', EN_CONTACT_ROWS),
      list('customers.csv', EN_NAME_ROWS),
      list('webinar.csv', EN_FULL_NAME_ROWS),
    ]);
    expect(header(combined)).toEqual(['Contact Person', 'Phone', 'Email', 'Company', 'Imported from']);
    expect(column(combined, 'Contact Person')).toEqual([
      "Sarah O'Connor",
      'Maria Lopez',
      "Sarah O'Connor",
      'Robert Miller',
      'Lee Wei Ming',
      'James Park',
      "Sarah O'Connor",
    ]);
    expect(reread(combined)['Contact Person']).toBe('name');
  });

  test('keeps First Name and Last Name beside the shared column and compares them with it when a third list splits the name', () => {
    const combined = combineLists([
      list('客户台账.xlsx', ZH_CONTACT_ROWS),
      list('展会签到.csv', ZH_NAME_ROWS),
      list('crm导出.csv', ZH_SPLIT_ROWS),
    ]);
    expect(header(combined)).toEqual(['联系人', '姓', '名', '手机', '邮箱', '公司', '地区', '出处']);
    expect(column(combined, '姓')).toEqual([null, null, null, null, null, null, '王', '孙', '陈']);
    const groups = findCombinedDuplicates(combined).clusters.map((c) => c.rows);
    // 王志刚 in all three lists, 孙悦 in the last two.
    expect(groups).toContainEqual([2, 6, 8]);
    expect(groups).toContainEqual([7, 9]);
  });

  test('names the shared column in the reasons when one contact person is in a 联系人 list and a 姓名 list', () => {
    const combined = combineLists([list('客户台账.xlsx', ZH_CONTACT_ROWS), list('展会签到.csv', ZH_NAME_ROWS)]);
    const [wang] = findCombinedDuplicates(combined).clusters;
    expect(wang?.rows).toEqual([2, 6]);
    expect(wang?.reasons.find((r) => r.column === '联系人')).toMatchObject({ field: 'name', level: 'exact' });
  });

  test('keeps a list’s own contact person in a column of its own when that list has both a name and a contact', () => {
    // A training school: the student is the customer, the parent whom the school calls.
    const school: Rows = [
      ['学员姓名', '家长姓名', '手机', '城市'],
      ['刘子涵', '刘建国', '13812345678', '杭州'],
      ['王一诺', '陈丽', '13987654321', '宁波'],
    ];
    const combined = combineLists([list('客户台账.xlsx', ZH_CONTACT_ROWS), list('培训班.xlsx', school)]);
    expect(header(combined)).toEqual(['姓名', '联系人', '手机', '邮箱', '公司', '地区', '出处']);
    // Nothing lost: each school row keeps the student and the parent, each in its column.
    expect(combined.snapshot.values.slice(4).map((row) => row.slice(0, 2))).toEqual([
      ['刘子涵', '刘建国'],
      ['王一诺', '陈丽'],
    ]);
    expect(column(combined, '姓名').slice(0, 3)).toEqual(['王志刚', '李娜', '赵敏']);
    expect(reread(combined)).toMatchObject({ 姓名: 'name', 联系人: 'contact' });
  });

  test('keeps 联系人 read as the contact person when every list names the person 联系人', () => {
    const combined = combineLists([list('a.csv', ZH_CONTACT_ROWS), list('b.csv', ZH_CONTACT_ROWS.slice(0, 2))]);
    expect(header(combined)).toEqual(['联系人', '手机', '邮箱', '公司', '地区', '出处']);
    expect(reread(combined)['联系人']).toBe('contact');
  });

  test('compares Contact with First Name and Last Name when an English list splits the name', () => {
    const combined = combineLists([list('accounts.csv', EN_CONTACT_ROWS), list('crm-export.csv', EN_SPLIT_ROWS)]);
    expect(header(combined)).toEqual([
      'Contact Person',
      'Last Name',
      'First Name',
      'Phone',
      'Email',
      'Company',
      'Imported from',
    ]);
    const groups = findCombinedDuplicates(combined).clusters;
    const sarah = groups.find((c) => c.rows.includes(2));
    expect(sarah?.rows).toEqual([2, 4]);
    expect(sarah?.reasons.find((r) => r.column === 'Contact Person')).toMatchObject({ field: 'name', level: 'exact' });
  });
});
