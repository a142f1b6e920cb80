/**
 * Accounting and CRM reports write a number after its label: QuickBooks' Customer Contact List has
 * `Phone:(305) 909-1726` in its Phone Numbers column. The label is no part of the number.
 */
import { normalisePhone } from '../../shared/normalise/phone';

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

  test('does not read two labelled numbers in one cell as one', () => {
    expect(normalisePhone('Phone:(615) 333-0424 Mobile:(615) 925-7247', { defaultRegion: 'US' }).status).not.toBe(
      'valid',
    );
  });
});
