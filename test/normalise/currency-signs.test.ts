import { normaliseMoney } from '../../shared/normalise/number';
import { currencyOf, normaliseColumnMoney } from '../../shared/normalise/money-column';

// Amounts of customers abroad, as a Chinese list keeps them: Swiss francs, rupees, won.
describe('currency-signs', () => {
  test.each([
    ["CHF 1'280.50", 1280.5, 'CHF'],
    ['CHF 1’280.50', 1280.5, 'CHF'],
    ["1'280.50 CHF", 1280.5, 'CHF'],
    ['₹1,28,050', 128050, 'INR'],
    ['INR 12,34,567.50', 1234567.5, 'INR'],
    ['₩1,280,000', 1280000, 'KRW'],
    ['1,280,000韩元', 1280000, 'KRW'],
  ])('reads %j as %j in %s', (input, value, currency) => {
    expect(normaliseMoney(input)).toEqual({ status: 'valid', value });
    expect(currencyOf(input)).toBe(currency);
  });

  test.each([["CHF 1'280.50"], ['₹1,28,050']])('leaves %j among yuan as typed, in another currency', (input) => {
    expect(normaliseColumnMoney(input, { currency: { code: 'CNY', sign: '¥' } })).toEqual({
      status: 'ambiguous',
      code: 'number.otherCurrency',
      readings: [],
      currency: '¥',
    });
  });

  test.each([["12'80"], ["1'2'80"], ['1,2,80'], ['12,80,0']])('reads %j as no amount', (input) => {
    expect(normaliseMoney(input)).toEqual({ status: 'invalid', code: 'number.invalid' });
  });
});
