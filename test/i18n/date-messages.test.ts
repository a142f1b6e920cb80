/**
 * The words check gives a date with two calendars (69年9月15日: 1969 or 民國 69) and a Unix timestamp,
 * in every language.
 */
import { issueMessage } from '../../shared/i18n/issue-messages';
import { LOCALES } from '../../shared/i18n/locale';

const base = { column: '生日', suggestion: '' };

describe('date messages', () => {
  test.each(LOCALES)('%s names both readings and the calendar when a two-digit 年 year may be 民國', (locale) => {
    const readings = locale === 'zh-CN' ? '1969-09-15 或 1980-09-15' : '1969-09-15 or 1980-09-15';
    const text = issueMessage(locale, 'date.ambiguous', { ...base, value: '69年9月15日', readings, rocYear: true });
    expect(text).toContain('69年9月15日');
    expect(text).toContain(readings);
    expect(text).toMatch(/民[國国]/);
    // Not the day-or-month explanation, which would send the user looking for a day above 12.
    expect(text).not.toMatch(/day or month first|日在前或月在前/);
  });

  test.each(LOCALES)('%s names where the year is too when a reading puts it last', (locale) => {
    const text = issueMessage(locale, 'date.ambiguous', {
      ...base,
      value: '24-01-02',
      readings: '2024-01-02 / 1935-01-02 / 2002-01-24',
      yearPlace: true,
      rocYear: true,
    });
    expect(text).toMatch(/year first or last|年在前或在后/);
    expect(text).toMatch(/民[國国]/);
  });

  test.each(LOCALES)('%s keeps the day-or-month words for 03/04/1995', (locale) => {
    const text = issueMessage(locale, 'date.ambiguous', { ...base, value: '03/04/1995', readings: 'A / B' });
    expect(text).toMatch(/day or month first|日在前或月在前/);
  });

  test.each(LOCALES)('%s says a ten- or thirteen-digit date is a Unix timestamp and what it stands for', (locale) => {
    for (const [value, unit] of [
      ['1700000000', /seconds|秒数/],
      ['1700000000000', /milliseconds|毫秒数/],
    ] as const) {
      const text = issueMessage(locale, 'date.nonCanonical', { ...base, value, suggestion: '2023-11-14 22:13:20 UTC' });
      expect(text).toContain('Unix');
      expect(text).toMatch(unit);
      expect(text).toContain('2023-11-14 22:13:20 UTC');
    }
  });

  test.each(LOCALES)('%s keeps the plain words for another date form', (locale) => {
    const text = issueMessage(locale, 'date.nonCanonical', { ...base, value: '2024/3/5', suggestion: '2024-03-05' });
    expect(text).not.toContain('Unix');
    expect(text).toContain('2024-03-05');
  });
});
