import { holdsChineseIds, idBirthDate, idCheckDigit, normaliseChineseId } from '../../shared/normalise/id-number';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 5, 30));
const column = (...cells: CellValue[]) => [['身份证号'], ...cells.map((c) => [c])];

describe('id-number', () => {
  test.each([
    // GB 11643-1999's own example, its check digit X.
    ['11010519491231002X', 'X'],
    ['11010119900307123', '3'],
    ['32010219900101123', '2'],
    ['51010720000102002', '7'],
  ])('computes the ISO 7064 MOD 11-2 check digit of %s as %s', (first17, check) => {
    expect(idCheckDigit(first17)).toBe(check);
  });

  test.each<[CellValue]>([
    ['11010519491231002X'],
    ['11010519491231002x'],
    ['110101199003071233'],
    ['110101 19900307 1233'], // grouped as the card prints it
    ['１１０１０１１９９００３０７１２３３'], // full-width digits
    ['110101900307123'], // the old 15-digit kind
    [110101900307123], // which a number cell holds exactly
    ['E12345678'], // a passport: another document, not judged here
    ['A123456(7)'], // a Hong Kong identity card
    ['12345678'], // a Taiwan compatriot permit's 8 digits
  ])('keeps %j as typed', (value) => {
    expect(normaliseChineseId(value, TODAY)).toEqual({ status: 'valid', value });
  });

  test.each<[CellValue, string]>([
    ['32010219850708123', 'idNumber.wrongLength'], // 17 digits: one lost
    ['1101011990030712334', 'idNumber.wrongLength'], // 19 digits
    ['110101199003071234', 'idNumber.badCheckDigit'], // the last digit mistyped
    ['110101199013071235', 'idNumber.badBirthDate'], // month 13
    ['110101199002301234', 'idNumber.badBirthDate'], // 30 February
    ['110101203001011234', 'idNumber.badBirthDate'], // born in 2030
    ['110101901307123', 'idNumber.badBirthDate'], // an old number with month 13
    ['3.20102E+17', 'idNumber.digitsLost'], // a CSV saved from a General column
    ['320102199001011000', 'idNumber.digitsLost'], // the 15 digits Excel kept, as text
    [320102199001011000, 'idNumber.digitsLost'], // a number cell: only 15 digits survive
    [3.20102e17, 'idNumber.digitsLost'],
  ])('reports %j as %s', (value, code) => {
    expect(normaliseChineseId(value, TODAY)).toEqual({ status: 'invalid', code });
  });

  test('keeps an ID whose check digit happens to be right although it ends in 000', () => {
    const first17 = '32010219900101100';
    const id = `${first17}${idCheckDigit(first17)}`;
    expect(normaliseChineseId(id, TODAY)).toEqual({ status: 'valid', value: id });
  });

  test('reads the birth date inside an 18- or 15-digit number, possible or not', () => {
    expect(idBirthDate('110101199013071235')).toBe('1990-13-07');
    expect(idBirthDate('110101900307123')).toBe('1990-03-07');
    expect(idBirthDate('E12345678')).toBeNull();
  });

  describe('holdsChineseIds', () => {
    test('says yes when most filled cells are resident ID numbers, the broken ones and 无 aside', () => {
      expect(holdsChineseIds(column('3.20102E+17', '32010219850708123', '110101199003071233', '无'), 1)).toBe(true);
      expect(holdsChineseIds(column(320102198507081200, 440301199211024600), 1)).toBe(true);
      expect(holdsChineseIds(column('110101900307123', null, '暂无'), 1)).toBe(true);
      // A digit lost or doubled makes no other country's number: a two-customer list still counts.
      expect(holdsChineseIds(column('110101199003071233', '32010219850708123'), 1)).toBe(true);
    });

    test('says no for passports, SSNs and other countries’ ID numbers', () => {
      expect(holdsChineseIds(column('E12345678', 'G87654321', '110101199003071233'), 1)).toBe(false);
      expect(holdsChineseIds(column('078-05-1120', '219-09-9999', '457-55-5462'), 1)).toBe(false);
      // Indonesian NIKs (16 digits) and one Chinese number among them.
      expect(holdsChineseIds(column('3171234567890123', '3276543210987654', '110101199003071233'), 1)).toBe(false);
    });

    test('says no for a column of words or blanks', () => {
      expect(holdsChineseIds(column('无', null, 'N/A'), 1)).toBe(false);
    });
  });
});
