import { issueCodeSchema } from '../../shared/check/issue';
import { ISSUE_MESSAGES } from '../../shared/i18n/issue-messages';
import { LOCALES, toLocale } from '../../shared/i18n/locale';

describe('issue messages', () => {
  test.each(LOCALES)('%s has a message for every issue code', (locale) => {
    expect(Object.keys(ISSUE_MESSAGES[locale]).sort()).toEqual([...issueCodeSchema.options].sort());
  });

  test.each(LOCALES)('%s messages mention the value they are about', (locale) => {
    for (const code of issueCodeSchema.options) {
      const text = ISSUE_MESSAGES[locale][code]({
        column: '手机',
        value: 'V@LUE',
        suggestion: 'SUGGESTED',
        otherRow: 7,
        days: 180,
        options: 'A/B',
      });
      expect(text.length).toBeGreaterThan(5);
      if (code.endsWith('.invalid')) expect(text).toContain('V@LUE');
      if (code.endsWith('.nonCanonical')) expect(text).toContain('SUGGESTED');
    }
  });
});

describe('toLocale', () => {
  test.each([
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-GB', 'en-US'],
    ['fr-FR', 'en-US'],
    [undefined, 'en-US'],
  ])('maps %s to %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });
});
