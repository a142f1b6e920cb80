import { headerCurrency } from '../../shared/normalise/currency-signs';
import { moneyColumnContext, normaliseColumnMoney } from '../../shared/normalise/money-column';
import type { CellValue } from '../../shared/sheet/cell-value';

const column = (header: string, ...cells: CellValue[]) => [[header], ...cells.map((c) => [c])];

describe('headerCurrency', () => {
  test.each<[string, string | null]>([
    ['Total Spent (USD)', 'USD'],
    ['Deal Size USD', 'USD'],
    ['Revenue in US$', 'USD'],
    ['累计消费（美元）', 'USD'],
    ['合同金额/美金', 'USD'],
    ['累计消费金额（港币）', 'HKD'],
    ['Total Spent (HKD)', 'HKD'],
    ['消费金额（新台币）', 'TWD'],
    ['成交金额（元）', 'CNY'],
    ['金额（单位：万元）', 'CNY'],
    ['Amount (€)', 'EUR'],
    ['Total Spent', null],
    ['Amount ($)', null],
    ['Audit Status', null],
    ['Business Unit', null],
    ['单元编号', null],
    ['Amount (USD/CNY)', null],
  ])('reads %j as %j', (header, currency) => {
    expect(headerCurrency(header)).toBe(currency);
  });
});

describe('moneyColumnContext', () => {
  test('takes the header’s currency for the column’s $ amounts when the header names USD', () => {
    const values = column('Total Spent (USD)', '$1,280', '$560.50', 'USD 75,000', '$2,400');
    expect(moneyColumnContext(values, 1, 'CN')).toEqual({ currency: { code: 'USD', sign: '$' } });
    expect(moneyColumnContext(values, 1, 'HK')).toEqual({ currency: { code: 'USD', sign: '$' } });
  });

  test('reads unmarked amounts in the header’s currency when the region has another', () => {
    const values = column('累计消费（港币）', '1,280', '560.50', '￥300');
    expect(moneyColumnContext(values, 1, 'CN')).toEqual({ currency: { code: 'HKD', sign: 'HK$' } });
  });

  test('marks the $ a region only guessed when the list is not American', () => {
    const values = column('Total Spent', '$1,280', '$560.50', 'USD 75,000');
    expect(moneyColumnContext(values, 1, 'HK')).toEqual({ currency: { code: 'HKD', sign: 'HK$', guessedSign: '$' } });
    expect(moneyColumnContext(values, 1, 'US')).toEqual({ currency: { code: 'USD', sign: '$' } });
    expect(moneyColumnContext(values, 1, 'CN')).toEqual({ currency: { code: '$', sign: '$' } });
  });

  test('settles ¥ as the yuan when the list is Chinese', () => {
    expect(moneyColumnContext(column('累计消费', '¥1,280', '¥560'), 1, 'CN')).toEqual({
      currency: { code: 'CNY', sign: '¥' },
    });
  });
});

describe('normaliseColumnMoney', () => {
  test('reads USD 75,000 as the column’s amount when the column is in US dollars', () => {
    expect(normaliseColumnMoney('USD 75,000', { currency: { code: 'USD', sign: '$' } })).toEqual({
      status: 'valid',
      value: 75000,
    });
  });

  test.each<[string, { code: string; sign?: string; guessedSign?: string }, { amount: string; guess?: string }]>([
    ['USD 75,000', { code: 'HKD', sign: 'HK$', guessedSign: '$' }, { amount: 'USD', guess: 'HKD' }],
    ['US$75,000', { code: '$', sign: '$' }, { amount: 'USD' }],
    ['75,000 USD', { code: 'AUD', sign: 'A$', guessedSign: '$' }, { amount: 'USD', guess: 'AUD' }],
  ])('says %j may be in the column’s $ when nothing settles which dollar $ is', (value, currency, mayBe) => {
    expect(normaliseColumnMoney(value, { currency })).toEqual({
      status: 'ambiguous',
      code: 'number.otherCurrency',
      readings: [],
      currency: '$',
      mayBe,
    });
  });

  test('says nothing of $ when the amount is in a currency $ never stands for', () => {
    expect(normaliseColumnMoney('£75.00', { currency: { code: 'HKD', sign: 'HK$', guessedSign: '$' } })).toEqual({
      status: 'ambiguous',
      code: 'number.otherCurrency',
      readings: [],
      currency: 'HK$',
    });
  });
});
