/**
 * Merging a China row of an international list (a trade show's badge scans, read on the built-in
 * Chinese template): check and clean keep +86 on its numbers there, and merge writes the survivor's
 * numbers and the other numbers it notes as they were typed, so the +86 stays too (no 0755-88881234,
 * no bare 13812345678 for the team abroad).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const pair = [{ rows: [2, 3], confidence: 0.99, reasons: ['same customer'] }];
const HEADER = ['First Name', 'Last Name', 'Company', 'Email', 'Phone', 'Country', 'Notes'];

// tradeshow_badge_scans.csv's China row, scanned twice (its landline, then Mr Zhang's mobile), among the others.
// prettier-ignore
function badgeScans(first: CellValue, second: CellValue): CellValue[][] {
  return [
    HEADER,
    ['Wei', 'Zhang', 'Shenzhen Bright Electronics Co., Ltd.', 'zhangwei@bright-sz.com', first, 'China', 'competitor?'],
    ['Wei', 'Zhang', 'Shenzhen Bright Electronics', 'zhangwei@bright-sz.com', second, 'China', null],
    ['Oliver', 'Hughes', 'Hughes Logistics Ltd', 'oliver@hugheslogistics.co.uk', '+44 (0)20 7123 4567', 'United Kingdom', null],
    ['Klaus', 'Fischer', 'Fischer Maschinenbau GmbH', 'k.fischer@fischer-mb.de', '+49 (0)89 1234 5678', 'Germany', null],
    ['Chloe', 'Nguyen', 'Southern Cross Imports Pty Ltd', 'chloe@scimports.com.au', '+61 2 8123 4567', 'Australia', null],
  ];
}

describe('China’s numbers on an international list keep +86 through merge', () => {
  test('the survivor’s landline and the other number noted, each with +86', () => {
    const snapshot = sheet('Badge Scans', badgeScans('+86 755 8888 1234', '+86 138 1234 5678'));
    const row = mergeAndApply(snapshot, pair, optionsFor(snapshot, 'en-US')).rowAt(2);
    expect(row['Phone']).toBe('+86 755 8888 1234');
    expect(row['Notes']).toBe('competitor?; Other phone: +86 138 1234 5678');
  });

  test('a blank phone filled from the merged row keeps its +86', () => {
    const snapshot = sheet('Badge Scans', badgeScans(null, '+86 138 1234 5678'));
    const row = mergeAndApply(snapshot, pair, optionsFor(snapshot, 'en-US')).rowAt(2);
    expect(row['Phone']).toBe('+86 138 1234 5678');
  });
});
