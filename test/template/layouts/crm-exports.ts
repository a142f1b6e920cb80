/** Exports of the CRMs Western and Chinese teams use: Salesforce, HubSpot, Pipedrive, Zoho, Xero. */
import type { Layout } from './layout';

export const CRM_EXPORTS: Layout[] = [
  {
    name: 'en-salesforce-accounts',
    source: 'Salesforce accounts report (issue 15: Account ID must not become the company)',
    headers: ['Account ID', 'Account Name', 'Type', 'Industry', 'Billing City', 'Phone', 'Website', 'Account Owner', 'Annual Revenue', 'Employees', 'Lead Source', 'Created Date'],
    rows: [
      ['0015g00000AbCdEAA1', 'Acme Corporation', 'Customer - Direct', 'Manufacturing', 'Chicago', '(312) 555-0100', 'acme.example.com', 'Sarah Connor', '12000000', 250, 'Referral', '3/14/2022'],
      ['0015g00000AbCdFAA1', 'Globex Inc.', 'Prospect', 'Technology', 'Springfield', '(217) 555-0142', 'globex.example.com', 'Sarah Connor', '54000000', 1200, 'Web', '6/2/2022'],
      ['0015g00000AbCdGAA1', 'Initech LLC', 'Customer - Channel', 'Consulting', 'Austin', '(512) 555-0175', 'initech.example.com', 'Tom Hanks', '3500000', 80, 'Trade Show', '9/21/2022'],
      ['0015g00000AbCdHAA1', 'Umbrella Health Ltd', 'Channel Partner / Reseller', 'Healthcare', 'Boston', '(617) 555-0122', 'umbrella.example.com', 'Tom Hanks', '87000000', 2300, 'Advertisement', '1/9/2023'],
      ['0015g00000AbCdIAA1', 'Stark Logistics Group', 'Prospect', 'Transportation', 'Seattle', '(206) 555-0190', 'stark.example.com', 'Sarah Connor', '21000000', 400, 'Referral', '4/30/2023'],
    ],
    expected: {
      'Account ID': 'customerId', 'Account Name': 'company', Type: 'customerType', Industry: 'industry', 'Billing City': 'region', Phone: 'phone', Website: null,
      'Account Owner': 'owner', 'Annual Revenue': null, Employees: null, 'Lead Source': 'source', 'Created Date': 'createdAt',
    },
    customers: 'company',
  },
  {
    name: 'en-salesforce-contacts',
    source: 'Salesforce contacts report',
    headers: ['Contact ID', 'First Name', 'Last Name', 'Account Name', 'Title', 'Phone', 'Mobile', 'Email', 'Mailing City', 'Lead Source', 'Contact Owner', 'Last Activity'],
    rows: [
      ['0035g00000XyZaBAAV', 'John', 'Smith', 'Acme Corporation', 'VP Operations', '(312) 555-0101', '(312) 555-7788', 'jsmith@acme.example.com', 'Chicago', 'Referral', 'Sarah Connor', '5/28/2024'],
      ['0035g00000XyZaCAAV', 'Maria', 'Garcia', 'Globex Inc.', 'CFO', '(217) 555-0143', '', 'mgarcia@globex.example.com', 'Springfield', 'Web', 'Sarah Connor', '5/30/2024'],
      ['0035g00000XyZaDAAV', 'Peter', 'Gibbons', 'Initech LLC', 'Engineer', '(512) 555-0176', '(512) 555-3344', 'peter@initech.example.com', 'Austin', 'Trade Show', 'Tom Hanks', '4/12/2024'],
      ['0035g00000XyZaEAAV', 'Alice', 'Nguyen', 'Umbrella Health Ltd', 'Head of IT', '(617) 555-0123', '', 'alice.nguyen@umbrella.example.com', 'Boston', 'Advertisement', 'Tom Hanks', '3/3/2024'],
      ['0035g00000XyZaFAAV', 'Robert', 'Chen', 'Stark Logistics Group', 'COO', '(206) 555-0191', '(206) 555-9911', 'rchen@stark.example.com', 'Seattle', 'Referral', 'Sarah Connor', '5/15/2024'],
    ],
    expected: {
      'Contact ID': 'customerId', 'First Name': 'name.given', 'Last Name': 'name.family', 'Account Name': 'company', Title: 'title', Phone: 'phone', Mobile: null,
      Email: 'email', 'Mailing City': 'region', 'Lead Source': 'source', 'Contact Owner': 'owner', 'Last Activity': 'lastContact',
    },
    customers: 'person',
  },
  {
    name: 'en-hubspot-contacts',
    source: 'HubSpot contacts export',
    headers: ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title', 'Lifecycle Stage', 'Lead Status', 'Contact owner', 'Create Date', 'Last Activity Date', 'City'],
    rows: [
      ['51', 'Hannah', 'Lee', 'hannah@brightsmile.example', '+44 20 7946 0958', 'Bright Smile Dental', 'Practice Manager', 'Customer', 'Connected', 'Tom Baker', '2023-02-01 09:15', '2024-05-20 14:02', 'London'],
      ['102', 'Oliver', 'Jones', 'oliver.jones@fieldfare.example', '+44 161 496 0123', 'Fieldfare Logistics Ltd', 'Ops Director', 'Opportunity', 'In progress', 'Tom Baker', '2023-06-12 11:40', '2024-05-28 10:30', 'Manchester'],
      ['153', 'Amelia', 'Taylor', 'amelia@taylorandpartners.example', '+44 121 496 0456', 'Taylor & Partners', 'Partner', 'Lead', 'New', 'Jess Wong', '2024-01-08 16:05', '2024-02-01 09:00', 'Birmingham'],
      ['204', 'George', 'Evans', 'g.evans@northbakery.example', '+44 113 496 0789', 'North Bakery', 'Owner', 'Marketing Qualified Lead', 'Open', 'Jess Wong', '2024-03-19 08:20', '2024-05-02 17:45', 'Leeds'],
      ['255', 'Isla', 'Walker', 'isla.walker@cloudnine.example', '+44 131 496 0321', 'Cloud Nine Software', 'CTO', 'Subscriber', 'Attempted to contact', 'Tom Baker', '2024-04-22 13:13', '', 'Edinburgh'],
    ],
    expected: {
      'Record ID': 'customerId', 'First Name': 'name.given', 'Last Name': 'name.family', Email: 'email', 'Phone Number': 'phone', 'Company Name': 'company',
      'Job Title': 'title', 'Lifecycle Stage': 'lifecycleStage', 'Lead Status': 'status', 'Contact owner': 'owner', 'Create Date': 'createdAt',
      'Last Activity Date': 'lastContact', City: 'region',
    },
    customers: 'person',
  },
  {
    name: 'en-hubspot-companies',
    source: 'HubSpot companies export',
    headers: ['Record ID', 'Company name', 'Company Domain Name', 'Industry', 'Phone Number', 'City', 'Company owner', 'Number of Employees', 'Annual Revenue', 'Create Date', 'Lifecycle Stage'],
    rows: [
      ['9001', 'Bright Smile Dental', 'brightsmile.example', 'Medical Practice', '+44 20 7946 0958', 'London', 'Tom Baker', 14, 1200000, '2023-02-01', 'Customer'],
      ['9002', 'Fieldfare Logistics Ltd', 'fieldfare.example', 'Logistics and Supply Chain', '+44 161 496 0123', 'Manchester', 'Tom Baker', 220, 31000000, '2023-06-12', 'Opportunity'],
      ['9003', 'Taylor & Partners', 'taylorandpartners.example', 'Legal Services', '+44 121 496 0456', 'Birmingham', 'Jess Wong', 35, 4500000, '2024-01-08', 'Lead'],
      ['9004', 'North Bakery', 'northbakery.example', 'Food & Beverages', '+44 113 496 0789', 'Leeds', 'Jess Wong', 9, 650000, '2024-03-19', 'Lead'],
      ['9005', 'Cloud Nine Software', 'cloudnine.example', 'Computer Software', '+44 131 496 0321', 'Edinburgh', 'Tom Baker', 60, 8000000, '2024-04-22', 'Opportunity'],
    ],
    expected: {
      'Record ID': 'customerId', 'Company name': 'company', 'Company Domain Name': null, Industry: 'industry', 'Phone Number': 'phone', City: 'region', 'Company owner': 'owner',
      'Number of Employees': null, 'Annual Revenue': null, 'Create Date': 'createdAt', 'Lifecycle Stage': 'lifecycleStage',
    },
    customers: 'company',
  },
  {
    name: 'en-pipedrive-people',
    source: 'Pipedrive people export',
    headers: ['Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Phone - Work', 'Person - Owner', 'Person - Label', 'Person - Add time', 'Person - Last activity date', 'Person - Next activity date'],
    rows: [
      ['Lucas Schmidt', 'Schmidt & Söhne GmbH', 'lucas@schmidt-soehne.example', '+49 30 901820', 'Anna Weber', 'Hot lead', '2024-01-12 10:00:00', '2024-05-21', '2024-06-04'],
      ['Sofia Rossi', 'Rossi Design Studio', 'sofia@rossidesign.example', '+39 02 1234 5678', 'Anna Weber', 'Customer', '2024-02-03 14:21:00', '2024-05-30', ''],
      ['Jan de Vries', 'Holland Flowers BV', 'jan@hollandflowers.example', '+31 20 555 1234', 'Max Braun', 'Warm lead', '2024-02-18 09:45:00', '2024-04-11', '2024-06-11'],
      ['Chloé Dubois', 'Dubois Conseil SARL', 'chloe@duboisconseil.example', '+33 1 42 68 53 00', 'Max Braun', 'Cold lead', '2024-03-07 16:30:00', '2024-03-20', ''],
      ['Mateo García', 'García Logística SA', 'mateo@garcialogistica.example', '+34 91 123 45 67', 'Anna Weber', 'Customer', '2024-04-25 11:10:00', '2024-05-29', '2024-06-20'],
    ],
    expected: {
      'Person - Name': 'name', 'Person - Organization': 'company', 'Person - Email - Work': 'email', 'Person - Phone - Work': 'phone', 'Person - Owner': 'owner',
      'Person - Label': null, 'Person - Add time': null, 'Person - Last activity date': 'lastContact', 'Person - Next activity date': 'nextFollowUp',
    },
    customers: 'person',
  },
  {
    name: 'en-zoho-accounts',
    source: 'Zoho CRM accounts export',
    headers: ['Record Id', 'Account Owner', 'Account Name', 'Phone', 'Website', 'Account Type', 'Industry', 'Billing City', 'Annual Revenue', 'Created Time', 'Last Activity Time', 'Description'],
    rows: [
      ['zcrm_4876876000000333001', 'Priya Nair', 'Sunrise Hotels Pvt Ltd', '+91 22 6655 4433', 'sunrisehotels.example', 'Customer', 'Hospitality', 'Mumbai', '25000000', '2023-05-10 10:12:00', '2024-05-18 15:00:00', 'Key account since 2019'],
      ['zcrm_4876876000000333002', 'Priya Nair', 'Lotus Textiles', '+91 80 4455 6677', 'lotustextiles.example', 'Prospect', 'Manufacturing', 'Bengaluru', '8000000', '2023-08-22 09:30:00', '2024-05-02 11:20:00', ''],
      ['zcrm_4876876000000333003', 'Rahul Mehta', 'Ganges Pharma Ltd', '+91 33 2244 8899', 'gangespharma.example', 'Partner', 'Pharma', 'Kolkata', '60000000', '2023-11-30 14:45:00', '2024-04-28 10:05:00', 'Distributor for east region'],
      ['zcrm_4876876000000333004', 'Rahul Mehta', 'Blue Ocean Foods', '+91 44 2233 1122', 'blueoceanfoods.example', 'Customer', 'Retail', 'Chennai', '12000000', '2024-01-15 12:00:00', '2024-05-25 17:30:00', ''],
      ['zcrm_4876876000000333005', 'Priya Nair', 'Himalaya Trek Co', '+91 135 271 0099', 'himalayatrek.example', 'Prospect', 'Travel', 'Dehradun', '900000', '2024-03-03 08:15:00', '', 'Met at trade fair'],
    ],
    expected: {
      'Record Id': 'customerId', 'Account Owner': 'owner', 'Account Name': 'company', Phone: 'phone', Website: null, 'Account Type': 'customerType', Industry: 'industry',
      'Billing City': 'region', 'Annual Revenue': null, 'Created Time': 'createdAt', 'Last Activity Time': 'lastContact', Description: 'notes',
    },
    customers: 'company',
  },
  {
    name: 'en-zoho-leads',
    source: 'Zoho CRM leads export',
    headers: ['Lead Owner', 'First Name', 'Last Name', 'Company', 'Email', 'Mobile', 'Lead Source', 'Lead Status', 'Created Time'],
    rows: [
      ['Priya Nair', 'Arjun', 'Kapoor', 'Kapoor Motors', 'arjun@kapoormotors.example', '+91 98200 11223', 'Trade Show', 'Contacted', '2024-05-01 10:00:00'],
      ['Priya Nair', 'Meera', 'Iyer', 'Iyer Consulting', 'meera@iyerconsulting.example', '+91 98450 33445', 'Web Download', 'Not Contacted', '2024-05-03 12:30:00'],
      ['Rahul Mehta', 'Vikram', 'Singh', 'Singh Agro Farms', 'vikram@singhagro.example', '+91 98110 55667', 'Cold Call', 'Attempted to Contact', '2024-05-06 09:15:00'],
      ['Rahul Mehta', 'Ananya', 'Das', 'Das & Sons Trading', 'ananya@dastrading.example', '+91 98300 77889', 'Employee Referral', 'Pre-Qualified', '2024-05-09 16:40:00'],
      ['Priya Nair', 'Rohan', 'Joshi', 'Joshi Bakery', 'rohan@joshibakery.example', '+91 98220 99001', 'Online Store', 'Contact in Future', '2024-05-12 11:05:00'],
    ],
    expected: {
      'Lead Owner': 'owner', 'First Name': 'name.given', 'Last Name': 'name.family', Company: 'company', Email: 'email', Mobile: 'phone', 'Lead Source': 'source',
      'Lead Status': null, 'Created Time': 'createdAt',
    },
    customers: 'person',
  },
  {
    name: 'en-xero-contacts',
    source: 'Xero contacts export (ContactName is the organisation)',
    headers: ['ContactName', 'AccountNumber', 'EmailAddress', 'FirstName', 'LastName', 'POAddressLine1', 'POCity', 'PORegion', 'POPostalCode', 'PhoneNumber', 'MobileNumber'],
    rows: [
      ['Bayside Plumbing Pty Ltd', 'CUST-001', 'accounts@baysideplumbing.example', 'Mick', 'Harris', '14 Beach Rd', 'Brighton', 'VIC', '3186', '03 9555 0101', '0412 555 101'],
      ['Green Leaf Cafe', 'CUST-002', 'hello@greenleafcafe.example', 'Sophie', 'Nguyen', '220 Lygon St', 'Carlton', 'VIC', '3053', '03 9555 0202', '0423 555 202'],
      ['Harbour Accounting Services', 'CUST-003', 'admin@harbouraccounting.example', 'David', 'Clarke', 'Level 3, 1 Market St', 'Sydney', 'NSW', '2000', '02 9555 0303', ''],
      ['Outback Tours Co', 'CUST-004', 'bookings@outbacktours.example', 'Kylie', 'Brown', '5 Todd Mall', 'Alice Springs', 'NT', '0870', '08 8955 0404', '0434 555 404'],
      ['Sunshine Coast Dental', 'CUST-005', 'reception@sunshinedental.example', 'Priya', 'Patel', '31 Ocean St', 'Maroochydore', 'QLD', '4558', '07 5555 0505', '0445 555 505'],
    ],
    expected: {
      ContactName: 'company', AccountNumber: 'customerId', EmailAddress: 'email', FirstName: 'name.given', LastName: 'name.family', POAddressLine1: 'address', POCity: 'region',
      PORegion: null, POPostalCode: 'postcode', PhoneNumber: 'phone', MobileNumber: null,
    },
    customers: 'person',
  },
];
