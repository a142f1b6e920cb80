/**
 * A booking export's Location is where the meeting takes place (Calendly: a Zoom or Google Meet link,
 * the platform's name, the number to call, now and then an office address): not where the customer
 * is. A contact list's Location of cities is the customer's region as before.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { holdsMeetingPlaces } from '../../shared/template/meeting-places';

const map = (values: readonly CellValue[][]) =>
  mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)));

// prettier-ignore
const CALENDLY: CellValue[][] = [
  ['Invitee Name', 'Invitee First Name', 'Invitee Last Name', 'Invitee Email', 'Text Reminder Number', 'Event Type Name', 'Start Date & Time', 'End Date & Time', 'Invitee Time Zone', 'Location', 'Canceled', 'Cancellation reason', 'Event Created Date & Time', 'Marked as No-Show'],
  ['Sarah Chen', 'Sarah', 'Chen', 'sarah.chen@brightpath.io', '+1 415-555-0132', '30 Minute Discovery Call', '2024-03-12 10:00', '2024-03-12 10:30', 'Pacific Time - US & Canada', 'https://us02web.zoom.us/j/83412345678?pwd=aGk3N2ZtQT09', 'false', '', '2024-03-05 16:22', ''],
  ['Marcus Webb', 'Marcus', 'Webb', 'mwebb@northwind.com', '', '30 Minute Discovery Call', '2024-03-13 14:00', '2024-03-13 14:30', 'Eastern Time - US & Canada', 'https://meet.google.com/xkd-pqrs-tuv', 'false', '', '2024-03-06 09:10', ''],
  ['Priya Nair', 'Priya', 'Nair', 'priya@nairconsulting.co.uk', '+44 7700 900123', 'Product Demo', '2024-03-14 09:00', '2024-03-14 10:00', 'UK/Ireland (GMT)', '+44 7700 900123', 'false', '', '2024-03-07 11:45', ''],
  ['Tom Alvarez', 'Tom', 'Alvarez', 'tom.alvarez@gmail.com', '', 'Onsite Consultation', '2024-03-15 11:00', '2024-03-15 12:00', 'Central Time - US & Canada', '1200 Main St, Dallas, TX 75202', 'true', 'Schedule conflict', '2024-03-08 13:02', ''],
  ['Emily Park', 'Emily', 'Park', 'emily.park@acme.co', '', '30 Minute Discovery Call', '2024-03-18 16:00', '2024-03-18 16:30', 'Pacific Time - US & Canada', 'Google Meet', 'false', '', '2024-03-09 08:30', ''],
  ['Daniel Kim', 'Daniel', 'Kim', 'dkim@kimlaw.com', '+1 212-555-0178', 'Product Demo', '2024-03-19 13:00', '2024-03-19 14:00', 'Eastern Time - US & Canada', 'Zoom', 'false', '', '2024-03-10 17:40', 'Yes'],
  ['Laura Svensson', 'Laura', 'Svensson', 'laura@nordicdesign.se', '', 'Product Demo', '2024-03-20 15:00', '2024-03-20 16:00', 'Central European Time', 'Microsoft Teams', 'false', '', '2024-03-11 10:05', ''],
];

describe('mapHeaders on a booking export’s Location', () => {
  test('leaves Calendly’s Location of meeting links and platforms out of the customer’s region', () => {
    const mapping = map(CALENDLY);
    expect(mapping['Location']).toBeNull();
    expect(mapping).toMatchObject({ 'Invitee Name': 'name', 'Invitee Email': 'email' });
  });

  test('still reads a contact list’s Location of cities as the region', () => {
    const mapping = map([
      ['Name', 'Email', 'Location'],
      ['Sarah Chen', 'sarah.chen@brightpath.io', 'San Francisco, CA'],
      ['Marcus Webb', 'mwebb@northwind.com', 'New York'],
      ['Priya Nair', 'priya@nairconsulting.co.uk', 'London'],
      ['Tom Alvarez', 'tom.alvarez@gmail.com', 'Dallas, TX'],
    ]);
    expect(mapping['Location']).toBe('region');
  });
});

describe('holdsMeetingPlaces', () => {
  test('reads meeting links, platforms and numbers to call as meeting places, in Chinese too', () => {
    const rows = [
      ['腾讯会议 123-456-789'],
      ['https://meeting.tencent.com/dm/AbCdEf12'],
      ['飞书视频会议'],
      ['钉钉会议'],
      ['杭州市西湖区文三路90号'],
    ];
    expect(holdsMeetingPlaces(rows, 1)).toBe(true);
  });

  test('does not read cities and offices as meeting places', () => {
    const rows = [
      ['杭州'],
      ['上海市浦东新区'],
      ['Zoomlion Tower, Changsha'],
      ['Teams Lane, Gateshead'],
      ['https://meet.google.com/xkd-pqrs-tuv'],
    ];
    expect(holdsMeetingPlaces(rows, 1)).toBe(false);
  });
});
