/**
 * An amount written with an ISO currency code before or after it (AED 0.00, 1,250.00 SGD, JPY 12,000)
 * is an amount in that currency, as £75.00 or CA$320.00 is: among the column's dollars it is left as
 * typed and warned as another currency, never called no number.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { checkSheet } from '../../shared/check/check-sheet';
import { normaliseMoney } from '../../shared/normalise/number';
import { currencyOf, normaliseColumnMoney } from '../../shared/normalise/money-column';

const TODAY = new Date(Date.UTC(2025, 5, 1));

describe('amounts with an ISO currency code', () => {
  test.each([
    ['AED 0.00', 0, 'AED'],
    ['AED 1,250.00', 1250, 'AED'],
    ['1,250.00 SGD', 1250, 'SGD'],
    ['JPY 12,000', 12000, 'JPY'],
    ['CNY 8,800.00', 8800, 'CNY'],
    ['RMB 8,800.00', 8800, 'CNY'],
    ['MXN 1,999.90', 1999.9, 'MXN'],
    ['sar 450', 450, 'SAR'],
  ])('reads %j as %j in %s', (typed, value, currency) => {
    expect(normaliseMoney(typed)).toEqual({ status: 'valid', value });
    expect(currencyOf(typed)).toBe(currency);
  });

  test.each([['AED 0.00'], ['1,250.00 SGD'], ['MXN 1,999.90']])(
    'leaves %j among dollars as typed, in another currency',
    (typed) => {
      expect(normaliseColumnMoney(typed, { currency: { code: 'USD', sign: '$' } })).toEqual({
        status: 'ambiguous',
        code: 'number.otherCurrency',
        readings: [],
        currency: '$',
      });
    },
  );

  test.each([['ABC 100'], ['100 kg'], ['XYZ 0.00']])('reads %j, no currency code, as no amount', (typed) => {
    expect(normaliseMoney(typed)).toEqual({ status: 'invalid', code: 'number.invalid' });
  });
});

// Stripe's customer export (a few of its 42 columns), rows 13 to 16: Total Spend as each card paid.
// prettier-ignore
const STRIPE: CellValue[][] = [
  ['id', 'Email', 'Name', 'Created (UTC)', 'Currency', 'Address Country', 'Phone', 'Total Spend', 'Payment Count'],
  ['cus_PqR8sT2uVwXy12', 'ctaylor@taylorandco.com', 'Christopher Taylor', '2024-06-01 12:00', 'usd', 'US', '+1 415 555 0177', '199.00', '1'],
  ['cus_PqR8sT2uVwXy13', 'jen.lee@pinecrest.edu', 'Jennifer Lee', '2024-02-14 10:00', 'usd', 'US', '+1 919 555 0102', '$180.00', '12'],
  ['cus_PqR8sT2uVwXy14', 'ahmed.hassan@gulfsupply.ae', 'Ahmed Hassan', '2025-01-15 10:00', 'aed', 'AE', '+971 50 123 4567', 'AED 0.00', '0'],
  ['cus_PqR8sT2uVwXy15', 'olivia.martin@maplecreative.ca', 'Olivia Martin', '2022-10-27 10:00', 'cad', 'CA', '+1 604 555 0155', 'CA$2,400.00', '2'],
];

describe('check of a Stripe export with a dirham amount among dollars', () => {
  test('warns AED 0.00 as another currency, as it warns CA$2,400.00', () => {
    const issues = checkSheet({ name: 'stripe-customers', values: STRIPE }, { now: TODAY }).issues.filter(
      (i) => i.field === 'totalSpend',
    );
    expect(issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [2, 'number.nonCanonical', 'warning'],
      [3, 'number.nonCanonical', 'warning'],
      [4, 'number.otherCurrency', 'warning'],
      [5, 'number.otherCurrency', 'warning'],
    ]);
  });
});
