import { checkSheet } from '../../shared/check/check-sheet';
import { sheet, TODAY } from '../operations/fixtures';

function phoneIssues(values: Parameters<typeof sheet>[0]) {
  return checkSheet(sheet(values), { now: TODAY })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.code, i.message]);
}

describe('check: national numbers on a list of another country than China', () => {
  test('names both readings of a dashed London line on a British list instead of making it Chinese', () => {
    const issues = phoneIssues([
      ['Account', 'Contact', 'Tel', 'Email', 'Town'],
      ['Bridge Street Cafe', 'Sandra Price', '0161 496 1000', 'sandra@bridgestcafe.co.uk', 'Manchester'],
      ['The Olive Tree', 'Marco Bianchi', '020 7946 3123', 'marco@olivetree.co.uk', 'London'],
      ['Harrogate Deli Ltd', 'Anne Wood', '01423 567890', 'anne@harrogatedeli.co.uk', 'Harrogate'],
      ['The Olive Tree Ltd', 'Marco Bianchi', '020-7946-3123', 'accounts@olivetree.co.uk', 'London'],
    ]);
    const row5 = issues.filter(([row]) => row === 5);
    expect(row5).toEqual([[5, 'phone.ambiguous', expect.stringContaining('+44 20 7946 3123')]]);
    expect(row5[0]![2]).toContain('+86 20 7946 3123');
    expect(issues.some(([, , message]) => String(message).includes('020-79463123'))).toBe(false);
  });

  test('reads an Indian list’s dashed landlines, reporting none as invalid', () => {
    const issues = phoneIssues([
      ['Name', 'Phone', 'Email', 'City'],
      ['A One', '044-28112233', 'a@x.in', 'Chennai'],
      ['B Two', '080-41234567', 'b@x.in', 'Bengaluru'],
      ['C Three', '98400 56789', 'c@x.in', 'Chennai'],
      ['D Four', '022-23456789', 'd@x.in', 'Mumbai'],
    ]);
    expect(issues.filter(([, code]) => code === 'phone.invalid')).toEqual([]);
    expect(issues.find(([row]) => row === 2)?.[2]).toContain('+91 44 2811 2233');
  });

  test('names both readings of a British mobile on a mixed list instead of making it Indian', () => {
    const issues = phoneIssues([
      ['Email Address', 'First Name', 'Phone Number'],
      ['jennifer.lopez@gmail.com', 'Jennifer', '(217) 555-0143'],
      ['mike.chen@yahoo.ca', 'Mike', '416-555-0199'],
      ['priya.sharma@rediffmail.com', 'Priya', '+91 98765 43210'],
      ['rajesh.kumar@gmail.com', 'Rajesh', '098450 12345'],
      ['emma.watson@btinternet.com', 'Emma', '07912 654321'],
      ['ananya.iyer@gmail.com', 'Ananya', '9840012345'],
    ]);
    const row6 = issues.filter(([row]) => row === 6);
    expect(row6).toEqual([[6, 'phone.ambiguous', expect.stringContaining('+44 7912 654321')]]);
    expect(row6[0]![2]).toContain('+91 79 1265 4321');
  });
});
