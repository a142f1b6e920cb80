import { headerKey, headerProblems, isHeaderText } from '../../shared/sheet/header-row';

describe('header-row', () => {
  test.each([
    [[], [{ code: 'sheet.empty' }]],
    [[[null, '  '], [null]], [{ code: 'sheet.empty' }]],
    [[[null, null], ['Name']], [{ code: 'sheet.noHeader' }]],
    [[[13800138000, new Date(Date.UTC(2024, 0, 1))]], [{ code: 'sheet.noHeader' }]],
    [[['13800138000', '2024-03-05', '12.50', '2024/3/5', '1,200']], [{ code: 'sheet.noHeader' }]],
    [[[true, false]], [{ code: 'sheet.noHeader' }]],
    [[['Name', null, 'Phone']], []],
    [[['姓名', '手机', '2024']], []],
    // Two columns with one header (a mobile and a landline under 电话) are read, told apart by letter.
    [[['Phone', 'Email', ' PHONE ']], []],
    [[['客户名称', '电话', '电话']], []],
  ])('headerProblems(%j)', (values, expected) => {
    expect(headerProblems(values)).toEqual(expected);
  });

  test('headerKey folds case, width and surrounding space', () => {
    expect(headerKey('  E-Mail ')).toBe('e-mail');
    expect(headerKey('Ｅｍａｉｌ')).toBe('email');
    expect(headerKey(null)).toBe('');
  });

  test('isHeaderText accepts words in any language and rejects numbers and dates', () => {
    expect(isHeaderText('客户编号')).toBe(true);
    expect(isHeaderText('Q1 2024')).toBe(true);
    expect(isHeaderText('2024年3月5日')).toBe(false);
    expect(isHeaderText('-12')).toBe(false);
    expect(isHeaderText(12)).toBe(false);
  });
});
