/**
 * Which values of a region column name one place, for its segments: a Chinese name with or without
 * its 市, 区, 县 or 省 (杭州市 = 杭州), in traditional or simplified characters (臺北市 = 台北市), a
 * listed region by any of its names (臺灣 = 台湾省 = 台湾), case and spaces aside. A suffix is dropped
 * only when that leaves no doubt: never where the bare name is a listed region (吉林市 is a city,
 * 吉林 the province), nor where the column writes the name with two suffixes (朝阳区, 朝阳市). A
 * province with its city (浙江省杭州市, 浙江省 杭州市 西湖区) names the place the column is of: its city
 * in a column of cities, its province in one of provinces, itself where the column does not say.
 * A state by its code or its name (CA = California, NSW = New South Wales) is one place; WA and NT,
 * codes of two countries, are read in the country of the column's other states.
 */
import { simplifiedHan } from '../dedupe/simplified';
import type { Field } from '../template/schema';
import { splitPlaceRun } from '../normalise/place-run';
import { headerPlaceKind, provinceNames } from '../normalise/region-places';
import { stateKeys } from '../normalise/state-names';

/** The segment field whose values name places. */
export const REGION_FIELD = 'region';

/** A Chinese name of two characters or more, and the division it ends with. */
const SUFFIXED = /^(\p{Script=Han}{2,})([市区县省])$/u;
const BARE = /^\p{Script=Han}{2,}$/u;

/** The key segments compare: traditional characters as simplified, compatibility forms folded, lower case. */
function fold(form: string): string {
  return simplifiedHan(
    form
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      // 有赞's 浙江省 杭州市 西湖区 is 浙江省杭州市西湖区: spaces between Han place parts are no difference.
      .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, ''),
  );
}

/** Every name of the field's listed regions, folded, to the option it names. */
function listedNames(field: Field): Map<string, string> {
  const names = new Map<string, string>();
  for (const option of field.options ?? [])
    for (const name of [...Object.values(option.labels), ...option.synonyms]) names.set(fold(name), option.key);
  return names;
}

/** What a region column holds: its header, and how many rows write each form (one each when not given). */
export interface PlaceColumn {
  header?: string;
  counts?: ReadonlyMap<string, number>;
}

/** Share of a column's rows (municipalities aside: cities and provinces both) that make it one of provinces or of cities. */
const KIND_SHARE = 0.6;
const MUNICIPALITY_KEYS = new Set(['beijing', 'shanghai', 'tianjin', 'chongqing']);

/**
 * Each form (as the segment reads a cell: a listed region's label, other text cleaned) to the key
 * of the place it names; forms of one key are one segment.
 */
export function placeKeys(forms: Iterable<string>, field: Field, column: PlaceColumn = {}): Map<string, string> {
  const listed = listedNames(field);
  const folded = new Map<string, string>();
  for (const form of forms) folded.set(form, fold(form));
  const provinces = provinceNames(field);
  const pairs = new Map<string, ProvinceAndCity>();
  for (const [form, text] of folded) {
    const pair = listed.has(text) ? null : provinceAndCity(text, provinces);
    if (pair) pairs.set(form, pair);
  }
  const kind =
    (column.header ? headerPlaceKind(column.header) : undefined) ?? kindOfValues(folded, listed, pairs, column.counts);
  const named = new Map<string, string>();
  for (const [form, text] of folded) {
    const pair = pairs.get(form);
    named.set(form, pair && kind ? pair[kind] : text);
  }
  // The suffixes each bare name is written with in this column: two of them make it two places.
  const suffixes = new Map<string, Set<string>>();
  for (const text of named.values()) {
    const suffixed = SUFFIXED.exec(text);
    if (!suffixed || listed.has(text) || listed.has(suffixed[1]!)) continue;
    const seen = suffixes.get(suffixed[1]!) ?? new Set<string>();
    suffixes.set(suffixed[1]!, seen.add(suffixed[2]!));
  }
  const oneSuffix = (name: string) => (suffixes.get(name)?.size ?? 0) <= 1;
  // A US state, Canadian province or Australian state by its code or its name (CA = California).
  const states = stateKeys(folded.keys());
  const keys = new Map<string, string>();
  for (const [form, text] of named) {
    const state = states.get(form);
    if (state !== undefined) {
      keys.set(form, `state:${state}`);
      continue;
    }
    const option = listed.get(text);
    const suffixed = option === undefined ? SUFFIXED.exec(text) : null;
    let key = `text:${text}`;
    if (option !== undefined) key = `listed:${option}`;
    else if (suffixed && !listed.has(suffixed[1]!) && oneSuffix(suffixed[1]!)) key = `place:${suffixed[1]!}`;
    else if (!suffixed && BARE.test(text) && oneSuffix(text)) key = `place:${text}`;
    keys.set(form, key);
  }
  return keys;
}

type ProvinceAndCity = Record<'province' | 'city', string>;

/** 浙江省杭州市 (or spaced, or with its district after) as its province and city; null for anything else. */
function provinceAndCity(text: string, provinces: ReadonlySet<string>): ProvinceAndCity | null {
  const run = splitPlaceRun(text.replace(/\s+/g, ''), provinces);
  return run && (run.city !== run.province || run.rest !== '') ? { province: run.province, city: run.city } : null;
}

/**
 * Whether a column names provinces or cities by its values: most of its rows (provinces with their
 * city and municipalities aside) a listed province (浙江, 吉林省), or most a place the list does not
 * hold (杭州市, 西湖); undefined when neither has most.
 */
function kindOfValues(
  folded: ReadonlyMap<string, string>,
  listed: ReadonlyMap<string, string>,
  pairs: ReadonlyMap<string, ProvinceAndCity>,
  counts: ReadonlyMap<string, number> | undefined,
): 'city' | 'province' | undefined {
  let provinces = 0;
  let cities = 0;
  for (const [form, text] of folded) {
    const option = listed.get(text);
    if (pairs.has(form) || (option !== undefined && MUNICIPALITY_KEYS.has(option))) continue;
    const rows = counts?.get(form) ?? 1;
    if (option !== undefined) provinces += rows;
    else if (BARE.test(text) || SUFFIXED.test(text)) cities += rows;
  }
  const total = provinces + cities;
  if (total === 0) return undefined;
  if (provinces >= total * KIND_SHARE) return 'province';
  return cities >= total * KIND_SHARE ? 'city' : undefined;
}
