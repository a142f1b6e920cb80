import { readPhone, type PhoneContext } from '../../shared/normalise/phone-reading';
import { rowPlaceReader } from '../../shared/normalise/phone-row-place';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

const HEADER = ['公司名稱', '聯絡人', '電話', '手機', '地址'];
const placeOf = (row: CellValue[], header: CellValue[] = HEADER) =>
  rowPlaceReader(mapHeaders(header, DEFAULT_TEMPLATE, {}, [row]), DEFAULT_TEMPLATE)(row);

const read = (text: string, ctx: PhoneContext) => {
  const reading = readPhone(text, ctx);
  return reading.kind === 'valid' ? reading.text : reading.kind === 'ambiguous' ? reading.readings : reading.kind;
};

describe('rowPlaceReader', () => {
  test.each<[string, CellValue[], string | null]>([
    ['another number with +853', ['澳門永利餐飲', '何家豪', '+853 2888 1234', '6612 3456', ''], 'MO'],
    ['an address that begins 澳門', ['永利餐飲', '何家豪', '', '6612 3456', '澳門新馬路10號'], 'MO'],
    ['an address that begins 香港', ['利豐貿易', '黃志強', '', '9123 4567', '香港九龍尖沙咀廣東道1號'], 'HK'],
    ['an address that begins 九龍', ['利豐貿易', '黃志強', '', '9123 4567', '九龍尖沙咀廣東道1號'], 'HK'],
    ['an address that begins 新界', ['利豐貿易', '黃志強', '', '9123 4567', '新界沙田石門安群街1號'], 'HK'],
    ['an address that begins 中國香港', ['利豐貿易', '黃志強', '', '9123 4567', '中國香港灣仔港灣道1號'], 'HK'],
    ['an address that begins 臺北市', ['華通國際', '陳大文', '', '2345 6789', '臺北市信義區信義路五段7號'], 'TW'],
    [
      'an English address that ends with Kowloon',
      ['Li & Fung', 'Wong', '', '9123 4567', '1 Canton Road, Tsim Sha Tsui, Kowloon'],
      'HK',
    ],
    [
      '+852 and an address in 澳門, two places',
      ['永利餐飲', '何家豪', '+852 2345 6789', '6612 3456', '澳門新馬路10號'],
      null,
    ],
    ['a mainland address', ['深圳华强', '张伟', '', '83456789', '广东省深圳市福田区华强北路1号'], null],
    ['an address that names no place', ['利豐貿易(香港)', '黃志強', '', '91234567', '廣東道1號'], null],
    ['an address that begins 尖沙咀', ['利豐貿易(香港)', '黃志強', '', '91234567', '尖沙咀廣東道1號'], 'HK'],
    [
      'only Chinese mobiles and +codes, nothing to read elsewhere',
      ['永利餐飲', '何家豪', '+853 2888 1234', '13800138000', '澳門新馬路10號'],
      null,
    ],
  ])('%s', (_case, row, place) => {
    expect(placeOf(row)).toBe(place);
  });
});

describe('readPhone in the place a row names', () => {
  test('reads a bare number where the row’s place reads it, before the sheet’s region', () => {
    expect(read('6612 3456', { home: 'CN', sheet: 'TW', place: 'MO' })).toBe('+853 6612 3456');
    expect(read('9123 4567', { home: 'CN', sheet: 'TW', place: 'HK' })).toBe('+852 9123 4567');
  });

  test('reads a number the place does not read as the sheet reads it, not as invalid', () => {
    // A Hong Kong office's Taiwanese staff mobile, and a Chinese mobile on a row with a US number.
    expect(read('0912-345-678', { home: 'CN', sheet: 'TW', place: 'HK' })).toBe('+886 912 345 678');
    expect(read('13800138000', { home: 'CN', sheet: 'CN', place: 'US' })).toBe('13800138000');
    expect(read('010-62345678', { home: 'CN', sheet: 'CN', place: 'HK' })).toBe('010-62345678');
  });

  test('gives way to the row’s country column', () => {
    expect(read('6612 3456', { home: 'CN', sheet: 'TW', row: 'HK', place: 'MO' })).toBe('+852 6612 3456');
  });

  test('writes the template region’s number nationally when the place is the template’s', () => {
    expect(read('6612 3456', { home: 'MO', sheet: 'TW', place: 'MO' })).toBe('6612 3456');
  });
});

describe('a Taiwan landline typed without its trunk 0', () => {
  test('is left ambiguous with every reading when the row names no place', () => {
    expect(read('6612 3456', { home: 'CN', sheet: 'TW' })).toEqual([
      '+886 6 612 3456',
      '+852 6612 3456',
      '+853 6612 3456',
    ]);
  });

  test('is Taiwan’s when typed with its 0', () => {
    expect(read('06-612-3456', { home: 'CN', sheet: 'TW' })).toBe('+886 6 612 3456');
  });

  test('is Taiwan’s on a Taiwan row', () => {
    expect(read('6612 3456', { home: 'CN', sheet: 'TW', row: 'TW' })).toBe('+886 6 612 3456');
  });
});
