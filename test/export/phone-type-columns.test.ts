/**
 * Which phone line a number takes when the sheet says (Google's Phone N - Type beside Phone N - Value)
 * and when it does not (the number's own type, by libphonenumber-js: a mobile of any country to
 * Mobile, a landline to Phone, a US or Canadian number, which can be either, to Phone).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { parseCsv } from '../../shared/files/parse-csv';
import { snapshotFromCsvRows } from '../../shared/files/csv-sheet';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet, usTemplate } from './fixtures';

function csvSheet(text: string, name: string) {
  return snapshotFromCsvRows(parseCsv(new TextEncoder().encode(text), `${name}.csv`).rows, name);
}

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// google-contacts.csv: rows 2, 3, 7, 12, 15, 17 and 22, as Google Contacts exports them.
const GOOGLE = [
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,Website 1 - Value',
  'Sarah Johnson,Sarah,,Johnson,,,,,,,,,,,1984-03-12,,,,,,,,,,,Met at SaaStr 2023,,,* myContacts ::: Clients,* Work,sarah.johnson@brightwave.io,,,Mobile,+1 415-555-0134,Work,(415) 555-0199,Work,"1200 Market St\nSan Francisco, CA 94102\nUS",1200 Market St,San Francisco,,CA,94102,US,,,Brightwave Inc.,,VP Marketing,,,,,,',
  "Michael O'Brien,Michael,,O'Brien,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts ::: Clients ::: VIP,* Work,mobrien@obrienlaw.com,Home,mike.obrien@gmail.com,Mobile,(617) 555-0142 ::: (617) 555-0177,,,,,,Boston,,MA,02110,US,,,O'Brien & Associates,,Partner,,,,,,",
  'Emily Nguyen,Emily,,Nguyen,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts ::: Clients,* Work,emily.nguyen@harborfoods.com,,,Mobile,+61 412 345 678,,,,,,Sydney,,NSW,2000,Australia,,,Harbor Foods Pty Ltd,,Purchasing Lead,,,,,,',
  'Robert Garcia,Robert,,Garcia,,,,,,,,Bob,,,,,,,,,,,,,,,,,* myContacts ::: Clients,* Work,bob.garcia@garcia-hvac.com,,,Mobile,+1 713 555 0148,Work,+1 713 555 0149,,,,Houston,,TX,77002,US,,,Garcia HVAC,,Owner,,,,,,',
  ',,,,,,,,,,,,,,,,,,,,,,,,,company only,,,* myContacts ::: Clients,* Work,info@sunrisebakery.com,,,Work,+1 503 555 0166,,,,,,Portland,,OR,97201,US,,,Sunrise Bakery,,,,,,,,',
  'Maria Rossi,Maria,,Rossi,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts,* Work,maria.rossi@gmail.com,,,Mobile,+39 333 123 4567,,,,,,Milano,,,20121,Italy,,,,,,,,,,,',
  'Ahmed Hassan,Ahmed,,Hassan,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts ::: Clients,* Work,ahmed.hassan@gulfsupply.ae,,,Mobile,+971 50 123 4567,,,,,,Dubai,,,,United Arab Emirates,,,Gulf Supply LLC,,Sales Manager,,,,,,',
].join('\r\n');

describe('phone type columns', () => {
  const plan = () => planExport(csvSheet(GOOGLE, 'contacts'), { crm: 'zoho', template: usTemplate(), now: NOW });

  test('Google: a number typed Mobile goes to Mobile, one typed Work to Phone', () => {
    const { files, report } = plan();
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      Mobile: '+14155550134',
      Phone: '+14155550199',
      Description: 'Met at SaaStr 2023',
    });
    expect(rowOf(file, 5)).toMatchObject({ Mobile: '+17135550148', Phone: '+17135550149', Description: null });
    expect(rowOf(file, 4)).toMatchObject({ Mobile: '+61412345678', Phone: null });
    expect(rowOf(file, 7)).toMatchObject({ Mobile: '+393331234567', Phone: null });
    expect(rowOf(file, 8)).toMatchObject({ Mobile: '+971501234567', Phone: null });
    expect(report.sparePhones).toEqual({});
  });

  test('Google: two mobiles in one cell take Mobile, then the free Phone, and none goes to the notes', () => {
    const file = plan().files[0]!;
    expect(rowOf(file, 3)).toMatchObject({ Mobile: '+16175550142', Phone: '+16175550177', Description: null });
  });

  test('Google: the type columns that decided the lines are still written as extra columns', () => {
    const file = plan().files[0]!;
    expect(file.header).toEqual(expect.arrayContaining(['Phone 1 - Type', 'Phone 2 - Type']));
  });

  test('Google: a company alone keeps its Work number in the account’s Phone', () => {
    const accounts = plan().files.find((f) => f.object === 'accounts')!;
    expect(rowOf(accounts, 6)).toMatchObject({ 'Account Name': 'Sunrise Bakery', Phone: '+15035550166' });
  });
});

describe('a number’s own type where the sheet does not say', () => {
  // An event list's one phone column: numbers of several countries, US ones among them.
  // prettier-ignore
  const ROWS: CellValue[][] = [
    ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Country'],
    ['Emily', 'Nguyen', 'emily.nguyen@harborfoods.com', '+61 412 345 678', 'Harbor Foods Pty Ltd', 'Australia'],
    ['Maria', 'Rossi', 'maria.rossi@gmail.com', '+39 333 123 4567', null, 'Italy'],
    ['Lisa', 'Müller', 'lisa.mueller@bergmann-gmbh.de', '+49 30 12345678', 'Bergmann GmbH', 'Germany'],
    ['Priya', 'Patel', 'priya@patelconsulting.co.uk', '07911 123456', 'Patel Consulting Ltd', 'United Kingdom'],
    ['Sophia', 'Davis', 'sophia.davis@riverbank.com', '+1 212 555 0166', 'Riverbank Capital', 'US'],
  ];

  test('a mobile of any country goes to Mobile, a landline and a US number to Phone', () => {
    const file = planExport(sheet(ROWS, 'Attendees'), { crm: 'salesforce', template: usTemplate(), now: NOW })
      .files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'Mobile Phone': '+61412345678', 'Business Phone': null });
    expect(rowOf(file, 3)).toMatchObject({ 'Mobile Phone': '+393331234567', 'Business Phone': null });
    expect(rowOf(file, 4)).toMatchObject({ 'Mobile Phone': null, 'Business Phone': '+493012345678' });
    expect(rowOf(file, 5)).toMatchObject({ 'Mobile Phone': '+447911123456', 'Business Phone': null });
    // FIXED_LINE_OR_MOBILE: nothing says which, so it stays on the main line.
    expect(rowOf(file, 6)).toMatchObject({ 'Mobile Phone': null, 'Business Phone': '+12125550166' });
  });
});

describe('a number no line takes', () => {
  // A US list with two numbers whose type nothing says: both are for the main line.
  // prettier-ignore
  const ROWS: CellValue[][] = [
    ['Name', 'Email', 'Phone', 'Tel', 'Company'],
    ['Robert Garcia', 'bob.garcia@garcia-hvac.com', '+1 713 555 0148', '+1 713 555 0149', 'Garcia HVAC'],
  ];

  test('is not said to have found no free column while Mobile was free', () => {
    const { files, report } = planExport(sheet(ROWS, 'Contacts'), { crm: 'zoho', template: usTemplate(), now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({
      Phone: '+17135550148',
      Mobile: null,
      Description: 'Tel: +1 713 555 0149',
    });
    expect(report.sparePhones).toEqual({ Tel: 1 });
    expect(report.sparePhonesNotMobile).toEqual({ Tel: 1 });
  });
});
