import { normaliseInteger, normaliseMoney, roundMoney } from '../../shared/normalise/number';

describe('number', () => {
  describe('normaliseMoney', () => {
    test.each([
      ['1,234.50', 1234.5],
      ['1234.5', 1234.5],
      ['¥1,234.50', 1234.5],
      ['￥1,234.50', 1234.5],
      ['$1,234.50', 1234.5],
      ['€99', 99],
      ['£99.99', 99.99],
      ['RMB 1,000', 1000],
      ['CNY1000', 1000],
      ['USD 1,000.00', 1000],
      ['1000元', 1000],
      ['1000 元', 1000],
      ['1000人民币', 1000],
      ['１，２３４．５０', 1234.5],
      ['１２３４元', 1234],
      ['1 234.50', 1234.5],
      ['1.2万', 12000],
      ['1.2万元', 12000],
      ['¥1.2万', 12000],
      ['0.3万', 3000],
      ['3千', 3000],
      ['3千元', 3000],
      ['2亿', 200000000],
      ['$1.5k', 1500],
      // A revenue column's millions and billions.
      ['$3M', 3000000],
      ['1.5 million', 1500000],
      ['$1.5mm', 1500000],
      ['$2bn', 2000000000],
      ['3 thousand', 3000],
      // Every digit typed is kept: rounding to cents would change the amount.
      ['1,234,567.891', 1234567.891],
      ['¥12,345.678', 12345.678],
      ['0.125', 0.125],
      ['1.1万', 11000],
      ['1.23456万', 12345.6],
      ['0.7千', 700],
      ['.5', 0.5],
      ['+100', 100],
      ['0', 0],
      ['1.2E+05', 120000],
    ])('normalises %j to %j', (input, expected) => {
      expect(normaliseMoney(input)).toEqual({ status: 'valid', value: expected });
    });

    test.each([
      [1234.5, 1234.5],
      [12345.678, 12345.678],
      [0.1 + 0.2, 0.1 + 0.2],
      [1.005, 1.005],
      [19.999, 19.999],
      [100, 100],
      [-0, 0],
    ])('keeps the number %j as it is (%j)', (input, expected) => {
      expect(normaliseMoney(input)).toEqual({ status: 'valid', value: expected });
    });

    test.each([['(100)'], ['-100'], ['-¥100'], ['¥-100'], ['(¥1,234.50)'], ['－１００'], ['−100'], [-5]])(
      'reports %j as negative',
      (input) => {
        expect(normaliseMoney(input)).toEqual({ status: 'invalid', code: 'number.negative' });
      },
    );

    test.each([
      ['(100)', -100],
      ['-1,234.50', -1234.5],
      ['(¥1,234.50)', -1234.5],
      ['-1.2万', -12000],
      [-0.1 - 0.2, -0.1 - 0.2],
      [-1.005, -1.005],
    ])('accepts %j as %j when negatives are allowed', (input, expected) => {
      expect(normaliseMoney(input, { allowNegative: true })).toEqual({ status: 'valid', value: expected });
    });

    test.each([
      ['abc'],
      ['一千'],
      ['¥'],
      ['1.2.3'],
      ['1,2.3'],
      ['$88,50'],
      ['--100'],
      ['-(100)'],
      ['100%'],
      ['N/A'],
      ['面议'],
      ['1e999'],
      ['1万2'],
      [true],
      [false],
      [new Date(Date.UTC(2024, 2, 5))],
      [Number.NaN],
      [Number.POSITIVE_INFINITY],
    ])('reports %j as not a number', (input) => {
      expect(normaliseMoney(input)).toEqual({ status: 'invalid', code: 'number.invalid' });
    });

    test.each([[''], ['  '], ['\u3000'], [null], [undefined]])('reports %j as empty', (input) => {
      expect(normaliseMoney(input)).toEqual({ status: 'empty' });
    });
  });

  describe('normaliseInteger', () => {
    test.each([
      ['12', 12],
      ['12.0', 12],
      ['12.00', 12],
      ['1,234', 1234],
      ['１２', 12],
      [' 7 ', 7],
      ['12次', 12],
      ['3 单', 3],
      ['0', 0],
      [12, 12],
      [12.0, 12],
      [2.9999999999999996, 3],
      [-0, 0],
    ])('normalises %j to %j', (input, expected) => {
      expect(normaliseInteger(input)).toEqual({ status: 'valid', value: expected });
    });

    test.each([['3.5'], ['0.1'], [3.5], ['1.2万']])('reports %j as not whole or not a number', (input) => {
      const outcome = normaliseInteger(input);
      expect(outcome.status).toBe('invalid');
    });

    test.each([['3.5'], [3.5], ['12.01'], ['１．５']])('reports %j as not whole', (input) => {
      expect(normaliseInteger(input)).toEqual({ status: 'invalid', code: 'integer.notWhole' });
    });

    test.each([['-3'], [-3], ['(2)'], ['－１']])('reports %j as negative', (input) => {
      expect(normaliseInteger(input)).toEqual({ status: 'invalid', code: 'number.negative' });
    });

    test('accepts negatives when asked', () => {
      expect(normaliseInteger('-3', { allowNegative: true })).toEqual({ status: 'valid', value: -3 });
      expect(normaliseInteger('-3.5', { allowNegative: true })).toEqual({
        status: 'invalid',
        code: 'integer.notWhole',
      });
    });

    test.each([['abc'], ['三'], ['1.2万'], ['几次'], [true], [new Date(Date.UTC(2024, 2, 5))]])(
      'reports %j as not a number',
      (input) => {
        expect(normaliseInteger(input)).toEqual({ status: 'invalid', code: 'number.invalid' });
      },
    );

    test.each([[''], ['  '], [null], [undefined]])('reports %j as empty', (input) => {
      expect(normaliseInteger(input)).toEqual({ status: 'empty' });
    });
  });

  test('roundMoney rounds half away from zero without float noise', () => {
    expect(roundMoney(2.675)).toBe(2.68);
    expect(roundMoney(-2.675)).toBe(-2.68);
    expect(roundMoney(1e14 + 0.5)).toBe(1e14 + 0.5);
    expect(Object.is(roundMoney(-0.001), 0)).toBe(true);
  });
});
