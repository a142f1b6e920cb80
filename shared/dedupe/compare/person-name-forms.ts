/**
 * What a person's name is made of for matching: its key (cleaned, titles, notes and organisations
 * written beside the name dropped, Han characters simplified; `nameAside` says what was dropped) and,
 * once per distinct key, its prepared forms (pinyin, look-alike shapes, blurred
 * sounds, the orders people write it in, nickname families), so that a pair compares numbers first.
 */
import type { CellValue } from '../../sheet/cell-value';
import { simplifiedHan } from '../simplified';
import { foldAccents } from '../accents';
import { cleanPersonName, cellString } from '../../normalise';
import { normalisePersonName } from '../../normalise/name';
import { hanNameShare, givenNameShare, surnameShare } from '../common-names';
import { fuzzySyllable, hanOnly, hasHan, pinyinSyllables, shapeKey, surnameLength } from '../han';
import { nameFamilies } from '../nicknames';
import { hashString, sortedJoin } from '../similarity';
import { COMPOUND_SURNAMES, SURNAMES } from '../../normalise/han-surnames';
import { readNotedName, readRemarkName } from '../../normalise/remark-name';
import { HAN_NAME_TITLES, SPOUSE_TITLES, titledSurname, titlePattern } from '../../normalise/han-titles';

export type NameRole = 'full' | 'given' | 'family';

export interface PreparedName {
  // Hot fields first (object layout follows creation order): most pairs are settled by these
  // numbers without reading any string, which lives elsewhere in memory.
  isHan: boolean;
  hanLength: number;
  hanHash: number;
  formHash: number;
  shapeHash: number;
  fuzzyHash: number;
  /** Hash of the Han characters in sorted order (two swapped characters keep it). */
  charsHash: number;
  /** Hash of the pinyin syllables in sorted order (swapped characters, one of them a homophone). */
  soundsHash: number;
  /** A surname with a title (张总, 刘经理, 欧阳老师, Mr. Wang): its surname, which is all it says; '' for other names. */
  titledSurname: string;
  /** A Han name's surname (张 of 张小宝, 欧阳 of 欧阳娜娜), read once; '' for other names. */
  hanSurname: string;
  sortedHash: number;
  formHashes: number[];
  key: string;
  han: string;
  /** Latin tokens, or pinyin syllables grouped as [surname, given] for a Han name. */
  tokens: string[];
  /** The name's letters run together in the orders people write it (surname first, last). */
  forms: string[];
  sorted: string;
  shape: string;
  /** Pinyin with blurred sounds merged (zh = z, ing = in), for Han names. */
  fuzzy: string;
  share: number | undefined;
  /** Some token is a single letter (an initial). */
  initials: boolean;
  /** Generational suffixes (jr, iii), sorted and joined; '' for none. */
  generation: string;
  /** Its tokens include given names (a whole name or the given part): other given names tell people apart. */
  hasGiven: boolean;
  /**
   * The name with one given name put as its family of short forms (robert, bob → #41), words sorted:
   * two names sharing one are one name written with a nickname. Empty for most names.
   */
  nicknameForms: readonly string[];
}

/**
 * Titles written after a whole name (李四先生, 欧阳娜娜女士, 张建华经理): two characters or more, so that
 * no given name is read as one. A one-character title after a name is kept (李建工, 王一哥 may be
 * given names), as are 太太 and 夫人, which after a man's whole name name his wife.
 */
const NAME_TITLE = titlePattern(
  HAN_NAME_TITLES.filter((t) => !SPOUSE_TITLES.includes(t)),
  'end',
);

/**
 * The whole name of a simplified Han name written with a title after it (李四先生 → 李四), or '': the
 * name a common surname and one or two characters (a compound surname and one or two), so a surname
 * with a title (王先生, 欧阳女士) stays `titledSurname`'s and 张生 stays a name.
 */
function titledWholeName(han: string): string {
  const title = NAME_TITLE.exec(han);
  if (!title) return '';
  const name = han.slice(0, title.index);
  const sl = COMPOUND_SURNAMES.test(name) ? 2 : SURNAMES.has(name[0] ?? '') ? 1 : 0;
  const given = name.length - sl;
  return sl > 0 && given >= 1 && given <= 2 ? name : '';
}

export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam']);
/** Generational suffixes, each by one spelling: father and son (or two of a family line) share the rest of the name. */
export const GENERATIONS = new Map([
  ['jr', 'jr'],
  ['jnr', 'jr'],
  ['junior', 'jr'],
  ['sr', 'sr'],
  ['snr', 'sr'],
  ['senior', 'sr'],
  ['ii', 'ii'],
  ['2nd', 'ii'],
  ['iii', 'iii'],
  ['3rd', 'iii'],
  ['iv', 'iv'],
  ['4th', 'iv'],
]);
// Decoration people add to a contact's name (Cathy~, 小美！) is no part of it.
const PUNCTUATION = /[.,'’`"\-_/\\()（）·•&~～!！?？#＃]+/g;

// Two to four common Han characters and nothing else: already a key (most Chinese names).
const PLAIN_HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * What stands in a name column for no name: WeCom's nickname for a user who shared no name (微信用户),
 * 匿名, a bare title. Two rows holding it share no name, so it is not compared as one. Most say the
 * row's person gave no name ('none'); a ticketing export's placeholder for an attendee whose details
 * the buyer did not give (Eventbrite's Info Requested) says the row's other details are the buyer's
 * ('attendee'), and dedupe keeps it to tell such rows apart (score/unnamed-attendees.ts).
 */
const NO_NAME = new Map<string, 'none' | 'attendee'>([
  ...[
    '微信用户',
    '企业微信用户',
    '匿名',
    '匿名用户',
    '未命名',
    '未知',
    '无',
    '暂无',
    '客户',
    '用户',
    '先生',
    '女士',
    '小姐',
    'unknown',
    'anonymous',
    'guest',
    'customer',
    'none',
    'null',
    'n a',
  ].map((word) => [word, 'none'] as const),
  ['info requested', 'attendee'],
]);

/** Whether a name cell says there is no name (微信用户, 匿名, Unknown, Guest, Info Requested): no person's name, only its absence. */
export function isNoName(value: CellValue): boolean {
  return typeof value === 'string' && NO_NAME.has(value.trim().toLowerCase());
}

/**
 * Whether a name's key (or a split name's given and family keys joined by a space) is a placeholder
 * for an attendee the buyer did not name (Eventbrite's Info Requested): the row's e-mail is the buyer's.
 */
export function isUnnamedAttendee(key: string): boolean {
  return NO_NAME.get(key) === 'attendee';
}

const HAN_SPACE_HAN = /\p{Script=Han}\s+\p{Script=Han}/u;

/** A name an export starred out (张**, 欧阳**, 王*): it says nothing of who the person is. */
const MASKED = /[*＊]/;

/** A name's key and the words set aside to read it (a title, a note, an organisation; '' for none). */
interface NameReading {
  key: string | null;
  aside: string;
}

const NOTHING: NameReading = { key: null, aside: '' };

function withAside(read: NameReading, aside: string): NameReading {
  if (read.key === null) return read;
  return { key: read.key, aside: read.aside ? `${aside} ${read.aside}` : aside };
}

/** The key of a name typed in Han characters alone (two to four), a title after a whole name dropped. */
function plainHanKey(raw: string): string | null {
  if (NO_NAME.get(raw) === 'none') return null;
  // 陳大文 and 陈大文 are one name: traditional characters are read as simplified.
  const han = simplifiedHan(raw);
  // 李四先生 is 李四; a title in three characters (王先生) is a surname and its title.
  return (han.length === 4 && titledWholeName(han)) || han;
}

function readName(raw: string): NameReading {
  if (MASKED.test(raw)) return NOTHING;
  if (PLAIN_HAN_NAME.test(raw)) {
    const key = plainHanKey(raw);
    return { key, aside: key !== null && key.length < raw.length ? raw.slice(key.length) : '' };
  }
  // A WeCom remark (张伟-宏达贸易, Tom Lee - Acme Ltd) names the person and their organisation: the person is the name.
  const remark = readRemarkName(raw);
  if (remark) return withAside(readName(remark.person), remark.organisation);
  // A name and a note about the person (李四（采购）, 李四-采购, Tom Lee (Purchasing)): the name is the person.
  const noted = readNotedName(raw);
  if (noted) return withAside(readName(noted.person), noted.note);
  // A whole Han name and a word after it (李娜 采购, 王总 宏达五金): the name is the person.
  if (HAN_SPACE_HAN.test(raw)) {
    const read = normalisePersonName(raw);
    const name = read.status === 'ambiguous' ? read.readings?.[0] : undefined;
    if (name) {
      const text = raw.trim();
      return withAside(readName(name), text.includes(name) ? text.replace(name, '').trim() : text);
    }
  }
  // Zoë = Zoe: accents are how it was typed, not another name.
  const cleaned = foldAccents(cleanPersonName(raw).normalize('NFKC').toLowerCase()).replace(PUNCTUATION, ' ');
  const words = cleaned.split(' ').filter((t) => t.length > 0);
  const tokens = words.filter((t) => !TITLES.has(t));
  if (tokens.length === 0 || NO_NAME.get(tokens.join(' ')) === 'none') return NOTHING;
  // The titles as written (Mr, Dr.), for the explanation.
  const titles =
    tokens.length < words.length
      ? raw
          .split(/\s+/)
          .filter((w) => TITLES.has(w.normalize('NFKC').toLowerCase().replace(PUNCTUATION, '')))
          .join(' ')
      : '';
  const latin = tokens.filter((t) => !hasHan(t));
  const joinedHan = tokens.filter(hasHan).join('');
  // Mr. Wang, Ms Li: a title and one word name a surname, as 王先生 does; the title stays in the key
  // (no other key starts with one) so that prepareName reads it as `titledSurname`.
  if (!joinedHan && latin.length === 1 && latin[0]!.length >= 2 && tokens.length < words.length)
    return { key: `${words.find((w) => TITLES.has(w))} ${latin[0]}`, aside: titles };
  if (!joinedHan) return { key: latin.join(' '), aside: titles };
  const han = simplifiedHan(hanOnly(joinedHan));
  // 张建华先生, 欧阳娜娜女士: a whole name and its title.
  const name = titledWholeName(han);
  const aside = name ? [han.slice(name.length), titles].filter(Boolean).join(' ') : titles;
  return { key: [name || han, ...latin].join(' '), aside };
}

/** The matching key of a name: cleaned, lower-case, punctuation, titles and notes dropped, Han characters run together. */
export function nameKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  // Most Chinese names: two to four Han characters, already a key but for a title (李四先生).
  if (PLAIN_HAN_NAME.test(raw)) return plainHanKey(raw);
  return readName(raw).key;
}

/**
 * What reading a name cell set aside to find its key: a title (李四先生, Mr), a note or role (李四（采购）,
 * 李娜 采购), an organisation (张伟-宏达贸易); '' for a name read as written. Explanations say so.
 */
export function nameAside(value: CellValue): string {
  const raw = cellString(value);
  return raw === null ? '' : readName(raw).aside;
}

const NO_FORMS: readonly string[] = [];

/** The name with each of its known given names in turn put as that name's family (see `nicknameForms`). */
function nicknameForms(tokens: readonly string[], role: NameRole): readonly string[] {
  if (role === 'family') return NO_FORMS;
  let out: string[] | undefined;
  tokens.forEach((token, k) => {
    for (const family of nameFamilies(token)) {
      const words = tokens.map((t, j) => (j === k ? `#${family}` : t));
      (out ??= []).push(sortedJoin(words, ' '));
    }
  });
  return out ?? NO_FORMS;
}

/** The tokens run together, also last first and first last (distinct forms only). */
function rotations(tokens: string[]): string[] {
  const whole = tokens.join('');
  if (tokens.length === 1) return [whole];
  // Two tokens (every Han name, most Latin ones) have one other order.
  if (tokens.length === 2) {
    const swapped = tokens[1]! + tokens[0]!;
    return swapped === whole ? [whole] : [whole, swapped];
  }
  const out = new Set<string>([whole]);
  out.add(tokens[tokens.length - 1] + tokens.slice(0, -1).join(''));
  out.add(tokens.slice(1).join('') + tokens[0]);
  return [...out];
}

/** `parts[from..to)` run together. */
function joined(parts: readonly string[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += parts[k]!;
  return out;
}

const CHAR_SCRATCH = new Uint16Array(4);

/** Hash of the characters of `han` in code-unit order (as `sortedJoin([...han], '')` would join them). */
function sortedCharsHash(han: string): number {
  // Names of up to four characters: sorted in place, no array of one-character strings.
  const n = han.length;
  if (n <= CHAR_SCRATCH.length) {
    for (let k = 0; k < n; k++) {
      const c = han.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdfff) return hashString(sortedJoin([...han], ''));
      let j = k - 1;
      while (j >= 0 && CHAR_SCRATCH[j]! > c) {
        CHAR_SCRATCH[j + 1] = CHAR_SCRATCH[j]!;
        j--;
      }
      CHAR_SCRATCH[j + 1] = c;
    }
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ CHAR_SCRATCH[k]!, 0x01000193);
    return h >>> 2;
  }
  return hashString(sortedJoin([...han], ''));
}

export function prepareName(key: string, role: NameRole): PreparedName {
  const han = hasHan(key) ? hanOnly(key) : '';
  let titled = han && role === 'full' ? titledSurname(han) : '';
  let tokens: string[];
  let share: number | undefined;
  let fuzzy = '';
  let sounds = '';
  let hanSurname = '';
  if (han) {
    const syllables = pinyinSyllables(han, role !== 'given');
    sounds = sortedJoin(syllables, ' ');
    for (let k = 0; k < syllables.length; k++) fuzzy += fuzzySyllable(syllables[k]!);
    const surname = surnameLength(han);
    hanSurname = han.slice(0, surname);
    const sl = role === 'full' ? Math.min(surname, syllables.length) : 0;
    tokens =
      sl > 0 && syllables.length > sl
        ? [joined(syllables, 0, sl), joined(syllables, sl, syllables.length)]
        : [joined(syllables, 0, syllables.length)];
    // 王女士 names any woman surnamed 王: as common as the surname, not a rare given name 女士.
    share = titled
      ? surnameShare(titled)
      : role === 'full'
        ? hanNameShare(han, surname)
        : role === 'family'
          ? surnameShare(han)
          : givenNameShare(han);
  } else {
    tokens = key.split(' ');
    // A title and a surname (mr wang, from Mr. Wang): the surname is the name, and all it says.
    if (tokens.length === 2 && TITLES.has(tokens[0]!)) {
      tokens = [tokens[1]!];
      if (role === 'full') titled = tokens[0];
    }
  }
  const forms = rotations(tokens);
  // Most names sound as they are spelt: one string kept, not two equal ones.
  if (fuzzy === forms[0]) fuzzy = forms[0];
  const sorted = tokens.length === 1 ? tokens[0]! : sortedJoin(tokens, ' ');
  const shape = han ? shapeKey(han) : '';
  const formHashes = forms.map(hashString);
  // One string, one hash: most names' shape is the name and their blurred sound their pinyin.
  const hanHash = hashString(han);
  return {
    isHan: han !== '',
    hanLength: han.length,
    hanHash,
    formHash: formHashes[0]!,
    shapeHash: shape === han ? hanHash : hashString(shape),
    fuzzyHash: fuzzy === forms[0] ? formHashes[0]! : hashString(fuzzy),
    charsHash: sortedCharsHash(han),
    soundsHash: hashString(sounds),
    titledSurname: titled,
    hanSurname,
    sortedHash: hashString(sorted),
    formHashes,
    key,
    han,
    tokens,
    forms,
    sorted,
    shape,
    fuzzy,
    share,
    initials: tokens.some((t) => t.length === 1),
    generation: han
      ? ''
      : sortedJoin(
          tokens.flatMap((t) => GENERATIONS.get(t) ?? []),
          ' ',
        ),
    hasGiven: role !== 'family',
    nicknameForms: han ? NO_FORMS : nicknameForms(tokens, role),
  };
}
