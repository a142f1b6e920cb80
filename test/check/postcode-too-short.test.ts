/**
 * Only an American row gets a ZIP code's lost zero back. Elsewhere a postcode shorter than its
 * country's (10020 on a Chinese list, whose postcodes have six digits) is reported and left as typed.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const postcodeIssues = (values: CellValue[][]) =>
  checkSheet(sheet(values), { now: TODAY, locale: 'zh-CN' })
    .issues.filter((i) => i.column === '邮编' || i.column === 'Zip')
    .map((i) => [i.row, i.code, i.value]);

describe('postcodes shorter than their country’s', () => {
  const CHINESE: CellValue[][] = [
    ['姓名', '手机', '邮编'],
    ['张伟', '13800138000', '100010'],
    ['李娜', '13800138001', 10020],
    ['王芳', '13800138002', '10020'],
    ['刘强', '13800138003', '200030'],
  ];

  test('a Chinese list’s 10020, as a number or as text, is reported, never given a zero', () => {
    expect(postcodeIssues(CHINESE)).toEqual([
      [3, 'postcode.tooShort', 10020],
      [4, 'postcode.tooShort', '10020'],
    ]);
    const edits = planClean(sheet(CHINESE), { now: TODAY, locale: 'zh-CN' }).plan.edits.filter((e) => e.col === 3);
    expect(edits).toEqual([]);
  });

  test('a British row’s four digits and an American row’s 2134 are told by their rows’ countries', () => {
    expect(
      postcodeIssues([
        ['Name', 'Phone', 'Zip', 'Country'],
        ['Ann Lee', '(617) 555-0123', 2134, 'US'],
        ['Raj Patel', '0412 345 678', '2000', 'Australia'],
        ['Li Wei', '13800138000', 10020, 'China'],
      ]),
    ).toEqual([
      [2, 'postcode.leadingZero', 2134],
      [4, 'postcode.tooShort', 10020],
    ]);
  });
});
