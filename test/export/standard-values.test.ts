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
