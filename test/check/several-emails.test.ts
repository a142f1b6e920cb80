/**
 * Google Contacts writes every value of a field into one cell, joined by " ::: "
 * (efoster@northshoreclinic.com ::: emily.foster@gmail.com). Such a cell holds addresses, not a bad
 * one: check says so, as it says of two phone numbers in one cell, and leaves the cell as typed.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { sheet, TODAY } from '../operations/fixtures';

// Google Contacts' export (google-contacts.csv), the columns that matter here; row 3 is Dr. Emily Foster.
// prettier-ignore
const GOOGLE = [
  ['Name', 'Given Name', 'Family Name', 'E-mail 1 - Type', 'E-mail 1 - Value', 'Phone 1 - Type', 'Phone 1 - Value', 'Organization 1 - Name'],
  ['Sarah Patel', 'Sarah', 'Patel', '* Work', 'sarah@lumendental.com', 'Work', '(650) 555-0100', 'Lumen Dental'],
  ['Dr. Emily Foster', 'Emily', 'Foster', '* Work', 'efoster@northshoreclinic.com ::: emily.foster@gmail.com', 'Work ::: Mobile', '(847) 555-0117 ::: (847) 555-0166', 'Northshore Clinic'],
];

describe('an e-mail cell holding several addresses', () => {
  test('is reported as several addresses, not an invalid one, in English', () => {
    const { issues } = checkSheet(sheet(GOOGLE), { now: TODAY, locale: 'en-US' });
    const row3 = issues.filter((i) => i.row === 3).map((i) => [i.column, i.code, i.severity, i.message]);
    expect(row3).toEqual([
      [
        'E-mail 1 - Value',
        'email.several',
        'error',
        '"efoster@northshoreclinic.com ::: emily.foster@gmail.com" holds more than one email address: keep one address per cell and put the other in a column of its own (Email 2, say).',
      ],
      [
        'Phone 1 - Value',
        'phone.several',
        'error',
        '"(847) 555-0117 ::: (847) 555-0166" holds more than one number: keep one number per cell and put the other in a column of its own (Other Phone, say).',
      ],
    ]);
    expect(issues.some((i) => i.code === 'email.invalid')).toBe(false);
  });

  test('is reported in Chinese for a Chinese list, whatever joins the addresses', () => {
    const { issues } = checkSheet(
      sheet([
        ['姓名', '手机', '邮箱'],
        ['王芳', '13800138000', 'wangfang@163.com；wf@hzyq.com.cn'],
        ['李娜', '13912345678', 'lina@@163.com'],
      ]),
      { now: TODAY },
    );
    expect(issues.map((i) => [i.row, i.code, i.message])).toEqual([
      [
        2,
        'email.several',
        '“wangfang@163.com；wf@hzyq.com.cn”里有不止一个邮箱地址：一个单元格只放一个地址，另一个请放到单独的一列（如 邮箱2）。',
      ],
      // Two @ with nothing between them is one bad address, not two.
      [3, 'email.invalid', '“lina@@163.com”不是有效的邮箱地址。'],
    ]);
  });

  test('clean leaves the cell as typed', () => {
    const { plan } = planClean(sheet(GOOGLE), { now: TODAY, locale: 'en-US' });
    const email = GOOGLE[0]!.indexOf('E-mail 1 - Value') + 1;
    expect((plan.edits ?? []).filter((e) => e.row === 3 && e.col === email)).toEqual([]);
  });
});
