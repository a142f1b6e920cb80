/**
 * A CSV row with more fields than the file's other rows is misaligned even when its extra fields are
 * empty (an unquoted comma in a value, then an empty last field): its values sit right of their
 * headers. A trailing comma every row carries, or one the header alone lacks, is not.
 */
import { parseCsv } from '../../shared/files/parse-csv';
import { snapshotFromCsvRows } from '../../shared/files/csv-sheet';

function snapshotOf(lines: string[], name = 'contacts') {
  return snapshotFromCsvRows(parseCsv(new TextEncoder().encode(lines.join('\r\n')), `${name}.csv`).rows, name);
}

// HubSpot's contacts export; the last column (Notes) is mostly empty, so most lines end with a comma.
const HUBSPOT_HEADER =
  'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage,Create Date,Notes';
const HUBSPOT = [
  HUBSPOT_HEADER,
  '51234567801,Sarah,Johnson,sarah.johnson@brightwave.io,+1 415-555-0199,Brightwave Inc.,customer,2023-05-10 09:12,',
  '51234567802,Bob,Wu,bob.wu@widgets.com,+1 617-555-0142,Widgets, Inc,lead,2023-06-02 14:30,',
  '51234567803,Dana,Whitfield,dana@summitdental.com,(303) 555-0140,Summit Dental,customer,2023-07-21 11:05,Met at SaaStr',
];

// A 客户名称 list where an ASCII comma, not the full-width ，, slipped into an address.
const CLIENTS = [
  '客户名称,联系人,手机,地址,备注',
  '深圳市华强电子有限公司,王芳,13812345678,深圳市福田区华强北路1002号,赛格广场12楼,',
  '杭州西湖茶业有限公司,李明,13987654321,杭州市西湖区龙井路18号,',
  '宁波港联物流有限公司,陈静,13700001234,宁波市北仑区明州路88号,老客户',
];

describe('csv-sheet', () => {
  test('a row longer by an empty last field is misaligned when the other rows are not (HubSpot)', () => {
    expect(snapshotOf(HUBSPOT).misalignedRows).toEqual([{ row: 3, fields: 10, expected: 9 }]);
  });

  test('a row longer by an empty last field is misaligned when the other rows are not (客户名称)', () => {
    expect(snapshotOf(CLIENTS, '客户').misalignedRows).toEqual([{ row: 2, fields: 6, expected: 5 }]);
  });

  test('a row longer by a non-empty field is misaligned, as before', () => {
    const lines = [...HUBSPOT];
    lines[2] = lines[2]!.replace(/,$/, ',call back');
    expect(snapshotOf(lines).misalignedRows).toEqual([{ row: 3, fields: 10, expected: 9 }]);
  });

  test('no row is misaligned when every line ends with a comma, the header too or not', () => {
    const rows = [
      '51234567801,Sarah,Johnson,sarah.johnson@brightwave.io,+1 415-555-0199,Brightwave Inc.,customer,2023-05-10 09:12,',
      '51234567803,Dana,Whitfield,dana@summitdental.com,(303) 555-0140,Summit Dental,customer,2023-07-21 11:05,',
    ].map((line) => `${line},`);
    expect(snapshotOf([`${HUBSPOT_HEADER},`, ...rows]).misalignedRows).toBeUndefined();
    expect(snapshotOf([HUBSPOT_HEADER, ...rows]).misalignedRows).toBeUndefined();
  });

  test('no row is misaligned when the header alone is shorter, by empty fields only', () => {
    expect(
      snapshotOf(['客户名称,联系人,手机', '深圳市华强电子有限公司,王芳,13812345678,'], '客户').misalignedRows,
    ).toBeUndefined();
    // Above the header, a title line of one value is not the header.
    expect(
      snapshotOf(['客户名单,,', '客户名称,联系人,手机', '深圳市华强电子有限公司,王芳,13812345678,'], '客户')
        .misalignedRows,
    ).toBeUndefined();
  });

  test('a one-customer file with a non-empty extra field is still misaligned', () => {
    expect(
      snapshotOf(['客户名称,联系人,累计消费', '深圳市华强电子有限公司,王芳,1,280.00'], '客户').misalignedRows,
    ).toEqual([{ row: 2, fields: 4, expected: 3 }]);
  });

  test('a wider line of one value or none (a footer, a blank line of commas) is not misaligned', () => {
    const lines = [...CLIENTS.slice(0, 1), ...CLIENTS.slice(2), '导出时间：2024-06-10,,,,,,', ',,,,,,,'];
    expect(snapshotOf(lines, '客户').misalignedRows).toBeUndefined();
  });
});
