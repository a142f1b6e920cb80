/**
 * Address books keep a person's e-mail and numbers in columns by kind: Apple Contacts' Email (home)
 * and Email (work), Phone (mobile), Phone (iPhone), Phone (work) …; Pipedrive's Person - Email - Work
 * and - Home. The template reads the first of each as the e-mail and phone; where a row has nothing
 * there, the CRM's Email, Mobile and Phone take the row's address and numbers from its other columns
 * (HubSpot and Zoho tell contacts apart by e-mail), each number to the line its column says, and the
 * report counts the rows. The other columns stay as extra columns, as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, index: number): Record<string, CellValue> {
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

/** The exported row of a sheet row. */
function exported(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return rowOf(file, index);
}

// Apple Contacts' export (apple-contacts-utf16.csv), as the Mac writes it.
// prettier-ignore
const APPLE: CellValue[][] = [
  ['First name', 'Last name', 'Middle name', 'Nickname', 'Prefix', 'Suffix', 'Company', 'Department', 'Job title', 'Email (home)', 'Email (work)', 'Phone (mobile)', 'Phone (iPhone)', 'Phone (home)', 'Phone (work)', 'Phone (main)', 'Address (home) street', 'Address (home) city', 'Address (home) state', 'Address (home) ZIP', 'Address (home) country', 'Birthday', 'Note', 'URL (homepage)'],
  ['Robert', 'Chen', '', 'Bob', '', '', 'Acme Corp', '', 'VP Operations', 'bob.chen78@gmail.com', 'robert.chen@acmecorp.com', '', '+1 (415) 555-0132', '', '', '', '', '', '', '', '', '1978-06-02', '', ''],
  ['Bob', 'Chen', '', '', '', '', '', '', '', 'bob.chen78@gmail.com', '', '415-555-0132', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['Mom', '', '', '', '', '', '', '', '', '', '', '(503) 555-0142', '', '(503) 555-0110', '', '', '1420 NE Alberta St', 'Portland', 'OR', '97211', 'United States', '1958-12-25', '', ''],
  ['James', 'Whitaker', '', 'Jim', '', 'Sr.', '', '', '', 'jim.whitaker@comcast.net', '', '', '', '(503) 555-0110', '', '', '1420 NE Alberta St', 'Portland', 'OR', '97211', 'United States', '1956-09-14', '', ''],
  ['James', 'Whitaker', '', 'Jamie', '', 'Jr.', '', '', '', 'jwhitaker.jr@gmail.com', '', '', '503-555-0188', '(503) 555-0110', '', '', '1420 NE Alberta St', 'Portland', 'OR', '97211', 'United States', '1984-02-03', '', ''],
  ['Plumber', '(Greg)', '', '', '', '', 'Olsen Plumbing', '', '', '', 'greg@olsenplumbing.com', '', '', '', '(612) 555-0159', '', '', '', '', '', '', '', 'Call before 8am', ''],
  ['Greg', 'Olsen', '', '', '', '', 'Olsen Plumbing', '', '', '', 'greg@olsenplumbing.com', '(612) 555-0159', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['Sarah', 'Patel', '', '', 'Dr.', '', 'Lumen Dental', '', '', '', 'sarah@lumendental.com', '', '', '', '(650) 555-0100', '', '', '', '', '', '', '', '', ''],
  ['David', 'Kim', '', '', '', 'DDS', 'Lumen Dental', '', '', '', 'david.kim@lumendental.com', '', '', '', '(650) 555-0100', '', '', '', '', '', '', '', '', ''],
  ['', '', '', '', '', '', 'Lumen Dental', '', '', '', 'frontdesk@lumendental.com', '', '', '', '', '(650) 555-0100', '', '', '', '', '', '', 'Front desk', ''],
  ['Zoë', 'Fischer', '', '', '', '', '', '', '', 'zoe.fischer@icloud.com', '', '+49 151 23456789', '', '', '', '', 'Kastanienallee 12', 'Berlin', '', '10435', 'Germany', '1990-07-21', '', ''],
  ['Zoe', 'Fischer', '', '', '', '', 'Fischer Design GmbH', '', '', '', 'zoe@fischer-design.de', '', '+49 151 2345 6789', '', '+49 30 1234567', '', '', '', '', '', '', '', '', ''],
  ['Emily', 'Foster', '', '', 'Dr.', 'MD', 'Northshore Clinic', '', 'Physician', 'emily.foster@gmail.com', 'efoster@northshoreclinic.com', '(847) 555-0166', '', '', '(847) 555-0117', '', '', '', '', '', '', '', '', ''],
  ['Emma', 'Foster', '', '', '', '', '', '', '', 'emma.foster@gmail.com', '', '(847) 555-0167', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['Kenji', 'Watanabe', '', '', '', '', 'Sakura Trading', '', '', '', 'k.watanabe@sakuratrading.co.jp', '', '+81 90-1234-5678', '', '', '', '', '', '', '', '', '', '', ''],
  ['Maria', 'Garcia', '', '', '', '', '', '', '', 'maria.garcia.az@gmail.com', '', '(480) 555-0192', '', '', '', '', '', '', '', '', '', '--04-05', '', ''],
  ['María', 'García', '', '', '', '', 'Solana Health', '', '', '', 'mgarcia@solanahealth.org', '', '', '', '(602) 555-0155', '', '', '', '', '', '', '', '', ''],
];

// Pipedrive's person export (pipedrive-persons.csv), the columns of the person's name, e-mail and numbers.
// prettier-ignore
const PIPEDRIVE: CellValue[][] = [
  ['Person - ID', 'Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Email - Home', 'Person - Email - Other', 'Person - Phone - Work', 'Person - Phone - Mobile', 'Person - Phone - Home', 'Person - Owner'],
  ['101', 'Robert Chen', 'Acme Corp', 'robert.chen@acmecorp.com', 'bob.chen78@gmail.com', '', '+1 415-555-0132', '', '', 'Dana Whitfield'],
  ['187', 'Bob Chen', '', '', 'bob.chen78@gmail.com', '', '', '(415) 555-0132', '', 'Marcus Lee'],
  ['102', 'Jennifer Walsh', 'Brightline Logistics', 'jwalsh@brightline.io', '', '', '312-555-0147', '', '', 'Dana Whitfield'],
  ['103', 'Michael Turner', 'Brightline Logistics', 'mturner@brightline.io', 'mike.turner@outlook.com', '', '', '+16175550199', '', 'Dana Whitfield'],
  ['104', 'John Smith', 'Acme Corp', 'john.smith@acmecorp.com', '', '', '(415) 555-0170', '', '', 'Dana Whitfield'],
  ['105', 'John Smith', 'Northwind Traders', 'jsmith@northwindtraders.com', '', '', '(206) 555-0163', '', '', 'Marcus Lee'],
  ['106', 'Sarah Patel', 'Lumen Dental', 'sarah@lumendental.com', '', '', '(650) 555-0100', '', '', 'Dana Whitfield'],
  ['107', 'David Kim', 'Lumen Dental', 'david.kim@lumendental.com', '', '', '(650) 555-0100', '', '', 'Dana Whitfield'],
  ['108', 'James Whitaker Sr.', '', '', 'jim.whitaker@comcast.net', '', '', '', '(503) 555-0110', 'Marcus Lee'],
  ['109', 'James Whitaker Jr.', '', '', 'jwhitaker.jr@gmail.com', '', '', '503-555-0188', '503-555-0110', 'Marcus Lee'],
];

describe('export of the e-mail and numbers a row keeps in its other columns', () => {
  test('HubSpot takes the work e-mail where the home one is blank, and the work number for Phone Number', () => {
    const { files, report } = planExport(sheet(APPLE, 'Contacts'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    // Greg Olsen, Sarah Patel, David Kim, Zoe Fischer, Kenji Watanabe, María García: Email (work) only.
    expect(exported(contacts, 8)).toMatchObject({
      'First Name': 'Greg',
      Email: 'greg@olsenplumbing.com',
      'Mobile Phone Number': '+16125550159',
      'Phone Number': null,
    });
    expect(exported(contacts, 9)).toMatchObject({
      'First Name': 'Sarah',
      Email: 'sarah@lumendental.com',
      'Mobile Phone Number': null,
      'Phone Number': '+16505550100',
    });
    expect(exported(contacts, 10)).toMatchObject({
      Email: 'david.kim@lumendental.com',
      'Phone Number': '+16505550100',
    });
    expect(exported(contacts, 13)).toMatchObject({
      Email: 'zoe@fischer-design.de',
      'Mobile Phone Number': '+4915123456789',
      'Phone Number': '+49301234567',
    });
    expect(exported(contacts, 16)).toMatchObject({
      Email: 'k.watanabe@sakuratrading.co.jp',
      'Mobile Phone Number': '+819012345678',
    });
    expect(exported(contacts, 18)).toMatchObject({ Email: 'mgarcia@solanahealth.org', 'Phone Number': '+16025550155' });
    // A row with its own home address keeps it; the work one stays in its column.
    expect(exported(contacts, 2)).toMatchObject({
      Email: 'bob.chen78@gmail.com',
      'Email (work)': 'robert.chen@acmecorp.com',
    });
    // The sheet's columns stay as they are, under their headers: nothing is taken away.
    expect(exported(contacts, 9)).toMatchObject({
      'Email (work)': 'sarah@lumendental.com',
      'Phone (work)': '(650) 555-0100',
    });
    // Plumber (Greg) too; Lumen Dental's front desk is an account, whose Phone Number takes its Phone (main).
    expect(report.filledFromOther).toEqual({
      Email: { 'Email (work)': 7 },
      'Phone Number': { 'Phone (home)': 3, 'Phone (work)': 6, 'Phone (main)': 1 },
    });
  });

  test('an iPhone number is a mobile: Mobile Phone Number, not Phone Number', () => {
    const { files } = planExport(sheet(APPLE, 'Contacts'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    // Robert Chen's only number is his iPhone; a US number's digits do not say mobile or landline.
    expect(exported(contacts, 2)).toMatchObject({ 'Mobile Phone Number': '+14155550132', 'Phone Number': null });
    expect(exported(contacts, 6)).toMatchObject({ 'First Name': 'James', 'Mobile Phone Number': '+15035550188' });
  });

  test('Salesforce puts a home number in Home Phone and a work one in Business Phone, never in Mobile', () => {
    const { files, report } = planExport(sheet(APPLE, 'Contacts'), { crm: 'salesforce', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(exported(contacts, 5)).toMatchObject({
      'First Name': 'James',
      Email: 'jim.whitaker@comcast.net',
      'Mobile Phone': null,
      'Business Phone': null,
      'Home Phone': '+15035550110',
    });
    expect(exported(contacts, 9)).toMatchObject({
      Email: 'sarah@lumendental.com',
      'Mobile Phone': null,
      'Business Phone': '+16505550100',
    });
    expect(report.filledFromOther.Email).toEqual({ 'Email (work)': 7 });
    expect(report.filledFromOther['Home Phone']).toEqual({ 'Phone (home)': 3 });
  });

  test("a company's main number is its account's Phone, never a person's Mobile", () => {
    const { files } = planExport(sheet(APPLE, 'Contacts'), { crm: 'hubspot', now: NOW });
    // Lumen Dental's front desk: a company-only row whose number is in Phone (main).
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(exported(accounts, 11)).toMatchObject({ 'Company Name': 'Lumen Dental', 'Phone Number': '+16505550100' });
    // Outlook's Company Main Phone, even one whose digits read as a mobile (a UK 07 number).
    const outlook: CellValue[][] = [
      ['First Name', 'Last Name', 'Company', 'Mobile Phone', 'Company Main Phone', 'E-mail Address'],
      ['Priya', 'Nair', 'Kestrel AI', '', '+44 7911 123456', 'priya.nair@kestrelai.com'],
      ['Carlos', 'Mendes', 'Mendes Imports', '(305) 555-0177', '', 'carlos@mendesimports.com'],
    ];
    const contacts = planExport(sheet(outlook, 'Contacts'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(exported(contacts, 2)).toMatchObject({ 'Mobile Phone Number': null, 'Phone Number': '+447911123456' });
  });

  test("Pipedrive's home e-mail fills HubSpot's Email where the work one is blank", () => {
    const { files, report } = planExport(sheet(PIPEDRIVE, 'Persons'), { crm: 'hubspot', now: NOW });
    const contacts = files[0]!;
    expect(exported(contacts, 3)).toMatchObject({ 'First Name': 'Bob', Email: 'bob.chen78@gmail.com' });
    expect(exported(contacts, 10)).toMatchObject({
      'Last Name': 'Whitaker Sr.',
      Email: 'jim.whitaker@comcast.net',
      'Phone Number': '+15035550110',
    });
    expect(exported(contacts, 11)).toMatchObject({
      'Last Name': 'Whitaker Jr.',
      Email: 'jwhitaker.jr@gmail.com',
      'Mobile Phone Number': '+15035550188',
      'Phone Number': '+15035550110',
    });
    expect(exported(contacts, 2)).toMatchObject({ Email: 'robert.chen@acmecorp.com' });
    expect(report.filledFromOther).toEqual({
      Email: { 'Person - Email - Home': 3 },
      'Phone Number': { 'Person - Phone - Home': 2 },
    });
  });

  test('a row with no e-mail anywhere keeps Email blank and is not counted', () => {
    const values: CellValue[][] = [
      ['First name', 'Last name', 'Email (home)', 'Email (work)', 'Phone (mobile)'],
      ['Mom', '', '', '', '(503) 555-0142'],
    ];
    const { files, report } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 0)).toMatchObject({ Email: null, 'Mobile Phone Number': '+15035550142' });
    expect(report.filledFromOther).toEqual({});
  });
});
