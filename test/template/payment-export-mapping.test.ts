import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

const map = (headers: string[], rows: string[][]) => mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows));

describe('mapHeaders on payment exports', () => {
  // Stripe's customer export: the card's name and billing zip are the cardholder's, not the customer's.
  const stripe = [
    'id',
    'Description',
    'Email',
    'Name',
    'Created (UTC)',
    'Card ID',
    'Card Last4',
    'Card Brand',
    'Card Exp Month',
    'Card Exp Year',
    'Card Name',
    'Card Address Zip',
    'Account Balance',
    'Currency',
    'Phone',
    'Address Line1',
    'Address City',
    'Address State',
    'Address Country',
    'Address Zip',
  ];
  const rows = [
    [
      'cus_PqR8sT2uVw3XyZ',
      'Annual plan',
      'jane@smithdesign.com',
      'Jane Smith',
      '2024-03-05 14:22',
      'card_1OqR8sT2uVw3XyZa',
      '4242',
      'Visa',
      '12',
      '2027',
      'J SMITH',
      '94107',
      '-1500',
      'usd',
      '+14155550132',
      '500 Howard St',
      'San Francisco',
      'CA',
      'US',
      '94105',
    ],
    [
      'cus_AbC1dE2fGh3IjK',
      '',
      'tom@example.co.uk',
      'Tom Baker',
      '2023-11-20 09:01',
      'card_1AbC1dE2fGh3IjKb',
      '0005',
      'Amex',
      '03',
      '2026',
      'T BAKER',
      'SW1A 1AA',
      '250',
      'gbp',
      '+44 20 7946 0958',
      '10 Downing St',
      'London',
      '',
      'GB',
      'SW1A 2AA',
    ],
    [
      'cus_Lm4NoP5qRs6TuV',
      'Wholesale',
      'anna@beanhouse.de',
      'Anna Weber',
      '2025-01-02 16:45',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '0',
      'eur',
      '+49 30 901820',
      'Hauptstraße 5',
      'Berlin',
      '',
      'DE',
      '10115',
    ],
  ];

  test('reads Stripe’s Name as the customer and its Address Zip as the postcode, leaving the card’s alone', () => {
    const mapping = map(stripe, rows);
    expect(mapping).toMatchObject({
      id: 'customerId',
      Email: 'email',
      Name: 'name',
      'Card Name': null,
      'Card Address Zip': null,
      'Address Zip': 'postcode',
      Phone: 'phone',
      'Address Line1': 'address',
      'Address Country': 'country',
    });
  });

  test('leaves the card’s name alone when Stripe’s Name holds companies', () => {
    const companies = rows.map((row, i) => {
      const copy = [...row];
      copy[3] = ['Acme Robotics Inc.', 'Tom Baker', 'Bean House GmbH'][i];
      return copy;
    });
    expect(map(stripe, companies)).toMatchObject({ Name: 'company', 'Card Name': null, 'Address Zip': 'postcode' });
  });
});
