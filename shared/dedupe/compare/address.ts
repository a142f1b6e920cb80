/**
 * Addresses: street abbreviations expanded (st = street, rd = road, w = west), punctuation dropped,
 * Han characters run together; then compared as a whole with the Dice coefficient over character
 * bigrams, which tolerates typos and reordered words in either script. Two house numbers that
 * differ make the addresses different; a suite or unit written in one only does not.
 */
import type { CellValue } from '../../sheet/cell-value';
import { matchText } from '../fold';
import { bigrams, dice, hashString, sortedJoin } from '../similarity';
import type { Comparator, QuickTest } from './comparator';

export interface PreparedAddress {
  key: string;
  /** Sorted bigrams (`bigrams`), made by `gramsOf` when first asked: most addresses are settled without them. */
  grams: string | null;
  sorted: string;
  /** The house number (1200 W Lake St, 文三路100号), '' when none. */
  number: string;
  /** The key without suite, unit, floor or room. */
  base: string;
  /** The base without its house number: the street. */
  street: string;
}

const ABBREVIATIONS = new Map<string, string>([
  ['st', 'street'],
  ['str', 'street'],
  ['rd', 'road'],
  ['ave', 'avenue'],
  ['av', 'avenue'],
  ['cres', 'crescent'],
  ['cr', 'crescent'],
  ['pl', 'place'],
  ['dr', 'drive'],
  ['ct', 'court'],
  ['cct', 'circuit'],
  ['hwy', 'highway'],
  ['blvd', 'boulevard'],
  ['ln', 'lane'],
  ['tce', 'terrace'],
  ['pde', 'parade'],
  ['sq', 'square'],
  ['apt', 'apartment'],
  ['bldg', 'building'],
  ['fl', 'floor'],
  ['rm', 'room'],
  ['mt', 'mount'],
  ['cl', 'close'],
  ['gr', 'grove'],
  ['blv', 'boulevard'],
  ['pkwy', 'parkway'],
  ['fwy', 'freeway'],
  ['ste', 'suite'],
  ['n', 'north'],
  ['s', 'south'],
  ['e', 'east'],
  ['w', 'west'],
  ['ne', 'northeast'],
  ['nw', 'northwest'],
  ['se', 'southeast'],
  ['sw', 'southwest'],
]);
/** Words followed by a unit inside a building: the same street address with or without them is one place. */
const SOLID = /^[0-9a-z\u4e00-\u9fff]+$/;
const UNITS = new Set(['suite', 'apartment', 'unit', 'room', 'floor', 'building', 'no']);

function houseNumber(tokens: string[]): string {
  const han = /(\d+)\s*号/.exec(tokens.join(''));
  if (han) return han[1]!;
  const first = tokens[0] ?? '';
  return /^\d+[a-z]?$/.test(first) ? first : '';
}

export function prepareAddress(key: string): PreparedAddress {
  const tokens = key.split(' ');
  const kept: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (UNITS.has(tokens[k]!) && k + 1 < tokens.length && k > 0) k++;
    else kept.push(tokens[k]!);
  }
  // One string where they are equal (most addresses have no unit, many one word): a million of them add up.
  const base = kept.length === tokens.length ? key : kept.join(' ');
  const number = houseNumber(kept);
  const street = number === '' ? base : base.replace(/(\d+)\s*号.*$/, '').replace(/^\d+[a-z]?\s+/, '');
  const sorted = tokens.length === 1 ? key : sortedJoin(tokens, ' ');
  return { key, grams: null, sorted, number, base, street };
}

function gramsOf(p: PreparedAddress): string {
  return (p.grams ??= bigrams(p.key.replace(/ /g, '')));
}

export function addressKey(value: CellValue): string | null {
  const text = matchText(value);
  if (text === null) return null;
  // One word of letters, digits and Han characters (most Chinese addresses): nothing to split or drop.
  if (SOLID.test(text)) return ABBREVIATIONS.get(text) ?? text;
  const tokens = text
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    // Chinese addresses are written solid; spaces beside a Han character only lay the parts out.
    .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => ABBREVIATIONS.get(t) ?? t);
  return tokens.length ? tokens.join(' ') : null;
}

/**
 * Two addresses at other house numbers on other streets differ, as `compare` finds, which is most
 * candidate pairs of people who only share a name; every other pair (a number missing, one street,
 * words to weigh) is asked.
 */
const ADDRESS_QUICK: QuickTest<PreparedAddress> = {
  width: 2,
  write(p, out, at) {
    // 0 for no number, an odd hash for one: two numbers made to meet only send the pair to compare.
    out[at] = p.number === '' ? 0 : hashString(p.number) | 1;
    out[at + 1] = hashString(p.street);
  },
  differ: (q, a, b) => q[a] !== 0 && q[b] !== 0 && q[a] !== q[b] && q[a + 1] !== q[b + 1],
};

export function addressComparator(): Comparator<PreparedAddress> {
  return {
    name: 'address',
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.7, u: 1e-4 },
      { label: 'reordered', m: 0.03, u: 1e-6 },
      { label: 'typo', m: 0.12, u: 1e-4 },
      { label: 'similar', m: 0.06, u: 5e-3 },
      { label: 'different', m: 0.01, u: 0.01, conflict: true },
      { label: 'different', m: 0.08, u: 1 },
    ],
    key: addressKey,
    prepare: prepareAddress,
    quick: ADDRESS_QUICK,
    compare(a, b) {
      // Another house number on the same street is another place (sites of one organisation).
      if (a.number !== '' && b.number !== '' && a.number !== b.number) return a.street === b.street ? 4 : 5;
      if (a.sorted === b.sorted) return 1;
      if (a.base === b.base) return 2;
      const d = dice(gramsOf(a), gramsOf(b));
      return d >= 0.8 ? 2 : d >= 0.55 ? 3 : 5;
    },
    // The address without its suite or unit meets the same address written with one.
    blockKeys: (p, key) => (p.base !== key ? [key, p.base] : [key]),
    explain(level, a, b) {
      const similarity = level <= 1 ? 1 : level >= 4 ? 0 : dice(gramsOf(a), gramsOf(b));
      const phrases = [
        'same address',
        'same address, words in another order',
        'addresses a typo apart',
        'similar addresses',
        'another house number on the same street',
        'different addresses',
      ];
      return { similarity, phrase: phrases[level] ?? 'compared' };
    },
  };
}
