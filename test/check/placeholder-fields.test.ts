/**
 * 有赞 writes "-" where a member gave no birthday, region or last purchase; other lists write 无, N/A, —
 * or /. In a date, region, choice or text cell such a word is a placeholder for no value (a warning,
 * left as typed), as it is in a phone or e-mail cell: never an invalid date, and never a place.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { TODAY } from '../operations/fixtures';
import { YOUZAN } from './youzan-members';

const found = (result: ReturnType<typeof checkSheet>, columns: string[]) =>
  result.issues.filter((i) => columns.includes(i.column)).map((i) => [i.row, i.column, i.code, i.severity]);

describe('placeholders in date, region, choice and text cells', () => {
  test('有赞 members: "-", 无, N/A and / are placeholders in dates, the region, gender and notes', () => {
    const result = checkSheet({ name: '客户列表', values: YOUZAN }, { now: TODAY });
    expect(found(result, ['性别', '生日', '所在地区', '最近消费时间', '备注'])).toEqual([
      [4, '生日', 'value.placeholder', 'warning'],
      [4, '最近消费时间', 'value.placeholder', 'warning'],
      [5, '性别', 'value.placeholder', 'warning'],
      [5, '生日', 'value.placeholder', 'warning'],
      [5, '所在地区', 'value.placeholder', 'warning'],
      [5, '最近消费时间', 'value.placeholder', 'warning'],
      [5, '备注', 'value.placeholder', 'warning'],
      [6, '生日', 'value.placeholder', 'warning'],
    ]);
    expect(result.issues.some((i) => i.code === 'date.invalid')).toBe(false);
    expect(result.issues.find((i) => i.row === 4 && i.column === '生日')?.message).toBe(
      '“-”表示没有值，不是真实的“生日”：已保持原样。请填写真实内容；若确实没有，可清空该单元格。',
    );
    const english = checkSheet({ name: 'Members', values: YOUZAN }, { now: TODAY, locale: 'en-US' });
    expect(english.issues.find((i) => i.row === 5 && i.column === '所在地区')?.message).toBe(
      '"-" stands for no value, not a real 所在地区: left as typed. Fill in the real one, or clear the cell if there is none.',
    );
  });

  test('an English list: N/A and TBD in a date, a status and a city are placeholders, a real value is not', () => {
    const result = checkSheet(
      {
        name: 'Contacts',
        values: [
          ['Name', 'Phone', 'Birthday', 'City', 'Status', 'Notes'],
          ['Ann Lee', '(415) 555-0134', 'N/A', 'San Francisco', 'Active', 'TBD'],
          ['Bob Smith', '(212) 555-0100', '1980-02-11', 'n/a', '/', 'Call after 5pm'],
          ['Liz Warren', '(617) 555-0177', '1975-06-30', 'Boston', 'Active', 'None of the above'],
          // A status of TBD is pending, which an option may mean: no placeholder there.
          ['Kim Ross', '(617) 555-0188', '1981-09-09', 'Boston', 'TBD', ''],
        ],
      },
      { now: TODAY, locale: 'en-US' },
    );
    expect(found(result, ['Birthday', 'City', 'Status', 'Notes'])).toEqual([
      [2, 'Birthday', 'value.placeholder', 'warning'],
      [2, 'Notes', 'value.placeholder', 'warning'],
      [3, 'City', 'value.placeholder', 'warning'],
      [3, 'Status', 'value.placeholder', 'warning'],
      [5, 'Status', 'choice.notInList', 'error'],
    ]);
  });

  test('clean leaves placeholders in dates and text as typed', () => {
    const { plan } = planClean({ name: '客户列表', values: YOUZAN }, { now: TODAY });
    const birthday = 5;
    const region = 6;
    const lastPurchase = 11;
    expect(
      plan.edits.filter((e) => [birthday, region, lastPurchase].includes(e.col) && (e.row === 4 || e.row === 5)),
    ).toEqual([]);
  });
});
