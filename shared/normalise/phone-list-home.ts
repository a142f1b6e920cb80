/**
 * Whether a list is not the template region's team's, so that region's numbers keep their country code
 * as every other number on it does: a trade show's badge scans (+44, +49, +61 and one +86 beside a row
 * that says China) go to a team abroad, who cannot dial 0755-88881234. A list written in the region's
 * language (Chinese characters, for a Chinese region) is its team's whatever its rows; otherwise one
 * whose phones' majority is another region's, or whose rows name other countries at least as often as
 * the template's (by their country column, else a number's +code or shape), is not.
 */
import type { CellValue } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { chineseScript } from './chinese-script';
import { CN_MOBILE, isValidMobilePrefix, parsePhoneIn, phoneText } from './phone-parse';
import { isExplicit, splitExtension, writtenRegion } from './phone-reading';
import { labelledNumbers } from './phone-labels';
import { readPhoneSheet, rowRegionReader, type PhoneSheet } from './phone-region';

/** Rows read, spread over the list, as the sheet's majority is taken (phone-region.ts). */
const SAMPLE = 2_000;
/** Regions whose teams write Chinese: a list with Chinese characters is theirs. */
const CHINESE_REGIONS: readonly string[] = ['CN', 'HK', 'TW', 'MO'];

export function isForeignList(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
  phones: PhoneSheet,
): boolean {
  const home = phones.home;
  const step = Math.max(1, Math.floor((values.length - 1) / SAMPLE));
  if (CHINESE_REGIONS.includes(home) && chineseScript(values, step) !== 'none') return false;
  if (phones.sheet !== home) return true;
  const kinds = new Map(template.fields.map((f) => [f.key, f.kind]));
  const phoneCols = mapping.columns.filter((c) => c.field && kinds.get(c.field) === 'phone').map((c) => c.col);
  const rowRegion = rowRegionReader(phones);
  let named = 0;
  let homeRows = 0;
  for (let index = 1; index < values.length; index += step) {
    const row = values[index];
    if (!row) continue;
    const region = rowRegion(row) ?? phoneRegion(row, phoneCols, home);
    if (region === null) continue;
    named++;
    if (region === home) homeRows++;
  }
  return named > 0 && homeRows * 2 <= named;
}

/** `isForeignList` for a host that has only the list (auto-govern keeping the answer for entry's few rows). */
export function isForeignSheet(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
): boolean {
  return isForeignList(values, mapping, template, readPhoneSheet(values, mapping, template));
}

/**
 * The region the row's first number says it is in by itself: its +code, a Chinese mobile's 11 digits,
 * a North American way of writing it; null for bare digits that several countries read (020 7946 0958).
 */
function phoneRegion(row: readonly CellValue[], cols: readonly number[], home: string): string | null {
  for (const col of cols) {
    const value = row[col - 1];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value);
    const first = typeof value === 'string' ? labelledNumbers(text)?.[0]?.number : undefined;
    const base = splitExtension(phoneText(first ?? text))[0];
    if (base === '') continue;
    if (isExplicit(base)) return parsePhoneIn(base, home)?.country ?? null;
    if (CN_MOBILE.test(base) && isValidMobilePrefix(base)) return 'CN';
    return writtenRegion(base) === 'US' ? 'US' : null;
  }
  return null;
}
