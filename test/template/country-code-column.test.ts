/**
 * A column headed with an abbreviation of the country (Mailchimp's CC) is the country when its values
 * are ISO country codes (GB, AU, US): each row's phone is then read in its own country. The header
 * alone says nothing: CC is an e-mail's carbon copy as often.
 */
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { after } from '../operations/apply';
import { sheet, TODAY } from '../operations/fixtures';

const mapOf = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));

// Mailchimp's audience export (mailchimp_audience.csv), a few of its columns.
const MAILCHIMP: CellValue[][] = [
  ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'TIMEZONE', 'CC', 'REGION'],
  ['jennifer.lopez@gmail.com', 'Jennifer', 'Lopez', '(217) 555-0143', 'America/Chicago', 'US', 'IL'],
  ['mike.chen@yahoo.ca', 'Mike', 'Chen', '416-555-0199', 'America/Toronto', 'CA', 'ON'],
  ['priya.sharma@rediffmail.com', 'Priya', 'Sharma', '+91 98765 43210', 'Asia/Kolkata', 'IN', 'MH'],
  ['rajesh.kumar@gmail.com', 'Rajesh', 'Kumar', '098450 12345', 'Asia/Kolkata', 'IN', 'KA'],
  ['emma.watson@btinternet.com', 'Emma', 'Watson', '07912 654321', 'Europe/London', 'GB', 'ENG'],
  ['sam.oneill@outlook.com', 'Sam', "O'Neill", '0412 345 999', 'Australia/Brisbane', 'AU', 'QLD'],
];

describe('a country code column under an abbreviated header', () => {
  test('Mailchimp’s CC of ISO codes is the country', () => {
    expect(mappingToJson(mapOf(MAILCHIMP))).toMatchObject({
      'Email Address': 'email',
      'Phone Number': 'phone',
      CC: 'country',
      REGION: 'region',
    });
  });

  test('each row’s phone is read in the country its CC names', () => {
    const snapshot = sheet(MAILCHIMP, { textOnly: true });
    const setUp = after(snapshot, planSetup(snapshot, { now: TODAY }).plan);
    const cleaned = after(setUp, planClean(setUp, { now: TODAY }).plan);
    const header = cleaned.values[0] as string[];
    const phones = cleaned.values.slice(1).map((row) => String(row[header.indexOf('Phone')]));
    expect(phones[4]).toMatch(/^'?\+44 ?7912 ?654 ?321$/);
    expect(phones[5]).toMatch(/^'?\+61 ?412 ?345 ?999$/);
  });

  test('a CC column of e-mail addresses is no country', () => {
    const json = mappingToJson(
      mapOf([
        ['Email', 'CC', 'Subject'],
        ['jennifer.lopez@gmail.com', 'accounts@lopez.com', 'Invoice'],
        ['mike.chen@yahoo.ca', 'ops@chen.ca', 'Renewal'],
        ['emma.watson@btinternet.com', 'pa@watson.co.uk', 'Invoice'],
      ]),
    );
    expect(json.CC).not.toBe('country');
  });

  test('a CC column of two letters that are no country codes is no country', () => {
    const json = mappingToJson(
      mapOf([
        ['Name', 'Phone', 'CC'],
        ['Jennifer Lopez', '(217) 555-0143', 'XX'],
        ['Mike Chen', '416-555-0199', 'QQ'],
        ['Emma Watson', '07912 654321', 'ZZ'],
      ]),
    );
    expect(json.CC).toBeNull();
  });
});
