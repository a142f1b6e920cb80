/**
 * A German, Spanish or French team's list names each row's country in its own language, under its own
 * header (Land: Deutschland, Schweiz; País: México, Brasil). Even where the template leaves that column
 * unmapped, it is the rows' country for reading their phones.
 */
import { countryColumn } from '../../shared/normalise/country-column';
import { regionOfCountry } from '../../shared/normalise/country';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { HeaderMapping } from '../../shared/template/header-mapping';

/** A mapping that leaves every column unmapped, as a template without these headers' words does. */
function unmapped(headers: string[]): HeaderMapping {
  return {
    columns: headers.map((header, i) => ({ col: i + 1, header, field: null, match: 'none' as const })),
    byField: {},
    missing: [],
    customers: 'person',
  } as HeaderMapping;
}

describe('country columns in the list’s own language', () => {
  test.each([
    ['Deutschland', 'DE'],
    ['Schweiz', 'CH'],
    ['Österreich', 'AT'],
    ['México', 'MX'],
    ['Brasil', 'BR'],
    ['España', 'ES'],
    ['Suisse', 'CH'],
    ['Allemagne', 'DE'],
  ])('%s names %s', (name, region) => {
    expect(regionOfCountry(name)).toBe(region);
  });

  test.each([['Land'], ['País'], ['Pais'], ['Pays']])('a column headed %s is the rows’ country', (header) => {
    const values: CellValue[][] = [
      ['Vorname', header, 'Telefon'],
      ['Jürgen', 'Deutschland', '0711 123456'],
      ['Karl', 'Schweiz', '044 123 45 67'],
    ];
    expect(countryColumn(values, unmapped(values[0] as string[]), 'CN')).toEqual({ col: 2 });
  });
});
