/**
 * A date with two readings (05/04/1985 in a column whose other dates never say whether the day or the
 * month comes first) would be read by the CRM in its one order (Zoho's MM/dd/yyyy makes it May 4). So it
 * is left out of the CRM's date column, and out of an extra column of dates written in the CRM's format,
 * and kept as typed in the notes (Description, 备注), or, where the layout has none (HubSpot contacts),
 * under its sheet header in a column holding only such values; the report counts and names it.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// A UK florist's client list, kept by e-mail: no phone or country says where the dates were typed.
// prettier-ignore
const CLIENTS: CellValue[][] = [
  ['Name', 'Email', 'Birthday', 'Last contact'],
  ['Ann Lee', 'ann.lee@gmail.com', '05/04/1985', '05/04/2023'],
  ['Bob Ray', 'bob.ray@outlook.com', '1979-07-02', '2023-06-01'],
  ['Cat Price', 'cat.price@yahoo.co.uk', '1990-11-21', '06/07/2023'],
  ['Dan Ford', 'dan.ford@gmail.com', '', '2023-09-14'],
];

describe('a date with two readings in an export', () => {
  test('Zoho: left out of Date of Birth and Last contact, kept as typed in Description, counted and named', () => {
    const { files, report } = planExport(sheet(CLIENTS, 'Clients'), { crm: 'zoho', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Date of Birth': null,
      'Last contact': null,
      Description: 'Birthday: 05/04/1985; Last contact: 05/04/2023',
    });
    expect(rowOf(file, 3)).toMatchObject({
      'Date of Birth': '07/02/1979',
      'Last contact': '06/01/2023',
      Description: null,
    });
    expect(rowOf(file, 4)).toMatchObject({ 'Last contact': null, Description: 'Last contact: 06/07/2023' });
    expect(report.twoReadings).toEqual({ 'Date of Birth': 1, 'Last contact': 2 });
    expect(report.twoReadingValues).toEqual({
      'Date of Birth': [{ row: 2, value: '05/04/1985' }],
      'Last contact': [
        { row: 2, value: '05/04/2023' },
        { row: 4, value: '06/07/2023' },
      ],
    });
    expect(report.twoReadingsKeptIn).toEqual({ 'Date of Birth': 'Description', 'Last contact': 'Description' });
    // Nothing went out as typed into a date column.
    expect(report.valuesAsTyped).toEqual({});
  });

  test('纷享销客: a Chinese list’s 05/04/2023 under 最近联系 is kept in 备注, the list’s own note first', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机', '最近联系', '备注'],
      ['张伟', '13800138000', '05/04/2023', '老客户'],
      ['王芳', '13900139000', '2023-06-01', ''],
    ];
    const { files, report } = planExport(sheet(values, '客户'), { crm: 'fxiaoke', now: NOW });
    const file = files[0]!;
    const contact = file.header.find((h) => h.includes('最近联系'))!;
    const notes = report.twoReadingsKeptIn[contact]!;
    expect(rowOf(file, 2)[contact]).toBeNull();
    expect(String(rowOf(file, 2)[notes])).toContain('老客户');
    expect(String(rowOf(file, 2)[notes])).toContain('最近联系：05/04/2023');
    expect(rowOf(file, 3)[contact]).toBe('2023-06-01');
    expect(report.twoReadings).toEqual({ [contact]: 1 });
  });

  test('HubSpot contacts have no notes: the dates go under their sheet header in a column of their own', () => {
    const { files, report } = planExport(sheet(CLIENTS, 'Clients'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Date of Birth': null,
      Birthday: '05/04/1985',
      'Last contact': null,
      'Last contact (sheet)': '05/04/2023',
    });
    expect(rowOf(file, 3)).toMatchObject({
      'Date of Birth': '1979-07-02',
      Birthday: null,
      'Last contact': '2023-06-01',
    });
    expect(report.twoReadingsKeptIn).toEqual({ 'Date of Birth': 'Birthday', 'Last contact': 'Last contact (sheet)' });
  });

  test('a column whose dates say the day comes first writes 05/04/1985 as 5 April, setting nothing aside', () => {
    const values = CLIENTS.map((row, i) => (i === 2 ? [row[0]!, row[1]!, '25/12/1979', row[3]!] : row));
    const { files, report } = planExport(sheet(values, 'Clients'), { crm: 'zoho', now: NOW });
    expect(rowOf(files[0]!, 2)['Date of Birth']).toBe('04/05/1985');
    expect(report.twoReadings['Date of Birth']).toBeUndefined();
  });

  test('an American list (its phones +1) reads 05/04/1985 month first, as check does, setting nothing aside', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Birthday'],
      ['Ann Lee', '+1 (415) 555-0134', '05/04/1985'],
      ['Bob Ray', '+1 (415) 555-0135', '1979-07-02'],
      ['Cat Price', '+1 (415) 555-0136', '1990-11-21'],
    ];
    const { files, report } = planExport(sheet(values, 'Clients'), { crm: 'zoho', now: NOW });
    expect(rowOf(files[0]!, 2)['Date of Birth']).toBe('05/04/1985');
    expect(report.twoReadings).toEqual({});
  });

  test('a birth year alone is part of a date: kept in Description, counted as such, not as two readings', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Birthday'],
      ['Ann Lee', 'ann.lee@gmail.com', 1985],
      ['Bob Ray', 'bob.ray@outlook.com', '1979-07-02'],
    ];
    const { files, report } = planExport(sheet(values, 'Clients'), { crm: 'zoho', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 'Date of Birth': null, Description: 'Birthday: 1985' });
    expect(report.partialDates).toEqual({ 'Date of Birth': 1 });
    expect(report.twoReadings).toEqual({});
  });
});
