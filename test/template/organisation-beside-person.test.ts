/**
 * A record's name beside the person's own name columns: Xero's ContactName beside FirstName and
 * LastName, QuickBooks' Customer beside Full Name. Where its values are mostly not the person of the
 * row and some are organisations, it names the customer's organisation (the company field), even when
 * few of its values carry a legal form (Harbour Fresh Seafoods, Red Rock Diner).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

const mapOf = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));

// Xero's Contacts export (xero_contacts.csv): ContactName is the business, FirstName and LastName its person.
const XERO: CellValue[][] = [
  ['*ContactName', 'AccountNumber', 'EmailAddress', 'FirstName', 'LastName', 'POCity', 'MobileNumber'],
  [
    'Harbour Fresh Seafoods Pty Ltd',
    'HFS001',
    'accounts@harbourfresh.com.au',
    'Kylie',
    'Morgan',
    'Pyrmont',
    '0412 776 554',
  ],
  ['Harbour Fresh Seafoods', 'HFS002', 'kylie@harbourfresh.com.au', 'Kylie', 'Morgan', 'Pyrmont', '0412776554'],
  ['Kiwi Cafe Ltd', 'KC100', 'orders@kiwicafe.co.nz', 'Aroha', 'Ngata', 'Auckland', '021 234 5678'],
  ['The Bean Counter', 'BC200', 'hello@beancounter.com.au', 'Tom', 'Nguyen', 'Fitzroy', '0403 111 222'],
  ['Bean Counter Pty. Ltd.', '', 'tom@beancounter.com.au', 'Thomas', 'Nguyen', 'Fitzroy', '0403 111 222'],
  ['Coastal Grocers', 'CG300', 'buyer@coastalgrocers.co.nz', 'Hemi', 'Walker', 'Napier', '027 555 8899'],
  ['Westside Deli', 'WD400', 'westside.deli@gmail.com', 'Maria', 'Rossi', 'Perth', ''],
  ['Sunrise Organics', '', 'info@sunriseorganics.com.au', 'Dev', 'Sharma', 'Brisbane', '0422 333 444'],
  ['Mr & Mrs K Jackson', '', 'kjackson@bigpond.net.au', 'Ken', 'Jackson', 'Manly', '0418 234 567'],
  ['Wellington Wines Ltd', 'WW500', 'sales@wellingtonwines.co.nz', 'Sophie', 'Taylor', 'Wellington', '022 987 6543'],
];

// QuickBooks Online's Customer Contact List (qbo_contact_list.csv), below its title rows.
const QUICKBOOKS: CellValue[][] = [
  ['Customer', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address'],
  [
    "Amy's Bakery",
    'Phone: (416) 555-0134 Mobile: (647) 555-0188',
    'amy@amysbakery.ca',
    'Amy Tremblay',
    '120 Queen St E',
  ],
  ['Bouchard, Luc', 'Phone: (514) 555-0101', 'luc.bouchard@videotron.ca', 'Luc Bouchard', '4500 Rue Saint-Denis'],
  ['Cool Cars Inc.', 'Phone: (604) 555-0123', 'service@coolcars.ca', 'Grace Pariseau', '65 Ocean Dr'],
  ['Cool Cars Incorporated', 'Phone: 604.555.0123', 'service@coolcars.ca', 'Grace Pariseau', '65 Ocean Drive'],
  ['Dukes Basketball Camp', 'Mobile: (403) 555-0177', 'dukes@gmail.com', 'Peter Dukes', '25 Court St'],
  ['Gevelber Photography', 'Phone: (905) 555-0190', 'foto@intuit.com', 'Lisa Gevelber', '1545 Rosebud Rd'],
  ["Jeff's Jalopies", 'Phone: (902) 555-0144', 'jalopies@intuit.com', 'Jeff Chin', '12 Willow Rd'],
  ['Kookies by Kathy', 'Phone: (306) 555-0111', 'qbwebsamplecompany@yahoo.com', 'Kathy Kuber', '789 Sugar Lane'],
  ['Mark Cho', 'Phone: (613) 555-0155', 'mark@cho.com', 'Mark Cho', '36 Willow Rd'],
  ['Cho, Mark', 'Mobile: 613-555-0156', 'mark@cho.com', 'Mark Cho', ''],
  ['Paulsen Medical Supplies', 'Phone: (780) 555-0166', 'medical@intuit.com', 'Kathy Paulsen', '900 Main St'],
  ['Red Rock Diner', 'Phone: (204) 555-0122', 'qbwebsamplecompany@yahoo.com', 'Stephanie Martini', '500 Red Rock Rd'],
  ['Sushi by Katsuyuki', 'Phone: (416) 555-0199', 'sushi@intuit.com', 'Kate Whelan', '1 Front St W'],
  ['Weiskopf Consulting', 'Phone: (647) 555-0100', 'consulting@intuit.com', 'Nicola Weiskopf', '45 Bay St'],
];

describe('a record name beside the person’s own name columns', () => {
  test('Xero’s *ContactName of businesses beside FirstName and LastName is the company', () => {
    const mapping = mapOf(XERO);
    expect(mappingToJson(mapping)).toMatchObject({
      '*ContactName': 'company',
      AccountNumber: 'customerId',
      EmailAddress: 'email',
      FirstName: 'name.given',
      LastName: 'name.family',
    });
    expect(mapping.columns[0]).toMatchObject({ field: 'company', redirected: true, keepHeader: true });
    expect(mapping.customers).toBe('person');
    expect(mapping.missing).not.toContain('company');
  });

  test('QuickBooks’ Customer of businesses and people beside Full Name is the company', () => {
    const mapping = mapOf(QUICKBOOKS);
    expect(mappingToJson(mapping)).toMatchObject({
      Customer: 'company',
      'Phone Numbers': 'phone',
      Email: 'email',
      'Full Name': 'name',
      'Billing Address': 'address',
    });
    expect(mapping.columns[0]).toMatchObject({ field: 'company', keepHeader: true });
  });

  test('QuickBooks’ Customer beside First Name and Last Name is the company, not a second whole name', () => {
    const mapping = mapOf([
      ['First Name', 'Last Name', 'Email', 'Mobile Phone', 'Customer'],
      ['Amy', 'Tremblay', 'amy@amysbakery.ca', '+16475550188', "Amy's Bakery"],
      ['Luc', 'Bouchard', 'luc.bouchard@videotron.ca', '', 'Bouchard, Luc'],
      ['Grace', 'Pariseau', 'service@coolcars.ca', '', 'Cool Cars Inc.'],
      ['Grace', 'Pariseau', 'service@coolcars.ca', '', 'Cool Cars Incorporated'],
      ['Peter', 'Dukes', 'dukes@gmail.com', '+14035550177', 'Dukes Basketball Camp'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({
      'First Name': 'name.given',
      'Last Name': 'name.family',
      Customer: 'company',
    });
    expect(mapping.byField.name).toBeUndefined();
  });

  test('a contact column of other people (a pupil’s parent) beside the first and last name stays the contact', () => {
    const mapping = mapOf([
      ['First Name', 'Last Name', 'Contact Name', 'Phone'],
      ['Olivia', 'Nguyen', 'Linh Nguyen', '0423 456 789'],
      ['Jack', 'Thompson', 'Sarah Thompson', '0412 345 678'],
      ['Liam', "O'Connor", 'Aoife Walsh', '0412 987 654'],
      ['Chloe', 'Harris', 'Mark Harris', '0453 998 877'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({
      'First Name': 'name.given',
      'Last Name': 'name.family',
      'Contact Name': 'contact',
    });
  });

  test('a Customer column of the same people as Full Name is not the company', () => {
    const mapping = mapOf([
      ['Customer', 'Full Name', 'Email'],
      ['Tremblay, Amy', 'Amy Tremblay', 'amy@amysbakery.ca'],
      ['Mrs Bouchard', 'Luc Bouchard', 'luc.bouchard@videotron.ca'],
      ['Mark Cho', 'Mark Cho', 'mark@cho.com'],
      ['Cool Cars Inc.', 'Grace Pariseau', 'service@coolcars.ca'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({ Customer: null, 'Full Name': 'name' });
  });
  test('a donor list’s account Name of people, couples and households beside First and Last Name is no company', () => {
    // Bloomerang's constituents: the account's Name is the individual, the couple or the family.
    const mapping = mapOf([
      ['Account Number', 'Name', 'First Name', 'Last Name', 'Primary Email', 'Type'],
      ['1001', 'Margaret & Robert Hughes', 'Margaret', 'Hughes', 'mhughes@comcast.net', 'Household'],
      ['1002', 'Greater Portland Community Foundation', '', '', 'grants@gpcf.org', 'Organization'],
      ['1005', 'James T. Kirk Jr.', 'James', 'Kirk', 'jtk@starfleet.org', 'Individual'],
      ['1006', 'Dr. Emily Stone', 'Emily', 'Stone', 'estone@ohsu.edu', 'Individual'],
      ['1007', 'The Nguyen Family', 'Linh', 'Nguyen', 'linh.nguyen@gmail.com', 'Household'],
      ['1008', 'Carlos Mendez III', 'Carlos', 'Mendez', 'cmendez@yahoo.com', 'Individual'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({ 'First Name': 'name.given', 'Last Name': 'name.family' });
    expect(mappingToJson(mapping)['Name']).not.toBe('company');
    // With more organisations among them, the rows naming their own person still say it is no company's column.
    const more = mapOf([
      ['Account Number', 'Name', 'First Name', 'Last Name', 'Primary Email', 'Type'],
      ['1001', 'Margaret & Robert Hughes', 'Margaret', 'Hughes', 'mhughes@comcast.net', 'Household'],
      ['1002', 'Greater Portland Community Foundation', '', '', 'grants@gpcf.org', 'Organization'],
      ['1003', 'Rose City Rotary Club Inc.', '', '', 'treasurer@rosecityrotary.org', 'Organization'],
      ['1005', 'James T. Kirk Jr.', 'James', 'Kirk', 'jtk@starfleet.org', 'Individual'],
      ['1007', 'The Nguyen Family', 'Linh', 'Nguyen', 'linh.nguyen@gmail.com', 'Household'],
      ['1009', 'John and Mary Smith', 'John', 'Smith', 'jsmith@gmail.com', 'Household'],
    ]);
    expect(mappingToJson(more)['Name']).not.toBe('company');
  });
});
