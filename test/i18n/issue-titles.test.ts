/**
 * Issue titles head a group of problems in check's summary and the sidebar: a phone title covers a
 * 座机 or 电话 column as well as 手机, so it speaks of phone numbers, never only of mobiles.
 */
import { issueTitle } from '../../shared/i18n/issue-titles';

describe('issue titles of phone problems', () => {
  test.each(['phone.invalid', 'phone.nonCanonical'] as const)(
    '%s names phone numbers, not mobiles, in Chinese',
    (code) => {
      const title = issueTitle(code, 'zh-CN');
      expect(title).toContain('电话号码');
      expect(title).not.toContain('手机');
    },
  );

  test('English titles stay as they were', () => {
    expect(issueTitle('phone.nonCanonical', 'en-US')).toBe('Phone not in standard form');
  });
});
