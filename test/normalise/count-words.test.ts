import { normaliseInteger, normaliseMoney } from '../../shared/normalise/number';

// Purchase counts as lists type them: 3次 in a 微店 export, "3 times" or "3 orders" in an English sheet.
describe('count-words', () => {
  test.each([
    ['3 times', 3],
    ['1 time', 1],
    ['3x', 3],
    ['3 X', 3],
    ['3 orders', 3],
    ['1 order', 1],
    ['12 purchases', 12],
    ['5 visits', 5],
    ['共3次', 3],
    ['共 12 单', 12],
    ['3回', 3],
    ['1,200 orders', 1200],
  ])('reads the count %j as %j', (input, expected) => {
    expect(normaliseInteger(input)).toEqual({ status: 'valid', value: expected });
  });

  test.each([['three times'], ['几次'], ['times'], ['共次'], ['3 times 2'], ['x3 times']])(
    'reports %j as not a number',
    (input) => {
      expect(normaliseInteger(input)).toEqual({ status: 'invalid', code: 'number.invalid' });
    },
  );

  test('a count is whole: 1.5 times is not one', () => {
    expect(normaliseInteger('1.5 times')).toEqual({ status: 'invalid', code: 'integer.notWhole' });
  });

  test('an amount takes no count word', () => {
    expect(normaliseMoney('3 times')).toEqual({ status: 'invalid', code: 'number.invalid' });
    expect(normaliseMoney('共3次')).toEqual({ status: 'invalid', code: 'number.invalid' });
  });
});
