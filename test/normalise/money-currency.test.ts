import {
  currencyOf,
  normaliseColumnMoney,
  moneyColumnContext,
  sameCurrency,
} from '../../shared/normalise/money-column';
import type { CellValue } from '../../shared/sheet/cell-value';

const column = (...cells: CellValue[]) => [['Total Spent'], ...cells.map((c) => [c])];

describe('money currencies', () => {
  test.each([
    ['¥1,234.50', '¥'],
    ['￥12,000', '¥'],
    ['1500元', 'CNY'],
    ['RMB 800', 'CNY'],
    ['$1,500', '$'],
    ['US$1,500', 'USD'],
    ['1500美元', 'USD'],
    ['HK$800', 'HKD'],
    ['A$59.95', 'AUD'],
    ['S$120', 'SGD'],
    ['NT$3,000', 'TWD'],
    ['£75.00', 'GBP'],
    ['€300', 'EUR'],
    ['USD 1,000.00', 'USD'],
    ['$100 USD', 'USD'],
    ['1,234.50', null],
    [89, null],
  ])('reads the currency of %j as %j', (value, currency) => {
    expect(currencyOf(value)).toBe(currency);
  });

  test('reads HK$, A$, S$ and NT$ amounts, which were not numbers before', () => {
    expect(normaliseColumnMoney('HK$800', { currency: { code: 'HKD' } })).toEqual({ status: 'valid', value: 800 });
    expect(normaliseColumnMoney('NT$3,000', { currency: { code: 'TWD' } })).toEqual({ status: 'valid', value: 3000 });
  });

  test('gives a Chinese member list the currency most of its amounts are written in', () => {
    const values = column('¥12,000', '8000', '￥3,500', '$1,500', 'US$1,500', '1500美元', 'HK$800', '1.2万元');
    expect(moneyColumnContext(values, 1, 'CN')).toEqual({ currency: { code: 'CNY', sign: '¥' } });
  });

  test('reads unmarked amounts in the region’s currency, so one £ among them is not the column’s', () => {
    const values = column('1,234.50', '89.00', '410.00', '0.00', '£75.00', '300.00');
    // Not named in messages: no amount writes it.
    expect(moneyColumnContext(values, 1, 'US')).toEqual({ currency: { code: 'USD' } });
    expect(moneyColumnContext(values, 1, 'GB')).toEqual({ currency: { code: 'GBP', sign: '£' } });
  });

  test('takes $ for the column’s currency where its other amounts are $, whatever the region', () => {
    const dollars = { currency: { code: '$', sign: '$' } };
    expect(moneyColumnContext(column('$1,500', '$89', '$410', '£75'), 1, 'CN')).toEqual(dollars);
    expect(moneyColumnContext(column('$1,500', '$89', 'US$410'), 1, 'CN')).toEqual(dollars);
    // A Hong Kong list's $ is read as its own dollar, but only as a guess: it may be the US dollar.
    expect(moneyColumnContext(column('$1,500', '$89', 'HK$800'), 1, 'HK')).toEqual({
      currency: { code: 'HKD', sign: 'HK$', guessedSign: '$' },
    });
    expect(moneyColumnContext(column('$1,500', '$89', '£75'), 1, 'US')).toEqual({
      currency: { code: 'USD', sign: '$' },
    });
  });

  test('takes the written currency over the region’s on a tie', () => {
    expect(moneyColumnContext(column('1200', '$1,234.50'), 1, 'CN')).toEqual({ currency: { code: '$', sign: '$' } });
    expect(moneyColumnContext(column('1200', '¥3,500', '$1,234.50'), 1, 'CN')).toEqual({
      currency: { code: 'CNY', sign: '¥' },
    });
  });

  test('falls back to the region’s currency where no amount carries a sign', () => {
    expect(moneyColumnContext(column('1,234.50', 89, ''), 1, 'CN')).toEqual({ currency: { code: 'CNY' } });
    expect(moneyColumnContext(column('1,234.50', 89), 1, 'ZZ')).toEqual({});
  });

  test.each([
    // An amount whose sign names the column's currency, or none, is read as today.
    ['¥1,234.50', 'CNY', 1234.5],
    ['12000', 'CNY', 12000],
    ['1.2万元', 'CNY', 12000],
    ['$89.00', 'USD', 89],
    ['$89.00', '$', 89],
    ['HK$800', 'HKD', 800],
    ['$800', 'HKD', 800],
    ['¥5,000', 'JPY', 5000],
  ])('reads %j in a %s column as %j', (value, currency, amount) => {
    expect(normaliseColumnMoney(value, { currency: { code: currency } })).toEqual({ status: 'valid', value: amount });
  });

  test.each([
    ['£75.00', 'USD', '$'],
    ['$1,500', 'CNY', '¥'],
    ['US$1,500', 'CNY', '¥'],
    ['1500美元', 'CNY', '¥'],
    ['HK$800', 'CNY', '¥'],
    ['HK$800', 'USD', '$'],
    ['¥100美元', 'USD', '$'],
  ])('leaves %j in a %s column as typed, saying the column’s currency (%s)', (value, code, sign) => {
    expect(normaliseColumnMoney(value, { currency: { code, sign } })).toEqual({
      status: 'ambiguous',
      code: 'number.otherCurrency',
      readings: [],
      currency: sign,
    });
  });

  test('says a column’s $ may be the HK$ amount’s own dollar when nothing settles which dollar it is', () => {
    expect(normaliseColumnMoney('HK$800', { currency: { code: '$', sign: '$' } })).toEqual({
      status: 'ambiguous',
      code: 'number.otherCurrency',
      readings: [],
      currency: '$',
      mayBe: { amount: 'HKD' },
    });
  });

  test('says no currency for a column whose amounts write none', () => {
    expect(normaliseColumnMoney('£75.00', { currency: { code: 'USD' } })).toEqual({
      status: 'ambiguous',
      code: 'number.otherCurrency',
      readings: [],
    });
  });

  test('keeps invalid amounts invalid, and reads any currency where the column has none', () => {
    expect(normaliseColumnMoney('£abc', { currency: { code: 'USD' } })).toEqual({
      status: 'invalid',
      code: 'number.invalid',
    });
    expect(normaliseColumnMoney('£75.00', {})).toEqual({ status: 'valid', value: 75 });
  });

  test.each([
    [['¥1,000', '¥200.20'], 'CN', true],
    [['¥1,000', '200.20'], 'CN', true],
    [['$1,000', '$200'], 'US', true],
    [['1,000', '$200'], 'US', true],
    [['$1,000', 'US$200'], 'CN', true],
    [['¥1,000', '$200'], 'CN', false],
    [['1,000', '£75.00'], 'US', false],
    [['1,000', '£75.00'], 'CN', false],
    [['HK$1,000', 'US$200'], 'HK', false],
    [['$1,000', '¥200'], 'ZZ', false],
    [['1,000', '£75.00'], 'ZZ', true],
  ])('says whether %j are in one currency (region %s): %s', (values, region, same) => {
    expect(sameCurrency(values, region)).toBe(same);
  });
});
