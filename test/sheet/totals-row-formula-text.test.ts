import type { CellValue } from '../../shared/sheet/cell-value';
import { isTotalsRow } from '../../shared/sheet/totals-row';

describe('totals rows with formula text', () => {
  test.each<[CellValue[], boolean]>([
    // A sum typed into a text-formatted column stays the text of its formula.
    [['合计', '', '', '', '', '', '', '', '=SUM(I4:I9)'], true],
    [[7, '合计', null, '=SUBTOTAL(9,F2:F7)', '=COUNTA(B2:B7)'], true],
    [['Grand Total', null, null, '= SUM(F2:F4)'], true],
    [['Total', null, '=E2+E3+E4', '$1,250.00'], true],
    [['Total:', '=sum(e:e)'], true],
    // Formula text does not make a customer a total, nor is every "=" a formula.
    [['合计', '13588889999', '=SUM(I4:I9)'], false],
    [['Total Fitness Ltd', 'mark@totalfitness.co.uk', '=SUM(F2:F4)'], false],
    [['王小明', '=SUM(I4:I9)'], false],
    [['合计', '=见附表'], false],
    [['Total', '= 3 customers'], false],
  ])('%j is a totals row: %s', (row, expected) => {
    expect(isTotalsRow(row)).toBe(expected);
  });
});
