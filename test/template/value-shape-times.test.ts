import { valueShape } from '../../shared/template/value-shape';

describe('valueShape on dates with times', () => {
  test.each([
    // Salesforce reports: month/day/year and a 12-hour time.
    ['3/15/2024 9:41 AM', 'date'],
    ['11/2/2023 4:47 PM', 'date'],
    ['1/5/2022 12:00 pm', 'date'],
    ['2024-03-15 9:41 a.m.', 'date'],
    ['2024-03-15 21:41:05', 'date'],
    ['15.03.2024 09:41', 'date'],
    // A meridiem without a clock time, or a time without a date, is no date.
    ['3/15/2024 AM', 'text'],
    ['9:41 AM', 'text'],
  ])('reads %s as %s', (value, shape) => {
    expect(valueShape(value)).toBe(shape);
  });
});
