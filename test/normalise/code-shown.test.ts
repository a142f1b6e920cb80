import { normaliseCode, shownCodeText } from '../../shared/normalise/text-marker';

describe('shownCodeText', () => {
  test.each([
    [1, '"C"000000', 'C000001'],
    [126, '000000', '000126'],
    [127, 'General', '127'],
    [127, null, '127'],
    [125, '"CUST-"0000', 'CUST-0125'],
    [2134, '00000', '02134'],
    [10020, '000000', '010020'],
    [42, '"会员"0000', '会员0042'],
    [7, '000"-A"', '007-A'],
    [7, '\\V000', 'V007'],
    [-1, '"C"000000', '-C000001'],
    [88, '@', '88'],
    [5, 'G/通用格式', '5'],
  ])('shows %p under %p as %p', (value, format, shown) => {
    expect(shownCodeText(value, format)).toBe(shown);
  });

  test.each([
    [12345, '#,##0'],
    [12, '0.00'],
    [1.5, '000000'],
    [3, '000;(000)'],
  ])('does not say what %p shows under %p', (value, format) => {
    expect(shownCodeText(value, format)).toBeUndefined();
  });
});

describe('normaliseCode', () => {
  test('reads a number with the format given, its own cell’s', () => {
    expect(normaliseCode(126, '000000')).toEqual({ status: 'valid', value: '000126' });
    expect(normaliseCode(126, '"C"000000')).toEqual({ status: 'valid', value: 'C000126' });
    expect(normaliseCode(127, null)).toEqual({ status: 'valid', value: '127' });
  });

  test('leaves a number as typed when its format shows something this cannot name', () => {
    expect(normaliseCode(12345, '#,##0')).toEqual({ status: 'valid', value: 12345 });
  });
});
