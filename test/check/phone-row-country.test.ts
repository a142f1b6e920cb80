/**
 * One list, one rule: a phone not valid in the country its row names is reported invalid and left as
 * typed, never read as another country's (a British row's (415) 555-0134 is not made +1).
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const LIST: CellValue[][] = [
  ['Name', 'Phone', 'Country'],
  ['A One', '(415) 555-0134', 'UK'],
  ['B Two', '415-555-0135', 'United Kingdom'],
  ['C Three', '4155550136', 'UK'],
  ['D Four', '(020) 7946 0958', 'USA'],
  ['F Six', '13800138000', 'USA'],
  ['H Eight', '020 7946 0958', 'UK'],
  ['J Ten', '(212) 555-0199', 'USA'],
];

describe('check and clean: phones on rows that name another country', () => {
  test('North American numbers on British rows and a Chinese mobile on an American row are invalid', () => {
    const issues = checkSheet(sheet(LIST), { now: TODAY, locale: 'en-US' })
      .issues.filter((i) => i.code.startsWith('phone.'))
      .map((i) => [i.row, i.code]);
    expect(issues).toEqual([
      [2, 'phone.invalid'],
      [3, 'phone.invalid'],
      [4, 'phone.invalid'],
      [5, 'phone.invalid'],
      [6, 'phone.invalid'],
      [7, 'phone.nonCanonical'],
      [8, 'phone.nonCanonical'],
    ]);
  });

  test('clean leaves them as typed and rewrites only the numbers their rows’ countries take', () => {
    const edits = planClean(sheet(LIST), { now: TODAY, locale: 'en-US' }).plan.edits.filter((e) => e.col === 2);
    expect(edits.map((e) => [e.row, e.after])).toEqual([
      [7, '+44 20 7946 0958'],
      [8, '+1 212 555 0199'],
    ]);
  });
});
