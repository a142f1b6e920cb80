/**
 * Eventbrite's attendee export writes "Info Requested" (First Name Info, Last Name Requested) for an
 * attendee whose details the buyer did not give, and the buyer's e-mail on that row. Two attendees on
 * one order are two people: a shared e-mail says one buyer, and the placeholder says no name. They are
 * reviewed at most, never merged as one customer.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const SPLIT = ['Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Quantity', 'Ticket Type', 'Attendee #'];
const WHOLE = ['Order #', 'Order Date', 'Name', 'Email', 'Quantity', 'Ticket Type', 'Attendee #'];

/** An attendee row in either layout. */
function attendee(split: boolean, order: string, first: string, last: string, email: string, no: string) {
  const name = split ? [first, last] : [`${first} ${last}`];
  return [order, '2026-03-02 14:05:11', ...name, email, 1, 'General Admission', no];
}

function orders(split: boolean): CellValue[][] {
  const row = (...args: [string, string, string, string, string]) => attendee(split, ...args);
  return [
    split ? SPLIT : WHOLE,
    row('1187634201', 'Sarah', 'Chen', 'sarah.chen@gmail.com', '1402871101'),
    row('1187634201', 'Info', 'Requested', 'sarah.chen@gmail.com', '1402871102'),
    row('1187650022', 'Marcus', 'Webb', 'mwebb@outlook.com', '1402880301'),
    row('1187702931', 'Priya', 'Natarajan', 'priya.n@yahoo.com', '1402901201'),
    row('1187702931', 'Info', 'Requested', 'priya.n@yahoo.com', '1402901202'),
    row('1187702931', 'Info', 'Requested', 'priya.n@yahoo.com', '1402901203'),
    row('1187755410', 'Daniel', 'Okoro', 'dokoro@gmail.com', '1402922001'),
    row('1187760077', 'Info', 'Requested', 'hello@brightlane.events', '1402930001'),
  ];
}

describe("Eventbrite's Info Requested attendees", () => {
  test.each([
    ['one Name column', false],
    ['First Name and Last Name', true],
  ])('in %s, are never merged with the buyer or each other on the buyer’s e-mail', (_, split) => {
    const { clusters } = findDuplicates({ name: 'Attendees', values: orders(split) });
    expect(clusters.filter((c) => c.band === 'merge')).toEqual([]);
  });

  test('a guest beside the buyer is put up for review, its name read as no name', () => {
    const { clusters } = findDuplicates({ name: 'Attendees', values: orders(false) });
    const guest = clusters.find((c) => c.rows.includes(2));
    expect(guest).toMatchObject({ rows: [2, 3], band: 'review' });
    expect(guest!.reasons.find((r) => r.column === 'Name')).toMatchObject({
      level: 'different',
      message: 'Name: no name, only a placeholder for an attendee not named (Sarah Chen ≠ Info Requested)',
    });
  });

  test('one attendee exported twice with a name is still one customer', () => {
    const values = orders(false);
    values.push(attendee(false, '1187790455', 'Marcus', 'Webb', 'mwebb@outlook.com', '1402940001'));
    const { clusters } = findDuplicates({ name: 'Attendees', values });
    expect(clusters.filter((c) => c.band === 'merge').map((c) => c.rows)).toEqual([[4, 10]]);
  });
});
