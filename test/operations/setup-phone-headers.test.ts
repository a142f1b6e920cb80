/**
 * Set up (and clean, which sets up first) renames a phone header to the phone field's label only when
 * the label says the same kind of number: a mobile stays a mobile, a business or home number stays
 * one, so the export can still tell which CRM column each number belongs in.
 */
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import { planExport } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

// Outlook's Contacts export (outlook-contacts.csv), its phone columns among its others.
const OUTLOOK: CellValue[][] = [
  [
    'Title',
    'First Name',
    'Last Name',
    'Company',
    'Job Title',
    'Business Phone',
    'Home Phone',
    'Mobile Phone',
    'E-mail Address',
  ],
  [
    'Mr.',
    'John',
    'Anderson',
    'Anderson Plumbing LLC',
    'Owner',
    '(614) 555-0123',
    '',
    '(614) 555-0198',
    'john@andersonplumbing.com',
  ],
  ['Ms.', 'Karen', 'White', 'Whitestone Realty', 'Broker', '404-555-0111', '', '', 'kwhite@whitestonerealty.com'],
  [
    'Dr.',
    'Priya',
    'Natarajan',
    'Lakeside Pediatrics',
    'Physician',
    '(312) 555-0100',
    '',
    '(312) 555-0177',
    'priya@lakesidepeds.com',
  ],
  [
    'Mr.',
    'Tom',
    'Becker',
    'Becker & Sons Roofing',
    'Owner',
    '',
    '(720) 555-0140',
    '(720) 555-0177',
    'tom@beckerroofing.com',
  ],
];

/** What `custodian clean` writes: set up first, then clean the sheet as set up left it. */
function cleaned(values: CellValue[][]) {
  const snapshot = sheet(values, { textOnly: true });
  const setUp = after(snapshot, planSetup(snapshot, { now: TODAY }).plan);
  return after(setUp, planClean(setUp, { now: TODAY }).plan);
}

function setUpHeaders(values: CellValue[][], locale?: 'zh-CN' | 'en-US') {
  const snapshot = sheet(values);
  const { plan } = planSetup(snapshot, { now: TODAY, ...(locale ? { locale } : {}) });
  return after(snapshot, plan).values[0] as string[];
}

describe('planSetup phone headers', () => {
  test('clean keeps Outlook’s Mobile Phone and Business Phone as typed', () => {
    expect((cleaned(OUTLOOK).values[0] as string[]).slice(5, 8)).toEqual([
      'Business Phone',
      'Home Phone',
      'Mobile Phone',
    ]);
  });

  test('after clean, the export still files the mobile under the CRM’s mobile and the business number apart', () => {
    const [contacts] = planExport(cleaned(OUTLOOK), { crm: 'salesforce', now: TODAY }).files;
    const column = (name: string) => contacts!.rows.map((row) => row[contacts!.header.indexOf(name)]);
    expect(column('Mobile Phone')).toEqual(['+16145550198', null, '+13125550177', '+17205550177']);
    expect(column('Business Phone')).toEqual(['+16145550123', '+14045550111', '+13125550100', null]);
  });

  test.each([
    ['Mobile Phone', 'en-US', 'Mobile Phone'],
    ['Cell Phone', 'en-US', 'Cell Phone'],
    ['Mobile', 'en-US', 'Mobile'],
    ['Business Phone', 'en-US', 'Business Phone'],
    ['Work Phone', 'en-US', 'Work Phone'],
    ['Home Phone', 'en-US', 'Home Phone'],
    ['座机', 'en-US', '座机'],
    ['Landline', 'en-US', 'Landline'],
    ['Tel', 'en-US', 'Phone'],
    ['Telephone', 'en-US', 'Phone'],
    ['Phone Number', 'en-US', 'Phone'],
    ['手机号码', 'zh-CN', '手机'],
    ['Mobile Phone', 'zh-CN', '手机'],
    ['电话', 'zh-CN', '电话'],
    ['座机', 'zh-CN', '座机'],
    ['Business Phone', 'zh-CN', 'Business Phone'],
  ] as const)('headed %s, a %s set up writes %s', (header, locale, written) => {
    const headers = setUpHeaders(
      [
        ['Full Name', header, 'Email'],
        ['Sarah Johnson', '(415) 555-0134', 'sarah.johnson@brightwave.io'],
        ['Michael O’Brien', '(617) 555-0142', 'mobrien@obrienlaw.com'],
        ['Emily Chen', '(206) 555-0145', 'emily@cascadia.dev'],
      ],
      locale,
    );
    expect(headers[1]).toBe(written);
  });
});
