import { columnNames, resolveColumn, splitColumnList } from '../../cli/column-list';
import { oneLine } from '../../cli/text-width';

const TYPEFORM_HEADERS = ["What's your name, first and last?", 'Email', 'Phone number', 'Company, if any', 'ID'];

describe('splitColumnList', () => {
  test.each([
    ['手机,邮箱', [{ rest: '手机' }, { rest: '邮箱' }]],
    ['手机，邮箱', [{ rest: '手机' }, { rest: '邮箱' }]],
    ['"Company, if any",Email', [{ quoted: 'Company, if any', rest: '' }, { rest: 'Email' }]],
    ['“公司，如有”,邮箱', [{ quoted: '公司，如有', rest: '' }, { rest: '邮箱' }]],
    ['"Company, if any"=company, E=-', [{ quoted: 'Company, if any', rest: '=company' }, { rest: 'E=-' }]],
    ['"The ""VIP"" level",Email', [{ quoted: 'The "VIP" level', rest: '' }, { rest: 'Email' }]],
    ['Bob "Bobby" Li,Email', [{ rest: 'Bob "Bobby" Li' }, { rest: 'Email' }]],
    [' Email , ,Phone ', [{ rest: 'Email' }, { rest: 'Phone' }]],
  ])('splits %s', (text, items) => {
    expect(splitColumnList(text, '--columns')).toEqual(items);
  });

  test('keeps a full-width comma inside a name when told to', () => {
    expect(columnNames('备注，说明,手机', '--columns', false)).toEqual([
      { name: '备注，说明', quoted: false },
      { name: '手机', quoted: false },
    ]);
  });

  test('refuses text after a closing quote', () => {
    expect(() => columnNames('"Company, if any"x,Email')).toThrow(/has text after its closing quote/);
  });
});

describe('resolveColumn', () => {
  test.each([
    ['Email', TYPEFORM_HEADERS, false, 'Email'],
    ['D', TYPEFORM_HEADERS, false, 'Company, if any'],
    ['D', TYPEFORM_HEADERS, true, undefined],
    // A header called like a column letter is that header.
    ['ID', TYPEFORM_HEADERS, false, 'ID'],
    ['G', TYPEFORM_HEADERS, false, undefined],
    ['d', TYPEFORM_HEADERS, false, undefined],
    ['Mobile Number', ['Full\nName', 'Mobile\nNumber'], false, 'Mobile\nNumber'],
    ['联系 电话', ['客户\n姓名', '联系\n电话'], false, '联系\n电话'],
  ])('%s names %#', (name, headers, quoted, header) => {
    expect(resolveColumn(name, headers, quoted)).toBe(header);
  });
});

describe('oneLine', () => {
  test.each([
    ['Mobile\nNumber', 'Mobile Number'],
    ['Date of \r\nBirth', 'Date of Birth'],
    ['联系\n\n电话', '联系 电话'],
    ['Email', 'Email'],
  ])('%j shows as %s', (text, shown) => {
    expect(oneLine(text)).toBe(shown);
  });
});
