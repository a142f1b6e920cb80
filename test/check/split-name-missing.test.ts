/**
 * A list with the whole name beside its parts (Google Contacts' Name, Given Name, Family Name) holds
 * one name per person: it is missing only when every one of those columns is blank, and said once.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// Google Contacts' export (google-contacts.csv), its name, e-mail, phone and organisation columns.
const GOOGLE: CellValue[][] = [
  [
    'Name',
    'Given Name',
    'Additional Name',
    'Family Name',
    'E-mail 1 - Type',
    'E-mail 1 - Value',
    'Phone 1 - Type',
    'Phone 1 - Value',
    'Organization 1 - Name',
    'Organization 1 - Title',
  ],
  [
    'Sarah Johnson',
    'Sarah',
    '',
    'Johnson',
    '* Work',
    'sarah.johnson@brightwave.io',
    'Mobile',
    '+1 415-555-0134',
    'Brightwave Inc.',
    'VP Marketing',
  ],
  [
    'Priya Patel',
    'Priya',
    '',
    'Patel',
    '* Work',
    'priya@patelconsulting.co.uk',
    'Mobile',
    '+44 7700 900123',
    'Patel Consulting Ltd',
    'Director',
  ],
  ['', '', '', '', '* Work', 'info@sunrisebakery.com', 'Work', '+1 503 555 0166', 'Sunrise Bakery', ''],
  ['Maria Rossi', 'Maria', '', 'Rossi', '* Work', 'maria.rossi@gmail.com', 'Mobile', '+39 333 123 4567', '', ''],
];

const nameIssues = (values: CellValue[][]) =>
  checkSheet(sheet(values, { textOnly: true }), { now: TODAY })
    .issues.filter((i) => i.code === 'required.missing' && i.field?.startsWith('name'))
    .map((i) => `${i.row}:${i.column}`);

describe('checkSheet on a whole name beside its parts', () => {
  test('a company-only Google contact gets one message for its one blank name', () => {
    expect(nameIssues(GOOGLE)).toEqual(['4:Name']);
  });

  test('the name is not missing where only the whole name or only its parts are filled', () => {
    const values = GOOGLE.map((row) => [...row]);
    values[1]![1] = '';
    values[1]![3] = '';
    values[2]![0] = '';
    expect(nameIssues(values)).toEqual(['4:Name']);
  });

  test('without a whole-name column the blank parts are still one message, on the first part', () => {
    const values = GOOGLE.map((row) => row.slice(1));
    expect(nameIssues(values)).toEqual(['4:Given Name']);
  });
});
