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

describe('email.nonCanonical names what cleaning changes', () => {
  const message = (locale: 'zh-CN' | 'en-US', value: string) =>
    ISSUE_MESSAGES[locale]['email.nonCanonical']({ column: '邮箱', value, suggestion: 'wangfang@163.com' });

  test('a full-width ＠ and 。 typed on a Chinese keyboard is no capital letter', () => {
    expect(message('zh-CN', 'wangfang＠163。com')).toBe('邮箱含全角字符（＠、。）：将改为 wangfang@163.com。');
    expect(message('en-US', 'wangfang＠163。com')).toBe(
      'Email with full-width characters (＠, 。): will become wangfang@163.com.',
    );
  });

  test('capitals and spaces are named as before, each only when present', () => {
    expect(message('zh-CN', ' WangFang@163.com')).toBe('邮箱含大写字母、空格：将改为 wangfang@163.com。');
    expect(message('en-US', 'WangFang@163.com')).toBe('Email with capitals: will become wangfang@163.com.');
    expect(message('en-US', 'mailto:wangfang@163.com')).toBe(
      'Email with a "mailto:" prefix: will become wangfang@163.com.',
    );
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
