/**
 * Amounts written with a currency sign or word other than ¥, $, €, £ (Rs., ₹, HK$, USD) or in Indian
 * digit groups (3,50,000) are amounts to the mapping's value sample, so a Total Spend column of them
 * is the total spend (inr2.csv was left alone with no reason).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { valueShape } from '../../shared/template/value-shape';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';

const mapped = (values: CellValue[][]) =>
  mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values)));

describe('valueShape of amounts in other currencies', () => {
  test.each([
    ['Rs. 3,50,000.00'],
    ['Rs 50,000'],
    ['1,200 Rs.'],
    ['₹ 1,25,000'],
    ['₹12,50,000'],
    ['1,25,000'],
    ['HK$12,500.00'],
    ['HK$ 7,800.50'],
    ['USD 1,200'],
    ['1,250.00 SGD'],
  ])('%j is a number', (value) => {
    expect(valueShape(value)).toBe('number');
  });

  test.each([
    ['Rajesh Kumar', 'person'],
    ['Shree Ganesh Traders Pvt Ltd', 'company'],
    ['+91 98765 43210', 'phone'],
    ['27AAPFU0939F1ZV', 'id'],
    ['15/02/2024', 'date'],
    ['Mrs', 'text'],
  ])('%j stays %s', (value, shape) => {
    expect(valueShape(value)).toBe(shape);
  });
});

describe('mapHeaders on a rupee list', () => {
  test('Total Spend of Rs. and Rs amounts in Indian groups is the total spend', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Total Spend'],
      ['A', '+91 98765 43210', 'Rs. 3,50,000.00'],
      ['B', '+91 98765 43211', 'Rs 50,000'],
      ['C', '+91 98765 43212', '1,25,000'],
    ];
    expect(mapped(values)).toMatchObject({ 'Total Spend': 'totalSpend' });
  });

  test('Total Spend of ₹ amounts is the total spend too, on a list of three rows or more', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Total Spend'],
      ['A', '+91 98765 43210', '₹ 3,50,000.00'],
      ['B', '+91 98765 43211', '₹50,000'],
      ['C', '+91 98765 43212', '₹1,25,000'],
    ];
    expect(mapped(values)).toMatchObject({ 'Total Spend': 'totalSpend' });
  });
});
