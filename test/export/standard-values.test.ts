/**
 * A list exported from a CRM goes back with the CRM's own values: Salesforce's Phone Inquiry and
 * Partner Referral, HubSpot's Marketing Qualified Lead, not the nearest template option's label.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

const column = (file: ExportFile, header: string) => file.rows.map((row) => row[file.header.indexOf(header)] ?? null);

describe('planExport of a CRM’s own picklist values', () => {
  test('Salesforce leads keep their standard Lead Source values; a template option still maps', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Company', 'Email', 'Lead Source'],
      ['Emily', 'Carter', 'BrightPath Inc', 'emily@brightpath.io', 'Phone Inquiry'],
      ['Robert', 'Miller', 'Hudson Freight', 'rmiller@hudsonfreight.com', 'Partner Referral'],
      ['Linda', 'Park', 'Acme Corp', 'linda@acme.com', 'purchased list'],
      ['David', 'Chen', 'Initech', 'david@initech.com', '官网'],
    ];
    const { files, report } = planExport(sheet(values, 'Leads'), { crm: 'salesforce', object: 'leads', now: NOW });
    expect(column(files[0]!, 'Lead Source')).toEqual(['Phone Inquiry', 'Partner Referral', 'Purchased List', 'Web']);
    expect(JSON.stringify(report)).not.toContain('Referral Source');
  });

  test('a Salesforce accounts file writes where each account came from to Account Source, as its contacts file does', () => {
    // A Salesforce "Accounts and Contacts" report: a contact's row per person, Lead Source per row.
    const values: CellValue[][] = [
      ['Account Name', 'First Name', 'Last Name', 'Email', 'Phone', 'Lead Source'],
      ['Acme Corporation', 'John', 'Doe', 'jdoe@acme.com', '415-555-0142', 'Trade Show'],
      ['Acme Corporation', 'Sarah', 'Connor', 'sconnor@acme.com', '415-555-0142', 'Trade Show'],
      ['Globex Inc.', 'Hank', 'Scorpio', 'hank@globex.com', '212-555-0199', 'Web'],
      ['Initech', 'Bill', 'Lumbergh', 'bill@initech.com', '512-555-0100', 'Phone Inquiry'],
    ];
    const { files } = planExport(sheet(values, 'Report'), { crm: 'salesforce', object: 'accounts', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(column(accounts, 'Account Source')).toEqual(['Trade Show', 'Web', 'Phone Inquiry']);
    expect(column(contacts, 'Lead Source')).toEqual(['Trade Show', 'Trade Show', 'Web', 'Phone Inquiry']);
    expect(accounts.header).not.toContain('Lead Source');
  });

  test('HubSpot contacts keep Marketing Qualified Lead and Subscriber rather than becoming Opportunity', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Lifecycle Stage'],
      ['Emily', 'Carter', 'emily@brightpath.io', 'Marketing Qualified Lead'],
      ['Robert', 'Miller', 'rmiller@hudsonfreight.com', 'Subscriber'],
      ['Linda', 'Park', 'linda@acme.com', '成交'],
    ];
    const contacts = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(column(contacts, 'Lifecycle Stage')).toEqual(['Marketing Qualified Lead', 'Subscriber', 'Customer']);
  });
});
