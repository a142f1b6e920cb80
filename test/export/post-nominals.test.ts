/**
 * LinkedIn Sales Navigator writes a lead's degrees and credentials after the name (Rachel Green, MBA;
 * Sam Lee, PhD). They are no part of the name: First and Last Name get the name alone, and the name
 * as typed is kept with the row's other values set aside (in the notes, or under its sheet header
 * where the layout has no notes), and the report says so. A generation (Jr., III) is part of the name
 * and stays with the last name; "Smith, John" is still last, first.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { splitPersonName } from '../../shared/export/split-name';
import { NOW, sheet } from './fixtures';

const en = { chineseList: false };

function rowOf(file: ExportFile, index: number): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// probe 3, 05_salesnav.csv row 2 and min/mba.csv; Sales Navigator's columns.
// prettier-ignore
const SALESNAV: CellValue[][] = [
  ['Full Name', 'Job Title', 'Company Name', 'Email', 'Connection Degree'],
  ['Rachel Green, MBA', 'Head of Marketing', 'Ralph Lauren', 'rachel.green@rl.com', '2nd'],
  ['Sam Lee, PhD', 'Research Lead', 'Initech', 's@initech.com', '3rd+'],
  ['Dr. Ana Ruiz', 'Surgeon', 'Mercy Health', 'a@mercy.org', '2nd'],
  ['Ross Geller', 'Paleontologist', 'NYU', 'ross@nyu.edu', '3rd+'],
  ['Martin Luther King, Jr.', 'Pastor', 'Ebenezer', 'mlk@ebenezer.org', '1st'],
];

describe('degrees and credentials after a name', () => {
  test.each([
    ['Rachel Green, MBA', 'Rachel', 'Green', 'MBA'],
    ['Sam Lee, PhD', 'Sam', 'Lee', 'PhD'],
    ['Jane Doe, MBA, CPA', 'Jane', 'Doe', 'MBA, CPA'],
    ['Priya Patel, Ph.D.', 'Priya', 'Patel', 'Ph.D.'],
    ['John Smith MD', 'John', 'Smith', 'MD'],
    ['Alan Shore Esq.', 'Alan', 'Shore', 'Esq.'],
    ['Green, Rachel, MBA', 'Rachel', 'Green', 'MBA'],
    ['Martin Luther King Jr., PhD', 'Martin Luther', 'King Jr.', 'PhD'],
  ])('%s: first %s, last %s, the credential %s set aside', (name, first, last, postNominals) => {
    expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false, postNominals });
  });

  test.each([
    // Bangladeshi lists write Mohammad as Md; UK lists write initials after the surname.
    ['Rahman, Md', 'Md', 'Rahman'],
    ['Smith JD', 'Smith', 'JD'],
    ['Martin Luther King, Jr.', 'Martin Luther', 'King Jr.'],
    ['Henry Ford II', 'Henry', 'Ford II'],
    ['Smith, John', 'John', 'Smith'],
  ])('%s has no credential: first %s, last %s', (name, first, last) => {
    expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false });
  });

  test('HubSpot: Rachel / Green, Sam / Lee; the names as typed kept under Full Name; the report counts them', () => {
    const { files, report } = planExport(sheet(SALESNAV, 'Leads'), { crm: 'hubspot', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 0)).toMatchObject({
      'First Name': 'Rachel',
      'Last Name': 'Green',
      'Full Name': 'Rachel Green, MBA',
    });
    expect(rowOf(file, 1)).toMatchObject({ 'First Name': 'Sam', 'Last Name': 'Lee', 'Full Name': 'Sam Lee, PhD' });
    expect(rowOf(file, 2)).toMatchObject({
      Salutation: 'Dr.',
      'First Name': 'Ana',
      'Last Name': 'Ruiz',
      'Full Name': null,
    });
    expect(rowOf(file, 3)).toMatchObject({ 'First Name': 'Ross', 'Last Name': 'Geller', 'Full Name': null });
    expect(rowOf(file, 4)).toMatchObject({ 'First Name': 'Martin Luther', 'Last Name': 'King Jr.', 'Full Name': null });
    expect(report.postNominals).toEqual({
      'Full Name': { count: 2, example: 'Rachel Green, MBA', keptIn: 'Full Name' },
    });
  });

  test('Salesforce: the name as typed goes to the description', () => {
    const { files, report } = planExport(sheet(SALESNAV, 'Leads'), { crm: 'salesforce', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 0)).toMatchObject({ 'First Name': 'Rachel', 'Last Name': 'Green' });
    expect(String(rowOf(file, 0)['Contact Description'])).toContain('Rachel Green, MBA');
    expect(file.header).not.toContain('Full Name');
    expect(report.postNominals['Full Name']).toMatchObject({ count: 2, keptIn: 'Contact Description' });
  });

  test('a Last Name column’s credentials (Green, MBA) are set aside too; the whole name keeps them', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Company', 'Email'],
      ['Rachel', 'Green, MBA', 'Ralph Lauren', 'rachel.green@rl.com'],
      ['Ross', 'Geller', 'NYU', 'ross@nyu.edu'],
    ];
    const hubspot = planExport(sheet(values, 'Leads'), { crm: 'hubspot', now: NOW });
    expect(rowOf(hubspot.files[0]!, 0)).toMatchObject({
      'First Name': 'Rachel',
      'Last Name': 'Green',
      'Last Name (sheet)': 'Green, MBA',
    });
    expect(rowOf(hubspot.files[0]!, 1)).toMatchObject({ 'Last Name': 'Geller', 'Last Name (sheet)': null });
    expect(hubspot.report.postNominals).toEqual({
      'Last Name': { count: 1, example: 'Green, MBA', keptIn: 'Last Name (sheet)' },
    });
    const fxiaoke = planExport(sheet(values, 'Leads'), { crm: 'fxiaoke', object: 'contacts', now: NOW });
    expect(rowOf(fxiaoke.files[0]!, 0)).toMatchObject({ 姓名: 'Rachel Green, MBA' });
  });

  test('纷享销客 writes the whole name: nothing is set aside', () => {
    const { files, report } = planExport(sheet(SALESNAV, 'Leads'), { crm: 'fxiaoke', object: 'contacts', now: NOW });
    expect(rowOf(files[0]!, 0)).toMatchObject({ 姓名: 'Rachel Green, MBA' });
    expect(report.postNominals).toEqual({});
  });
});
