/**
 * Accounting and CRM reports write a number after its label: QuickBooks' Customer Contact List has
 * `Phone:(305) 909-1726` in its Phone Numbers column, and `Phone:(615) 333-0424 Mobile:(615) 925-7247`
 * where a customer has two. A label is no part of its number; two labelled numbers are two numbers.
 */
import { normalisePhone } from '../../shared/normalise/phone';
import { labelledLine, labelledNumbers } from '../../shared/normalise/phone-labels';
import { phoneParts } from '../../shared/normalise/phone-parts';

describe('normalisePhone of a labelled number', () => {
  test.each([
    ['Phone:(305) 909-1726', 'US', '(305) 909-1726'],
    ['Mobile: (615) 925-7247', 'US', '(615) 925-7247'],
    ['电话：021-62345678', 'CN', '021-62345678'],
  ])('reads %s', (typed, home, expected) => {
    const outcome = normalisePhone(typed, { defaultRegion: home });
    expect(outcome.status).toBe('valid');
    expect(outcome.status === 'valid' && outcome.value).toBe(expected);
  });
});

describe('normalisePhone of two labelled numbers in one cell', () => {
  test.each([
    // QuickBooks, US template: the numbers are already written as the sheet's numbers are.
    [
      'Phone:(615) 333-0424 Mobile:(615) 925-7247',
      { defaultRegion: 'US' },
      'Phone:(615) 333-0424 Mobile:(615) 925-7247',
    ],
    ['Phone:615.333.0424 Mobile:615-925-7247', { defaultRegion: 'US' }, 'Phone:(615) 333-0424 Mobile:(615) 925-7247'],
    // A US sheet under the Chinese template: numbers of another country are written internationally.
    [
      'Phone:(650) 555-3311 Mobile:(650) 555-1234',
      { defaultRegion: 'CN', sheetRegion: 'US' },
      'Phone:+1 650 555 3311 Mobile:+1 650 555 1234',
    ],
    // A Chinese report: labels and the mark between them as typed, each number in its clean form.
    ['电话：021 6234 5678，手机：138-0013-8000', { defaultRegion: 'CN' }, '电话：021-62345678，手机：13800138000'],
    ['电话：021-62345678手机：13800138000', { defaultRegion: 'CN' }, '电话：021-62345678手机：13800138000'],
    // A first number with no label before a labelled one.
    ['(615) 333-0424 Mobile:(615) 925-7247', { defaultRegion: 'US' }, '(615) 333-0424 Mobile:(615) 925-7247'],
  ])('%s is two numbers, each keeping its label', (typed, ctx, expected) => {
    expect(normalisePhone(typed, ctx)).toEqual({ status: 'valid', value: expected });
  });

  test('is valid again once cleaned (clean writes it once)', () => {
    const ctx = { defaultRegion: 'CN', sheetRegion: 'US' };
    const once = normalisePhone('Phone:(650) 555-3311 Mobile:(650) 555-1234', ctx);
    expect(once.status === 'valid' && normalisePhone(once.value, ctx)).toEqual(once);
  });

  test('leaves the cell as typed, naming both readings, when one of its numbers has two', () => {
    // 6123 4567 is a Tainan landline and a Hong Kong mobile in a Taiwan list that has Hong Kong numbers.
    const outcome = normalisePhone('电话：0912-345-678 手机：6123 4567', {
      defaultRegion: 'CN',
      sheetRegion: 'TW',
      otherSheetRegions: ['HK'],
    });
    expect(outcome).toEqual({
      status: 'ambiguous',
      code: 'phone.ambiguous',
      readings: expect.arrayContaining([expect.stringMatching(/^手机：\+886 /), '手机：+852 6123 4567']),
    });
  });

  test.each([
    ['Phone:(615) 333-0424 Mobile:12345', 'phone.invalid'],
    ['Phone:(615) 333-0424 Mobile:n/a', 'phone.withNote'],
    ['Phone:(615) 333-0424 Mobile:', 'phone.withNote'],
  ])('%s, a label without a valid number, stays as typed (%s)', (typed, code) => {
    expect(normalisePhone(typed, { defaultRegion: 'US' })).toEqual({ status: 'invalid', code });
  });
});

describe('labelledNumbers', () => {
  test('finds each number after its label, and its place in the cell', () => {
    const cell = 'Phone:(615) 333-0424, Mobile: (615) 925-7247';
    expect(labelledNumbers(cell)).toEqual([
      { label: 'Phone:', number: '(615) 333-0424', start: 0, numberStart: 6, end: 20 },
      { label: 'Mobile:', number: '(615) 925-7247', start: 22, numberStart: 30, end: 44 },
    ]);
  });

  test.each([['Phone:(305) 909-1726'], ['13800138000/13900139000'], ['Telephone number 555'], ['Homer: 13800138000']])(
    '%s is not a cell of labelled numbers',
    (cell) => {
      expect(labelledNumbers(cell)).toBeNull();
    },
  );

  test('gives phoneParts each number with its label', () => {
    expect(phoneParts('Phone:(615) 333-0424 Mobile:(615) 925-7247', () => true)).toEqual([
      'Phone:(615) 333-0424',
      'Mobile:(615) 925-7247',
    ]);
  });

  test.each([
    ['Mobile:(615) 925-7247', 'mobile'],
    ['手机：13800138000', 'mobile'],
    ['Fax:(615) 333-0425', 'fax'],
    ['Phone:(615) 333-0424', 'other'],
    ['(615) 333-0424', undefined],
  ])('the label of %s names the %s line', (text, line) => {
    expect(labelledLine(text)).toBe(line);
  });
});
