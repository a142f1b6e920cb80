/**
 * A board export's group breaks (Monday.com: a group's title alone on its row, then the header said
 * again): no customers. Read through emptyRowTest, the test every command passes its rows through.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { emptyRowTest } from '../../shared/sheet/counter-row';
import { groupBreakRows } from '../../shared/sheet/group-break-rows';

const HEADER = ['Name', 'Person', 'Status', 'Date', 'Phone', 'Email', 'Link', 'Text'];
/** 01_monday.csv as the commands read it: the title rows above the header read as blank. */
const MONDAY: CellValue[][] = [
  HEADER,
  [],
  [],
  [
    'Acme Roofing LLC',
    'Jordan Blake',
    'Working on it',
    '2025-11-03',
    '+1 415 555 0132',
    'ops@acmeroofing.com',
    '',
    'Referral from Bob',
  ],
  ['Bright Dental', 'Sara Kim', 'Done', '2025-10-28', '14155550177', 'front@brightdental.com', '', ''],
  ['', '', '', '', '', '', '', ''],
  ['Prospects', '', '', '', '', '', '', ''],
  ['Name', 'Person', 'Status', 'Date', 'Phone', 'Email', 'Link', 'Text'],
  ['Northwind Cafe', 'Lee Park, Sara Kim', '', '2025-11-12', '+1 206 555 0101', 'hello@northwindcafe.com', '', ''],
];

describe('group-break-rows', () => {
  test('finds a group title and the header repeated under it in a Monday.com board export', () => {
    expect([...groupBreakRows(MONDAY)].sort()).toEqual([6, 7]);
    const empty = emptyRowTest(MONDAY);
    expect(MONDAY.slice(1).map((row) => empty(row))).toEqual([true, true, false, false, true, true, true, false]);
  });

  test('finds the repeated header when clean has renamed a header above it (Name → Company)', () => {
    const cleaned = [['Company', ...HEADER.slice(1), 'Customer ID'], ...MONDAY.slice(1)];
    expect([...groupBreakRows(cleaned)].sort()).toEqual([6, 7]);
  });

  test('finds a repeated Chinese header with no group title above it', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '城市'],
      ['杭州宏达贸易有限公司', '王芳', '13800001111', '杭州'],
      ['客户名称', '联系人', '手机', '城市'],
      ['宁波海通物流有限公司', '李强', '13900002222', '宁波'],
    ];
    expect([...groupBreakRows(values)]).toEqual([2]);
  });

  test.each([
    [
      'a customer with only a name typed',
      [
        ['Name', 'Phone'],
        ['Acme Ltd', '555-0100'],
        ['Prospects', ''],
        ['Bright Dental', '555-0101'],
      ],
    ],
    [
      'a one-cell row under which no header is repeated',
      [
        ['Name', 'Phone'],
        ['Prospects', ''],
        ['Acme Ltd', '555-0100'],
      ],
    ],
    [
      'a customer marked by its column headers (VIP, Newsletter)',
      [
        ['Name', 'VIP', 'Newsletter'],
        ['Alice Wong', 'VIP', 'Newsletter'],
      ],
    ],
    [
      'a customer named as one header and typed under another',
      [
        ['姓名', '备注'],
        ['备注', '姓名'],
      ],
    ],
  ])('leaves customers: %s', (_case, values) => {
    expect(groupBreakRows(values as CellValue[][]).size).toBe(0);
    const empty = emptyRowTest(values as CellValue[][]);
    expect((values as CellValue[][]).slice(1).some((row) => empty(row))).toBe(false);
  });
});
