/**
 * Industry in each CRM's own values: Salesforce's standard Industry picklist (Technology, Finance,
 * Construction …) and HubSpot's industry property, written by its internal values
 * (FINANCIAL_SERVICES, CONSTRUCTION …). A value the CRM has no match for is written as typed and named
 * in the report; never another value that means something else ("Technology" is no HubSpot value:
 * Internet and Information Technology and Services are two readings).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no column ${header}`);
  return file.rows.map((row) => row[at] ?? null);
}

// b2b_accounts.xlsx (Accounts): one row of each industry it holds.
// prettier-ignore
const B2B: CellValue[][] = [
  ['Account Name', 'Account Number', 'Type', 'Industry', 'Phone', 'Billing City', 'Billing State'],
  ['Trident Systems LLC', 'ACC-10000', 'Partner', 'Construction', '(862) 420-9745', 'Newark', 'NJ'],
  ['Bluebird Consulting LLC', 'ACC-10002', 'Customer - Direct', 'Education', '(737) 851-7142', 'Austin', 'TX'],
  ['Acme Widgets, Inc.', 'ACC-20001', 'Customer', 'Manufacturing', '(312) 555-0100', 'Chicago', 'IL'],
  ['Beacon Analytics Inc', 'ACC-10003', 'Customer - Channel', 'Hospitality', '614-609-6253', 'Columbus', 'OH'],
  ['Cascade Logistics Inc', 'ACC-10004', 'Partner', 'Technology', '305-601-4100', 'Miami', 'FL'],
  ['Horizon Design Studio, Inc.', 'ACC-10006', 'Customer - Direct', 'Healthcare', '773-524-5855', 'Chicago', 'IL'],
  ['Johnson & Sons Hardware', 'ACC-20004', 'Customer', 'Retail', '(614) 555-0111', 'Columbus', 'OH'],
  ['Beacon Foods', 'ACC-10009', 'Prospect', 'Financial Services', '973-229-2276', 'Newark', 'NJ'],
];

describe('industry in the CRM’s own values', () => {
  test('Salesforce: its standard values as they stand; Financial Services is not one, kept as typed', () => {
    const { files, report } = planExport(sheet(B2B, 'Accounts'), { crm: 'salesforce', object: 'accounts', now: NOW });
    expect(columnOf(files[0]!, 'Industry')).toEqual([
      'Construction',
      'Education',
      'Manufacturing',
      'Hospitality',
      'Technology',
      'Healthcare',
      'Retail',
      'Financial Services',
    ]);
    expect(report.notCrmValues).toEqual({ Industry: ['Financial Services'] });
    expect(report.valuesAsTyped.Industry).toBeUndefined();
  });

  test('HubSpot: the internal values; Technology, Education and Manufacturing have no one match, kept as typed', () => {
    const { files, report } = planExport(sheet(B2B, 'Accounts'), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(columnOf(files[0]!, 'Industry')).toEqual([
      'CONSTRUCTION',
      'Education',
      'Manufacturing',
      'HOSPITALITY',
      'Technology',
      'HOSPITAL_HEALTH_CARE',
      'RETAIL',
      'FINANCIAL_SERVICES',
    ]);
    expect(report.notCrmValues).toEqual({ Industry: ['Education', 'Manufacturing', 'Technology'] });
  });

  test('a Chinese list’s 行业 labels go to the CRM value of the same meaning, or as typed', () => {
    const values: CellValue[][] = [
      ['客户名称', '行业', '电话'],
      ['杭州云栖科技有限公司', '互联网/IT', '0571-88886666'],
      ['上海浦东发展银行', '金融', '021-61618888'],
      ['深圳万科物业服务有限公司', '房地产', '0755-25606666'],
      ['北京字节跳动科技有限公司', '互联网', '010-58341234'],
    ];
    const sf = planExport(sheet(values), { crm: 'salesforce', object: 'accounts', now: NOW });
    expect(columnOf(sf.files[0]!, 'Industry')).toEqual(['Technology', 'Finance', '房地产', '互联网']);
    expect(sf.report.notCrmValues).toEqual({ Industry: ['互联网', '房地产'] });
    const hs = planExport(sheet(values), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(columnOf(hs.files[0]!, 'Industry')).toEqual(['互联网/IT', 'FINANCIAL_SERVICES', 'REAL_ESTATE', 'INTERNET']);
  });

  test('a HubSpot export’s own values go back as they were', () => {
    const values: CellValue[][] = [
      ['Company name', 'Industry', 'Phone Number'],
      ['Initech', 'COMPUTER_SOFTWARE', '(212) 555-0100'],
      ['Globex', 'Information Technology and Services', '(212) 555-0101'],
    ];
    const { files, report } = planExport(sheet(values, 'Companies'), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(columnOf(files[0]!, 'Industry')).toEqual(['COMPUTER_SOFTWARE', 'INFORMATION_TECHNOLOGY_AND_SERVICES']);
    expect(report.notCrmValues).toEqual({});
  });
});
