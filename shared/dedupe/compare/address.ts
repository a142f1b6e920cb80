/**
 * Addresses: street abbreviations expanded (st = street, rd = road, w = west), punctuation dropped,
 * Han characters run together, and a Chinese address keyed without what people leave out at its
 * head (the province, the 市/区/县 after a city's or district's name); then compared as a whole with
 * the Dice coefficient over character bigrams, which tolerates typos and reordered words in either
 * script. Two house numbers that differ make the addresses different; a suite or unit written in
 * one only does not.
 */
import type { CellValue } from '../../sheet/cell-value';
import { CHINA_REGIONS } from '../../template/region-list';
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

/** Divisions after the province folded: a city, a district or county, a county-level city (苏州市昆山市). */
const MAX_DIVISIONS = 3;
/** Characters of a street or a house number, never of a division's name. */
const STREET_WORDS = '路街道巷弄号';
const LONGEST_NAME = 15;

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * The length of the division at `at`: a city's, district's or county's name (2 to 15 Han
 * characters, none a street's word) and its 市, 区 or 县; 0 when none. The first suffix after two
 * characters ends it, so 杭州西湖区 reads as one name and 区, the same letters as 杭州市西湖区 as two.
 */
function divisionAt(text: string, at: number): number {
  const end = Math.min(text.length, at + LONGEST_NAME + 1);
  for (let k = at; k < end; k++) {
    const ch = text[k]!;
    if (k - at >= 2 && (ch === '市' || ch === '区' || ch === '县')) return k - at + 1;
    if (!isHan(ch.charCodeAt(0)) || STREET_WORDS.includes(ch)) return 0;
  }
  return 0;
}

/** Each way a province is written (浙江, 浙江省, 广西壮族自治区), by the short name it starts with, longest first. */
let provinceNames: Map<string, string[]> | null = null;

function provinces(): Map<string, string[]> {
  if (provinceNames) return provinceNames;
  provinceNames = new Map();
  for (const option of CHINA_REGIONS) {
    const short = option.labels['zh-CN'];
    const names = [short, ...option.synonyms].filter((name) => name.startsWith(short));
    provinceNames.set(
      short,
      [...new Set(names)].sort((a, b) => b.length - a.length),
    );
  }
  return provinceNames;
}

/** The province written at `at` (its short name and how long it is as written), if any. */
function provinceAt(text: string, at: number): { short: string; length: number } | null {
  const table = provinces();
  // Short names are two characters, or three (黑龙江, 内蒙古).
  for (let size = 2; size <= 3; size++) {
    const short = text.slice(at, at + size);
    const names = table.get(short);
    if (!names) continue;
    const name = names.find((n) => text.startsWith(n, at))!;
    return { short, length: name.length };
  }
  return null;
}

/** A province's short name on its own (吉林, 浙江). */
export function isProvinceName(text: string): boolean {
  return provinces().has(text);
}

export interface ChinesePlace {
  /** The province named at the head, by its short name (浙江); '' when none. */
  province: string;
  /** The rest, with the 市/区/县 of its leading divisions dropped: 杭州西湖文三路90号. */
  place: string;
}

/**
 * A Chinese place or address as keyed for matching: 浙江省杭州市西湖区文三路90号, 浙江杭州西湖区文三路90号
 * and 杭州西湖区文三路90号 all give 杭州西湖文三路90号 (province 浙江 in the first two). A province's
 * short name counts only before a city or district: 江西中路 is a street and 吉林市 a city.
 */
export function splitChinesePlace(text: string): ChinesePlace {
  let from = 0;
  let province = '';
  const at = text.startsWith('中国') ? 2 : 0;
  const head = provinceAt(text, at);
  if (head) {
    const after = at + head.length;
    const full = head.length > head.short.length;
    if (full || (text[after] !== '市' && divisionAt(text, after) > 0)) {
      province = head.short;
      from = after;
    }
  }
  let place = '';
  for (let k = 0; k < MAX_DIVISIONS; k++) {
    const length = divisionAt(text, from);
    if (length === 0) break;
    // A new area (浦东新区, 滨海新区) is written without its 新区 as often as a district without its 区;
    // 高新区 keeps its 新, which is half its name.
    const name = text.slice(from, from + length - 1);
    place += name.length >= 3 && name.endsWith('新') ? name.slice(0, -1) : name;
    from += length;
  }
  return { province, place: place + text.slice(from) };
}

/** A Chinese address's key: the place, or the province when it names nothing else (浙江省). */
function chineseAddressKey(text: string): string {
  if (!isHan(text.charCodeAt(0))) return text;
  const { province, place } = splitChinesePlace(text);
  return place || province;
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
  if (SOLID.test(text)) return ABBREVIATIONS.get(text) ?? chineseAddressKey(text);
  const tokens = text
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    // Chinese addresses are written solid; spaces beside a Han character only lay the parts out.
    .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => ABBREVIATIONS.get(t) ?? chineseAddressKey(t));
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

/** The address's words as typed (for quoting) and as read (St = Street, N = North), Latin addresses only. */
function wordsOf(raw: string): { typed: string[]; read: string[] } {
  const typed = raw.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
  return { typed, read: typed.map((t) => ABBREVIATIONS.get(t.toLowerCase()) ?? t.toLowerCase()) };
}

/**
 * What `long` has more than `short` when it holds all of it, its start and its end, with one run
 * more between or after them (a suite, a direction, 十二区, 莘庄工业区); null otherwise.
 */
function runMore<T>(short: readonly T[], long: readonly T[]): [number, number] | null {
  if (short.length === 0 || short.length >= long.length) return null;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  let tail = 0;
  while (tail < short.length - head && short[short.length - 1 - tail] === long[long.length - 1 - tail]) tail++;
  return head + tail === short.length ? [head, long.length - tail] : null;
}

/** A suite, flat or room word (Apt, Suite, Unit, Room) and what follows it, as typed; '' when none. */
function unitOf(raw: string): string {
  const { typed, read } = wordsOf(raw);
  const at = read.findIndex((w, k) => k > 0 && UNITS.has(w));
  return at < 0 ? '' : typed.slice(at, at + 2).join(' ');
}

const PLACE_WORDS = /[\s\p{P}\p{S}省市区县]+/gu;

/**
 * Two addresses near each other for a reason other than a typo: one without its 省/市/区, one with
 * a part more (Suite 1200, N, 十二区), or one street address with two flats or suites.
 */
function likeness(
  a: PreparedAddress,
  b: PreparedAddress,
  rawA: string,
  rawB: string,
): { label: 'place-words-left-out' | 'more-detail' | 'other-unit'; phrase: string } | null {
  if (a.base === b.base && a.key !== a.base && b.key !== b.base) {
    const units = `${unitOf(rawA)} ≠ ${unitOf(rawB)}`;
    return { label: 'other-unit', phrase: `same street address, another flat or suite (${units})` };
  }
  const han = /\p{Script=Han}/u;
  if (han.test(rawA) && han.test(rawB)) {
    const bare = (raw: string) => (matchText(raw) ?? '').replace(PLACE_WORDS, '');
    if (bare(rawA) === bare(rawB))
      return { label: 'place-words-left-out', phrase: 'same address, one without 省/市/区' };
    const rooms = otherRooms(a.key, b.key);
    if (rooms) return { label: 'other-unit', phrase: `same street address, another flat or suite (${rooms})` };
    const [short, long] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
    const run = short.length >= 4 ? runMore([...short], [...long]) : null;
    return run ? moreDetail([...long].slice(run[0], run[1]).join('')) : null;
  }
  const [x, y] = [wordsOf(rawA), wordsOf(rawB)];
  const [short, long] = x.read.length <= y.read.length ? [x, y] : [y, x];
  const run = short.read.length >= 2 ? runMore(short.read, long.read) : null;
  return run ? moreDetail(long.typed.slice(run[0], run[1]).join(' ')) : null;
}

/** A house number or a building, after which a number is a flat's or a room's. */
const BUILDING = /号|大厦|大楼|广场|中心|公寓|小区|花园|苑|座|栋|幢|楼/;

/** `1502室 ≠ 1503室` when two Chinese addresses differ only in a number after their house number or building. */
function otherRooms(a: string, b: string): string | null {
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  while (head > 0 && /\d/.test(a[head - 1]!)) head--;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  while (tail > 0 && /\d/.test(a[a.length - tail]!)) tail--;
  const [x, y] = [a.slice(head, a.length - tail), b.slice(head, b.length - tail)];
  if (!BUILDING.test(a.slice(0, head)) || !/^\d+$/.test(x) || !/^\d+$/.test(y)) return null;
  const unit = /^[室座栋楼层]/.exec(a.slice(a.length - tail))?.[0] ?? '';
  return `${x}${unit} ≠ ${y}${unit}`;
}

function moreDetail(more: string): { label: 'more-detail'; phrase: string } {
  return { label: 'more-detail', phrase: `one address has more detail (${more})` };
}

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
    explain(level, a, b, rawA, rawB) {
      const similarity = level <= 1 ? 1 : level >= 4 ? 0 : dice(gramsOf(a), gramsOf(b));
      // Near, but no typo: words a reviewer must read as they are (Apt 4B in one row only, two flats).
      const closer = level === 2 || level === 3 ? likeness(a, b, rawA, rawB) : null;
      if (closer) return { similarity, ...closer };
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
