/**
 * The lead sources Zoho, Salesforce and HubSpot ship: read as the template's source option where they
 * mean the same (Advertisement is Advertising), else left as typed without an error no cleaning can
 * fix (Web Download, Employee Referral and Seminar Partner name no option, and the CRM takes them back).
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import { isListValidation } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from '../operations/apply';
import { sheet, TODAY } from '../operations/fixtures';

// Zoho CRM's Contacts export (zoho-contacts.csv): its Lead Source, each of its standard values once or twice.
const ZOHO: CellValue[][] = [
  ['Record Id', 'Contact Owner', 'Lead Source', 'First Name', 'Last Name', 'Account Name', 'Email'],
  [
    'zcrm_5725767000000412001',
    'Alex Morgan',
    'Trade Show',
    'Sarah',
    'Johnson',
    'Brightwave Inc.',
    'sarah.johnson@brightwave.io',
  ],
  [
    'zcrm_5725767000000412002',
    'Alex Morgan',
    'Web Download',
    'Michael',
    "O'Brien",
    "O'Brien & Associates",
    'mobrien@obrienlaw.com',
  ],
  [
    'zcrm_5725767000000412003',
    'Alex Morgan',
    'Cold Call',
    'Priya',
    'Patel',
    'Patel Consulting Ltd',
    'priya@patelconsulting.co.uk',
  ],
  ['zcrm_5725767000000412004', 'Alex Morgan', 'Partner', 'Hans', 'Schmidt', 'Schmidt AG', 'h.schmidt@schmidt-ag.de'],
  [
    'zcrm_5725767000000412005',
    'Alex Morgan',
    'Advertisement',
    'Jessica',
    'Wong',
    'Pacific Rim Imports',
    'jessica@pacificrim.com',
  ],
  [
    'zcrm_5725767000000412007',
    'Alex Morgan',
    'Employee Referral',
    'Marcus',
    'Johnson',
    'Johnson Freight',
    'marcus@johnsonfreight.com',
  ],
  [
    'zcrm_5725767000000412008',
    'Alex Morgan',
    'Online Store',
    'Yuki',
    'Tanaka',
    'Tanaka Trading',
    'yuki.tanaka@tanaka.co.jp',
  ],
  ['zcrm_5725767000000412009', 'Alex Morgan', 'Chat', 'Carlos', 'Mendez', '', 'carlos.mendez@hotmail.com'],
  [
    'zcrm_5725767000000412010',
    'Alex Morgan',
    'Trade Show',
    'Dana',
    'Reyes',
    'Lakeview Hospital',
    'facilities@lakeviewhospital.org',
  ],
  [
    'zcrm_5725767000000412011',
    'Alex Morgan',
    'External Referral',
    'Grace',
    'Kim',
    'Kim & Park LLP',
    'grace.kim@kimpark.com',
  ],
  ['zcrm_5725767000000412012', 'Alex Morgan', 'Web Research', 'Omar', 'Farouk', 'Nile Exports', 'omar@nileexports.eg'],
  ['zcrm_5725767000000412013', 'Alex Morgan', 'Cold Call', 'Linda', 'Thompson', '', 'linda.t@yahoo.com'],
  [
    'zcrm_5725767000000412014',
    'Alex Morgan',
    'Seminar Partner',
    'Peter',
    'Novak',
    'Novak s.r.o.',
    'peter.novak@novak.cz',
  ],
  [
    'zcrm_5725767000000412015',
    'Alex Morgan',
    'Trade Show',
    'Sarah',
    'Johnston',
    'Brightwave',
    'sjohnston@brightwave.io',
  ],
  [
    'zcrm_5725767000000412016',
    'Alex Morgan',
    'Internal Seminar',
    'Fatima',
    'Zahra',
    'Atlas Foods',
    'fatima@atlasfoods.ma',
  ],
  [
    'zcrm_5725767000000412017',
    'Alex Morgan',
    'Public Relations',
    'Tyler',
    'Brooks',
    'Brooks Media',
    'tyler@brooksmedia.com',
  ],
  ['zcrm_5725767000000412018', 'Alex Morgan', 'Twitter', 'Natalie', 'Walker', '', 'walkers@gmail.com'],
];

const LEAD_SOURCE = 3;

const issuesIn = (values: CellValue[][], column: string) =>
  checkSheet(sheet(values, { textOnly: true }), { now: TODAY }).issues.filter((i) => i.column === column);

/** What `custodian clean` writes: set up first, then clean the sheet as set up left it. */
function cleanedWithSummary(values: CellValue[][]) {
  const snapshot = sheet(values, { textOnly: true });
  const setUp = after(snapshot, planSetup(snapshot, { now: TODAY }).plan);
  const { plan, summary } = planClean(setUp, { now: TODAY });
  return { cleaned: after(setUp, plan), summary };
}

describe('check and clean on the CRMs’ own lead sources', () => {
  test('a Zoho export’s Lead Source has no error: its values name an option or stay as typed', () => {
    const issues = issuesIn(ZOHO, 'Lead Source');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.map((i) => `${i.row}:${String(i.value)}→${String(i.suggestion)}`)).toEqual([
      '6:Advertisement→Advertising',
      '11:External Referral→Referral Source',
    ]);
  });

  test('clean writes the options Zoho’s values mean and leaves the rest as typed, with nothing left unfixable', () => {
    const { cleaned, summary } = cleanedWithSummary(ZOHO);
    expect(cleaned.values.slice(1).map((row) => row[LEAD_SOURCE - 1])).toEqual([
      'Trade Show',
      'Web Download',
      'Cold Call',
      'Partner',
      'Advertising',
      'Employee Referral',
      'Online Store',
      'Chat',
      'Trade Show',
      'Referral Source',
      'Web Research',
      'Cold Call',
      'Seminar Partner',
      'Trade Show',
      'Internal Seminar',
      'Public Relations',
      'Twitter',
    ]);
    expect(summary.unfixable).toBe(0);
  });

  test('set up offers the Zoho values the column holds in its dropdown beside the template’s options', () => {
    const snapshot = sheet(ZOHO, { textOnly: true });
    const { plan } = planSetup(snapshot, { now: TODAY });
    const values = plan.validations.filter(isListValidation).find((v) => v.col === LEAD_SOURCE)?.source.values ?? [];
    expect(values.slice(0, 3)).toEqual(['Website', 'Referral Source', 'Partner Referral']);
    expect(values).toEqual(expect.arrayContaining(['Web Download', 'Partner', 'Seminar Partner', 'Twitter']));
    // Advertisement is the option Advertising, which clean writes: no second entry for it.
    expect(values).not.toContain('Advertisement');
    expect(new Set(values).size).toBe(values.length);
  });

  test('HubSpot’s and Salesforce’s own sources, a few of each among the template’s, are left as typed without an error', () => {
    const sources = [
      'Organic Search',
      'Paid Search',
      'Direct Traffic',
      'Website',
      'Email Marketing',
      'Seminar - Internal',
      'Partner',
      'Trade Show',
    ];
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Lead Source'],
      ...sources.map((source, i) => [`Dana${i}`, 'Reyes', `dana${i}@lakeview.org`, source]),
    ];
    expect(issuesIn(values, 'Lead Source')).toEqual([]);
  });

  test('a value no CRM ships and no option names is still the row’s error', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Lead Source'],
      ['Sarah', 'Johnson', 'sarah.johnson@brightwave.io', 'Trade Show'],
      ['Michael', "O'Brien", 'mobrien@obrienlaw.com', 'Cold Call'],
      ['Priya', 'Patel', 'priya@patelconsulting.co.uk', 'Trade Show'],
      ['Hans', 'Schmidt', 'h.schmidt@schmidt-ag.de', 'Met Bob at the bar'],
    ];
    expect(issuesIn(values, 'Lead Source').map((i) => `${i.row}:${i.code}`)).toEqual(['5:choice.notInList']);
  });
});
