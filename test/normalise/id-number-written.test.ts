import { idHolder, idNumberAsWritten, isCheckDigitCase, normaliseChineseId } from '../../shared/normalise/id-number';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 5, 30));

describe('an ID number as clean writes it', () => {
  test.each<[CellValue, CellValue]>([
    ['11010519820315451x', '11010519820315451X'],
    ['11010519491231002ｘ', '11010519491231002X'], // a full-width x
    [' 11010519491231002x ', ' 11010519491231002X '], // spaces stay as typed
    ['110105 19491231 002x', '110105 19491231 002X'], // grouped as the card prints it
    ["'11010519491231002x", '11010519491231002X'], // an export's text marker goes too
  ])('writes the check digit of %j as X', (value, written) => {
    expect(idNumberAsWritten(value, true)).toBe(written);
    expect(isCheckDigitCase(value, written)).toBe(true);
  });

  test.each<[CellValue]>([
    ['11010519491231002X'],
    ['110101199003071233'],
    [110101900307123],
    ['e1234567x'], // a passport's letters
    ['1101051949123100x'], // 17 characters: no resident ID number
    ['11010519491231003x'], // an x where the check digit is 4: a broken number, reported as one
  ])('leaves %j as typed', (value) => {
    expect(idNumberAsWritten(value, true)).toBe(value);
  });

  test('leaves the x of a column that holds no Chinese resident ID numbers', () => {
    expect(idNumberAsWritten('11010519491231002x', false)).toBe('11010519491231002x');
    expect(idNumberAsWritten("'0012345", false)).toBe('0012345');
  });

  test('tells an x written X from other changes', () => {
    expect(isCheckDigitCase('11010519491231002x', '11010519491231002x')).toBe(false);
    expect(isCheckDigitCase(' 11010519491231002x', '11010519491231002X')).toBe(false);
  });
});

describe('what an ID number says of its holder', () => {
  test.each<[CellValue, ReturnType<typeof idHolder>]>([
    ['11010519820315451X', { year: 1982, month: 3, day: 15, century: true, sex: 'male', digits: '11010519820315451X' }],
    [
      '110105198506072626',
      { year: 1985, month: 6, day: 7, century: true, sex: 'female', digits: '110105198506072626' },
    ],
    ['440301691001003', { year: 1969, month: 10, day: 1, century: false, sex: 'male', digits: '440301691001003' }],
    [110105900513462, { year: 1990, month: 5, day: 13, century: false, sex: 'female', digits: '110105900513462' }],
  ])('%j', (value, holder) => {
    expect(idHolder(value, TODAY)).toEqual(holder);
  });

  test.each<[CellValue]>([
    ['320102199001011234'], // check digit wrong
    ['H12345678'],
    ['无'],
    [null],
    ['3.20102E+17'],
    [320102198507081200], // a number Excel rounded to 15 digits
    ['110101199002301236'], // 30 February, its check digit right
    ['110101203001011236'], // born in 2030
    ['1101011990030x1233'],
  ])('says nothing of %j', (value) => {
    expect(idHolder(value, TODAY)).toBeNull();
  });

  test.each<[CellValue]>([
    ['320102199001011234'],
    [320102198507081200],
    ['110101199002301236'],
    ['110101203001011236'],
  ])('reads as broken what normaliseChineseId does: %j', (value) => {
    expect(normaliseChineseId(value, TODAY).status).toBe('invalid');
  });
});
