/**
 * Free text (cities, regions, columns the template does not know): exact after cleaning and
 * lower-casing, a short Chinese value equal to its pinyin (北京 = Beijing); regions then also
 * Jaro-Winkler for short values and bigram Dice for long ones. Unknown columns are equal or not:
 * a fuzzy likeness of free text says nothing about identity.
 */
import type { CellValue } from '../../sheet/cell-value';
import { matchText } from '../fold';
import { hanOnly, hasHan, pinyinSyllables } from '../han';
import { bigrams, dice, jaroWinkler } from '../similarity';
import type { Comparator, LevelSpec } from './comparator';

/** 'text': a column the template does not know (notes, a source, a category): equal or not, never fuzzy. */
export type TextRole = 'region' | 'text';

export interface PreparedText {
  key: string;
  grams: string | null;
  han: boolean;
  /** Short values: the letters, Chinese read in pinyin ('' for long ones). */
  letters: string;
}

const LEVELS: Record<TextRole, LevelSpec[]> = {
  region: [
    { label: 'exact', m: 0.85, u: 0.05 },
    { label: 'typo', m: 0.06, u: 5e-3 },
    { label: 'similar', m: 0.03, u: 0.03 },
    { label: 'different', m: 0.06, u: 1 },
  ],
  text: [
    { label: 'exact', m: 0.6, u: 0.05 },
    { label: 'different', m: 0.4, u: 1 },
  ],
};

const LONG = 12;

function similarity(a: PreparedText, b: PreparedText): number {
  if (a.grams !== null && b.grams !== null) return dice(a.grams, b.grams);
  return jaroWinkler(a.key, b.key);
}

export function textComparator(role: TextRole): Comparator<PreparedText> {
  return {
    name: role,
    termFrequency: true,
    levels: LEVELS[role],
    key(value: CellValue) {
      let key = matchText(value);
      if (key === null) return null;
      // 北京市 = 北京, 广东省 = 广东
      if (role === 'region') key = key.replace(/(?<=\p{Script=Han}{2})[省市区县]$/u, '');
      return key === '' ? null : key;
    },
    prepare(key) {
      const han = hasHan(key);
      const short = key.length <= LONG;
      const letters = !short ? '' : han ? pinyinSyllables(hanOnly(key)).join('') : key.replace(/[^a-z]/g, '');
      return { key, grams: !short || key.includes(' ') ? bigrams(key) : null, han, letters };
    },
    compare(a, b) {
      if (a.han !== b.han && a.letters.length >= 2 && a.letters === b.letters) return 0;
      if (role === 'text') return 1;
      const s = similarity(a, b);
      const long = a.grams !== null && b.grams !== null;
      if (s >= (long ? 0.8 : 0.92)) return 1;
      if (s >= (long ? 0.55 : 0.82)) return 2;
      return 3;
    },
    explain(level, a, b) {
      if (level === 0 && a.han !== b.han)
        return { label: 'pinyin', similarity: 1, phrase: 'same value in Chinese and pinyin' };
      const phrases =
        role === 'text' ? ['same value', 'different'] : ['same value', 'a typo apart', 'similar', 'different'];
      return {
        similarity: level === 0 ? 1 : role === 'text' ? 0 : similarity(a, b),
        phrase: phrases[level] ?? 'compared',
      };
    },
  };
}
