/**
 * Singapore and Malaysian lists head the customer's phone Contact No, Contact No., Contact Number,
 * HP No or H/P (handphone): 9123 4567, +65 8123 4567, 012-345 6789. In a Dynamics or Sage export
 * Contact No numbers the contact record (CON-00012, 000123): only the values tell the two apart.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, type HeaderMapping } from '../../shared/template/header-mapping';

const map = (values: readonly CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
const column = (mapping: HeaderMapping, header: string) => mapping.columns.find((c) => c.header === header)!;

// prettier-ignore
const SG_ROWS: CellValue[][] = [
  ['Tan Wei Ming', 'Lion City Trading Pte Ltd', '9123 4567', '6123 4567', 'weiming@lioncity.sg'],
  ['Siti Nurhaliza', 'Orchid Florist', '+65 8123 4567', '', 'siti@orchidflorist.sg'],
  ['Lim Ah Kow', 'Kow Hardware', '9876 5432', '6234 5678', ''],
  ['Ahmad bin Hassan', 'Hassan Logistics Sdn Bhd', '012-345 6789', '03-2345 6789', 'ahmad@hassanlog.my'],
  ['Priya Raj', 'Raj Textiles', '+60 12-987 6543', '', 'priya@rajtex.my'],
];

describe('mapHeaders on a Singapore or Malaysian list’s phone headers', () => {
  test.each(['Contact No', 'Contact No.', 'Contact Number', 'HP No', 'H/P', 'Handphone No.'])(
    'reads %s of phone numbers beside an office number as the phone',
    (header) => {
      const mapping = map([['Name', 'Company', header, 'Tel', 'Email'], ...SG_ROWS]);
      const json = mappingToJson(mapping);
      // Either column may hold the field; the other is the customer's second number, not left alone.
      expect([json[header], json['Tel']].sort()).toEqual([null, 'phone']);
      const other = json[header] === 'phone' ? 'Tel' : header;
      expect(column(mapping, other).secondOf).toBe('phone');
    },
  );

  test.each(['Contact No', 'HP No', 'H/P'])('reads %s as the phone on a two-row list', (header) => {
    const mapping = map([['Name', header, 'Email'], ...SG_ROWS.slice(0, 2).map((r) => [r[0], r[2], r[4]])]);
    expect(mappingToJson(mapping)).toEqual({ Name: 'name', [header]: 'phone', Email: 'email' });
  });

  test('reads Contact No of numbers typed without spaces as the phone', () => {
    const mapping = map([
      ['S/N', 'Name', 'Contact No', 'Email'],
      ['1', 'Tan Wei Ming', '91234567', 'weiming@lioncity.sg'],
      ['2', 'Siti Nurhaliza', '81234567', 'siti@orchidflorist.sg'],
      ['3', 'Lim Ah Kow', '98765432', ''],
      ['4', 'Ahmad bin Hassan', '0123456789', 'ahmad@hassanlog.my'],
    ]);
    expect(mappingToJson(mapping)['Contact No']).toBe('phone');
  });
});

describe('mapHeaders on a record export’s Contact No', () => {
  test('leaves a Dynamics export’s Contact No of record numbers alone', () => {
    // prettier-ignore
    const mapping = map([
      ['Contact No', 'Full Name', 'Company Name', 'Business Phone', 'Email'],
      ['CON-00012', 'Tan Wei Ming', 'Lion City Trading Pte Ltd', '+65 6123 4567', 'weiming@lioncity.sg'],
      ['CON-00013', 'Siti Nurhaliza', 'Orchid Florist', '+65 6234 5678', 'siti@orchidflorist.sg'],
      ['CON-00014', 'Lim Ah Kow', 'Kow Hardware', '+65 6345 6789', ''],
      ['CON-00015', 'Ahmad Hassan', 'Hassan Logistics', '+60 3-2345 6789', 'ahmad@hassanlog.my'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({ 'Contact No': null, 'Business Phone': 'phone' });
    expect(column(mapping, 'Contact No').secondOf).toBeUndefined();
  });

  test('does not read a Sage export’s Contact No of record numbers as a phone or a contact person', () => {
    const mapping = map([
      ['Contact No', 'Name', 'Company'],
      ['000123', 'Tan Wei Ming', 'Lion City Trading Pte Ltd'],
      ['000124', 'Siti Nurhaliza', 'Orchid Florist'],
      ['000125', 'Lim Ah Kow', 'Kow Hardware'],
      ['000126', 'Ahmad Hassan', 'Hassan Logistics'],
    ]);
    expect(mappingToJson(mapping)['Contact No']).toBeNull();
  });

  test('does not read a two-row Dynamics export’s Contact No as a contact person', () => {
    const mapping = map([
      ['Contact No', 'Full Name', 'Email'],
      ['CON-00012', 'Tan Wei Ming', 'weiming@lioncity.sg'],
      ['CON-00013', 'Siti Nurhaliza', 'siti@orchidflorist.sg'],
    ]);
    expect(mappingToJson(mapping)['Contact No']).toBeNull();
  });
});
