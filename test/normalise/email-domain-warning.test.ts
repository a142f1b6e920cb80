/**
 * The e-mail normaliser says when a valid address's domain looks like a slip of a well-known one, so
 * check, clean, export and the entry check read one decision from the outcome.
 */
import { normaliseCell } from '../../shared/normalise';
import { normaliseEmail } from '../../shared/normalise/email';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

describe('normaliseEmail', () => {
  test.each([
    // A Chinese shop's members and an English newsletter list, typed by hand.
    ['kim@gmial.com', 'kim@gmial.com', 'gmail.com'],
    ['KIM@GMIAL.COM', 'kim@gmial.com', 'gmail.com'],
    [' <Eve@Hotmial.com> ', 'eve@hotmial.com', 'hotmail.com'],
    ['zw@qq。con', 'zw@qq.con', 'qq.com'],
    ['bo@163.cm', 'bo@163.cm', '163.com'],
  ])('keeps %j as %j, its domain unchanged, and warns it may be %s', (input, value, likely) => {
    expect(normaliseEmail(input)).toEqual({
      status: 'valid',
      value,
      warning: { code: 'email.domainTypo', readings: [likely] },
    });
  });

  test.each([['wang@gmail.com'], ['LI@163.COM'], ['sun@company.cn'], ['amy@mail.com'], ['tom@gmail.co.uk']])(
    'gives %j no warning',
    (input) => {
      const outcome = normaliseEmail(input);
      expect(outcome.status).toBe('valid');
      expect(outcome).not.toHaveProperty('warning');
    },
  );

  test('is what every caller of normaliseCell reads', () => {
    const email = DEFAULT_TEMPLATE.fields.find((f) => f.kind === 'email')!;
    expect(normaliseCell(email, 'ann@yaho.com', { locale: 'en-US', defaultRegion: 'US' })).toMatchObject({
      status: 'valid',
      value: 'ann@yaho.com',
      warning: { code: 'email.domainTypo', readings: ['yahoo.com'] },
    });
  });
});
