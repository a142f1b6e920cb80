/**
 * Relatives whose names an export splits into columns (LinkedIn's First Name / Last Name, a club's
 * register, Outlook's Suffix): other given names of one family, or Jr. and Sr., are two people, as
 * they are when the whole name stands in one cell. Reviewed, never merged, unless an ID number agrees.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Contacts', values });
const clustersOf = (values: CellValue[][]) => findDuplicates(sheet(values), { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
const bandOf = (values: CellValue[][], a: number, b: number) => together(clustersOf(values), a, b)?.band ?? 'none';

describe('findDuplicates on relatives in split name columns', () => {
  const names: CellValue[][] = [
    ['First Name', 'Last Name', 'Company'],
    ['Emily', 'Nguyen', 'Harbor Foods'], // 2
    ['Tom', 'Nguyen', 'Harbor Foods'], // 3
    ['James', 'Smith', 'Acme Corp'],
    ['James', 'Smith', 'Globex'],
    ['Ann', 'Lee', 'Foo Inc'],
    ['Bob', 'Ray', 'Bar LLC'],
  ];

  test('Emily and Tom Nguyen at one company are reviewed, not merged, as "Emily Nguyen" and "Tom Nguyen" are', () => {
    expect(bandOf(names, 2, 3)).not.toBe('merge');
    const oneColumn = names.map((row, r) => (r === 0 ? ['Name', 'Company'] : [`${row[0]} ${row[1]}`, row[2]!]));
    expect(bandOf(oneColumn, 2, 3)).not.toBe('merge');
  });

  // A club's membership register: a family on one membership, a couple on one home line, twins.
  const club: CellValue[][] = [
    [
      'Member No',
      'Title',
      'First Name',
      'Surname',
      'Date of Birth',
      'Joined',
      'Membership Type',
      'Mobile',
      'Home Phone',
      'Email',
      'Address',
      'Town',
      'Postcode',
      'Fees Paid (£)',
      'Renewal Due',
      'Gift Aid',
      'Notes',
    ],
    [
      'RTC001',
      'Mrs',
      'Margaret',
      'Ellis',
      '14/02/1958',
      '03/04/2010',
      'Senior',
      '07911 123456',
      '01632 960001',
      'm.ellis@btinternet.com',
      '12 Church Lane',
      'Kingston upon Thames',
      'KT1 1AA',
      185,
      '01/04/2025',
      'Yes',
      'Committee',
    ],
    [
      'RTC002',
      'Mr',
      'David',
      'Hughes',
      '23/11/1975',
      '15/09/2018',
      'Family',
      '07700 900123',
      '',
      'dave.hughes@gmail.com',
      '4 Mill Road',
      'Kingston upon Thames',
      'kt2 5pq',
      320,
      '01/04/2025',
      'Y',
      '',
    ], // 3
    [
      'RTC003',
      'Mrs',
      'Sarah',
      'Hughes',
      '02/06/1978',
      '15/09/2018',
      'Family',
      '07712 345678',
      '',
      'sarah.hughes@gmail.com',
      '4 Mill Road',
      'Kingston upon Thames',
      'KT2 5PQ',
      0,
      '01/04/2025',
      'Y',
      "on David's family membership",
    ],
    [
      'RTC004',
      'Master',
      'Oliver',
      'Hughes',
      '11/08/2012',
      '15/09/2018',
      'Junior',
      '',
      '',
      '',
      '4 Mill Road',
      'Kingston upon Thames',
      'KT2 5PQ',
      0,
      '01/04/2025',
      '',
      'child of D & S Hughes',
    ], // 5
    [
      'RTC005',
      'Ms',
      'Priya',
      'Shah',
      '07/03/1990',
      '01/05/2021',
      'Adult',
      '+44 7984 112233',
      '',
      'priya.shah@outlook.com',
      'Flat 3, 88 London Road',
      'Surbiton',
      'KT6 4BX',
      210,
      '01/05/2025',
      'No',
      '',
    ],
    [
      'RTC010',
      'Mrs',
      'Jean',
      'Wilson',
      '01/01/1945',
      '01/04/1990',
      'Senior',
      '',
      '01632 960555',
      '',
      '33 Victoria Road',
      'Kingston upon Thames',
      'KT1 3DA',
      150,
      '01/04/2025',
      'Yes',
      'Life member – no email',
    ], // 7
    [
      'RTC011',
      'Mr',
      'Robert',
      'Wilson',
      '12/03/1943',
      '01/04/1990',
      'Senior',
      '',
      '01632 960555',
      '',
      '33 Victoria Road',
      'Kingston upon Thames',
      'KT1 3DA',
      150,
      '01/04/2025',
      'Yes',
      'husband of Jean',
    ], // 8
    [
      'RTC012',
      'Mr',
      'Ahmed',
      'Khan',
      '25/04/1982',
      '06/06/2019',
      'Adult',
      '07888 776655',
      '',
      'ahmed.khan@khanlaw.co.uk',
      '2 High Street',
      'New Malden',
      'KT3 4HH',
      210,
      '06/06/2025',
      'Yes',
      '',
    ],
    [
      'RTC013',
      'Ms',
      'Chloe',
      'Evans',
      '13/07/1995',
      '14/02/2024',
      'Adult',
      '07123 456789',
      '',
      'chloe.evans@gmail.com',
      '9 Elm Grove',
      'Kingston',
      'KT2 6LP',
      210,
      '14/02/2025',
      '',
      '',
    ], // 10
    [
      'RTC014',
      'Mr',
      'Daniel',
      'Evans',
      '13/07/1995',
      '14/02/2024',
      'Adult',
      '07123 456789',
      '',
      'dan.evans@gmail.com',
      '9 Elm Grove',
      'Kingston',
      'KT2 6LP',
      210,
      '14/02/2025',
      '',
      'twin of Chloe, shares her phone',
    ], // 11
    [
      'RTC015',
      'Mrs',
      'Patricia',
      'Moore',
      '08/10/1960',
      '22/03/2005',
      'Senior',
      '07700 900999',
      '',
      'pat.moore@btinternet.com',
      '15 Fairfield South',
      'Kingston upon Thames',
      'KT1 2UJ',
      185,
      '22/03/2025',
      'Yes',
      '',
    ], // 12
    [
      'RTC017',
      'Mrs',
      'Patricia',
      'Moore',
      '08/10/1960',
      '22/03/2005',
      'Senior',
      '07700 900999',
      '',
      'PAT.MOORE@BTINTERNET.COM',
      '15 Fairfield Sth',
      'Kingston u. Thames',
      'KT1 2UJ',
      '',
      '22/03/2025',
      'Yes',
      'duplicate entry',
    ], // 13
    [
      'RTC018',
      'Mr',
      'George',
      'Patel',
      '12/12/1972',
      '05/05/2016',
      'Adult',
      '07911 654321',
      '',
      'george.patel@gmail.com',
      '5 Queens Road',
      'Twickenham',
      'TW1 4EL',
      210,
      '05/05/2025',
      'Yes',
      '',
    ],
  ];

  test('David Hughes and his son Oliver, born a generation apart, are reviewed, not merged', () => {
    expect(bandOf(club, 3, 5)).not.toBe('merge');
  });

  test('Jean and Robert Wilson on one home phone are reviewed, not merged', () => {
    expect(bandOf(club, 7, 8)).not.toBe('merge');
  });

  test('twins Chloe and Daniel Evans, one birthday and phone but their own e-mails, are reviewed, not merged', () => {
    expect(bandOf(club, 10, 11)).not.toBe('merge');
  });

  test('Patricia Moore entered twice is still merged', () => {
    expect(bandOf(club, 12, 13)).toBe('merge');
  });
});

describe('findDuplicates on a Suffix column', () => {
  // Outlook's contact export, its empty columns left out.
  const outlook: CellValue[][] = [
    [
      'Title',
      'First Name',
      'Middle Name',
      'Last Name',
      'Suffix',
      'Company',
      'Job Title',
      'Business Street',
      'Business City',
      'Business State',
      'Business Postal Code',
      'Business Phone',
      'Birthday',
      'Categories',
      'E-mail Address',
      'E-mail Display Name',
    ],
    [
      'Mrs.',
      'Linda',
      'M',
      'Thompson',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '5/14/1962',
      'Personal',
      'linda.t@yahoo.com',
      'Linda Thompson (linda.t@yahoo.com)',
    ],
    [
      'Mr.',
      'Paul',
      '',
      'Wright',
      'Jr.',
      'Wright Electric',
      'Electrician',
      '9 Industrial Pkwy',
      'Dayton',
      'OH',
      '45402',
      '937-555-0170',
      '0/0/00',
      'Suppliers',
      'paul@wrightelectric.com',
      'Paul Wright (paul@wrightelectric.com)',
    ], // 3
    [
      'Mr.',
      'Paul',
      '',
      'Wright',
      'Sr.',
      'Wright Electric',
      'Founder',
      '9 Industrial Pkwy',
      'Dayton',
      'OH',
      '45402',
      '937-555-0170',
      '0/0/00',
      'Suppliers',
      'paulsr@wrightelectric.com',
      'Paul Wright (paulsr@wrightelectric.com)',
    ], // 4
    [
      '',
      'Hannah',
      '',
      'Scott',
      '',
      'Scott & Sons Bakery',
      'Manager',
      '77 Main St',
      'Burlington',
      'VT',
      '05401',
      '(802) 555-0133',
      '0/0/00',
      'Customers',
      'hannah@scottbakery.com',
      'Hannah Scott (hannah@scottbakery.com)',
    ],
    [
      'Ms.',
      'Karen',
      '',
      'White',
      '',
      'Whitestone Realty',
      'Broker',
      '200 Peachtree St',
      'Atlanta',
      'GA',
      '30303',
      '404-555-0199',
      '0/0/00',
      'Customers',
      'kwhite@whitestonerealty.com',
      'Karen White (kwhite@whitestonerealty.com)',
    ], // 6
    [
      'Ms.',
      'Karen',
      '',
      'White',
      '',
      'Whitestone Realty Inc',
      'Broker',
      '200 Peachtree St',
      'Atlanta',
      'Georgia',
      '30303',
      '404-555-0199',
      '0/0/00',
      'Customers',
      'KWhite@WhitestoneRealty.com',
      'Karen White (KWhite@WhitestoneRealty.com)',
    ], // 7
  ];

  test('Paul Wright Jr. and Paul Wright Sr. are reviewed, not merged, as "Robert Smith Jr." in one cell is', () => {
    expect(bandOf(outlook, 3, 4)).not.toBe('merge');
  });

  test('Karen White twice is still merged', () => {
    expect(bandOf(outlook, 6, 7)).toBe('merge');
  });
});
