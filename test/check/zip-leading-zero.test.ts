/**
 * New England ZIP codes start with 0 (02134 Boston, 08608 Trenton). A CSV saved from a sheet that
 * stored them as numbers holds 2134: on an American row that is the ZIP without its zero. Four
 * digits are a whole postcode in Australia, Denmark or Switzerland, so only American rows get it back.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const zipIssues = (values: CellValue[][]) =>
  checkSheet(sheet(values), { now: TODAY, locale: 'en-US' })
    .issues.filter((i) => i.code === 'postcode.leadingZero')
    .map((i) => [i.row, i.value, i.suggestion, i.message]);

describe('US ZIP codes without their leading zero', () => {
  test('on rows whose country is the US, 2134 and 8608-1234 get their 0 back in check and clean', () => {
    const values: CellValue[][] = [
      ['Name', 'City', 'State', 'Zip', 'Country'],
      ['Ann Lee', 'Boston', 'MA', '2134', 'US'],
      ['Bob Tan', 'Trenton', 'NJ', '8608-1234', 'United States'],
      ['Cy Ng', 'Austin', 'TX', '78701', 'US'],
      ['Dee Roe', 'Sydney', 'NSW', '2000', 'Australia'],
    ];
    expect(zipIssues(values)).toEqual([
      [
        2,
        '2134',
        '02134',
        'A US ZIP code that lost its leading zero when a spreadsheet stored it as a number: will become "02134".',
      ],
      [3, '8608-1234', '08608-1234', expect.stringContaining('"08608-1234"')],
    ]);
    const edits = planClean(sheet(values), { now: TODAY, locale: 'en-US' }).plan.edits.filter((e) => e.col === 4);
    expect(edits.map((e) => [e.row, e.after, e.reason])).toEqual([
      [2, '02134', 'postcode.leadingZero'],
      [3, '08608-1234', 'postcode.leadingZero'],
    ]);
  });

  test('an American list without a country column, told by its phones; an Australian one keeps 2000', () => {
    expect(
      zipIssues([
        ['Name', 'Phone', 'Zip'],
        ['Ann Lee', '(617) 555-0123', 2134],
        ['Bob Tan', '(609) 555-0142', '08608'],
        ['Cy Ng', '(512) 555-0188', '78701'],
      ]),
    ).toEqual([[2, 2134, '02134', expect.any(String)]]);
    expect(
      zipIssues([
        ['Name', 'Mobile', 'Postcode'],
        ['Jack Wilson', '0412 345 678', '2000'],
        ['Olivia Brown', '0423 456 780', '3000'],
        ['Noah Taylor', '0438 111 222', '4000'],
      ]),
    ).toEqual([]);
  });
});
