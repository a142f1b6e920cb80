/**
 * A number the sheet types as Home (Google Contacts' Phone N - Type, Outlook's Home Phone column, a
 * 家庭电话 column) goes to the CRM's Home Phone where the layout has one (Zoho CRM and Salesforce
 * contacts), else to Phone as before, or to the notes when Phone is taken.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { parseCsv } from '../../shared/files/parse-csv';
import { snapshotFromCsvRows } from '../../shared/files/csv-sheet';
import { applyMapFile } from '../../shared/export/map-file';
import { crmLayout } from '../../shared/export/crm-layouts';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { defaultTemplate } from '../../shared/template/default-template';
import { NOW, sheet, usTemplate } from './fixtures';

function csvSheet(rows: string[][], name: string) {
  const text = rows.map((row) => row.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','));
  return snapshotFromCsvRows(parseCsv(new TextEncoder().encode(text.join('\r\n')), `${name}.csv`).rows, name);
}

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

/** Rows under a header as an export writes them: each row names only its filled cells. */
function exportRows(header: string[], rows: Array<Record<string, string>>): string[][] {
  return [header, ...rows.map((row) => header.map((h) => row[h] ?? ''))];
}

// Google Contacts' export header (google-contacts.csv), rows typed Home as Google writes them.
const GOOGLE_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,Website 1 - Value'.split(
    ',',
  );
const person = (name: string, email: string) => {
  const [given, family] = name.split(' ');
  return {
    Name: name,
    'Given Name': given!,
    'Family Name': family!,
    'Group Membership': '* myContacts ::: Clients',
    'E-mail 1 - Type': '* Work',
    'E-mail 1 - Value': email,
  };
};
const GOOGLE = exportRows(GOOGLE_HEADER, [
  {
    ...person('Sarah Johnson', 'sarah.johnson@brightwave.io'),
    'Phone 1 - Type': 'Mobile',
    'Phone 1 - Value': '+1 415-555-0134',
    'Phone 2 - Type': 'Home',
    'Phone 2 - Value': '(415) 555-0188',
    'Address 1 - City': 'San Francisco',
    'Address 1 - Region': 'CA',
    'Address 1 - Country': 'US',
    'Organization 1 - Name': 'Brightwave Inc.',
  },
  {
    ...person('Linda Thompson', 'linda.t@yahoo.com'),
    'Phone 1 - Type': 'Home',
    'Phone 1 - Value': '(303) 555-0150',
    'Address 1 - Country': 'US',
  },
  {
    ...person('Robert Garcia', 'bob.garcia@garcia-hvac.com'),
    'Phone 1 - Type': 'Work',
    'Phone 1 - Value': '+1 713 555 0149',
    'Phone 2 - Type': 'Home',
    'Phone 2 - Value': '+1 713 555 0177',
    'Address 1 - Country': 'US',
    'Organization 1 - Name': 'Garcia HVAC',
  },
]);

// Outlook's export header (outlook-contacts.csv) with a contact's Business, Home and Mobile numbers.
const OUTLOOK_HEADER =
  "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,Other State,Other Postal Code,Other Country/Region,Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,Anniversary,Assistant's Name,Billing Information,Birthday,Business Address PO Box,Categories,Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,Initials,Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page".split(
    ',',
  );
const outlook = (row: Record<string, string>) => ({
  Anniversary: '0/0/00',
  Birthday: '0/0/00',
  'E-mail Type': 'SMTP',
  Gender: 'Unspecified',
  Priority: 'Normal',
  Private: 'False',
  Sensitivity: 'Normal',
  ...row,
});
const OUTLOOK = exportRows(OUTLOOK_HEADER, [
  outlook({
    Title: 'Mr.',
    'First Name': 'John',
    'Last Name': 'Anderson',
    Company: 'Anderson Plumbing LLC',
    'Business City': 'Columbus',
    'Business State': 'OH',
    'Business Country/Region': 'United States of America',
    'Business Phone': '(614) 555-0123',
    'Home Phone': '(614) 555-0177',
    'Mobile Phone': '(614) 555-0198',
    'E-mail Address': 'john@andersonplumbing.com',
  }),
  outlook({
    Title: 'Mrs.',
    'First Name': 'Linda',
    'Last Name': 'Thompson',
    'Home Phone': '(555) 555-0150',
    'E-mail Address': 'linda.t@yahoo.com',
  }),
]);

describe('home numbers', () => {
  test('Google: a number typed Home goes to Zoho’s Home Phone, beside Mobile and Phone', () => {
    const file = planExport(csvSheet(GOOGLE, 'contacts'), { crm: 'zoho', template: usTemplate(), now: NOW }).files[0]!;
    expect(file.header).toContain('Home Phone');
    expect(rowOf(file, 2)).toMatchObject({ Mobile: '+14155550134', Phone: null, 'Home Phone': '+14155550188' });
    expect(rowOf(file, 3)).toMatchObject({ Mobile: null, Phone: null, 'Home Phone': '+13035550150' });
    // Work and Home: each to its own line, none to the notes.
    expect(rowOf(file, 4)).toMatchObject({
      Phone: '+17135550149',
      'Home Phone': '+17135550177',
      Description: null,
    });
  });

  test('Outlook: Business, Home and Mobile Phone go to Salesforce’s Business, Home and Mobile Phone', () => {
    const { files, report } = planExport(csvSheet(OUTLOOK, 'contacts'), {
      crm: 'salesforce',
      template: usTemplate(),
      now: NOW,
    });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Mobile Phone': '+16145550198',
      'Business Phone': '+16145550123',
      'Home Phone': '+16145550177',
    });
    // 555 is no US area code: the number is written as typed, still on the home line.
    expect(rowOf(file, 3)).toMatchObject({ 'Business Phone': null, 'Home Phone': '(555) 555-0150' });
    expect(file.header.filter((h) => h.startsWith('Home Phone'))).toEqual(['Home Phone']);
    expect(report.columns.find((c) => c.crmColumn === 'Home Phone')).toMatchObject({
      source: 'phone.home',
      sheetColumns: expect.arrayContaining(['Home Phone']),
    });
  });

  test('HubSpot has no home line: a Home number goes to Phone Number, as before', () => {
    const file = planExport(csvSheet(GOOGLE, 'contacts'), { crm: 'hubspot', template: usTemplate(), now: NOW })
      .files[0]!;
    expect(file.header).not.toContain('Home Phone');
    expect(rowOf(file, 2)).toMatchObject({ 'Mobile Phone Number': '+14155550134', 'Phone Number': '+14155550188' });
    expect(rowOf(file, 3)).toMatchObject({ 'Phone Number': '+13035550150' });
  });

  test('Zoho leads have no Home Phone field: a Home number beside a Work one goes to the notes, as before', () => {
    const { files, report } = planExport(csvSheet(GOOGLE, 'contacts'), {
      crm: 'zoho',
      object: 'leads',
      template: usTemplate(),
      now: NOW,
    });
    const file = files[0]!;
    expect(file.header).not.toContain('Home Phone');
    expect(rowOf(file, 4)).toMatchObject({
      Phone: '+17135550149',
      Description: 'Phone 2 - Value: +1 713 555 0177',
    });
    expect(report.sparePhones).toEqual({ 'Phone 2 - Value': 1 });
  });

  test('a 家庭电话 column beside 手机 goes to Home Phone, and to 纷享销客’s 电话', () => {
    // prettier-ignore
    const rows: CellValue[][] = [
      ['姓名', '手机', '家庭电话', '邮箱', '公司'],
      ['欧阳娜', '138 0013 8000', '010-62345678', 'ouyang.na@example.cn', '杭州云栖科技有限公司'],
      ['张伟', null, '0571-88886666', 'zhang.wei@example.com', null],
    ];
    const zoho = planExport(sheet(rows), { crm: 'zoho', template: defaultTemplate(), now: NOW }).files[0]!;
    expect(rowOf(zoho, 2)).toMatchObject({ Mobile: '+8613800138000', 'Home Phone': '+861062345678' });
    expect(rowOf(zoho, 3)).toMatchObject({ Phone: null, 'Home Phone': '+8657188886666' });
    const fx = planExport(sheet(rows), { crm: 'fxiaoke', object: 'contacts', template: defaultTemplate(), now: NOW })
      .files[0]!;
    expect(rowOf(fx, 2)).toMatchObject({ 手机: '13800138000', 电话: '010-62345678' });
  });

  test('a map file can point a CRM column at phone.home', () => {
    const result = applyMapFile(
      crmLayout('zoho', 'leads')!,
      { columns: { Home_Phone__c: 'phone.home' } },
      usTemplate(),
    );
    if (!result.ok) throw new Error(result.errors.join('; '));
    const file = planExport(csvSheet(GOOGLE, 'contacts'), { crm: 'zoho', layout: result.layout, now: NOW }).files[0]!;
    expect(rowOf(file, 4)).toMatchObject({ Phone: '+17135550149', Home_Phone__c: '+17135550177', Description: null });
  });
});
