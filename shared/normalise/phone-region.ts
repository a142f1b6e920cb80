/**
 * The sheet-level signals for reading phones, worked out once per snapshot: which column holds each
 * row's country, and the region most of the sheet's unambiguous phones and countries resolve to.
 * The majority is taken over a spread sample of at most 2,000 rows, so its cost does not grow with the sheet.
 */
import type { CellValue } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { isCountryHeader, regionOfCountry } from './country';
import { parsePhoneIn, phoneText, CN_MOBILE } from './phone-parse';
import { isExplicit, splitExtension, writtenRegion } from './phone-reading';

export interface PhoneSheet {
  /** The template's region. */
  home: string;
  /** The sheet's majority region, or `home` when no region has most of the sheet's signals. */
  sheet: string;
  /** 1-based column of each row's country, when the sheet has one. */
  countryCol?: number;
}

const SAMPLE = 2_000;
const COUNTRY_MEMO_LIMIT = 10_000;

/** The column holding each row's country: the template's `country` field, else a header that names one. */
export function countryColumn(mapping: HeaderMapping): number | undefined {
  return (
    mapping.columns.find((c) => c.field === 'country') ??
    mapping.columns.find((c) => c.header && isCountryHeader(c.header))
  )?.col;
}

export function readPhoneSheet(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
): PhoneSheet {
  const home = template.defaultRegion;
  const countryCol = countryColumn(mapping);
  const kinds = new Map(template.fields.map((f) => [f.key, f.kind]));
  const phoneCols = mapping.columns.filter((c) => c.field && kinds.get(c.field) === 'phone').map((c) => c.col);
  const votes = new Map<string, number>();
  let voters = 0;
  const step = Math.max(1, Math.floor((values.length - 1) / SAMPLE));
  for (let index = 1; index < values.length; index += step) {
    const row = values[index];
    if (!row) continue;
    let region = countryCol ? regionOfCountry(row[countryCol - 1]) : null;
    let signal = region !== null;
    if (!signal) {
      for (const col of phoneCols) {
        const value = row[col - 1];
        if (value === null || value === undefined || value === '') continue;
        signal = true;
        region = phoneSignal(value, home);
        break;
      }
    }
    if (!signal) continue;
    voters++;
    if (region) votes.set(region, (votes.get(region) ?? 0) + 1);
  }
  let best = home;
  let most = 0;
  for (const [region, count] of votes)
    if (count > most || (count === most && region === home)) [best, most] = [region, count];
  // A few foreign numbers in a list of national ones do not make the sheet foreign: it takes most rows.
  return { home, sheet: most * 2 > voters ? best : home, ...(countryCol ? { countryCol } : {}) };
}

/** The region a phone cell alone says it belongs to, or null when it does not say (bare digits). */
function phoneSignal(value: CellValue, home: string): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const [base] = splitExtension(phoneText(String(value)));
  if (isExplicit(base)) return parsePhoneIn(base, home)?.country ?? null;
  return writtenRegion(base) ?? (CN_MOBILE.test(base) ? 'CN' : null);
}

/** Reads a row's country cell, remembering the few distinct values a country column holds. */
export function rowRegionReader(sheet: PhoneSheet): (row: readonly CellValue[] | undefined) => string | null {
  const col = sheet.countryCol;
  if (!col) return () => null;
  const memo = new Map<CellValue, string | null>();
  return (row) => {
    const value = row?.[col - 1] ?? null;
    if (value === null || value === '') return null;
    let region = memo.get(value);
    if (region === undefined) {
      region = regionOfCountry(value);
      if (memo.size < COUNTRY_MEMO_LIMIT) memo.set(value, region);
    }
    return region;
  };
}
