/**
 * A title column (Zoho's Salutation, Outlook's Title, Google's Name Prefix, 称谓) in English, German,
 * French, Spanish and Chinese, written as the CRM's Salutation picklist expects; a title with no one
 * value there (Frau, Miss, 小姐) kept as typed in the notes, under the sheet's header, and counted.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { salutationFor } from '../../shared/export/salutations';
import { defaultTemplate } from '../../shared/template/default-template';
import { NOW, sheet, usTemplate } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

const SALESFORCE = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'];

describe('salutationFor', () => {
  test.each([
    ['Mr', 'Mr.'],
    ['mrs.', 'Mrs.'],
    ['Dr.', 'Dr.'],
    ['Prof', 'Prof.'],
    ['Herr', 'Mr.'],
    ['M.', 'Mr.'],
    ['Monsieur', 'Mr.'],
    ['Sr.', 'Mr.'],
    ['Sra.', 'Mrs.'],
    ['先生', 'Mr.'],
    ['女士', 'Ms.'],
  ])('writes %s as %s in a Salutation picklist', (typed, value) => {
    expect(salutationFor(typed, SALESFORCE)).toEqual({ value });
  });

  test.each(['Frau', 'Mme', 'Madame'])('keeps %s as typed: Mrs. or Ms., two readings', (typed) => {
    expect(salutationFor(typed, SALESFORCE)).toEqual({
      kept: typed,
      reason: 'twoReadings',
      readings: ['Mrs.', 'Ms.'],
    });
  });

  test.each(['Miss', 'Mlle', 'Srta.', '小姐', 'Mx.'])('keeps %s as typed: no value of that meaning', (typed) => {
    expect(salutationFor(typed, SALESFORCE)).toEqual({ kept: typed, reason: 'notInPicklist' });
  });

  test('writes every title in a Salutation of free text, in English where it has one meaning', () => {
    expect(salutationFor('Herr')).toEqual({ value: 'Mr.' });
    expect(salutationFor('Frau')).toEqual({ value: 'Frau' });
    expect(salutationFor('Miss')).toEqual({ value: 'Miss' });
  });
});

describe('a title column in the export', () => {
  // zoho-contacts.csv rows 2, 3, 5 and 6: a Zoho contact export with Herr among the salutations.
  // prettier-ignore
  const ZOHO: CellValue[][] = [
    ['Record Id', 'First Name', 'Last Name', 'Account Name', 'Email', 'Phone', 'Mobile', 'Full Name', 'Salutation', 'Mailing Country', 'Description'],
    ['zcrm_5725767000000412001', 'Sarah', 'Johnson', 'Brightwave Inc.', 'sarah.johnson@brightwave.io', '+1 415-555-0199', '+1 415-555-0134', 'Sarah Johnson', 'Ms.', 'United States', 'Met at SaaStr'],
    ['zcrm_5725767000000412002', 'Michael', "O'Brien", "O'Brien & Associates", 'mobrien@obrienlaw.com', '(617) 555-0142', null, "Michael O'Brien", 'Mr.', 'United States', null],
    ['zcrm_5725767000000412004', 'Hans', 'Schmidt', 'Schmidt AG', 'h.schmidt@schmidt-ag.de', '+49 89 1234567', null, 'Hans Schmidt', 'Herr', 'Germany', null],
    ['zcrm_5725767000000412005', 'Jessica', 'Wong', 'Pacific Rim Imports', 'jessica@pacificrim.com', '(206) 555-0145', null, 'Jessica Wong', 'Mrs.', 'United States', null],
  ];

  test('Zoho’s Herr goes to Salesforce’s Salutation as Mr., and the column is no extra column', () => {
    const file = planExport(sheet(ZOHO, 'Contacts'), { crm: 'salesforce', template: usTemplate(), now: NOW }).files[0]!;
    expect(file.header).not.toContain('Salutation (sheet)');
    expect([2, 3, 4, 5].map((row) => rowOf(file, row).Salutation)).toEqual(['Ms.', 'Mr.', 'Mr.', 'Mrs.']);
  });

  // An Outlook contact export's Title column of a European customer list.
  // prettier-ignore
  const OUTLOOK: CellValue[][] = [
    ['Title', 'First Name', 'Last Name', 'Company', 'Business Country/Region', 'E-mail Address', 'Notes'],
    ['Herr', 'Hans', 'Schmidt', 'Schmidt AG', 'Germany', 'h.schmidt@schmidt-ag.de', null],
    ['Frau', 'Lisa', 'Müller', 'Bergmann GmbH', 'Germany', 'lisa.mueller@bergmann-gmbh.de', 'Prefers German'],
    ['M.', 'Julien', 'Moreau', 'Moreau SARL', 'France', 'j.moreau@moreau.fr', null],
    ['Mlle', 'Camille', 'Durand', null, 'France', 'camille.durand@gmail.com', null],
    ['Sra.', 'Lucía', 'García', 'Hotel Sol', 'Spain', 'lucia@hotelsol.es', null],
    ['Dr.', 'Anna', 'Kowalski', "St. Mary's Clinic", 'United States of America', 'anna.kowalski@stmarys.org', null],
  ];

  test('Outlook: each title in Zoho’s form; Frau and Mlle kept as typed in the notes and counted', () => {
    const { files, report } = planExport(sheet(OUTLOOK, 'Contacts'), {
      crm: 'zoho',
      template: usTemplate(),
      now: NOW,
    });
    const file = files[0]!;
    expect(file.header).not.toContain('Title (sheet)');
    expect(rowOf(file, 2)).toMatchObject({ Salutation: 'Mr.', Description: null });
    expect(rowOf(file, 3)).toMatchObject({ Salutation: null, Description: 'Prefers German; Title: Frau' });
    expect(rowOf(file, 4)).toMatchObject({ Salutation: 'Mr.' });
    expect(rowOf(file, 5)).toMatchObject({ Salutation: null, 'First Name': 'Camille', Description: 'Title: Mlle' });
    expect(rowOf(file, 6)).toMatchObject({ Salutation: 'Mrs.' });
    expect(rowOf(file, 7)).toMatchObject({ Salutation: 'Dr.' });
    expect(report.salutationsKept).toEqual({ Frau: 1, Mlle: 1 });
    expect(report.salutationsTwoReadings).toEqual({ Frau: 1 });
  });

  test('HubSpot’s Salutation is text: Frau is written there as typed', () => {
    const file = planExport(sheet(OUTLOOK, 'Contacts'), { crm: 'hubspot', template: usTemplate(), now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ Salutation: 'Mr.' });
    expect(rowOf(file, 3)).toMatchObject({ Salutation: 'Frau' });
  });

  test('a 称谓 column of 先生, 女士 and 小姐 goes to Salesforce’s Salutation; 小姐 stays in the notes', () => {
    // prettier-ignore
    const rows: CellValue[][] = [
      ['姓名', '称谓', '手机', '公司', '备注'],
      ['张伟', '先生', '13800138000', '杭州云栖科技有限公司', null],
      ['欧阳娜', '女士', '13912345678', '杭州云栖科技有限公司', null],
      ['李娜', '小姐', '13612345678', null, '老客户介绍'],
    ];
    const { files, report } = planExport(sheet(rows), { crm: 'salesforce', template: defaultTemplate(), now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ Salutation: 'Mr.', 'Last Name': '张', 'First Name': '伟' });
    expect(rowOf(file, 3)).toMatchObject({ Salutation: 'Ms.' });
    expect(rowOf(file, 4)).toMatchObject({ Salutation: null, 'Contact Description': '老客户介绍；称谓：小姐' });
    expect(report.salutationsKept).toEqual({ 小姐: 1 });
  });

  test('a title typed in the name with no Salesforce value (Miss) goes to the notes under Salutation', () => {
    // prettier-ignore
    const rows: CellValue[][] = [
      ['Full Name', 'Email', 'Company'],
      ['Miss Emma Clarke', 'emma@clarkepartners.co.uk', 'Clarke Partners'],
      ['Dr. Robert Smith', 'rsmith@smithclinic.com', 'Smith Clinic'],
    ];
    const { files, report } = planExport(sheet(rows, 'Contacts'), {
      crm: 'salesforce',
      template: usTemplate(),
      now: NOW,
    });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      Salutation: null,
      'First Name': 'Emma',
      'Last Name': 'Clarke',
      'Contact Description': 'Salutation: Miss',
    });
    expect(rowOf(file, 3)).toMatchObject({ Salutation: 'Dr.', 'First Name': 'Robert' });
    expect(report.salutationsKept).toEqual({ Miss: 1 });
  });
});
