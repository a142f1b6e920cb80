/**
 * The place a row names without a country column, for reading its bare phones: another of its numbers
 * written with a +code (+853 2888 1234 beside 6612 3456), and its address, which begins with a region
 * or a part of one in Chinese (澳門新馬路10號, 中國香港九龍…, 尖沙咀彌敦道132號, 臺北市信義區) or ends with
 * one in English (…, Kowloon; …, Tsim Sha Tsui). Weaker than a country column: phone-reading.ts reads
 * a number there only where that place reads it. A row naming two places names none. Failing those,
 * its e-mail addresses' country domain (tom@bakerandsons.co.uk, k.tanaka@tanaka-trading.jp), weaker
 * again (`mailPlace`): it only picks among a number's readings on a list whose home is not established.
 */
import type { CellValue } from '../sheet/cell-value';
import { columnCodesOf } from '../sheet/column-codes';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { regionOfPlace } from './country-column';
import { CN_MOBILE, parsePhoneIn, phoneText } from './phone-parse';
import { isExplicit, mailPlace, splitExtension } from './phone-reading';
import { mailRegion } from './sheet-country-evidence';
import { stateReadings } from './state-names';

/** Longest start of an address read as a place name: 澳門特別行政區 is seven characters. */
const LONGEST_NAME = 8;
const SHORTEST_NAME = 2;
/** Address starts remembered (a list's addresses begin with a few provinces and cities over and over). */
const MEMO_LIMIT = 20_000;
const HAN_START = /^\p{Script=Han}/u;

/** Each row's place, or null when the row names none or has no number another place could read. */
export type RowPlaceReader = (row: readonly CellValue[] | undefined) => string | null;

/** The columns a row's place is read from: its phones (second columns too), its addresses and e-mails. */
function placeColumns(
  mapping: HeaderMapping,
  template: Template,
): { phoneCols: number[]; addressCols: number[]; emailCols: number[] } {
  const kinds = new Map(template.fields.map((f) => [f.key, f.kind]));
  // Second columns too (電話 beside 手機): the office line is the number most often written with its +code.
  const fieldOf = (c: HeaderMapping['columns'][number]) => c.field ?? c.secondOf;
  return {
    phoneCols: mapping.columns.filter((c) => kinds.get(fieldOf(c) ?? '') === 'phone').map((c) => c.col),
    addressCols: mapping.columns.filter((c) => fieldOf(c) === 'address').map((c) => c.col),
    emailCols: mapping.columns.filter((c) => kinds.get(fieldOf(c) ?? '') === 'email').map((c) => c.col),
  };
}

/** The region an address names at its start (Chinese) or end (English), or null. */
function addressRegionReader(): (value: CellValue | undefined) => string | null {
  // Chinese addresses' starts and English ones' ends, each read once: only the part read is normalised.
  const starts = new Map<string, string | null>();
  const ends = new Map<string, string | null>();
  const remembered = (memo: Map<string, string | null>, part: string, read: (part: string) => string | null) => {
    let region = memo.get(part);
    if (region === undefined) {
      region = read(part);
      if (memo.size < MEMO_LIMIT) memo.set(part, region);
    }
    return region;
  };
  const addressRegion = (value: CellValue | undefined): string | null => {
    if (typeof value !== 'string') return null;
    const text = value.trim();
    if (HAN_START.test(text))
      return remembered(starts, text.slice(0, LONGEST_NAME), (start) => regionOfStart(start.normalize('NFKC')));
    const end = text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf('，')) + 1).trim();
    return remembered(ends, end, (part) => regionOfPlace(part) ?? australianStateRegion(part));
  };
  return addressRegion;
}

/**
 * An Australian address's last part: its state's code in capitals and its four-digit postcode (Sydney
 * NSW 2000, Fitzroy VIC 3065), or a three-letter code no other country uses (Sydney NSW). WA and NT name a US
 * state and a Canadian territory too, but those are followed by a five-digit ZIP or a letter code.
 */
const AU_STATE_END = /(?:^|\s)([A-Z]{2,3})(?:\s+(\d{4}))?$/;

function australianStateRegion(part: string): string | null {
  const m = AU_STATE_END.exec(part);
  if (!m) return null;
  const readings = stateReadings(m[1]!);
  // SA alone may be South Africa's abbreviation: a code without a postcode counts only at three letters.
  const australian = m[2]
    ? readings.some((r) => r.country === 'AU')
    : m[1]!.length === 3 && readings.every((r) => r.country === 'AU');
  return readings.length > 0 && australian ? 'AU' : null;
}

/** The region of a number written with its +code (+853 2888 1234), or null. */
function explicitRegion(text: string, home: string): string | null {
  return isExplicit(text) ? (parsePhoneIn(splitExtension(text)[0], home)?.country ?? null) : null;
}

/** One reader per mapping and template: check, export and its error scan read one sheet's places alike. */
const readers = new WeakMap<HeaderMapping, WeakMap<Template, RowPlaceReader>>();

/** Reads each row's place, or null when the row names none or has no number another place could read. */
export function rowPlaceReader(mapping: HeaderMapping, template: Template): RowPlaceReader {
  let byTemplate = readers.get(mapping);
  if (!byTemplate) readers.set(mapping, (byTemplate = new WeakMap()));
  let reader = byTemplate.get(template);
  if (!reader) byTemplate.set(template, (reader = newRowPlaceReader(mapping, template)));
  return reader;
}

function newRowPlaceReader(mapping: HeaderMapping, template: Template): RowPlaceReader {
  const home = template.defaultRegion;
  const { phoneCols, addressCols, emailCols } = placeColumns(mapping, template);
  const addressRegion = addressRegionReader();
  return (row) => {
    if (!row) return null;
    let place: string | null = null;
    let bare = false;
    for (const col of phoneCols) {
      const value = row[col - 1];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      // A Chinese mobile is read as one wherever the row is: only other bare numbers ask the row's place.
      // Most cells of a mainland list are one as typed, so they are passed over before being cleaned.
      const raw = String(value);
      if (CN_MOBILE.test(raw)) continue;
      const text = phoneText(raw);
      if (text === '') continue;
      if (!isExplicit(text)) {
        bare ||= !CN_MOBILE.test(text);
        continue;
      }
      const region = explicitRegion(text, home);
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
    if (place !== null) return place;
    let mail: string | null = null;
    for (const col of emailCols) {
      const region = mailRegion(row[col - 1]);
      if (region === null) continue;
      if (mail !== null && mail !== region) return null;
      mail = region;
    }
    return mail === null ? null : mailPlace(mail);
  };
}

/**
 * `rowPlaceReader` when some row may name a place other than `sheet` (an address beginning 澳門 or
 * ending Kowloon, a number written with another +code); null when none can, so that a caller keying
 * many rows reads every row as the sheet's and keys each distinct value once. Each distinct phone
 * cell is read once and a Chinese mobile not at all; addresses are read by their starts, remembered.
 * A row naming the sheet's place by one cell and another by another is found by either.
 */
export function rowPlaceReaderWhereNamed(
  values: readonly CellValue[][],
  rows: Int32Array,
  mapping: HeaderMapping,
  template: Template,
  sheet: string,
): RowPlaceReader | null {
  const home = template.defaultRegion;
  const { phoneCols, addressCols, emailCols } = placeColumns(mapping, template);
  const addressRegion = addressRegionReader();
  const other = (region: string | null) => region !== null && region !== sheet;
  const seen = new Set<string>();
  const phoneNamesOther = (value: CellValue | undefined) => {
    if (typeof value !== 'string' && typeof value !== 'number') return false;
    const raw = String(value);
    if (CN_MOBILE.test(raw) || seen.has(raw)) return false;
    if (seen.size < MEMO_LIMIT) seen.add(raw);
    return other(explicitRegion(phoneText(raw), home));
  };
  // A coded column (column-codes.ts) is read by its distinct values, each once; the header among them
  // names no place.
  const coded = columnCodesOf(values);
  const namesOther = (col: number, test: (value: CellValue | undefined) => boolean) => {
    if (coded?.codes[col - 1]) return coded.distinct[col - 1]!.some(test);
    for (let k = 0; k < rows.length; k++) if (test(values[rows[k]! - 1]?.[col - 1])) return true;
    return false;
  };
  const named =
    addressCols.some((col) => namesOther(col, (value) => other(addressRegion(value)))) ||
    phoneCols.some((col) => namesOther(col, phoneNamesOther)) ||
    emailCols.some((col) => namesOther(col, (value) => other(mailRegion(value))));
  return named ? rowPlaceReader(mapping, template) : null;
}

/**
 * After a Hong Kong or Macau name, the mark of a mainland town, village, county or subdistrict (a 元朗村
 * or 青衣镇 is the mainland's): Hong Kong's own districts are 區.
 */
const MAINLAND_UNIT = /^(?:[镇鎮村乡鄉县縣]|街道)/;
/**
 * Hong Kong's districts and areas whose names a mainland place shares, read only at an address's start,
 * the 環 and 灣 ones and 藍田 only as Hong Kong writes them (中环路 is a Shanghai road, 湾仔 a Zhuhai
 * subdistrict, 蓝田 a Shaanxi county), and never before what makes them the mainland place (SHARED_AFTER).
 */
const SHARED_DISTRICTS = [
  ...['沙田', '大埔', '葵涌', '北角', '上水', '油塘', '長沙灣', '长沙湾', '牛頭角', '牛头角', '大圍'],
  ...['東涌', '东涌', '藍田', '馬鞍山', '中環', '上環', '西環', '灣仔', '金鐘', '柴灣'],
];
/** After a shared name, a mainland unit's mark or a road: 沙田镇, 大埔县, 马鞍山市, 葵涌街道, 中環路. */
const SHARED_AFTER = /^(?:[镇鎮村乡鄉县縣市路]|街道)/;

/** The region the longest place name an address begins with names (中國香港 before 中國), or null. */
function regionOfStart(start: string): string | null {
  for (let length = Math.min(start.length, LONGEST_NAME); length >= SHORTEST_NAME; length--) {
    const region = regionOfPlace(start.slice(0, length));
    if (region === null) continue;
    // 元朗村 is no Hong Kong district's: a mainland village of the name.
    return (region === 'HK' || region === 'MO') && MAINLAND_UNIT.test(start.slice(length)) ? null : region;
  }
  const shared = SHARED_DISTRICTS.find((name) => start.startsWith(name));
  return shared && !SHARED_AFTER.test(start.slice(shared.length)) ? 'HK' : null;
}
