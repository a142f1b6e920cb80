import { parseRange, rangesOverlap } from '../../shared/sheet/a1';

describe('a1', () => {
  test.each([
    ['B2:D9', { top: 2, left: 2, bottom: 9, right: 4 }],
    ['$C$5', { top: 5, left: 3, bottom: 5, right: 3 }],
    ['d9:b2', { top: 2, left: 2, bottom: 9, right: 4 }],
    ['XFD1048576', { top: 1048576, left: 16384, bottom: 1048576, right: 16384 }],
  ])('parses %s into its rows and columns when it is a range', (text, range) => {
    expect(parseRange(text)).toEqual(range);
  });

  test.each(['A:A', '客户!A1', 'A1:B', ''])('returns null for %p when it is not a plain range', (text) => {
    expect(parseRange(text)).toBeNull();
  });

  test('tells overlapping ranges apart when a rule at entry is replaced', () => {
    const column = parseRange('D2:D5002')!;
    expect(rangesOverlap(column, parseRange('D100')!)).toBe(true);
    expect(rangesOverlap(column, parseRange('A1:C9')!)).toBe(false);
    expect(rangesOverlap(column, parseRange('C5000:E6000')!)).toBe(true);
  });
});
