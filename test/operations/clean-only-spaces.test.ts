/**
 * Cells that hold only spaces, as the sidebar's check and clean see them: a warning (a required one is
 * missing), and one edit each that empties it; an ID of spaces gets its ID in one edit.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const ZH: SheetSnapshot = {
  name: '客户',
  values: [
    ['客户编号', '姓名', '手机号', '备注'],
    ['C000001', '张伟', '13800138000', '老客户'],
    ['\u3000', '李娜', '13912345678', '\u00a0'],
    ['C000003', ' \u3000 ', '13700137000', null],
  ],
};
const EN: SheetSnapshot = {
  name: 'Customers',
  values: [
    ['Customer ID', 'Name', 'Email', 'Notes'],
    ['C000001', 'Ann Lee', 'ann@acme.com', '\t '],
  ],
};

describe('clean of cells holding only spaces', () => {
  test('empties each in one edit, and gives an ID of spaces its ID in one edit (Chinese list)', () => {
    const { plan, summary } = planClean(ZH, { now: new Date(Date.UTC(2024, 5, 30)) });
    const edits = plan.edits
      .filter((e) => e.row > 1)
      .map(({ row, col, before, after, reason }) => ({ row, col, before, after, reason }));
    expect(edits).toEqual([
      { row: 3, col: 4, before: '\u00a0', after: null, reason: 'value.onlySpaces' },
      { row: 4, col: 2, before: ' \u3000 ', after: null, reason: 'value.onlySpaces' },
      { row: 3, col: 1, before: '\u3000', after: 'C000004', reason: 'id.missing' },
    ]);
    expect(summary.byReason).toEqual({ 'value.onlySpaces': 2, 'id.missing': 1 });
  });

  test('check says a cell of a tab and a space looks empty but is not (English list)', () => {
    const { issues } = checkSheet(EN, { now: new Date(Date.UTC(2024, 5, 30)) });
    expect(
      issues.map(({ row, column, code, severity, message }) => ({ row, column, code, severity, message })),
    ).toEqual([
      {
        row: 2,
        column: 'Notes',
        code: 'value.onlySpaces',
        severity: 'warning',
        message:
          'Notes looks empty but holds only spaces: a filter for blanks misses it and COUNTA counts it as filled. Cleaning empties it.',
      },
    ]);
  });
});
