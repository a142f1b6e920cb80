/**
 * Whether a list is the template region's team's, from its language, its phones' majority and the
 * share of its rows that name the region.
 */
import { resolveContext } from '../../shared/operations/options';
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

function foreign(values: CellValue[][]): boolean {
  const snapshot = sheet(values);
  const { mapping, template } = resolveContext(snapshot, { now: TODAY });
  return readPhoneSheet(snapshot.values, mapping, template).foreignList === true;
}

describe('readPhoneSheet foreignList (built-in template, region CN)', () => {
  test('a list whose rows name other countries as often as China is international', () => {
    expect(
      foreign([
        ['Name', 'Phone', 'Country'],
        ['Wei Zhang', '+86 138 1234 5678', 'China'],
        ['Oliver Hughes', '+44 20 7123 4567', 'United Kingdom'],
      ]),
    ).toBe(true);
  });

  test('a list whose rows are mostly China’s, by country or by a mobile’s 11 digits, is a Chinese team’s', () => {
    expect(
      foreign([
        ['Name', 'Phone', 'Country'],
        ['Wei Zhang', '+86 138 1234 5678', 'China'],
        ['Na Li', '13900139000', ''],
        ['Oliver Hughes', '+44 20 7123 4567', 'United Kingdom'],
      ]),
    ).toBe(false);
  });

  test('a list whose numbers say no country (landlines typed with spaces) keeps its template’s region', () => {
    expect(
      foreign([
        ['Name', 'Phone'],
        ['Wei Zhang', '010 6255 6677'],
        ['Na Li', '0755 8888 1234'],
      ]),
    ).toBe(false);
  });

  test('a list in Chinese is a Chinese team’s, however many foreign clients it has', () => {
    expect(
      foreign([
        ['姓名', '电话', '国家'],
        ['张伟', '+86 138 1234 5678', '中国'],
        ['Oliver Hughes', '+44 20 7123 4567', '英国'],
        ['Klaus Fischer', '+49 89 12345678', '德国'],
      ]),
    ).toBe(false);
  });

  test('an American list, its phones’ majority American, is not China’s', () => {
    expect(
      foreign([
        ['Name', 'Phone'],
        ['John Smith', '(415) 555-0134'],
        ['Mary Jones', '(212) 555-0199'],
        ['Bob Lee', '415-555-0135'],
      ]),
    ).toBe(true);
  });
});
