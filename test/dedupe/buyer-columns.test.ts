/**
 * An Eventbrite attendee report names who bought each ticket (Buyer Email, Buyer First Name): one
 * colleague buys for several, so the buyer's columns are no evidence that two attendees are one.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

// prettier-ignore
const ATTENDEES: CellValue[][] = [
  ['Order #', 'First Name', 'Last Name', 'Email', 'Ticket Type', 'Buyer Last Name', 'Buyer First Name', 'Buyer Email', 'Check-In Date', 'Attendee Status', 'Mobile Phone', 'Company', 'Home City'],
  ['7734512001', 'Sarah', "O'Connor", 'sarah.oconnor@acme.com', 'Early Bird', "O'Connor", 'Sarah', 'sarah.oconnor@acme.com', '', 'Attending', '+1 (617) 555-0142', 'Acme Corp.', 'Boston'],
  ['7734512002', 'Raj', 'Mehta', 'raj.mehta@infosys.com', 'General Admission', 'Mehta', 'Raj', 'raj.mehta@infosys.com', '', 'Attending', '+91 98200 11223', 'Infosys Ltd', 'Pune'],
  ['7734512002', 'Anita', 'Desai', 'anita.desai@infosys.com', 'General Admission', 'Mehta', 'Raj', 'raj.mehta@infosys.com', '', 'Attending', '+91 99300 44556', 'Infosys Limited', 'Mumbai'],
  ['7734512003', 'Robert', 'Kline', 'bob.kline@gmail.com', 'General Admission', 'Kline', 'Robert', 'bob.kline@gmail.com', '', 'Attending', '617-555-0199', '', 'Cambridge'],
  ['7734512009', 'Bob', 'Kline', 'BOB.KLINE@GMAIL.COM', 'VIP', 'Kline', 'Bob', 'bob.kline@gmail.com', '', 'Attending', '(617) 555-0199', '', 'Cambridge'],
];

describe('the buyer’s columns on an attendee list', () => {
  test('two colleagues one person bought for are two attendees; one attendee registered twice is found', () => {
    const clusters = findDuplicates({ name: 'Attendees', values: ATTENDEES }).clusters;
    expect(clusters.map((c) => c.rows)).toEqual([[5, 6]]);
    const reasons = JSON.stringify(clusters[0]);
    expect(reasons).not.toContain('Buyer Email');
  });
});
