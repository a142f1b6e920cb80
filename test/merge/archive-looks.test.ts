/**
 * A team marks a customer "do not call" with a red fill on the name, or colours a whole column. When the
 * merge moves such a row into the archive, the archive row keeps each cell's look (as it keeps its note),
 * for the hosts that read looks.
 */
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const RED = { fill: '#FF0000' };
const YELLOW = { fill: '#FFFF00' };
/** Seven archive columns come first (merge id … role), then the sheet's: column A lands in H. */
const FIRST = 'H';

function merged(snapshot: SheetSnapshot, archive: string, locale: 'zh-CN' | 'en-US') {
  const { workbook } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, locale));
  return workbook.sheets.find((s) => s.name === archive)!;
}

/** The archive row (1-based) holding the sheet's row `original` (its 原行号 / Original Row). */
function rowOf(archive: { values: unknown[][] }, original: number): number {
  return archive.values.findIndex((row) => row[4] === original) + 1;
}

describe('the archive of a merge', () => {
  test('keeps the red fill and bold of the merged-away row’s 姓名 cell, beside its note', () => {
    const snapshot = sheet(
      '客户',
      [
        ['姓名', '手机', '最后联系'],
        ['张伟', '13800138000', '2025-01-02'],
        ['张伟', '138 0013 8000', '2026-11-02'],
      ],
      {
        extras: [{ row: 3, col: 1, look: { ...RED, font: { bold: true } }, note: '勿打扰' }],
        columnLooks: [null, null, null],
      },
    );
    const archive = merged(snapshot, '合并归档', 'zh-CN');
    expect(archive.extras?.[`${FIRST}${rowOf(archive, 3)}`]).toEqual({
      note: '勿打扰',
      look: { ...RED, font: { bold: true } },
    });
    expect(archive.extras?.[`${FIRST}${rowOf(archive, 2)}`]).toBeUndefined();
  });

  test('spells out a look the cells share with their column (an English list with its Name column yellow)', () => {
    const snapshot = sheet(
      'Customers',
      [
        ['Name', 'Phone', 'Email'],
        ['Mary Smith', '(415) 555-0100', 'mary@acme.com'],
        ['Mary Smith', '415-555-0100', ''],
      ],
      { columnLooks: [YELLOW, null, null], extras: [{ row: 3, col: 3, look: RED }] },
    );
    const archive = merged(snapshot, 'Custodian Archive', 'en-US');
    expect(archive.extras?.[`${FIRST}${rowOf(archive, 2)}`]).toEqual({ look: YELLOW });
    expect(archive.extras?.[`${FIRST}${rowOf(archive, 3)}`]).toEqual({ look: YELLOW });
    // An empty cell's own look (the team's fill on a missing email) is kept too.
    expect(archive.extras?.[`J${rowOf(archive, 3)}`]).toEqual({ look: RED });
  });
});
