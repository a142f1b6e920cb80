/**
 * Columns of CRM, billing and ticketing exports whose header holds a field's word but names something
 * else: an opt-out flag is no e-mail or phone, a data-enrichment or subscription status no customer
 * status, a ticket's price tier no value tier.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, type HeaderMapping } from '../../shared/template/header-mapping';
import { after } from '../operations/apply';
import { sheet, TODAY } from '../operations/fixtures';

const mapOf = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
/** Each header's field, or the field it holds more of (`second:email`), or null. */
const fieldsOf = (mapping: HeaderMapping) =>
  Object.fromEntries(mapping.columns.map((c) => [c.header, c.field ?? (c.secondOf ? `second:${c.secondOf}` : null)]));

// Zoho CRM's Contacts export (zoho-contacts.csv), a few of its columns.
const ZOHO: CellValue[][] = [
  [
    'Record Id',
    'First Name',
    'Last Name',
    'Account Name',
    'Email',
    'Phone',
    'Mobile',
    'Email Opt Out',
    'Secondary Email',
    'Unsubscribed Mode',
    'Unsubscribed Time',
    'Enrich Status',
  ],
  [
    'zcrm_5725767000000412001',
    'Sarah',
    'Johnson',
    'Brightwave Inc.',
    'sarah.johnson@brightwave.io',
    '+1 415-555-0199',
    '+1 415-555-0134',
    'false',
    '',
    '',
    '',
    '',
  ],
  [
    'zcrm_5725767000000412002',
    'Michael',
    "O'Brien",
    "O'Brien & Associates",
    'mobrien@obrienlaw.com',
    '(617) 555-0142',
    '',
    'false',
    '',
    '',
    '',
    '',
  ],
  [
    'zcrm_5725767000000412003',
    'Priya',
    'Patel',
    'Patel Consulting Ltd',
    'priya@patelconsulting.co.uk',
    '020 7946 0958',
    '07911 123456',
    'false',
    '',
    '',
    '',
    '',
  ],
  [
    'zcrm_5725767000000412007',
    'Marcus',
    'Johnson',
    'Johnson Freight',
    'marcus@johnsonfreight.com',
    '(404) 555-0160',
    '',
    'true',
    '',
    'Manual',
    '2025-02-03 10:15:00',
    '',
  ],
  [
    'zcrm_5725767000000412011',
    'Grace',
    'Kim',
    'Kim & Park LLP',
    'grace.kim@kimpark.com',
    '(213) 555-0111',
    '(213) 555-0112',
    'false',
    'gkim@gmail.com',
    '',
    '',
    '',
  ],
];

// Stripe's customer export (stripe-customers.csv): Status is the subscription's.
const STRIPE: CellValue[][] = [
  ['id', 'Email', 'Name', 'Created (UTC)', 'Plan', 'Status', 'Cancel At Period End', 'Delinquent', 'Phone'],
  [
    'cus_PqR8sT2uVwXy01',
    'sarah.johnson@brightwave.io',
    'Sarah Johnson',
    '2023-04-02 09:15',
    'pro-annual',
    'active',
    'false',
    'false',
    '+14155550134',
  ],
  [
    'cus_PqR8sT2uVwXy02',
    'mobrien@obrienlaw.com',
    "Michael O'Brien",
    '2021-11-19 14:40',
    'pro-monthly',
    'past_due',
    'false',
    'true',
    '(617) 555-0142',
  ],
  [
    'cus_PqR8sT2uVwXy03',
    'priya@patelconsulting.co.uk',
    'Priya Patel',
    '2024-09-30 08:00',
    'basic-monthly',
    'active',
    'true',
    'false',
    '+44 20 7946 0958',
  ],
  [
    'cus_PqR8sT2uVwXy07',
    'bob.garcia@garcia-hvac.com',
    'Robert Garcia',
    '2019-05-01 10:00',
    'pro-annual',
    'active',
    'false',
    'false',
    '+1 713 555 0148',
  ],
  [
    'cus_PqR8sT2uVwXy08',
    'lisa.mueller@bergmann-gmbh.de',
    'Lisa Müller',
    '2022-12-01 09:00',
    'basic-monthly',
    'canceled',
    'false',
    'false',
    '+49 30 12345678',
  ],
  [
    'cus_PqR8sT2uVwXy11',
    'chris@taylorandco.com',
    'Chris Taylor',
    '2020-01-01 12:00',
    'pro-annual',
    'active',
    'false',
    'false',
    '+1 415 555 0177',
  ],
  [
    'cus_PqR8sT2uVwXy14',
    'ahmed.hassan@gulfsupply.ae',
    'Ahmed Hassan',
    '2025-01-15 10:00',
    'pro-monthly',
    'trialing',
    'false',
    'false',
    '+971 50 123 4567',
  ],
];

// Eventbrite's attendee report (eventbrite-attendees.csv): Price Tier is the ticket's.
const EVENTBRITE: CellValue[][] = [
  [
    'Order #',
    'First Name',
    'Last Name',
    'Email',
    'Quantity',
    'Price Tier',
    'Ticket Type',
    'Attendee Status',
    'Cell Phone',
    'Company',
  ],
  [
    '8412345671',
    'Sarah',
    'Johnson',
    'sarah.johnson@brightwave.io',
    '1',
    '',
    'General Admission',
    'Attending',
    '07911 123456',
    'Brightwave Inc.',
  ],
  [
    '8412345673',
    'Ben',
    'Carter',
    'ben.carter@outlook.com',
    '1',
    'Early Bird',
    'VIP',
    'Checked In',
    '07722 111222',
    'Carter Ltd',
  ],
  [
    '8412345674',
    'Benjamin',
    'Carter',
    'ben.carter@outlook.com',
    '1',
    '',
    'General Admission',
    'Attending',
    '07722111222',
    'Carter Ltd',
  ],
  [
    '8412345675',
    'Amy',
    'Wong',
    'amy.wong@ucl.ac.uk',
    '1',
    'Student',
    'General Admission',
    'Not Attending',
    '07555 123456',
    'UCL',
  ],
];

// Square's customer export (square-customers.csv), a few of its columns: whether the customer takes
// Square's marketing e-mails, no customer status.
const SQUARE: CellValue[][] = [
  ['First Name', 'Last Name', 'Email Address', 'Phone Number', 'Last Visit', 'Email Subscription Status'],
  ['Emily', 'Nguyen', 'emily.n@yahoo.com', '+15035550132', '2024-10-12', 'subscribed'],
  ['Emily', 'Nguyen', '', '(503) 555-0132', '2024-10-12', 'unknown'],
  ['Marcus', 'Johnson', 'mjohnson@gmail.com', '+15035550177', '2023-01-09', 'unsubscribed'],
];

// Mailchimp's cleaned-contacts export (cleaned_members_export.csv), a few of its columns: the
// campaign whose send bounced, no job title.
const MAILCHIMP_CLEANED: CellValue[][] = [
  [
    'Email Address',
    'First Name',
    'Last Name',
    'Phone Number',
    'CLEAN_TIME',
    'CLEAN_CAMPAIGN_TITLE',
    'CLEAN_CAMPAIGN_ID',
  ],
  ['bounced@oldmail.example', 'Gary', 'Oldman', '217-555-0100', '2023-05-05 12:00:00', 'Spring Sale', 'a1b2c3d4e5'],
  ['jlee@oldmail.example', 'June', 'Lee', '(217) 555-0188', '2023-05-05 12:00:00', 'Spring Sale', 'a1b2c3d4e5'],
  ['tom.ray@oldmail.example', 'Tom', 'Ray', '', '2023-09-14 08:30:00', 'September Newsletter', 'f6e5d4c3b2'],
];

// Zoom's webinar attendee report, its Attendee Details table: Country/Region Name is the country's
// name, no person's.
const ZOOM_ATTENDEES: CellValue[][] = [
  [
    'Attended',
    'User Name (Original Name)',
    'First Name',
    'Last Name',
    'Email',
    'Phone',
    'Country/Region Name',
    'Organization',
  ],
  [
    'Yes',
    'Olivia Brown',
    'Olivia',
    'Brown',
    'olivia.brown@gmail.com',
    '+44 20 7946 0321',
    'United Kingdom',
    'Brown & Co',
  ],
  ['No', 'Raj Patel', 'Raj', 'Patel', 'raj.patel@infosys.example', '+91 98765 43210', 'India', 'Infosys'],
  ['Yes', 'Liam (iPhone)', 'Liam', 'Wilson', 'liam@wilsonarch.co.uk', '', 'United Kingdom', 'Wilson Architects'],
];

describe('mapHeaders on columns that name something else than the customer', () => {
  test('Zoho’s Email Opt Out and Unsubscribed columns are no e-mail, Enrich Status no status', () => {
    expect(fieldsOf(mapOf(ZOHO))).toMatchObject({
      Email: 'email',
      'Secondary Email': 'second:email',
      'Email Opt Out': null,
      'Unsubscribed Mode': null,
      'Unsubscribed Time': null,
      'Enrich Status': null,
    });
  });

  test('check says nothing of Zoho’s opt-out flags, and setup leaves Enrich Status as typed', () => {
    const issues = checkSheet(sheet(ZOHO, { textOnly: true }), { now: TODAY }).issues;
    expect(issues.filter((i) => i.column === 'Email Opt Out' || i.column === 'Enrich Status')).toEqual([]);
    const snapshot = sheet(ZOHO, { textOnly: true });
    const headers = after(snapshot, planSetup(snapshot, { now: TODAY }).plan).values[0] as string[];
    expect(headers.slice(7, 12)).toEqual([
      'Email Opt Out',
      'Secondary Email',
      'Unsubscribed Mode',
      'Unsubscribed Time',
      'Enrich Status',
    ]);
  });

  test.each([
    ['Do Not Call', ['false', 'true', 'false']],
    ['Email Opt Out', ['false', 'true', 'false']],
    ['HasOptedOutOfEmail', ['0', '1', '0']],
    ['Unsubscribed', ['No', 'Yes', 'No']],
    ['是否退订', ['否', '是', '否']],
    ['短信退订', ['否', '否', '是']],
  ])('an opt-out flag headed %s maps to no field', (header, flags) => {
    const values: CellValue[][] = [
      ['Full Name', 'Email', 'Phone', header],
      ['Sarah Johnson', 'sarah.johnson@brightwave.io', '(415) 555-0134', flags[0]!],
      ['Michael O’Brien', 'mobrien@obrienlaw.com', '(617) 555-0142', flags[1]!],
      ['Grace Kim', 'grace.kim@kimpark.com', '(213) 555-0111', flags[2]!],
    ];
    const mapping = mapOf(values);
    expect(fieldsOf(mapping)[header]).toBeNull();
    expect(mapping.byField).toMatchObject({ name: 1, email: 2, phone: 3 });
  });

  test('Stripe’s subscription Status is no customer status: check and clean leave it as typed', () => {
    expect(fieldsOf(mapOf(STRIPE)).Status).toBeNull();
    const snapshot = sheet(STRIPE, { textOnly: true });
    expect(checkSheet(snapshot, { now: TODAY }).issues.filter((i) => i.column === 'Status')).toEqual([]);
    const setUp = after(snapshot, planSetup(snapshot, { now: TODAY }).plan);
    const cleaned = after(setUp, planClean(setUp, { now: TODAY }).plan);
    const col = (cleaned.values[0] as string[]).indexOf('Status');
    expect(cleaned.values.slice(1).map((row) => row[col])).toEqual(STRIPE.slice(1).map((row) => row[5]));
  });

  test('a Status of the team’s own words (Active, Inactive, Closed) is still the customer’s status', () => {
    const values: CellValue[][] = [
      ['Member #', 'Name', 'Phone', 'Status'],
      ['1001', 'Chris Evans', '555-201-3344', 'active'],
      ['1002', 'Dana White', '555-201-5566', 'Active'],
      ['1003', 'Eli Brooks', '555-201-7788', 'Inactive'],
      ['1005', 'Gus Moore', '555-202-1122', 'Closed'],
    ];
    expect(mapOf(values).byField.status).toBe(4);
  });

  test('Square’s Email Subscription Status is no customer status: check says nothing of subscribed', () => {
    expect(fieldsOf(mapOf(SQUARE))['Email Subscription Status']).toBeNull();
    const issues = checkSheet(sheet(SQUARE, { textOnly: true }), { now: TODAY }).issues;
    expect(issues.filter((i) => i.column === 'Email Subscription Status')).toEqual([]);
  });

  test('Mailchimp’s CLEAN_CAMPAIGN_TITLE is the bounced campaign’s, no job title', () => {
    expect(fieldsOf(mapOf(MAILCHIMP_CLEANED))).toMatchObject({
      'First Name': 'name',
      CLEAN_CAMPAIGN_TITLE: null,
      CLEAN_CAMPAIGN_ID: null,
    });
  });

  test('Zoom’s Country/Region Name is the country, no person’s name', () => {
    expect(fieldsOf(mapOf(ZOOM_ATTENDEES))['Country/Region Name']).toBe('country');
    // Its Panelist Details table has no name column of its own: the country is still no name.
    const panelists: CellValue[][] = [
      [
        'Attended',
        'User Name (Original Name)',
        'Email',
        'Time in Session (minutes)',
        'Is Guest',
        'Country/Region Name',
      ],
      ['Yes', 'Bob Sales', 'bob@acme.example', '63', 'No', 'United States'],
      ['Yes', 'Jane Admin', 'jane@acme.example', '67', 'No', 'United States'],
    ];
    expect(fieldsOf(mapOf(panelists))['Country/Region Name']).toBe('country');
    const issues = checkSheet(sheet(ZOOM_ATTENDEES, { textOnly: true }), { now: TODAY }).issues;
    expect(issues.filter((i) => i.column === 'Country/Region Name')).toEqual([]);
  });

  test('Eventbrite’s Price Tier is the ticket’s: no value tier, and no error on Early Bird', () => {
    expect(fieldsOf(mapOf(EVENTBRITE))['Price Tier']).toBeNull();
    const issues = checkSheet(sheet(EVENTBRITE, { textOnly: true }), { now: TODAY }).issues;
    expect(issues.filter((i) => i.column === 'Price Tier')).toEqual([]);
  });
});
