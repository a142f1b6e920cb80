import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { withSalutation } from '../support/salutation-template';

const OUTLOOK = ['Title', 'First Name', 'Last Name', 'Job Title', 'Mobile Phone', 'E-mail Address'];
const ROWS = [
  ['Mr.', 'John', 'Smith', 'VP Sales', '(617) 555-0199', 'john@acme.com'],
  ['Ms.', 'Karen', 'Lee', 'CFO', '(609) 555-0142', 'karen@initech.com'],
  ['Dr.', 'Wei', 'Chen', 'Buyer', '(212) 555-0100', 'wei@globex.com'],
];

describe('mapHeaders on a column of honorifics', () => {
  test.each(['text', 'choice'] as const)(
    'gives Outlook’s Title of Mr. and Ms. to a %s salutation field the template has, not to the job title',
    (kind) => {
      expect(mappingToJson(mapHeaders(OUTLOOK, withSalutation(kind), {}, ROWS))).toMatchObject({
        Title: 'salutation',
        'Job Title': 'title',
      });
    },
  );

  test('gives a Salutation column of honorifics its own field', () => {
    const headers = ['Salutation', 'First Name', 'Last Name', 'Job Title'];
    const rows = ROWS.map((r) => r.slice(0, 4));
    expect(mappingToJson(mapHeaders(headers, withSalutation(), {}, rows))).toMatchObject({
      Salutation: 'salutation',
      'Job Title': 'title',
    });
  });

  test('prefers a column headed for the salutation over a Title of honorifics', () => {
    const headers = ['Title', 'Salutation', 'First Name', 'Last Name'];
    const rows = ROWS.map((r) => [r[0], r[0], r[1], r[2]]);
    expect(mappingToJson(mapHeaders(headers, withSalutation(), {}, rows))).toMatchObject({
      Title: null,
      Salutation: 'salutation',
    });
  });
});
