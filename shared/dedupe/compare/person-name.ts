/**
 * Person names, whole or one part of a split name. Han names compare by characters, then by
 * pinyin (homophones: 张伟 = 张玮), look-alike characters (王/玉) and one-character slips; a Han
 * name equals its pinyin in either order (张伟 = Zhang Wei = Wei Zhang = zhangwei). Latin names
 * compare order-free, then with Jaro-Winkler (Winkler 1990) for typos, then by initials; a given
 * name and its nickname (Bob, Robert) are one name, its masculine and feminine forms (Paul, Paula)
 * two. Alike names that only share a family name (John and Jane Doe), or differ in generation
 * (Jr., III) or in such a form, are relatives: two people, whatever the rest of the row shares. The key and prepared forms of a name are in person-name-forms.ts.
 */
import { titlesOfTwoSexes } from '../../normalise/han-titles';
import { hanOnly, pinyinSyllables } from '../han';
import { knownGivenName, twoGivenNames } from '../nicknames';
import { simplifiedHan } from '../simplified';
import { jaroWinkler, withinOneEdit } from '../similarity';
import type { Comparator, QuickTest } from './comparator';
import {
  GENERATIONS,
  isUnnamedAttendee,
  nameAside,
  nameKey,
  prepareName,
  type NameRole,
  TITLES,
  type PreparedName,
} from './person-name-forms';

export {
  isUnnamedAttendee,
  nameAside,
  nameKey,
  prepareName,
  type NameRole,
  type PreparedName,
} from './person-name-forms';

export const NAME_LEVEL = {
  exact: 0,
  reordered: 1,
  pinyin: 2,
  homophone: 3,
  lookAlike: 4,
  similarSound: 5,
  typo: 6,
  similar: 7,
  initial: 8,
  nickname: 9,
  relative: 10,
  different: 11,
} as const;

/** Given names this alike (Jaro-Winkler, as a given-name column compares them) are one name mistyped. */
const GIVEN_ALIKE = 0.85;

function formsMeet(a: PreparedName, b: PreparedName): boolean {
  const ha = a.formHashes;
  const hb = b.formHashes;
  for (let x = 0; x < ha.length; x++) {
    for (let y = 0; y < hb.length; y++) if (ha[x] === hb[y] && a.forms[x] === b.forms[y]) return true;
  }
  return false;
}

function bestFormSimilarity(a: PreparedName, b: PreparedName): number {
  let best = 0;
  for (const x of a.forms) for (const y of b.forms) best = Math.max(best, jaroWinkler(x, y));
  return best;
}

/** Every token of the shorter name is an initial or a copy of a token of the longer one ("J Smith" = "John Smith"). */
function initialsAgree(a: PreparedName, b: PreparedName): boolean {
  if (!a.initials && !b.initials && a.tokens.length === b.tokens.length) return false;
  const [short, long] = a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  let used = 0;
  for (const t of short) {
    let found = -1;
    for (let k = 0; k < long.length && found < 0; k++) {
      const l = long[k]!;
      if ((used & (1 << k)) === 0 && (l === t || (t.length === 1 && l[0] === t) || (l.length === 1 && t[0] === l)))
        found = k;
    }
    if (found < 0) return false;
    used |= 1 << found;
  }
  return true;
}

/**
 * One name is a surname with a title (张总) and the other is of that surname (张伟, 张经理), unless
 * their titles say a man and a woman (王先生, 王女士: a couple on one phone, never one customer).
 */
function titledAgree(a: PreparedName, b: PreparedName): boolean {
  const surname = a.titledSurname || b.titledSurname;
  const other = a.titledSurname ? b : a;
  if (!other.han.startsWith(surname) || other.han.length <= surname.length) return false;
  const titleOf = (p: PreparedName) => simplifiedHan(p.han).slice(p.titledSurname.length);
  return !(a.titledSurname && b.titledSurname && titlesOfTwoSexes(titleOf(a), titleOf(b)));
}

const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'sir']);
const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'madam']);

/** The title of a Latin name that is a title and a surname (mr of mr wang), else ''. */
function latinTitle(p: PreparedName): string {
  return p.titledSurname && !p.isHan ? p.key.slice(0, p.key.indexOf(' ')) : '';
}

/**
 * One Latin name is a title and a surname (Mr. Wang) and the other holds that surname (Wang Fang,
 * Dr. Wang), unless their titles say a man and a woman (Mr. Smith, Mrs. Smith: a couple).
 */
function latinTitledAgree(a: PreparedName, b: PreparedName): boolean {
  const surname = a.titledSurname || b.titledSurname;
  const other = a.titledSurname ? b : a;
  if (!other.tokens.includes(surname)) return false;
  const [x, y] = [latinTitle(a), latinTitle(b)];
  return !((MALE_TITLES.has(x) && FEMALE_TITLES.has(y)) || (FEMALE_TITLES.has(x) && MALE_TITLES.has(y)));
}

/** The two names' syllables differ only in the order of two of them. */
function swappedSounds(a: PreparedName, b: PreparedName): boolean {
  const x = pinyinSyllables(a.han);
  const y = pinyinSyllables(b.han);
  const differ: number[] = [];
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) differ.push(k);
  return differ.length === 2 && x[differ[0]!] === y[differ[1]!] && x[differ[1]!] === y[differ[0]!];
}

/**
 * Alike Latin names of two relatives: another generation (Robert Smith, Robert Smith Jr.), or the
 * same other words and one given name each that is not a typo of the other: neither alike as a
 * given-name column compares them nor one edit apart (John Doe, Jane Doe; Jon/John, Micheal/Michael,
 * Catherine/Katherine and Carl/Karl stay alike). Initials and shortened names (Chris/Christopher)
 * say nothing either way.
 */
function relatives(a: PreparedName, b: PreparedName): boolean {
  if (a.generation !== b.generation) return true;
  if (!a.hasGiven || !b.hasGiven) return false;
  const x = a.tokens.filter((t) => !b.tokens.includes(t) && !GENERATIONS.has(t));
  if (x.length !== 1) return false;
  const y = b.tokens.filter((t) => !a.tokens.includes(t) && !GENERATIONS.has(t));
  if (y.length !== 1) return false;
  const [p, q] = [x[0]!, y[0]!];
  if (p.length < 2 || q.length < 2 || p.startsWith(q) || q.startsWith(p)) return false;
  return jaroWinkler(p, q) < GIVEN_ALIKE && !withinOneEdit(p, q);
}

/**
 * The same other words and one given name each, the two a pair of distinct given names however
 * alike they are spelt (Paul Reed, Paula Reed; Daniel, Danielle in a first-name column).
 */
function otherGivenNames(a: PreparedName, b: PreparedName): boolean {
  if (!a.hasGiven || !b.hasGiven || a.tokens.length !== b.tokens.length) return false;
  const words = wordsApart(a, b);
  return words !== null && twoGivenNames(words[0], words[1]);
}

/** The one word of each name that the other lacks, the rest the same (Paul Reed, Paula Reed); else null. */
function wordsApart(a: PreparedName, b: PreparedName): [string, string] | null {
  let p = '';
  let q = '';
  for (const t of a.tokens) {
    if (b.tokens.includes(t)) continue;
    if (p) return null;
    p = t;
  }
  for (const t of b.tokens) {
    if (a.tokens.includes(t)) continue;
    if (q) return null;
    q = t;
  }
  return p !== '' && q !== '' ? [p, q] : null;
}

/** One given name is the other's short form, the rest of the names the same (Bob Smith, Robert Smith). */
function nicknamesAgree(a: PreparedName, b: PreparedName): boolean {
  if (a.nicknameForms.length === 0 || b.nicknameForms.length === 0 || a.generation !== b.generation) return false;
  return a.nicknameForms.some((form) => b.nicknameForms.includes(form));
}

/**
 * How alike two names are (`NAME_LEVEL`). A given name and its short form are one name whichever
 * level their spellings reach first: Dave Chen is as alike to David Chen as a typo, Susie Miller
 * to Susan Miller as a similar spelling, Bob Smith to Robert Smith not at all, and each is one
 * person's name, not two relatives'. A slip that is also a short form (Jon/John, Rob/Robert) keeps
 * its typo level.
 */
export function compareNames(a: PreparedName, b: PreparedName): number {
  const level = compareNameForms(a, b);
  if (level <= NAME_LEVEL.reordered || a.isHan || b.isHan) return level;
  if ((level === NAME_LEVEL.similar || level === NAME_LEVEL.different) && nicknamesAgree(a, b))
    return NAME_LEVEL.nickname;
  // Paul and Paula are spelt alike but name two people, as John and Jane do.
  if ((level === NAME_LEVEL.typo || level === NAME_LEVEL.similar) && otherGivenNames(a, b)) return NAME_LEVEL.relative;
  // Only alike Latin names are looked at again: a small share of the pairs compared.
  if (level === NAME_LEVEL.different || !relatives(a, b)) return level;
  return nicknamesAgree(a, b) ? NAME_LEVEL.nickname : NAME_LEVEL.relative;
}

function compareNameForms(a: PreparedName, b: PreparedName): number {
  const L = NAME_LEVEL;
  if (a.isHan && b.isHan) {
    if (a.hanHash === b.hanHash && a.han === b.han) return L.exact;
    // 张总 says only 张: it agrees with any 张 as an initial agrees with a given name (J. Smith).
    if (a.titledSurname || b.titledSurname) return titledAgree(a, b) ? L.initial : L.different;
    if (a.formHash === b.formHash && a.forms[0] === b.forms[0]) return L.homophone;
    if (a.shapeHash === b.shapeHash && a.shape === b.shape) return L.lookAlike;
    if (a.fuzzyHash === b.fuzzyHash && a.fuzzy === b.fuzzy) return L.similarSound;
    // Pinyin input makes homophones, not random characters: only two characters swapped is a typo.
    if (a.charsHash === b.charsHash && a.hanLength >= 3 && a.hanLength === b.hanLength && withinOneEdit(a.han, b.han))
      return L.typo;
    // The same slip typed by pinyin input: two characters swapped and one of them a homophone (刘婷然 / 刘然亭).
    if (
      a.soundsHash === b.soundsHash &&
      a.hanLength >= 3 &&
      a.hanLength === b.hanLength &&
      a.han[0] === b.han[0] &&
      swappedSounds(a, b)
    )
      return L.typo;
    return L.different;
  }
  if (a.isHan || b.isHan) {
    if (formsMeet(a, b)) return L.pinyin;
    return bestFormSimilarity(a, b) >= 0.94 ? L.typo : L.different;
  }
  if (a.titledSurname || b.titledSurname) {
    if (a.key === b.key) return L.exact;
    // Mr. Wang says only Wang, as 王总 says only 王.
    return latinTitledAgree(a, b) ? L.initial : L.different;
  }
  if ((a.sortedHash === b.sortedHash && a.sorted === b.sorted) || formsMeet(a, b)) return L.reordered;
  if ((a.initials || b.initials) && initialsAgree(a, b)) return L.initial;
  const jw = bestFormSimilarity(a, b);
  if (jw >= 0.92) return L.typo;
  if (jw >= 0.85) return L.similar;
  if (initialsAgree(a, b)) return L.initial;
  return L.different;
}

/**
 * Two Han names none of whose forms agree (characters, pinyin, shapes, blurred sounds, the
 * characters or sounds in any order) are different names, as `compareNames` finds.
 */
const HAN_QUICK: QuickTest<PreparedName> = {
  width: 7,
  write(p, out, at) {
    // A titled name (张总) meets names of its surname, which share none of these hashes.
    out[at] = p.isHan ? (p.titledSurname ? 2 : 1) : 0;
    out[at + 1] = p.hanHash;
    out[at + 2] = p.formHash;
    out[at + 3] = p.shapeHash;
    out[at + 4] = p.fuzzyHash;
    out[at + 5] = p.charsHash;
    out[at + 6] = p.soundsHash;
  },
  differ(q, a, b) {
    if (q[a] !== 1 || q[b] !== 1) return false;
    for (let k = 1; k < 7; k++) if (q[a + k] === q[b + k]) return false;
    return true;
  },
};

/**
 * Every word of the shorter Latin name is a whole word of the longer, which has more: a second family
 * name (Priyanka Chopra-Shah, Priyanka Chopra), a middle name, or a household of two (John & Mary
 * Smith, Smith, John). Returns the longer name's side (0 for `a`, 1 for `b`), or -1.
 */
function holderOf(a: PreparedName, b: PreparedName): 0 | 1 | -1 {
  if (a.isHan || b.isHan || a.tokens.length === b.tokens.length) return -1;
  const longer = a.tokens.length > b.tokens.length ? 0 : 1;
  const [long, short] = longer === 0 ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  const rest = [...long];
  for (const word of short) {
    const k = rest.indexOf(word);
    if (word.length < 2 || k < 0) return -1;
    rest.splice(k, 1);
  }
  return longer;
}

/**
 * Words written before a name that the name's key keeps but that name no one (Lic. José Hernández,
 * Ing. Juan Pérez, Rev. John Hill): such a name with the word is the name without it, not a later word.
 * Only here: some of them are given names too (Don).
 */
const COURTESY_WORDS = new Set([
  'lic',
  'licda',
  'ing',
  'arq',
  'dra',
  'sra',
  'srta',
  'mtro',
  'mtra',
  'don',
  'dona',
  'rev',
  'fr',
  'hon',
  'capt',
  'sgt',
]);

/**
 * The shorter Latin name is held whole by the longer, which starts with a word of two letters or more
 * that the shorter lacks (María José, José; Mary Ann Smith, Ann Smith): the shorter is the longer's
 * later word, not the longer with a middle name dropped (Mary Ann, Mary), and often another person's
 * given name (María José is a woman's, José a man's). A first initial (J. Robert Smith, Robert Smith)
 * is a person going by a second name, and is not this.
 */
export function heldAsLaterWord(a: PreparedName, b: PreparedName): boolean {
  const holder = holderOf(a, b);
  if (holder < 0) return false;
  const [long, short] = holder === 0 ? [a, b] : [b, a];
  const first = long.tokens[0]!;
  return first.length >= 2 && !short.tokens.includes(first) && !GENERATIONS.has(first) && !COURTESY_WORDS.has(first);
}

/**
 * The surname of a Han name that has a given name too (王 of 王芳); '' for a surname alone (王),
 * one with a title (王总), which names no one in particular, and other names.
 */
export function surnameBesideGivenName(a: PreparedName): string {
  return a.isHan && !a.titledSurname && a.han.length > a.hanSurname.length ? a.hanSurname : '';
}

/**
 * Two Han names of one surname, each with a given name (王芳, 王强): when they clearly differ, it is
 * in the given name, as John and Jane Doe's do.
 */
export function oneHanSurname(a: PreparedName, b: PreparedName): boolean {
  const surname = surnameBesideGivenName(a);
  return surname !== '' && surname === surnameBesideGivenName(b);
}

/**
 * Latin names in one column of one known given name whose last words differ (Rebecca Stone, Rebecca
 * Lindgren; with a comma the family name comes first: Stone, Rebecca): the family name is what
 * differs, perhaps a married name, not the given name. The differing words must not be known given
 * names themselves, so that surname-first names (Wang Fang, Wang Li) are not read so.
 */
function otherFamilyName(a: PreparedName, b: PreparedName, rawA: string, rawB: string): boolean {
  const comma = rawA.includes(',');
  return comma === rawB.includes(',') && givenAtOtherFamily(a, b, comma ? 1 : 0);
}

/**
 * `otherFamilyName` as a pair's key alone reads it (the comma is gone from the key): the given name
 * first or last. Scoring reads this (score/married-names.ts); explanations read the comma too.
 */
export function oneGivenOtherFamily(a: PreparedName, b: PreparedName): boolean {
  return givenAtOtherFamily(a, b, 0) || givenAtOtherFamily(a, b, 1);
}

/** Two-word Latin names whose word `g` is one known given name and whose other words differ, neither a given name. */
function givenAtOtherFamily(a: PreparedName, b: PreparedName, g: number): boolean {
  if (a.isHan || b.isHan || a.tokens.length !== 2 || b.tokens.length !== 2 || a.generation !== b.generation)
    return false;
  const f = 1 - g;
  const given = a.tokens[g]!;
  return (
    given === b.tokens[g] &&
    a.tokens[f] !== b.tokens[f] &&
    knownGivenName(given) &&
    !knownGivenName(a.tokens[f]!) &&
    !knownGivenName(b.tokens[f]!)
  );
}

/** The surname of a Latin title and surname as the cell writes it (Wang of Mr. Wang). */
function latinSurname(raw: string): string {
  return raw
    .trim()
    .split(/\s+/)
    .filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')))
    .join(' ');
}

/** Two people joined in one name cell: John & Mary Smith, Mr and Mrs Jackson. */
const HOUSEHOLD = /&|\+|\band\b/i;

const PHRASES = [
  'same name',
  'same name, words in another order or spacing',
  'same name in Chinese characters and pinyin',
  'homophone characters (same pinyin)',
  'look-alike characters',
  'similar-sounding characters (fuzzy pinyin)',
  'a typo apart',
  'similar spelling',
  'initials agree',
  "one given name is the other's short form (nickname)",
  'different given names',
  'different names',
];

export function personNameComparator(role: NameRole = 'full'): Comparator<PreparedName> {
  return {
    name: role === 'full' ? 'personName' : `personName.${role}`,
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.8, u: 1e-4, perValue: true },
      { label: 'reordered', m: 0.04, u: 1e-6, perValue: true },
      { label: 'pinyin', m: 0.04, u: 1e-6, perValue: true },
      { label: 'homophone', m: 0.02, u: 2e-5, perValue: true },
      { label: 'look-alike', m: 0.01, u: 2e-6 },
      { label: 'similar-sound', m: 0.01, u: 5e-5 },
      { label: 'typo', m: 0.05, u: 3e-4 },
      { label: 'similar', m: 0.02, u: 3e-3 },
      { label: 'initial', m: 0.01, u: 2e-4 },
      // Bob and Robert: one name, as rare between two people as a typo.
      { label: 'nickname', m: 0.02, u: 2e-4 },
      // Another person of the family: reviewed at most (score/model.ts), never merged on a shared address.
      { label: 'different', m: 0.005, u: 1e-3, conflict: true },
      { label: 'different', m: 0.01, u: 1 },
    ],
    key: nameKey,
    prepare: (key) => prepareName(key, role),
    quick: HAN_QUICK,
    compare: compareNames,
    explain(level, a, b, rawA, rawB) {
      // Info Requested is no attendee's name, even where two rows hold it: nothing to say they are one.
      if (isUnnamedAttendee(a.key) || isUnnamedAttendee(b.key))
        return { similarity: 0, phrase: 'no name, only a placeholder for an attendee not named', label: 'different' };
      const similarity =
        level === 0
          ? 1
          : level >= NAME_LEVEL.relative
            ? 0
            : level <= NAME_LEVEL.homophone
              ? 0.95
              : level === NAME_LEVEL.nickname
                ? 0.85
                : bestFormSimilarity(a, b);
      if (level === NAME_LEVEL.initial && (a.titledSurname || b.titledSurname)) {
        // The surname as the titled cell writes it (張 of 張總), quoted from the pair's own values.
        const surname = a.titledSurname || b.titledSurname;
        const raw = a.titledSurname ? rawA : rawB;
        const written = (a.isHan ? hanOnly(raw).slice(0, surname.length) : latinSurname(raw)) || surname;
        return { similarity, phrase: `the same surname ${written}, one written with a title`, label: 'same-surname' };
      }
      if (level === NAME_LEVEL.exact) {
        // One name, read from cells that differ by a title, a note or an organisation (李四, 李四（采购）).
        const asideA = nameAside(rawA);
        const asideB = nameAside(rawB);
        if (asideA !== asideB) {
          const aside = [asideA, asideB]
            .filter(Boolean)
            .map((t) => `“${t}”`)
            .join(' and ');
          return { similarity, phrase: `same name, with ${aside} set aside`, label: 'name-with-note' };
        }
      }
      // Kate and Katherine are spelt alike enough to score as a typo, but one is the other's short
      // form: said so. A slip that is a short form too (Jon, John) is worded as the slip.
      if ((level === NAME_LEVEL.typo || level === NAME_LEVEL.similar) && !a.isHan && !b.isHan && nicknamesAgree(a, b)) {
        const words = wordsApart(a, b);
        if (words && !withinOneEdit(words[0], words[1]))
          return { similarity, phrase: PHRASES[NAME_LEVEL.nickname]!, label: 'nickname' };
      }
      // A name held whole by the other is no typo of it: say what the other adds.
      if (level >= NAME_LEVEL.typo && level <= NAME_LEVEL.initial) {
        const holder = holderOf(a, b);
        if (holder >= 0) {
          const household = HOUSEHOLD.test(holder === 0 ? rawA : rawB);
          if (!household && heldAsLaterWord(a, b))
            return {
              similarity,
              phrase: 'one name holds the other only as its later word, perhaps another given name',
              label: 'later-word',
            };
          return {
            similarity,
            phrase: household
              ? 'a household of two, named with one of them'
              : 'one name holds the other, with a word more',
            label: household ? 'household' : 'name-within',
          };
        }
      }
      if (role === 'full' && level >= NAME_LEVEL.relative && otherFamilyName(a, b, rawA, rawB))
        return {
          similarity,
          phrase: 'same given name, another family name (perhaps a married name)',
          label: 'other-family-name',
        };
      const phrase =
        level === NAME_LEVEL.relative && a.generation !== b.generation
          ? 'another generation (Jr., Sr., II)'
          : level === NAME_LEVEL.different && oneHanSurname(a, b)
            ? PHRASES[NAME_LEVEL.relative]
            : PHRASES[level];
      return { similarity, phrase: phrase ?? 'compared' };
    },
    blockKeys(p) {
      return p.nicknameForms.length === 0 ? p.forms : [...p.forms, ...p.nicknameForms];
    },
    valueU: (p) => p.share ?? 0,
  };
}
