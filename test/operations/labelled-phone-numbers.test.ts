/**
 * QuickBooks' Customer Contact List keeps a customer's numbers in one Phone Numbers cell, each after
 * its label: Phone:(615) 333-0424 Mobile:(615) 925-7247. Check, clean and dedupe read such a cell as
 * its two numbers, and clean keeps the labels, which say which number is the mobile.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { findDuplicates } from '../../shared/dedupe';
import { defaultTemplate } from '../../shared/template/default-template';
import { sheet, TODAY } from './fixtures';

const US = { ...defaultTemplate(), defaultRegion: 'US' };

// quickbooks_customer_contacts.csv, rows 2 to 6; row 7 is Granite Capital again, typed by hand.
// prettier-ignore
const QUICKBOOKS: CellValue[][] = [
  ['Customer', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Open Balance'],
  ['Horizon Consulting LLC', 'Phone:(305) 909-1726', 'ethan_ellis@horizon.com', 'Ethan Ellis', '4657 Maple Dr Miami, FL  33128', '33.34'],
  ['Granite Capital', 'Phone:(615) 333-0424 Mobile:(615) 925-7247', 'joshua5@granite.com', 'Joshua Richardson', '5754 Hillcrest Dr Nashville, TN  37254', '0.00'],
  ["Amy's Bird Sanctuary", 'Phone:(650) 555-3311 Mobile:(650) 555-1234', 'birds@intuit.com', 'Amy Lauterbach', '4581 Finch St. Bayshore, CA  94326', '239.00'],
  ['Maria Lopez', 'Mobile:(786) 874-3156', 'maria.lopez@gmail.com', 'Maria Lopez', '220 Ocean Dr Miami, FL  33139', '0.00'],
  ['Harbor Design Studio, Inc.', 'Phone:615.522.7445 Mobile:615-522-7446', 'declan98@harbor.com', 'Declan Evans', '6763 Broadway Nashville, TN  37266', '0.00'],
  ['Granite Capital LLC', '615-925-7247', 'joshua.richardson@granite.com', 'Joshua Richardson', '', ''],
];

const phoneIssues = (values: CellValue[][], template = US) =>
  checkSheet(sheet(values), { now: TODAY, template })
    .issues.filter((i) => i.field === 'phone')
    .map((i) => [i.row, i.code, i.severity, i.suggestion]);

describe('a Phone Numbers cell of two labelled numbers', () => {
  test('check calls neither number invalid: it only asks for the cells written another way', () => {
    // A number alone loses its label (the column says it is a phone); two keep theirs.
    expect(phoneIssues(QUICKBOOKS)).toEqual([
      [2, 'phone.nonCanonical', 'warning', '(305) 909-1726'],
      [5, 'phone.nonCanonical', 'warning', '(786) 874-3156'],
      [6, 'phone.nonCanonical', 'warning', 'Phone:(615) 522-7445 Mobile:(615) 522-7446'],
      [7, 'phone.nonCanonical', 'warning', '(615) 925-7247'],
    ]);
  });

  test('clean writes both numbers as the sheet’s numbers are written, each after its label', () => {
    const edits = planClean(sheet(QUICKBOOKS), { now: TODAY, template: US })
      .plan.edits.filter((e) => e.col === 2)
      .map((e) => [e.row, e.after]);
    expect(edits).toEqual([
      [2, '(305) 909-1726'],
      [5, '(786) 874-3156'],
      [6, 'Phone:(615) 522-7445 Mobile:(615) 522-7446'],
      [7, '(615) 925-7247'],
    ]);
    // Under the Chinese template the US sheet's numbers are another country's: written with +1.
    const zh = planClean(sheet(QUICKBOOKS), { now: TODAY }).plan.edits.filter((e) => e.col === 2);
    expect(zh.find((e) => e.row === 3)?.after).toBe('Phone:+1 615 333 0424 Mobile:+1 615 925 7247');
  });

  test('dedupe meets a row on either number: the mobile typed alone elsewhere is the same customer', () => {
    const clusters = findDuplicates(sheet(QUICKBOOKS), { template: US }).clusters;
    expect(clusters.map((c) => c.rows)).toEqual([[3, 7]]);
    expect(clusters[0]!.reasons.find((r) => r.field === 'phone')?.level).toBe('exact');
  });
});
