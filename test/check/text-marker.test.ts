/**
 * Shopify's customer export writes Zip '02134 and Phone '+16175550123 so that Excel keeps them as
 * text; a list saved from Excel as CSV carries the same apostrophe. In a code it is no part of the
 * value: check says so and clean drops it, leaving every digit.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const SHOPIFY: CellValue[][] = [
  ['First Name', 'Last Name', 'Phone', 'Zip', 'Customer ID', 'ID Number', 'Note'],
  ['Ann', 'Lee', "'+16175550123", "'02134", "'0012345", "'A  123 456", "'90s fan"],
  ['Bob', 'Tan', "'+14165550123", "'M5E 1E5", 'C000002', 'B7654321', 'plain'],
];

describe('codes behind a text marker', () => {
  test("check warns about the ' before a postcode, customer ID and ID number, and names what it becomes", () => {
    const result = checkSheet(sheet(SHOPIFY, { textOnly: true }), { now: TODAY });
    const marked = result.issues.filter((i) => i.code === 'text.textMarker');
    expect(marked.map((i) => [i.row, i.column, i.suggestion])).toEqual([
      [2, 'Zip', '02134'],
      [2, 'Customer ID', '0012345'],
      [2, 'ID Number', 'A  123 456'],
      [3, 'Zip', 'M5E 1E5'],
    ]);
    expect(marked[0]!.message).toBe(
      `The leading ' only kept the code as text in Excel and is no part of it: will become "02134".`,
    );
    expect(result.issues.filter((i) => i.column === 'Note')).toEqual([]);
  });

  test('clean writes the codes without it, leading zeros and an ID number as typed kept, a note untouched', () => {
    const { plan, summary } = planClean(sheet(SHOPIFY, { textOnly: true }), { now: TODAY });
    const edits = plan.edits.filter((e) => e.reason === 'text.textMarker').map((e) => [e.row, e.col, e.after]);
    expect(edits).toEqual([
      [2, 4, '02134'],
      [2, 5, '0012345'],
      [2, 6, 'A  123 456'],
      [3, 4, 'M5E 1E5'],
    ]);
    expect(summary.byReason['text.textMarker']).toBe(4);
    expect(plan.edits.filter((e) => e.col === 7)).toEqual([]);
  });

  test('a code an .xlsx stored as a number is named as one (not as spacing), and clean writes its digits as text', () => {
    const numbers: CellValue[][] = [
      ['Name', 'Zip', 'Customer ID', 'Phone'],
      ['Ann Lee', 28801, 12345, '(415) 555-0132'],
      ['Bob Stone', '02134', 'C000002', '(617) 555-0123'],
    ];
    const { issues } = checkSheet(sheet(numbers), { now: TODAY, locale: 'en-US' });
    const stored = issues.filter((i) => i.code === 'text.storedAsNumber');
    expect(stored.map((i) => [i.row, i.column, i.suggestion])).toEqual([
      [2, 'Zip', '28801'],
      [2, 'Customer ID', '12345'],
    ]);
    expect(stored[0]!.message).toBe(
      'A code stored as a number (a spreadsheet would drop its leading zeros or sum it): will become the text "28801".',
    );
    const zh = checkSheet(sheet(numbers), { now: TODAY, locale: 'zh-CN' }).issues.find(
      (i) => i.code === 'text.storedAsNumber',
    );
    expect(zh?.message).toBe('编码存成了数字（表格会去掉开头的 0 或把它当数值计算）：将改为文本“28801”。');
    const { plan, summary } = planClean(sheet(numbers), { now: TODAY, locale: 'en-US' });
    expect(plan.edits.filter((e) => e.reason === 'text.storedAsNumber').map((e) => [e.row, e.col, e.after])).toEqual([
      [2, 2, '28801'],
      [2, 3, '12345'],
    ]);
    expect(summary.byReason['text.storedAsNumber']).toBe(2);
  });
});
