/** English lists kept by hand: small businesses, event sign-ups, newsletters, agents, wholesalers. */
import type { Layout } from './layout';

export const EN_LISTS: Layout[] = [
  {
    name: 'en-tradie-clients',
    source: "A plumber's client list",
    headers: ['Client', 'Phone', 'Email', 'Address', 'Suburb', 'Last Job Date', 'Notes'],
    rows: [
      ['Margaret Wilson', '0412 345 678', 'margaret.w@bigpond.example', '12 Smith St', 'Fitzroy', '14/03/2024', 'Hot water unit, 2019 install'],
      ['Tom Nguyen', '0423 456 789', 'tomnguyen@gmail.com', '7/45 High St', 'Kew', '02/04/2024', ''],
      ['Sarah O\'Connor', '0434 567 890', '', '88 Park Rd', 'Hawthorn', '19/04/2024', 'Dog on site'],
      ['James Patel', '0445 678 901', 'jpatel@outlook.com', '3 River Ln', 'Richmond', '30/04/2024', 'Quote for bathroom'],
      ['Linda Chen', '0456 789 012', 'linda.chen@example.com', '150 Church St', 'Richmond', '08/05/2024', ''],
    ],
    expected: { Client: 'name', Phone: 'phone', Email: 'email', Address: 'address', Suburb: 'region', 'Last Job Date': null, Notes: 'notes' },
    customers: 'person',
  },
  {
    name: 'en-event-signup-form',
    source: 'Google Forms event registration responses',
    headers: ['Timestamp', 'Full Name', 'Email Address', 'Phone Number', 'Company / Organisation', 'Job Title', 'How did you hear about us?', 'Dietary requirements', 'I agree to be contacted about future events'],
    rows: [
      ['2024/05/02 9:14:33', 'Rachel Green', 'rachel.green@example.com', '+1 212 555 0101', 'Central Perk Coffee Co', 'Marketing Lead', 'LinkedIn', 'Vegetarian', 'Yes'],
      ['2024/05/02 10:01:12', 'Daniel Kim', 'dkim@example.org', '+1 415 555 0144', 'Pacific Analytics Inc', 'Data Scientist', 'Referral', '', 'Yes'],
      ['2024/05/03 18:45:09', 'Fatima Khan', 'fatima.khan@example.net', '+44 7700 900123', 'Khan & Associates', 'Partner', 'Email newsletter', 'Halal', 'No'],
      ['2024/05/04 08:30:00', 'Lars Eriksson', 'lars@example.se', '+46 70 123 45 67', 'Nordic Design Studio', 'Founder', 'Website', '', 'Yes'],
      ['2024/05/05 21:12:47', 'Grace Okafor', 'grace.okafor@example.com', '+234 803 555 0199', 'Lagos Tech Hub', 'Community Manager', 'Social media', 'Vegan', 'Yes'],
    ],
    expected: {
      Timestamp: null, 'Full Name': 'name', 'Email Address': 'email', 'Phone Number': 'phone', 'Company / Organisation': 'company', 'Job Title': 'title',
      'How did you hear about us?': 'source', 'Dietary requirements': null, 'I agree to be contacted about future events': 'consent',
    },
    customers: 'person',
  },
  {
    name: 'en-mailchimp-audience',
    source: 'Mailchimp audience export',
    headers: ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'Birthday', 'MEMBER_RATING', 'OPTIN_TIME', 'CONFIRM_TIME', 'LAST_CHANGED', 'LEID', 'TAGS'],
    rows: [
      ['anna.schultz@example.com', 'Anna', 'Schultz', '21 Baker St London', '+44 20 7946 0001', '03/14', 2, '2023-01-10 09:00:00', '2023-01-10 09:05:12', '2024-05-01 12:00:00', '118000001', '"Customers"'],
      ['ben.harris@example.com', 'Ben', 'Harris', '', '', '11/02', 4, '2023-02-11 10:30:00', '2023-02-11 10:31:40', '2024-04-21 08:10:00', '118000002', '"Leads","Webinar"'],
      ['carla.m@example.com', 'Carla', 'Mendes', '5 Rua Augusta Lisbon', '+351 21 555 0100', '', 3, '2023-03-05 14:15:00', '2023-03-05 14:20:03', '2024-03-30 17:45:00', '118000003', ''],
      ['dev.shah@example.com', 'Dev', 'Shah', '', '+91 98200 00004', '07/30', 5, '2023-04-22 19:00:00', '2023-04-22 19:02:22', '2024-05-15 11:11:11', '118000004', '"Customers"'],
      ['ella.brooks@example.com', 'Ella', 'Brooks', '77 King St Sydney', '', '12/25', 1, '2023-05-09 07:45:00', '2023-05-09 07:46:59', '2024-02-02 09:30:00', '118000005', ''],
    ],
    expected: {
      'Email Address': 'email', 'First Name': 'name.given', 'Last Name': 'name.family', Address: 'address', 'Phone Number': 'phone', Birthday: 'birthDate',
      MEMBER_RATING: null, OPTIN_TIME: null, CONFIRM_TIME: null, LAST_CHANGED: null, LEID: null, TAGS: 'tags',
    },
    customers: 'person',
  },
  {
    name: 'en-real-estate-leads',
    source: "A real-estate agent's buyer leads",
    headers: ['Lead Name', 'Mobile', 'Email', 'Budget', 'Source', 'Status', 'Next Follow Up', 'Agent'],
    rows: [
      ['Michael Brown', '0401 111 222', 'mbrown@example.com', '$850,000', 'realestate.com.au', 'Hot', '2024-06-03', 'Kate Lee'],
      ['Jessica Wang', '0402 222 333', 'jess.wang@example.com', '$1.2m', 'Open home', 'Warm', '2024-06-05', 'Kate Lee'],
      ['Ahmed Hassan', '0403 333 444', '', '$640,000', 'Referral', 'Cold', '', 'Ben Ford'],
      ['Emily Clarke', '0404 444 555', 'emily.c@example.com', '$975,000', 'Domain', 'Hot', '2024-06-04', 'Ben Ford'],
      ['Raj Kumar', '0405 555 666', 'raj.kumar@example.com', '$720,000', 'Facebook', 'Contacted', '2024-06-10', 'Kate Lee'],
    ],
    expected: { 'Lead Name': 'name', Mobile: 'phone', Email: 'email', Budget: null, Source: 'source', Status: 'status', 'Next Follow Up': 'nextFollowUp', Agent: 'owner' },
    customers: 'person',
  },
  {
    name: 'en-wholesale-accounts',
    source: 'A wholesaler\'s trade accounts',
    headers: ['Company', 'Contact', 'Position', 'Phone', 'Email', 'City', 'Sales Rep', 'Last Order', 'Account Status'],
    rows: [
      ['Riverside Grocers Ltd', 'Paul Adams', 'Buyer', '020 7946 0111', 'paul@riversidegrocers.example', 'London', 'Nina Shah', '2024-05-20', 'Active'],
      ['The Corner Deli', 'Maria Rossi', 'Owner', '0161 496 0222', 'maria@cornerdeli.example', 'Manchester', 'Nina Shah', '2024-04-11', 'Active'],
      ['Highland Farm Shop', 'Ewan Campbell', 'Manager', '01463 555 333', 'ewan@highlandfarmshop.example', 'Inverness', 'Owen Price', '2023-11-02', 'Dormant'],
      ['Bristol Bakery Co', 'Sam Turner', 'Head Baker', '0117 496 0444', 'sam@bristolbakery.example', 'Bristol', 'Owen Price', '2024-05-28', 'Active'],
      ['Coastal Cafe Group', 'Lucy Evans', 'Procurement', '01273 555 555', 'lucy@coastalcafes.example', 'Brighton', 'Nina Shah', '2024-01-15', 'Closed'],
    ],
    expected: {
      Company: 'company', Contact: 'contact', Position: 'title', Phone: 'phone', Email: 'email', City: 'region', 'Sales Rep': 'owner', 'Last Order': 'lastPurchaseDate',
      'Account Status': 'status',
    },
    customers: 'company',
  },
  {
    name: 'en-customer-name-companies',
    source: 'A B2B service firm\'s customer sheet (Customer Name holds companies)',
    headers: ['Customer Name', 'Contact Person', 'Phone', 'Email', 'Industry', 'Customer Since', 'Notes'],
    rows: [
      ['Apex Engineering Pty Ltd', 'Gary Nolan', '+61 2 9555 1000', 'gary@apexeng.example', 'Manufacturing', '2019-08-01', 'Annual maintenance contract'],
      ['Blue Harbour Marina', 'Sandra Lee', '+61 2 9555 2000', 'sandra@blueharbour.example', 'Services', '2020-02-15', ''],
      ['Citywide Cleaning Services', 'Omar Aziz', '+61 3 9555 3000', 'omar@citywideclean.example', 'Services', '2021-06-30', 'Pays late'],
      ['Delta Freight Group', 'Helen Park', '+61 7 3555 4000', 'helen.park@deltafreight.example', 'Logistics', '2022-03-09', ''],
      ['Evergreen Schools Trust', 'Mark Lewis', '+61 8 9555 5000', 'mlewis@evergreen.example', 'Education', '2023-01-20', 'Five campuses'],
    ],
    expected: { 'Customer Name': 'company', 'Contact Person': 'contact', Phone: 'phone', Email: 'email', Industry: 'industry', 'Customer Since': 'firstPurchaseDate', Notes: 'notes' },
    customers: 'company',
  },
  {
    name: 'en-dental-patients',
    source: 'A dental practice patient list',
    headers: ['Patient ID', 'Surname', 'Given Name', 'DOB', 'Mobile', 'Email', 'Last Visit', 'Next Appointment', 'Notes'],
    rows: [
      ['P10023', 'Thompson', 'Grace', '12/04/1986', '0411 222 333', 'grace.t@example.com', '02/02/2024', '05/08/2024', 'Nervous patient'],
      ['P10024', 'Walker', 'Ethan', '30/09/1992', '0422 333 444', '', '15/01/2024', '', ''],
      ['P10025', 'Singh', 'Harpreet', '05/06/1978', '0433 444 555', 'h.singh@example.com', '20/03/2024', '20/09/2024', 'Crown review'],
      ['P10026', 'Murphy', 'Aoife', '17/11/2001', '0444 555 666', 'aoife.m@example.com', '11/04/2024', '11/10/2024', ''],
      ['P10027', 'Rossi', 'Marco', '23/02/1969', '0455 666 777', 'marco.rossi@example.com', '29/04/2024', '29/10/2024', 'Allergic to latex'],
    ],
    expected: {
      'Patient ID': 'customerId', Surname: 'name.family', 'Given Name': 'name.given', DOB: 'birthDate', Mobile: 'phone', Email: 'email', 'Last Visit': 'lastContact',
      'Next Appointment': 'nextFollowUp', Notes: 'notes',
    },
    customers: 'person',
  },
  {
    name: 'en-newsletter-signups-unlabelled',
    source: 'A hand-made sign-up sheet with vague headers',
    headers: ['Who', 'Contact details', 'Where', 'Signed up', 'Interested in'],
    rows: [
      ['Julia Roberts', 'julia.r@example.com', 'Portland', '2024-03-01', 'Pottery classes'],
      ['Kevin Hart', 'kevin.hart@example.com', 'Seattle', '2024-03-02', 'Wheel throwing'],
      ['Nora Jones', 'nora.j@example.com', 'Portland', '2024-03-05', 'Glazing'],
      ['Owen Wilson', 'owen.w@example.com', 'Eugene', '2024-03-09', 'Pottery classes'],
      ['Priya Das', 'priya.das@example.com', 'Salem', '2024-03-12', 'Kids classes'],
    ],
    expected: { Who: null, 'Contact details': 'email', Where: null, 'Signed up': null, 'Interested in': null },
    customers: 'person',
  },
];
