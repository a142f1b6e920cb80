/** @jest-environment jsdom */
import { UI_STRINGS, formatString, translator } from '../../shared/ui/i18n';
import { LOCALES } from '../../shared/i18n/locale';
import { issueCodeSchema } from '../../shared/check/issue';
import { MATCH_LEVELS, type MatchLevel } from '../../shared/dedupe';
import { levelStrings } from '../../shared/ui/i18n/level-strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('ui string catalogues', () => {
  const reference = UI_STRINGS['en-US'];
  const keys = Object.keys(reference).sort();

  test.each(LOCALES)('%s has every key and no other', (locale) => {
    expect(Object.keys(UI_STRINGS[locale]).sort()).toEqual(keys);
  });

  test.each(LOCALES)('%s strings are non-empty and use the same parameters as en-US', (locale) => {
    for (const key of keys) {
      const text = UI_STRINGS[locale][key as keyof typeof reference];
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, params: placeholders(text) }).toEqual({
        key,
        params: placeholders(reference[key as keyof typeof reference]),
      });
    }
  });

  test('every issue code has a label', () => {
    for (const code of issueCodeSchema.options) expect(keys).toContain(`issue.${code}`);
  });

  test.each(LOCALES)('%s has words for every comparison level', (locale) => {
    for (const level of MATCH_LEVELS)
      expect({ level, text: UI_STRINGS[locale][`dupes.level.${level}`]?.trim() || null }).toEqual({
        level,
        text: expect.any(String),
      });
  });

  test('a catalogue that leaves a comparison level out does not type-check', () => {
    const words = Object.fromEntries(MATCH_LEVELS.map((level) => [level, level])) as Record<MatchLevel, string>;
    const { 'similar-sound': _left, ...partial } = words;
    // @ts-expect-error 'similar-sound' has no words
    const strings = levelStrings(partial);
    expect(Object.keys(strings)).not.toContain('dupes.level.similar-sound');
    expect(Object.keys(strings)).toHaveLength(MATCH_LEVELS.length - 1);
  });

  test('formatString fills parameters and leaves unknown ones visible', () => {
    expect(formatString('{a} of {b}', { a: 1, b: 2 })).toBe('1 of 2');
    expect(formatString('{a} and {missing}', { a: 'x' })).toBe('x and {missing}');
    expect(translator('zh-CN')('task.progress', { done: 3, total: 9 })).toBe('3 / 9');
  });
});
