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

const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;

/**
 * A key's script: 1 in Latin letters only, 2 in Han characters only, 0 in neither or both
 * (Tencent 腾讯, a cell holding both forms). Two values whose scripts add up to `OTHER_SCRIPTS` (Tencent
 * Holdings, 腾讯控股) are not compared when their comparator finds them different: the Latin one is
 * no reading of the other that it knows (a pinyin one would have matched), and one name written in
 * English and in Chinese is no evidence of two customers.
 */
export function scriptOf(key: string): number {
  const latin = LATIN.test(key);
  return latin === HAN.test(key) ? 0 : latin ? 1 : 2;
}

export const OTHER_SCRIPTS = 3;

/** True when `a` and `b` are written one in Latin letters and the other in Han characters only. */
export function inOtherScripts(a: string, b: string): boolean {
  return scriptOf(a) + scriptOf(b) === OTHER_SCRIPTS;
}

/**
 * How common surnames are written in Latin letters in Hong Kong (Cantonese), Singapore and Malaysia
 * (Hokkien, Teochew) and in pinyin: David Chan may be 陳大文, never 黃家明.
 */
const SURNAME_READINGS: Readonly<Record<string, string>> = {
  陈: 'chan chen tan',
  黄: 'wong huang ng wee vong',
  李: 'lee li lei',
  张: 'cheung chang zhang teo chong',
  梁: 'leung liang neo',
  林: 'lam lin lim',
  刘: 'lau liu low',
  吴: 'ng wu goh',
  何: 'ho he',
  王: 'wong wang ong',
  郑: 'cheng zheng tay teh',
  郭: 'kwok guo quek',
  罗: 'law lo luo',
  谢: 'tse xie chia',
  周: 'chow chau zhou chew',
  杨: 'yeung yang yeo',
  朱: 'chu zhu choo',
  蔡: 'choi tsoi cai chua',
  曾: 'tsang zeng',
  许: 'hui xu koh',
  邓: 'tang deng teng',
  冯: 'fung feng',
  叶: 'yip ye yap',
  卢: 'lo lu lou',
  潘: 'poon pan phua',
  钟: 'chung zhong',
  彭: 'pang peng',
  袁: 'yuen yuan',
  谭: 'tam tan',
  麦: 'mak mai',
  姚: 'yiu yao',
  莫: 'mok mo',
  邱: 'yau qiu khoo',
  徐: 'tsui xu chee',
};
const READINGS = new Map(Object.entries(SURNAME_READINGS).map(([han, words]) => [han, new Set(words.split(' '))]));
const ANY_READING = new Set([...READINGS.values()].flatMap((words) => [...words]));

/**
 * A Latin and a Han name told apart by their surnames: the Latin name holds a word that is a common
 * surname's reading (Chan) and none of the Han name's surname's (黃: Wong, Huang, Ng). Otherwise a
 * Latin name says nothing of a Han one (Tony, 王芳: perhaps his English name).
 */
export function surnamesApart(a: string, b: string): boolean {
  const [latin, han] = scriptOf(a) === 1 ? [a, b] : [b, a];
  const readings = READINGS.get(han.replace(/[^\p{Script=Han}]/gu, '').charAt(0));
  if (!readings) return false;
  const words = latin.split(/[^a-z]+/);
  return words.some((w) => ANY_READING.has(w)) && !words.some((w) => readings.has(w));
}

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
      // 有赞's 浙江省 杭州市 西湖区 is 浙江省杭州市西湖区: the spaces between Han place parts say nothing.
      if (role === 'region') key = key.replace(/(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu, '');
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
