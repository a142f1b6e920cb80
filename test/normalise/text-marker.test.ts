import { normaliseCell } from '../../shared/normalise';
import { idDigits } from '../../shared/normalise/id-number';
import type { CellValue } from '../../shared/sheet/cell-value';
import { defaultTemplate } from '../../shared/template/default-template';
import type { Field } from '../../shared/template/schema';
import { idKey } from '../../shared/operations/customer-ids';

const field = (key: string): Field => defaultTemplate().fields.find((f) => f.key === key)!;
const valueOf = (key: string, value: CellValue) =>
  normaliseCell(field(key), value, { locale: 'en-US', defaultRegion: 'US' });

describe('text marker', () => {
  test.each<[string, CellValue, CellValue]>([
    // Shopify's Zip column, and a postcode typed with the apostrophe in Excel and saved as CSV.
    ['postcode', "'02134", '02134'],
    ['postcode', "'M5E 1E5", 'M5E 1E5'],
    ['postcode', "  'SW1A 1AA ", 'SW1A 1AA'],
    ['postcode', "'１０００８０", '100080'],
    ['idNumber', "'0012345", '0012345'],
    ['idNumber', "'A1234567", 'A1234567'],
    ['customerId', "'0012345", '0012345'],
    ['customerId', "'C000123", 'C000123'],
    // Not a marker: two apostrophes, no digit for Excel to take as a number, or an apostrophe inside.
    ['postcode', "''02134", "''02134"],
    ['postcode', "'N/A", "'N/A"],
    ['customerId', "O'Brien-7", "O'Brien-7"],
  ])('a %s of %j is %j', (key, input, expected) => {
    expect(valueOf(key, input)).toEqual({ status: 'valid', value: expected });
  });

  test.each<[string, string]>([
    ['notes', "'90s band, call after 6"],
    ['company', "'47 Brand"],
  ])('free text in %s keeps its apostrophe: %j', (key, input) => {
    expect(valueOf(key, input)).toEqual({ status: 'valid', value: input });
  });

  test('a Chinese ID number and a customer ID read the same with or without the marker', () => {
    expect(idDigits("'11010519491231002X")).toBe('11010519491231002X');
    expect(idKey("'c000123")).toBe(idKey('C000123'));
  });
});
