import { normalisePhone } from '../../shared/normalise/phone';
import { readPhoneSheet, rowRegionReader } from '../../shared/normalise/phone-region';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

function phoneSheet(values: CellValue[][]) {
  return readPhoneSheet(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE);
}

/** Column `col` (0-based) of each data row, read as check, clean and export read it. */
function readColumn(values: CellValue[][], col: number) {
  const sheet = phoneSheet(values);
  const rowRegion = rowRegionReader(sheet);
  return values.slice(1).map((row) =>
    normalisePhone(row[col], {
      defaultRegion: sheet.home,
      sheetRegion: sheet.sheet,
      rowRegion: rowRegion(row),
      ...(sheet.also ? { otherSheetRegions: sheet.also } : {}),
    }),
  );
}

const valid = (value: string) => ({ status: 'valid', value });
const ambiguous = (...readings: string[]) => ({ status: 'ambiguous', code: 'phone.ambiguous', readings });

describe('phone: national numbers written with dashes on a list of another country', () => {
  // A wholesaler's UK trade accounts: one account typed its London line with dashes, the Chinese shape.
  const wholesale: CellValue[][] = [
    ['Account', 'Contact', 'Tel', 'Mobile', 'Email', 'Town'],
    ['Bridge Street Cafe', 'Sandra Price', '0161 496 1000', '07911 123456', 'sandra@bridgestcafe.co.uk', 'Manchester'],
    ['The Olive Tree', 'Marco Bianchi', '020 7946 3123', '07400 555123', 'marco@olivetree.co.uk', 'London'],
    ['Harrogate Deli Ltd', 'Anne Wood', '01423 567890', '07812 345678', 'anne@harrogatedeli.co.uk', 'Harrogate'],
    ['Corner Shop', 'Raj Patel', '0113 496 0123', '07956 654321', 'raj.patel@cornershop.co.uk', 'Leeds'],
    ['Village Stores', 'Gwen Jones', '01970 612345', '', 'gwen@villagestores.wales', 'Aberystwyth'],
    ['The Olive Tree Ltd', 'Marco Bianchi', '020-7946-3123', '07400-555-123', 'accounts@olivetree.co.uk', 'London'],
    ['Highland Larder', 'Fiona MacLeod', '01463 234567', '07825 998877', 'fiona@highlandlarder.scot', 'Inverness'],
  ];

  test('never reads a dashed London line silently as Guangzhou on a British list', () => {
    expect(phoneSheet(wholesale).sheet).toBe('GB');
    const tel = readColumn(wholesale, 2);
    expect(tel[1]).toEqual(valid('+44 20 7946 3123'));
    // 020 7946 3123 is a Guangzhou number too: the British reading first, and the cell left as typed.
    expect(tel[5]).toEqual(ambiguous('+44 20 7946 3123', '+86 20 7946 3123'));
  });

  test('reads a dashed number only the list’s country takes in that country', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email', 'Town'],
      ['A One', '0161-496-1000', 'a@x.uk', 'Manchester'],
      ['B Two', '020-7946-3123', 'b@x.uk', 'London'],
      ['C Three', '07911 123456', 'c@x.uk', 'Leeds'],
    ];
    expect(phoneSheet(values).sheet).toBe('GB');
    expect(readColumn(values, 1)).toEqual([
      valid('+44 161 496 1000'),
      ambiguous('+44 20 7946 3123', '+86 20 7946 3123'),
      valid('+44 7911 123456'),
    ]);
  });

  test('reads an Indian list’s dashed landlines and spaced mobiles in India', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email', 'City'],
      ['A One', '044-28112233', 'a@x.in', 'Chennai'],
      ['B Two', '080-41234567', 'b@x.in', 'Bengaluru'],
      ['C Three', '98400 56789', 'c@x.in', 'Chennai'],
      ['D Four', '022-23456789', 'd@x.in', 'Mumbai'],
    ];
    expect(phoneSheet(values).sheet).toBe('IN');
    expect(readColumn(values, 1)).toEqual([
      valid('+91 44 2811 2233'),
      valid('+91 80 4123 4567'),
      valid('+91 98400 56789'),
      // Tianjin's 022 too: two readings.
      ambiguous('+91 22 2345 6789', '+86 22 2345 6789'),
    ]);
  });

  test('still reads a Chinese list’s Guangzhou and Tianjin lines as Chinese', () => {
    const values: CellValue[][] = [
      ['姓名', '电话', '城市'],
      ['张伟', '020-79463123', '广州'],
      ['李娜', '020-8888-6666', '广州'],
      ['王芳', '022-23456789', '天津'],
      ['刘洋', '13800138000', '北京'],
    ];
    expect(phoneSheet(values).sheet).toBe('CN');
    expect(readColumn(values, 1)).toEqual([
      valid('020-79463123'),
      valid('020-88886666'),
      valid('022-23456789'),
      valid('13800138000'),
    ]);
  });
});

describe('phone: a national number typed the way another country groups it', () => {
  // A Mailchimp audience of several countries; its CC column is left unmapped, so rows name no country.
  const audience: CellValue[][] = [
    ['Email Address', 'First Name', 'Phone Number', 'TIMEZONE', 'CC'],
    ['jennifer.lopez@gmail.com', 'Jennifer', '(217) 555-0143', 'America/Chicago', 'US'],
    ['mike.chen@yahoo.ca', 'Mike', '416-555-0199', 'America/Toronto', 'CA'],
    ['priya.sharma@rediffmail.com', 'Priya', '+91 98765 43210', 'Asia/Kolkata', 'IN'],
    ['rajesh.kumar@gmail.com', 'Rajesh', '098450 12345', 'Asia/Kolkata', 'IN'],
    ['emma.watson@btinternet.com', 'Emma', '07912 654321', 'Europe/London', 'GB'],
    ['Jennifer.Lopez@Gmail.com', 'Jen', '217.555.0143', '', 'US'],
    ['sam.oneill@outlook.com', 'Sam', '0412 345 999', 'Australia/Brisbane', 'AU'],
    ['info@maplewholesale.ca', '', '1-905-555-0177', 'America/Toronto', 'CA'],
    ['ananya.iyer@gmail.com', 'Ananya', '9840012345', 'Asia/Kolkata', 'IN'],
    ['david.brown@shaw.ca', 'David', '(604) 555-0111', 'America/Vancouver', 'CA'],
  ];

  test('does not turn a British mobile into an Indian landline on a mixed list', () => {
    const phones = readColumn(audience, 2);
    // 079 1265 4321 would be Ahmedabad; typed 07912 654321 it is a British mobile as Britain writes it.
    expect(phones[4]).toEqual(ambiguous('+91 79 1265 4321', '+44 7912 654321'));
    // The Indian numbers, typed as India writes them or as bare digits, keep their one reading.
    expect(phones[3]).toEqual(valid('+91 98450 12345'));
    expect(phones[8]).toEqual(valid('+91 98400 12345'));
    expect(phones[0]).toEqual(valid('+1 217 555 0143'));
  });

  test('reads each number in its row’s country once the country codes are a country column', () => {
    const named = audience.map((row, i) => (i === 0 ? [...row.slice(0, 4), 'Country Code'] : row));
    const phones = readColumn(named, 2);
    expect(phones[4]).toEqual(valid('+44 7912 654321'));
    expect(phones[6]).toEqual(valid('+61 412 345 999'));
    expect(phones[3]).toEqual(valid('+91 98450 12345'));
  });

  test('leaves a British list’s own mobiles and landlines with one reading', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone'],
      ['Emma Wilson', '07912 654321'],
      ['Oliver Hughes', '+44 7400 123456'],
      ['Amelia Clarke', '+44 20 7123 4567'],
      ['Jack Turner', '0161 496 1000'],
    ];
    expect(readColumn(values, 1)).toEqual([
      valid('+44 7912 654321'),
      valid('+44 7400 123456'),
      valid('+44 20 7123 4567'),
      valid('+44 161 496 1000'),
    ]);
  });
});
