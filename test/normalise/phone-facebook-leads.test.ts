/**
 * Facebook Lead Ads' form export writes each phone number after "p:" (p:+13055550199), so that a
 * spreadsheet keeps it as text: the number is the customer's phone all the same.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { normalisePhone } from '../../shared/normalise/phone';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { sheet, TODAY } from '../operations/fixtures';

// A Lead Ads form's leads (leads_export.csv), a few of its columns.
const LEADS: CellValue[][] = [
  ['id', 'created_time', 'campaign_name', 'form_name', 'platform', 'full_name', 'phone_number', 'email', 'city'],
  [
    'l:1234567890123456',
    '2024-05-01T10:11:12-07:00',
    'Lead Gen Spring 2024',
    'Free Quote Form',
    'fb',
    'Maria Lopez',
    'p:+13055550199',
    'maria.lopez@gmail.com',
    'Miami',
  ],
  [
    'l:1234567890123457',
    '2024-05-01T11:00:00-07:00',
    'Lead Gen Spring 2024',
    'Free Quote Form',
    'ig',
    'maria lopez',
    'p:+13055550199',
    'Maria.Lopez@gmail.com',
    'Miami, FL',
  ],
  [
    'l:1234567890123458',
    '2024-05-02T08:30:00-07:00',
    'Lead Gen Spring 2024',
    'Free Quote Form',
    'fb',
    'David Chen',
    'p:+14155550123',
    'dchen@outlook.com',
    'San Francisco',
  ],
];

describe('Facebook Lead Ads phone numbers (p:+1…)', () => {
  test('the phone_number column is the phone, beside full_name and email', () => {
    const mapping = mapHeaders(LEADS[0]!, DEFAULT_TEMPLATE, {}, LEADS.slice(1));
    expect(mapping.byField).toMatchObject({ phone: 7, name: 6, email: 8 });
  });

  test.each(['US', 'GB'])('reads p:+13055550199 as +13055550199 on a list whose region is %s', (region) => {
    const read = normalisePhone('p:+13055550199', { defaultRegion: region });
    expect(read.status).toBe('valid');
    expect(read).toEqual(normalisePhone('+13055550199', { defaultRegion: region }));
  });

  test.each([
    ['en-US', 'will become +1 305 555 0199'],
    ['zh-CN', '+1 305 555 0199'],
  ] as const)('check (%s) says the number will become its standard form, not that it is invalid', (locale, text) => {
    const issues = checkSheet(sheet(LEADS, { textOnly: true }), { now: TODAY, messageLocale: locale }).issues;
    const phones = issues.filter((i) => i.column === 'phone_number');
    expect(phones.map((i) => [i.row, i.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(phones[0]!.message).toContain(text);
  });
});
