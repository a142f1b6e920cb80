import { mergeAndApply, optionsFor, sheet } from './fixtures';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('survivorship', () => {
  test("writes a picked text date as a real date when the survivor's cell is a date (Chinese sheet)", () => {
    const snapshot = sheet('客户', [
      ['客户编号', '姓名', '手机', '最近联系日期'],
      ['C000011', '刘强', '13700001111', d('2024-03-01')],
      ['C000012', '刘强', '13700001111', '2024年4月2日'],
    ]);
    // In the merge preview the user picked row 3's 最近联系日期: the cell as typed is the override.
    const { result, rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 }, overrides: { 0: { lastContact: '2024年4月2日' } } }),
    );
    expect(result.problems).toEqual([]);
    expect(rowAt(2)['最近联系日期']).toEqual(d('2024-04-02'));
  });

  test("writes a picked text date as a real date when the survivor's cell is a date (English sheet)", () => {
    const snapshot = sheet('Customers', [
      ['Customer ID', 'Name', 'Phone', 'Created'],
      ['C1', 'Ann Lee', '+1 415 555 0101', d('2023-05-01')],
      ['C2', 'Ann Lee', '+1 415 555 0101', '2023-01-10'],
    ]);
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'en-US', { masters: { 0: 2 }, overrides: { 0: { Created: '2023-01-10' } } }),
    );
    expect(rowAt(2)['Created']).toEqual(d('2023-01-10'));
  });

  test('keeps a picked value as typed when it is not a date the column can read', () => {
    const snapshot = sheet('客户', [
      ['客户编号', '姓名', '最近联系日期'],
      ['C000011', '刘强', d('2024-03-01')],
      ['C000012', '刘强', '上周'],
    ]);
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 }, overrides: { 0: { 最近联系日期: '上周' } } }),
    );
    // The user chose it: two readings are not guessed at, the text stays as typed.
    expect(rowAt(2)['最近联系日期']).toBe('上周');
  });
});
