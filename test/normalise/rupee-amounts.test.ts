/**
 * Amounts an Indian list writes in rupees with Rs. or Rs (Rs. 3,50,000.00, Rs 1,200, 1,200 Rs.), in
 * Indian digit groups: read as the ₹ sign is. Rs is also the rupee of Pakistan, Sri Lanka and Nepal,
 * so it is a sign those currencies share, as $ is the dollars'.
 */
import { normaliseInteger, normaliseMoney, numberColumnContext } from '../../shared/normalise/number';
import { currencyOf, moneyColumnContext, normaliseColumnMoney } from '../../shared/normalise/money-column';
import { headerCurrency } from '../../shared/normalise/currency-signs';
import { headerUnit } from '../../shared/normalise/header-unit';
import type { CellValue } from '../../shared/sheet/cell-value';

// inr2.csv: a dealer's customers with their spend as the accounts clerk typed it.
const INR_LIST: CellValue[][] = [
  ['Name', 'Phone', 'Total Spend'],
  ['A', '+91 98765 43210', 'Rs. 3,50,000.00'],
  ['B', '+91 98765 43211', 'Rs 50,000'],
  ['C', '+91 98765 43212', '1,25,000'],
];

describe('rupee amounts written with Rs', () => {
  test.each([
    ['Rs. 3,50,000.00', 350000],
    ['Rs 50,000', 50000],
    ['Rs 1,200', 1200],
    ['Rs.1,200', 1200],
    ['rs. 75,000', 75000],
    ['RS. 12,50,000', 1250000],
    ['1,200 Rs', 1200],
    ['1,200 Rs.', 1200],
    ['3,50,000.50Rs', 350000.5],
    ['Rs. 999.5', 999.5],
  ])('reads %j as %j, as ₹ would be', (input, value) => {
    expect(normaliseMoney(input)).toEqual({ status: 'valid', value });
    expect(currencyOf(input)).toBe('Rs');
  });

  test.each([
    ['Rs. 5,000/-', 5000],
    ['₹ 12,500/-', 12500],
    ['3,50,000/-', 350000],
  ])('reads %j, its /- (rupees only, no paise) closing the amount as an invoice writes it, as %j', (input, value) => {
    expect(normaliseMoney(input)).toEqual({ status: 'valid', value });
  });

  test('a /- anywhere but at the end is no amount', () => {
    expect(normaliseMoney('5,000/- 6,000').status).toBe('invalid');
  });

  test('reads the ₹ sign as before: the Indian rupee itself', () => {
    expect(normaliseMoney('₹3,50,000')).toEqual({ status: 'valid', value: 350000 });
    expect(currencyOf('₹3,50,000')).toBe('INR');
  });

  test('reads every amount of a Total Spend column in Rs, Rs. and bare Indian groups', () => {
    const ctx = { ...numberColumnContext(INR_LIST, 3), ...moneyColumnContext(INR_LIST, 3, 'IN') };
    expect(INR_LIST.slice(1).map((row) => normaliseColumnMoney(row[2], ctx))).toEqual([
      { status: 'valid', value: 350000 },
      { status: 'valid', value: 50000 },
      { status: 'valid', value: 125000 },
    ]);
  });

  test('reads Rs. amounts in a column headed in INR, beside ₹ ones', () => {
    const values: CellValue[][] = [['Total Business (INR)'], ['₹ 1,25,000'], ['Rs. 3,50,000.00'], ['75,000']];
    const ctx = { ...numberColumnContext(values, 1), ...moneyColumnContext(values, 1, 'IN') };
    expect(ctx.currency?.code).toBe('INR');
    expect(values.slice(1).map((row) => normaliseColumnMoney(row[0], ctx))).toEqual([
      { status: 'valid', value: 125000 },
      { status: 'valid', value: 350000 },
      { status: 'valid', value: 75000 },
    ]);
  });

  test('a header in (Rs.) or (Rs) names its amounts as money in rupees', () => {
    expect(headerUnit('Total Spend (Rs.)')).toMatchObject({ words: 'Total Spend', kind: 'money', scale: 1 });
    expect(headerUnit('Amount (Rs)')).toMatchObject({ words: 'Amount', kind: 'money', scale: 1 });
    expect(headerCurrency('Total Spend (Rs.)')).toBe('Rs');
    // Letters around it make another word: no rupee in Hrs or Customers.
    expect(headerCurrency('Hrs')).toBeNull();
    expect(headerCurrency('Customers')).toBeNull();
  });

  test('words ending in rs are no rupees: counts of orders and visits still read', () => {
    expect(normaliseInteger('3 orders')).toEqual({ status: 'valid', value: 3 });
    expect(normaliseInteger('12 visitors')).toEqual({ status: 'invalid', code: 'number.invalid' });
    expect(normaliseMoney('hrs')).toEqual({ status: 'invalid', code: 'number.invalid' });
    expect(currencyOf('Mrs')).toBeNull();
  });
});

describe('rupee amounts in lakhs and crores', () => {
  test.each([
    ['2.5 lakh', 250000],
    ['5 lakh', 500000],
    ['Rs. 3 lakhs', 300000],
    ['₹1.25 lac', 125000],
    ['12 lacs', 1200000],
    ['1.2 crore', 12000000],
    ['Rs 2 crores', 20000000],
  ])('reads %j as %j', (input, value) => {
    expect(normaliseMoney(input)).toEqual({ status: 'valid', value });
  });

  test('leaves 1.2 Cr as typed: Cr is a crore, or a credit in an account', () => {
    expect(normaliseMoney('1.2 Cr')).toEqual({ status: 'invalid', code: 'number.invalid' });
  });

  test('a header counted in lakhs scales its amounts', () => {
    expect(headerUnit('Total Business (₹ lakh)')).toMatchObject({ kind: 'money', scale: 1e5 });
    expect(headerUnit('Turnover (Rs. Crores)')).toMatchObject({ kind: 'money', scale: 1e7 });
  });
});
