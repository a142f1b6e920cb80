/**
 * Eventbrite's attendee export writes "Info Requested" where the buyer gave no attendee's name. It is
 * no name: check says the name is missing, as it does for 微信用户, in the sheet's language.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const ATTENDEES: CellValue[][] = [
  ['Order #', 'Name', 'Email', 'Ticket Type', 'Attendee #'],
  ['1187634201', 'Sarah Chen', 'sarah.chen@gmail.com', 'General Admission', '1402871101'],
  ['1187634201', 'Info Requested', 'sarah.chen@gmail.com', 'General Admission', '1402871102'],
];

describe('Info Requested as a name', () => {
  test.each([
    ['en-US', 'Name is required but holds only "Info Requested", which stands for no value.'],
    ['zh-CN', '“Name”为必填项，但只填了表示没有值的“Info Requested”。'],
  ] as const)('check reports the name as missing (%s)', (locale, message) => {
    const issues = checkSheet({ name: 'Attendees', values: ATTENDEES }, { now: TODAY, locale }).issues;
    expect(issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([[3, 'Name', 'required.missing', message]]);
  });
});
