/**
 * A small business's hand-kept list of Canadian and Australian customers, without a country column:
 * an Australian mobile typed nationally (0412 345 678) is read in Australia where its row's address
 * names an Australian state and postcode (Sydney NSW 2000), as a row whose address ends "Australia" is.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const HAND_KEPT: CellValue[][] = [
  ['Business', 'Contact', 'Phone', 'Email', 'Address', 'Last Order', 'Notes'],
  [
    'Maple Leaf Hardware',
    'Greg Wilson',
    '416-555-0143 (call after 5pm)',
    'greg@mapleleafhw.ca',
    '120 King St W, Toronto, ON M5H 1J9, Canada',
    '03/04/2025',
    'pays net 30',
  ],
  [
    'Maple Leaf Hardware Ltd.',
    'G. Wilson',
    '(416) 555-0143',
    'GREG@MAPLELEAFHW.CA',
    '120 King St. West, Toronto ON M5H1J9',
    '4 Mar 2025',
    'same as above',
  ],
  [
    'Maple Leaf Hardwood',
    'Gary Wilson',
    '604-555-0177',
    'gary@mapleleafhardwood.com',
    '55 Granville St, Vancouver, BC V6C 1T2',
    '2025-02-11',
    'different company',
  ],
  [
    'Kangaroo Coffee Co',
    'Sheila Ng',
    '(02) 9876 5432',
    'sheila@kangaroocoffee.com.au',
    '12 George St, Sydney NSW 2000, Australia',
    '12/11/2024',
    '',
  ],
  [
    'Kangaroo Coffee Co',
    'Sheila Ng',
    '0412 345 678',
    'N/A',
    'Level 3, 12 George Street, Sydney NSW 2000',
    'Nov 12 2024',
    'her mobile',
  ],
  ['Wombat Web Design', 'N/A', 'N/A', 'hello@wombatweb.com.au', 'PO Box 123, Fitzroy VIC 3065', 'TBD', ''],
  ["Smith's Bakery", 'Ann Smith', '555-0100', 'ann@smithsbakery.com', '45 Main St, Springfield', '', ''],
];

function phoneIssues(values: CellValue[][], locale: Locale) {
  return checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.column === 'Phone')
    .map((i) => [i.row, i.code, i.suggestion ?? null]);
}

describe('Australian numbers on a mixed Canadian and Australian list', () => {
  test.each<[Locale]>([['en-US'], ['zh-CN']])('reads them by an address naming a state and postcode (%s)', (locale) => {
    expect(phoneIssues(HAND_KEPT, locale)).toEqual([
      // The note moves to Notes when cleaned (phone-note-moves.ts), the number staying.
      [2, 'phone.noteToMove', '+1 416 555 0143'],
      [3, 'phone.nonCanonical', '+1 416 555 0143'],
      [4, 'phone.nonCanonical', '+1 604 555 0177'],
      [5, 'phone.nonCanonical', '+61 2 9876 5432'],
      [6, 'phone.nonCanonical', '+61 412 345 678'],
      [7, 'required.missing', null],
      [8, 'phone.invalid', null],
    ]);
  });

  test('does not read a US address’s state (WA 98101) as Australia’s', () => {
    const values: CellValue[][] = [
      ['Contact', 'Phone', 'Address'],
      ['Ann Lee', '(206) 555-0100', '1 Pike St, Seattle, WA 98101'],
      ['Bob Yu', '0412 345 678', '2 Pine St, Seattle, WA 98101'],
      ['Cat Ho', '(416) 555-0143', '120 King St W, Toronto, ON M5H 1J9'],
      ['Dan Wu', '604-555-0177', '55 Granville St, Vancouver, BC V6C 1T2'],
    ];
    expect(phoneIssues(values, 'en-US').filter(([row]) => row === 3)).toEqual([[3, 'phone.invalid', null]]);
  });
});
