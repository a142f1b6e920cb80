/**
 * Which values of a region column name one place, for its segments: a Chinese name with or without
 * its 市, 区, 县 or 省 (杭州市 = 杭州), in traditional or simplified characters (臺北市 = 台北市), a
 * listed region by any of its names (臺灣 = 台湾省 = 台湾), case and spaces aside. A suffix is dropped
 * only when that leaves no doubt: never where the bare name is a listed region (吉林市 is a city,
 * 吉林 the province), nor where the column writes the name with two suffixes (朝阳区, 朝阳市).
 */
import { simplifiedHan } from '../dedupe/simplified';
import type { Field } from '../template/schema';

/** The segment field whose values name places. */
export const REGION_FIELD = 'region';

/** A Chinese name of two characters or more, and the division it ends with. */
const SUFFIXED = /^(\p{Script=Han}{2,})([市区县省])$/u;
const BARE = /^\p{Script=Han}{2,}$/u;

/** The key segments compare: traditional characters as simplified, compatibility forms folded, lower case. */
function fold(form: string): string {
  return simplifiedHan(form.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/** Every name of the field's listed regions, folded, to the option it names. */
function listedNames(field: Field): Map<string, string> {
  const names = new Map<string, string>();
  for (const option of field.options ?? [])
    for (const name of [...Object.values(option.labels), ...option.synonyms]) names.set(fold(name), option.key);
  return names;
}

/**
 * Each form (as the segment reads a cell: a listed region's label, other text cleaned) to the key
 * of the place it names; forms of one key are one segment.
 */
export function placeKeys(forms: Iterable<string>, field: Field): Map<string, string> {
  const listed = listedNames(field);
  const folded = new Map<string, string>();
  for (const form of forms) folded.set(form, fold(form));
  // The suffixes each bare name is written with in this column: two of them make it two places.
  const suffixes = new Map<string, Set<string>>();
  for (const text of folded.values()) {
    const suffixed = SUFFIXED.exec(text);
    if (!suffixed || listed.has(text) || listed.has(suffixed[1]!)) continue;
    const seen = suffixes.get(suffixed[1]!) ?? new Set<string>();
    suffixes.set(suffixed[1]!, seen.add(suffixed[2]!));
  }
  const oneSuffix = (name: string) => (suffixes.get(name)?.size ?? 0) <= 1;
  const keys = new Map<string, string>();
  for (const [form, text] of folded) {
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
