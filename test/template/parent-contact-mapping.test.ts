/**
 * A school's or a tutoring centre's roster: the student is the customer, the parent or guardian is whom
 * the school talks to (the contact), in English as in Chinese (家长姓名). Left unmapped, the parent's
 * name stayed aside while the parent's phone became the student's own number in an export.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

// prettier-ignore
const ROSTER: CellValue[][] = [
  ['Student Name', 'Year', 'Parent Name', 'Relationship', 'Parent Phone', 'Parent Email'],
  ['Oliver Smith', 'Year 3', 'Emma Smith', 'Mother', '0412 345 678', 'emma.smith@gmail.com'],
  ['Ava Jones', 'Year 5', 'David Jones', 'Father', '0498 765 432', 'djones@outlook.com'],
  ['Noah Brown', 'Year 1', 'Sarah Brown', 'Mother', '0433 222 111', 'sarah.b@gmail.com'],
];

// prettier-ignore
const GUARDIANS: CellValue[][] = [
  ['学员姓名', '年级', '监护人', '监护人电话'],
  ['王子轩', '三年级', '王建国', '13501234567'],
  ['周子涵', '五年级', '周敏', '18601234567'],
];

const fieldsOf = (rows: CellValue[][]) =>
  Object.fromEntries(
    mapHeaders(rows[0] as string[], DEFAULT_TEMPLATE, {}, rows.slice(1)).columns.map((c) => [c.header, c.field]),
  );

describe("a roster's parent or guardian is the contact", () => {
  test.each(['Parent Name', 'Parent', 'Guardian Name', 'Guardian', '监护人', '监护人姓名'])(
    'maps %s beside the student’s name to the contact by its words',
    (header) => {
      expect(mapHeaders(['Student Name', header], DEFAULT_TEMPLATE).columns[1]!.field).toBe('contact');
    },
  );

  test('maps an English roster: the student the name, the parent the contact, the parent’s phone and e-mail', () => {
    expect(fieldsOf(ROSTER)).toMatchObject({
      'Student Name': 'name',
      'Parent Name': 'contact',
      'Parent Phone': 'phone',
      'Parent Email': 'email',
      Relationship: null,
    });
  });

  test('maps a Chinese roster’s 监护人 as its 家长姓名 is mapped', () => {
    expect(fieldsOf(GUARDIANS)).toMatchObject({ 学员姓名: 'name', 监护人: 'contact', 监护人电话: 'phone' });
  });
});
