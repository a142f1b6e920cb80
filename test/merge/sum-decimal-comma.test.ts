import { mergeAndApply, optionsFor, sheet } from './fixtures';

describe('summing amounts written with a decimal comma', () => {
  const merge = (spends: string[], phones = ['+33 1 42 68 53 00', '+33 1 42 68 53 00', '+33 1 42 68 53 01']) => {
    const snapshot = sheet('Clients', [
      ['Name', 'Phone', 'Total Orders', 'Total Spent'],
      ['Marie Dupont', phones[0]!, 1, spends[0]!],
      ['Marie Dupont', phones[1]!, 1, spends[1]!],
      ['Jean Martin', phones[2]!, 1, spends[2]!],
    ]);
    return mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'en-US', { countsAreSeparatePurchases: true, masters: { 0: 2 } }),
    ).rowAt(2);
  };

  test('adds 1.500 as 1500 where the column’s 88,50 shows its decimal comma', () => {
    expect(merge(['1.500', '88,50', '12,00'])).toMatchObject({ 'Total Orders': 2, 'Total Spent': 1588.5 });
  });

  test('adds a French list’s 1.500 and 2.000 as thousands: its phones say it is French', () => {
    expect(merge(['1.500', '2.000', '300'])).toMatchObject({ 'Total Orders': 2, 'Total Spent': 3500 });
  });

  test('adds no 1.500 where neither its column nor its phones say whether it is 1500 or 1.5: the survivor keeps its own', () => {
    const bare = ['', '', ''];
    expect(merge(['1.500', '2.000', '300'], bare)).toMatchObject({ 'Total Orders': 2, 'Total Spent': '1.500' });
  });
});
