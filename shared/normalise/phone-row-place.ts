/**
 * The place a row names without a country column, for reading its bare phones: another of its numbers
 * written with a +code (+853 2888 1234 beside 6612 3456), and its address, which begins with a region
 * or a part of one in Chinese (澳門新馬路10號, 中國香港九龍…, 臺北市信義區) or ends with one in English
 * (…, Kowloon). Weaker than a country column: phone-reading.ts reads a number there only where that
 * place reads it. A row naming two places names none.
 */
import type { CellValue } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { regionOfPlace } from './country-column';
import { CN_MOBILE, parsePhoneIn, phoneText } from './phone-parse';
import { isExplicit, splitExtension } from './phone-reading';

/** Longest start of an address read as a place name: 澳門特別行政區 is seven characters. */
const LONGEST_NAME = 8;
const SHORTEST_NAME = 2;
/** Address starts remembered (a list's addresses begin with a few provinces and cities over and over). */
const MEMO_LIMIT = 20_000;
const HAN_START = /^\p{Script=Han}/u;

/** Reads each row's place, or null when the row names none or has no number another place could read. */
export function rowPlaceReader(
  mapping: HeaderMapping,
  template: Template,
): (row: readonly CellValue[] | undefined) => string | null {
  const home = template.defaultRegion;
  const kinds = new Map(template.fields.map((f) => [f.key, f.kind]));
  // Second columns too (電話 beside 手機): the office line is the number most often written with its +code.
  const fieldOf = (c: HeaderMapping['columns'][number]) => c.field ?? c.secondOf;
  const phoneCols = mapping.columns.filter((c) => kinds.get(fieldOf(c) ?? '') === 'phone').map((c) => c.col);
  const addressCols = mapping.columns.filter((c) => fieldOf(c) === 'address').map((c) => c.col);
  const starts = new Map<string, string | null>();
  const addressRegion = (value: CellValue | undefined): string | null => {
    if (typeof value !== 'string') return null;
    const text = value.normalize('NFKC').trim();
    if (!HAN_START.test(text)) return regionOfPlace(text.split(/[,，]/).pop()!.trim());
    const start = text.slice(0, LONGEST_NAME);
    let region = starts.get(start);
    if (region === undefined) {
      region = regionOfStart(start);
      if (starts.size < MEMO_LIMIT) starts.set(start, region);
    }
    return region;
  };
  return (row) => {
    if (!row) return null;
    let place: string | null = null;
    let bare = false;
    for (const col of phoneCols) {
      const value = row[col - 1];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const text = phoneText(String(value));
      if (text === '') continue;
      if (!isExplicit(text)) {
        // A Chinese mobile is read as one wherever the row is: only other bare numbers ask the row's place.
        bare ||= !CN_MOBILE.test(text);
        continue;
      }
      const region = parsePhoneIn(splitExtension(text)[0], home)?.country ?? null;
      if (region === null) continue;
      if (place !== null && place !== region) return null;
      place = region;
    }
    if (!bare) return null;
    for (const col of addressCols) {
      const region = addressRegion(row[col - 1]);
      if (region === null) continue;
      if (place !== null && place !== region) return null;
      place = region;
    }
    return place;
  };
}

/** The region the longest place name an address begins with names (中國香港 before 中國), or null. */
function regionOfStart(start: string): string | null {
  for (let length = Math.min(start.length, LONGEST_NAME); length >= SHORTEST_NAME; length--) {
    const region = regionOfPlace(start.slice(0, length));
    if (region !== null) return region;
  }
  return null;
}
