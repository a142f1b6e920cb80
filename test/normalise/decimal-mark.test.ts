import { decimalMarkOf, normaliseInteger, normaliseMoney } from '../../shared/normalise/number';
import type { CellValue } from '../../shared/sheet/cell-value';

const column = (...cells: CellValue[]) => [['Total Spend'], ...cells.map((c) => [c])];
const chinese = (...cells: CellValue[]) => [['累计消费金额'], ...cells.map((c) => [c])];

describe('decimal marks', () => {
  test.each([
    // French, German, Spanish and Italian Excel: dot thousands, decimal comma.
    [['1.234,56', '1.500'], ','],
    [['88,50', '2.000'], ','],
    [['1.234.567', '1.500'], ','],
    [['€1.234,56', '300'], ','],
    // China, Britain, the US: comma thousands, decimal point.
    [['1,234.56', '1.500'], '.'],
    [['12.5', '2,000'], '.'],
    [['1,234,567', '2,000'], '.'],
    // An amount in ¥, $ or 万 is written with a point, and a bare one beside it is in the same currency.
    [['¥1,200', '2,000'], '.'],
    [['1.2万', '2,000'], '.'],
  ])('reads the mark of %j as %j', (cells, mark) => {
    expect(decimalMarkOf(column(...cells), 1)).toBe(mark);
  });

  test('reads a column headed in Chinese as written with a point, unless its numbers show a comma', () => {
    expect(decimalMarkOf(chinese('125,000', '56,000'), 1)).toBe('.');
    expect(decimalMarkOf(chinese('88,50', '1.500'), 1)).toBeUndefined();
    expect(decimalMarkOf(column('125,000', '56,000'), 1)).toBeUndefined();
  });

  test.each([
    // Nothing reads only one way: 1.500 could be 1500 or 1.5, 2,000 2000 or 2; € is written both ways.
    [['1.500', '2.000']],
    [['2,000', '800', 1234.5]],
    [['€1.500']],
    // A list combined from a French and an American one says neither.
    [['88,50', '1,234.56', '1.500']],
    [['1.234,56', '$1,200']],
  ])('finds no mark in %j', (cells) => {
    expect(decimalMarkOf(column(...cells), 1)).toBeUndefined();
  });

  test.each([
    ['1.500', 1500],
    ['12.000', 12000],
    ['2.345.000', 2345000],
    ['88,50', 88.5],
    ['1.234,56', 1234.56],
    ['1,5', 1.5],
    ['€ 1.500,00', 1500],
    ['1 234,56', 1234.56],
  ])('reads %j as %j in a column that marks decimals with a comma', (input, expected) => {
    expect(normaliseMoney(input, { decimalMark: ',' })).toEqual({ status: 'valid', value: expected });
  });

  test.each([
    ['1.500', 1.5],
    ['12.000', 12],
    ['2,000', 2000],
    // Every digit typed is kept: 1.005 is not rounded to cents.
    ['1.005', 1.005],
  ])(
    'reads %j as %j in a column that marks decimals with a point, where alone it has two readings',
    (input, expected) => {
      expect(normaliseMoney(input, { decimalMark: '.' })).toEqual({ status: 'valid', value: expected });
      expect(normaliseMoney(input).status).toBe('ambiguous');
    },
  );

  test.each([
    ['1.500', ['1500', '1.5']],
    ['2,000', ['2000', '2']],
    ['12.000', ['12000', '12']],
    ['€1.500', ['1500', '1.5']],
  ])('leaves %j as typed with both readings where the column does not say', (input, readings) => {
    expect(normaliseMoney(input)).toEqual({ status: 'ambiguous', code: 'number.ambiguous', readings });
  });

  test('reports a negative 1.500 as negative whichever its reading, and names both when negatives are allowed', () => {
    expect(normaliseMoney('-1.500')).toEqual({ status: 'invalid', code: 'number.negative' });
    expect(normaliseMoney('-1.500', { allowNegative: true })).toEqual({
      status: 'ambiguous',
      code: 'number.ambiguous',
      readings: ['-1500', '-1.5'],
    });
  });

  test.each([
    ['$1,200', 1200, '1,200', 1.2],
    ['RMB 1,000', 1000, '1,000', 1],
    ['1,200元', 1200, '1,200', 1.2],
    ['£1,500', 1500, '1,500', 1.5],
    ['¥1.500', 1.5, '1.500', 1500],
    ['1.500万', 15000, '1.500', 1500],
  ])(
    'reads %j as at home (%j) in a column that marks decimals with a comma, where bare %j is %j',
    (signed, atHome, bare, inColumn) => {
      expect(normaliseMoney(signed, { decimalMark: ',' })).toEqual({ status: 'valid', value: atHome });
      expect(normaliseMoney(signed)).toEqual({ status: 'valid', value: atHome });
      expect(normaliseMoney(bare, { decimalMark: ',' })).toEqual({ status: 'valid', value: inColumn });
    },
  );

  test.each([
    // A count is whole: 1.500 and 1,234 have one reading as a count.
    ['1.500', undefined, { status: 'valid', value: 1500 }],
    ['2.345.000', undefined, { status: 'valid', value: 2345000 }],
    ['2,000', undefined, { status: 'ambiguous', code: 'number.ambiguous', readings: ['2000', '2'] }],
    ['12.000', undefined, { status: 'ambiguous', code: 'number.ambiguous', readings: ['12000', '12'] }],
    ['2,000', ',' as const, { status: 'valid', value: 2 }],
    ['12,5', ',' as const, { status: 'invalid', code: 'integer.notWhole' }],
  ])('reads the count %j (mark %j) as %j', (input, decimalMark, expected) => {
    expect(normaliseInteger(input, decimalMark ? { decimalMark } : {})).toEqual(expected);
  });
});
