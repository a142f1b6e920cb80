/**
 * Headers shortened to First and Last (a list typed by hand, a sign-up sheet) are the name's parts when
 * they stand beside each other or beside the other part's header, or when their values are names; a
 * Last of dates (the last contact) or a First and Last of dates are no name.
 */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';

function mapped(list: CellValue[][]): Record<string, string | null> {
  return mappingToJson(mapHeaders(list[0]!, DEFAULT_TEMPLATE, {}, list.slice(1)));
}

// A US sales rep's list of prospects, as the browser demo's prober typed it.
const PROSPECTS: CellValue[][] = [
  ['First', 'Last', 'Company', 'Phone', 'Email', 'State'],
  ['John', 'Smith', 'Acme Corp', '(415) 555-0132', 'john.smith@acme.com', 'CA'],
  ['Jon', 'Smith', 'ACME Corporation', '415-555-0132', 'jsmith@acme.com', 'California'],
  ['Mary', "O'Neil", 'Blue Sky LLC', '+1 212 555 0199', 'mary@bluesky.io', 'NY'],
  ['Peter', 'Chen', 'Northwind Inc.', '555-01', 'peter.chen@northwind', 'Texas'],
  ['', 'Garcia', '', '617.555.0101', 'lgarcia@example.org', 'MA'],
  ['Anna', 'Kowalski', 'Globex', '(312) 555-0177', 'anna@globex.com', 'il'],
];

describe('First and Last headers', () => {
  test('are the given and family name side by side', () => {
    expect(mapped(PROSPECTS)).toMatchObject({ First: 'name.given', Last: 'name.family' });
  });

  test('are the parts side by side in either order, from the headers alone', () => {
    const headers = ['Last', 'First', 'Email', 'Phone'];
    expect(mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE))).toMatchObject({
      Last: 'name.family',
      First: 'name.given',
    });
  });

  test('take the other part beside First Name or Surname', () => {
    const list: CellValue[][] = [
      ['First Name', 'Last', 'Email'],
      ['Olivia', 'Brown', 'olivia.brown@gmail.com'],
      ['Noah', 'Wilson', 'noah.w@outlook.com'],
      ['Emma', 'Taylor', 'emma.taylor@yahoo.com'],
    ];
    expect(mapped(list)).toMatchObject({ 'First Name': 'name.given', Last: 'name.family' });
    const reversed: CellValue[][] = [['First', 'Surname', 'Email'], ...list.slice(1)];
    expect(mapped(reversed)).toMatchObject({ First: 'name.given', Surname: 'name.family' });
  });

  test('leave a lone Last of dates alone: it is no surname', () => {
    const list: CellValue[][] = [
      ['Name', 'Company', 'Phone', 'Email', 'Last'],
      ['Sarah Johnson', 'Brightwave Inc.', '(415) 555-0134', 'sarah@brightwave.io', '2024-03-12'],
      ['Michael Brown', 'Cascadia Dev', '(206) 555-0145', 'michael@cascadia.dev', '2024-04-02'],
      ['Emily Chen', 'Lakeside Pediatrics', '(312) 555-0177', 'emily@lakesidepeds.com', '2024-02-28'],
      ['David Park', 'Northwind Inc.', '(617) 555-0142', 'david@northwind.com', '2024-05-06'],
    ];
    const json = mapped(list);
    expect(json.Name).toBe('name');
    expect(json.Last).not.toBe('name.family');
  });

  test('leave a First and Last of dates alone: the first and last orders are no name', () => {
    const list: CellValue[][] = [
      ['Customer', 'Email', 'Orders', 'First', 'Last'],
      ['Sarah Johnson', 'sarah@brightwave.io', 3, '2023-11-02', '2024-03-12'],
      ['Michael Brown', 'michael@cascadia.dev', 1, '2024-04-02', '2024-04-02'],
      ['Emily Chen', 'emily@lakesidepeds.com', 5, '2022-06-19', '2024-02-28'],
      ['David Park', 'david@northwind.com', 2, '2024-01-15', '2024-05-06'],
    ];
    const json = mapped(list);
    expect(json.Customer).toBe('name');
    expect(json.First).not.toBe('name.given');
    expect(json.Last).not.toBe('name.family');
  });

  test('take a lone Last of surnames as the family name', () => {
    const list: CellValue[][] = [
      ['Last', 'Email', 'Phone'],
      ['Smith', 'john.smith@acme.com', '(415) 555-0132'],
      ["O'Neil", 'mary@bluesky.io', '(212) 555-0199'],
      ['Kowalski', 'anna@globex.com', '(312) 555-0177'],
      ['Garcia', 'lgarcia@example.org', '(617) 555-0101'],
    ];
    expect(mapped(list)).toMatchObject({ Last: 'name.family' });
  });
});
