/**
 * A sheet with First Name and Last Name columns beside a whole-name column (Zoho's Full Name,
 * Google's Name beside Given Name and Family Name): the parts are the names as typed, the whole name
 * only fills a row whose parts are blank, and it is not written again as a second copy.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { parseCsv } from '../../shared/files/parse-csv';
import { snapshotFromCsvRows } from '../../shared/files/csv-sheet';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, usTemplate } from './fixtures';

function csvSheet(text: string, name: string) {
  return snapshotFromCsvRows(parseCsv(new TextEncoder().encode(text), `${name}.csv`).rows, name);
}

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// Zoho CRM's Contacts export: rows 2, 3, 11 and 19 of zoho-contacts.csv, then a row whose parts are blank.
const ZOHO = [
  'Record Id,Contact Owner,Lead Source,First Name,Last Name,Account Name,Vendor Name,Email,Title,Department,Phone,Other Phone,Home Phone,Mobile,Fax,Assistant,Date of Birth,Asst Phone,Reports To,Email Opt Out,Created By,Skype ID,Modified By,Created Time,Modified Time,Full Name,Salutation,Secondary Email,Last Activity Time,Twitter,Tag,Mailing Street,Other Street,Mailing City,Other City,Mailing State,Other State,Mailing Zip,Other Zip,Mailing Country,Other Country,Description,Unsubscribed Mode,Unsubscribed Time,Last Enriched Time,Enrich Status',
  'zcrm_5725767000000412001,Alex Morgan,Trade Show,Sarah,Johnson,Brightwave Inc.,,sarah.johnson@brightwave.io,VP Marketing,,+1 415-555-0199,,,+1 415-555-0134,,,,,,false,Alex Morgan,,Alex Morgan,2023-05-10 09:12:44,2025-04-01 10:00:00,Sarah Johnson,Ms.,,,,"VIP,Q3",1200 Market St,,San Francisco,,CA,,94102,,United States,,Met at SaaStr,,,,',
  "zcrm_5725767000000412002,Alex Morgan,Web Download,Michael,O'Brien,O'Brien & Associates,,mobrien@obrienlaw.com,Partner,,(617) 555-0142,,,,,,,,,false,Alex Morgan,,Alex Morgan,2023-05-10 09:12:44,2025-04-01 10:00:00,Michael O'Brien,Mr.,,,,,,,Boston,,MA,,2110,,United States,,,,,,",
  'zcrm_5725767000000412010,Alex Morgan,Trade Show,,Facilities Dept,Lakeview Hospital,,facilities@lakeviewhospital.org,,,(312) 555-0100,,,,,,,,,false,Alex Morgan,,Alex Morgan,2023-05-10 09:12:44,2025-04-01 10:00:00,Facilities Dept,,,,,,100 Lake Shore Dr,,Chicago,,IL,,60611,,United States,,generic inbox,,,,',
  'zcrm_5725767000000412018,Alex Morgan,Twitter,Natalie & Brian,Walker,,,walkers@gmail.com,,,,,,(720) 555-0177,,,,,,false,Alex Morgan,,Alex Morgan,2023-05-10 09:12:44,2025-04-01 10:00:00,Natalie & Brian Walker,,,,,,,,Denver,,CO,,80202,,United States,,,,,,',
  'zcrm_5725767000000412019,Jordan Lee,Chat,,,Summit Dental,,reception@summitdental.com,,,(303) 555-0140,,,,,,,,,false,Jordan Lee,,Jordan Lee,2023-05-10 09:12:44,2025-04-01 10:00:00,Dana Whitfield,,,,,,,,Boulder,,CO,,80302,,United States,,,,,,',
].join('\r\n');

// Google Contacts' CSV: rows 2, 11, 12 and 15 of google-contacts.csv (15 is a company alone).
const GOOGLE_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,Website 1 - Value';
const GOOGLE_ROWS = [
  'Sarah Johnson,Sarah,,Johnson,,,,,,,,,,,1984-03-12,,,,,,,,,,,Met at SaaStr 2023,,,* myContacts ::: Clients,* Work,sarah.johnson@brightwave.io,,,Mobile,+1 415-555-0134,Work,(415) 555-0199,Work,"1200 Market St\nSan Francisco, CA 94102\nUS",1200 Market St,San Francisco,,CA,94102,US,,,Brightwave Inc.,,VP Marketing,,,,,,',
  "Dr. Anna Kowalski,Anna,,Kowalski,,,,,Dr.,,,,,,,,,,,,,,,,,,,,* myContacts ::: Clients,* Work,anna.kowalski@stmarys-clinic.org,,,Work,+1 646 555 0123,,,,,,New York,,NY,10001,US,,,St. Mary's Clinic,,Physician,,,,,,",
  'Robert Garcia,Robert,,Garcia,,,,,,,,Bob,,,,,,,,,,,,,,,,,* myContacts ::: Clients,* Work,bob.garcia@garcia-hvac.com,,,Mobile,+1 713 555 0148,Work,+1 713 555 0149,,,,Houston,,TX,77002,US,,,Garcia HVAC,,Owner,,,,,,',
  ',,,,,,,,,,,,,,,,,,,,,,,,,company only,,,* myContacts ::: Clients,* Work,info@sunrisebakery.com,,,Work,+1 503 555 0166,,,,,,Portland,,OR,97201,US,,,Sunrise Bakery,,,,,,,,',
];

describe('name part columns beside a whole-name column', () => {
  test('Zoho: First Name and Last Name come from the sheet’s own columns, as typed', () => {
    const { files, report } = planExport(csvSheet(ZOHO, 'Contacts'), {
      crm: 'hubspot',
      template: usTemplate(),
      now: NOW,
    });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'First Name': 'Sarah', 'Last Name': 'Johnson' });
    expect(rowOf(file, 4)).toMatchObject({ 'First Name': null, 'Last Name': 'Facilities Dept' });
    expect(rowOf(file, 5)).toMatchObject({ 'First Name': 'Natalie & Brian', 'Last Name': 'Walker' });
    expect(report.columns.find((c) => c.crmColumn === 'First Name')?.sheetColumns[0]).toBe('First Name');
    expect(report.columns.find((c) => c.crmColumn === 'Last Name')?.sheetColumns[0]).toBe('Last Name');
    // No second copy of the names: the whole name says nothing the parts do not.
    expect(file.header).not.toContain('First Name (sheet)');
    expect(file.header).not.toContain('Last Name (sheet)');
    expect(file.header).not.toContain('Full Name');
  });

  test('a row whose parts are blank takes the split of its whole name', () => {
    const file = planExport(csvSheet(ZOHO, 'Contacts'), { crm: 'zoho', template: usTemplate(), now: NOW }).files[0]!;
    expect(rowOf(file, 6)).toMatchObject({
      'First Name': 'Dana',
      'Last Name': 'Whitfield',
      'Account Name': 'Summit Dental',
    });
  });

  test('Google: Given Name and Family Name fill First and Last; a company alone stays an account', () => {
    const { files, report } = planExport(csvSheet([GOOGLE_HEADER, ...GOOGLE_ROWS].join('\r\n'), 'contacts'), {
      crm: 'zoho',
      template: usTemplate(),
      now: NOW,
    });
    const [contacts, accounts] = files;
    expect(rowOf(contacts!, 2)).toMatchObject({ 'First Name': 'Sarah', 'Last Name': 'Johnson' });
    expect(rowOf(contacts!, 3)).toMatchObject({ Salutation: 'Dr.', 'First Name': 'Anna', 'Last Name': 'Kowalski' });
    expect(contacts!.header).not.toContain('Given Name');
    expect(contacts!.header).not.toContain('Family Name');
    expect(contacts!.header).not.toContain('Name');
    expect(accounts?.object).toBe('accounts');
    expect(rowOf(accounts!, 5)).toMatchObject({ 'Account Name': 'Sunrise Bakery' });
    expect(report.accountRows).toBe(1);
  });

  test('the whole name is kept as an extra column when it holds a word the row has nowhere else', () => {
    const rows = [
      GOOGLE_HEADER,
      GOOGLE_ROWS[0]!,
      // The whole name carries the nickname the parts and the Nickname column do not.
      'Robert "Bobby" Garcia,Robert,,Garcia,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts ::: Clients,* Work,bob.garcia@garcia-hvac.com,,,Mobile,+1 713 555 0148,,,,,,Houston,,TX,77002,US,,,Garcia HVAC,,Owner,,,,,,',
    ];
    const file = planExport(csvSheet(rows.join('\r\n'), 'contacts'), {
      crm: 'zoho',
      template: usTemplate(),
      now: NOW,
    }).files[0]!;
    expect(rowOf(file, 3)).toMatchObject({
      'First Name': 'Robert',
      'Last Name': 'Garcia',
      Name: 'Robert "Bobby" Garcia',
    });
  });
});
