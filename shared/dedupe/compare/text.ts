/**
 * Free text (cities, regions, columns the template does not know): exact after cleaning and
 * lower-casing, a short Chinese value equal to its pinyin (北京 = Beijing), a Chinese place equal
 * with or without its province and 省/市/区/县 (浙江省杭州市 = 杭州); regions then also Jaro-Winkler
 * for short values and bigram Dice for long ones. Unknown columns are equal or not: a fuzzy
 * likeness of free text says nothing about identity. A website (a Website or 官网 column) is keyed
 * without its scheme, a leading www. and a trailing slash.
 */
import type { CellValue } from '../../sheet/cell-value';
import { matchText } from '../fold';
import { hanOnly, hasHan, pinyinSyllables } from '../han';
import { bigrams, dice, jaroWinkler } from '../similarity';
import { isProvinceName, splitChinesePlace } from './address';
import { saysNone } from './code';
import type { Comparator, LevelSpec } from './comparator';

/** 'text': a column the template does not know (notes, a source, a category): equal or not, never fuzzy. */
export type TextRole = 'region' | 'text';

export interface PreparedText {
  key: string;
  /** The key without the province named at its head (杭州 of 浙江省杭州市). */
  place: string;
  /** That province ('' when none). */
  province: string;
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

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Joins a place and its province in a key (杭州|浙江): the two are compared apart. */
const PROVINCE_MARK = '|';
const TAGGED = /^(\p{Script=Han}+)\|(\p{Script=Han}+)$/u;

/**
 * 浙江省杭州市 → 杭州|浙江, 杭州市 → 杭州, 广东省 → 广东. A city named as its province (吉林市 in 吉林省)
 * keeps its 市: without it the city and the province would be one place.
 */
function placeKey(text: string): string {
  const split = splitChinesePlace(text);
  const { province } = split;
  const place = isProvinceName(split.place) && text.endsWith(`${split.place}市`) ? `${split.place}市` : split.place;
  if (place === '') return province;
  return province === '' ? place : `${place}${PROVINCE_MARK}${province}`;
}

/**
 * A site as people type it: an optional http(s):// and www., a host of dotted labels ending in a
 * top-level domain of letters, an optional port, then the path. www. is kept when only a top-level
 * domain would follow it (www.com).
 */
const WEBSITE =
  /^(?:https?:\/\/)?(?:www\.(?=[^/?#]*\.))?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d+)?)([/?#]\S*)?$/u;

/**
 * www.alibaba.com, http://alibaba.com/ and https://www.alibaba.com/ are one site; another path
 * (alibaba.com/shop-a, /shop-b) or subdomain (shop.example.com) is another. `text` is lower-cased.
 */
export function websiteKey(text: string): string | null {
  if (!text.includes('.')) return null;
  const site = WEBSITE.exec(text);
  if (!site) return null;
  const path = site[2]?.replace(/\/+$/, '') ?? '';
  return site[1]! + path;
}

/** Dashes, slashes and zeros typed for nothing (—, -, /, 0/0/00). */
const NOTHING = /^[\p{P}\p{S}\s0]*$/u;
/** A value an export starred out (张**, 138****8000): nothing is known of it. */
const MASKED = /[*＊]/;

/** A cell that holds no value: a placeholder (—, 无, N/A, 0/0/00) or a masked one. Two such cells do not agree. */
function noValue(key: string): boolean {
  return NOTHING.test(key) || MASKED.test(key) || saysNone(key.toUpperCase().replace(/[\s/.]+/g, ''));
}

function similarity(a: PreparedText, b: PreparedText): number {
  if (a.grams !== null && b.grams !== null) return dice(a.grams, b.grams);
  return jaroWinkler(a.place, b.place);
}

export function textComparator(role: TextRole): Comparator<PreparedText> {
  return {
    name: role,
    termFrequency: true,
    levels: LEVELS[role],
    key(value: CellValue) {
      let key = matchText(value);
      if (key === null || noValue(key)) return null;
      if (HAN_ONLY.test(key)) key = placeKey(key);
      // 上海 浦东新区 = 上海 浦东新
      else if (role === 'region') key = key.replace(/(?<=\p{Script=Han}{2})[省市区县]$/u, '');
      else key = websiteKey(key) ?? key;
      return key === '' ? null : key;
    },
    prepare(key) {
      const tagged = key.includes(PROVINCE_MARK) ? TAGGED.exec(key) : null;
      const place = tagged ? tagged[1]! : key;
      const han = hasHan(place);
      const short = place.length <= LONG;
      const letters = !short ? '' : han ? pinyinSyllables(hanOnly(place)).join('') : place.replace(/[^a-z]/g, '');
      const grams = !short || place.includes(' ') ? bigrams(place) : null;
      return { key, place, province: tagged ? tagged[2]! : '', grams, han, letters };
    },
    compare(a, b) {
      // The province written in one only (浙江省杭州市, 杭州市): one place.
      if (a.place === b.place) return 0;
      if (a.han !== b.han && a.letters.length >= 2 && a.letters === b.letters) return 0;
      if (role === 'text') return 1;
      // A province and a city in it (浙江, 浙江省杭州市): near, neither the same value nor two places.
      if ((a.province === '' && a.place === b.province) || (b.province === '' && b.place === a.province)) return 2;
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
