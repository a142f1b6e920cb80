/**
 * What a list without an established country says of its bare numbers' countries, for readPhoneSheet
 * (phone-region.ts): a row's own e-mail domain settles its number (030 1234567 beside a .de address),
 * so it says nothing of the other rows' countries; rows naming other countries than the template's
 * make the template's reading only one among theirs; and a number only one English-speaking market
 * reads as typed (98765 43210, an Indian mobile) adds that market to those the list is read among.
 */
import type { CellValue } from '../sheet/cell-value';
import { NATIONAL_REGIONS } from './phone-national-regions';
import { parsePhoneIn } from './phone-parse';
import { readsAsTyped } from './phone-trunk-typed';
import { mailRegion } from './sheet-country-evidence';

/** Whether a row's e-mail domain names a country that reads its bare number (020 7946 0018 beside .co.uk). */
export function inRowMail(row: readonly CellValue[], emailCols: readonly number[], base: string): boolean {
  for (const col of emailCols) {
    const region = mailRegion(row[col - 1]);
    if (region !== null && parsePhoneIn(base, region)) return true;
  }
  return false;
}

/**
 * Whether the list's rows name a region other than `home` by more than their phones (`phones`, the
 * part of `evidence` its numbers gave): by e-mail domains, postcodes or currencies.
 */
export function namesOthers(
  evidence: ReadonlyMap<string, number>,
  phones: ReadonlyMap<string, number>,
  home: string,
): boolean {
  return [...evidence].some(([region, count]) => region !== home && count > (phones.get(region) ?? 0));
}

/** Most regions added for numbers only they read. */
const MAX_SOLE_READERS = 2;
/** Bare numbers asked: as many as the national vote reads. */
const SAMPLE = 300;

/**
 * `listed` (the regions the list points to), then the English-speaking markets that alone read some
 * of its bare numbers as typed, neither the template's region nor a listed one reading them (98765
 * 43210 on a trade-fair list of British and German leads: Germany reads it only by adding a trunk 0):
 * that number is theirs, as a number one of the list's regions alone reads is (phone-reading.ts),
 * while a number others read too stays ambiguous.
 */
export function withSoleReaders(listed: readonly string[], bare: readonly string[], home: string): string[] {
  const asked = [home, ...listed];
  const found: string[] = [];
  for (const base of bare.slice(0, SAMPLE)) {
    if (found.length >= MAX_SOLE_READERS) break;
    const typed = (region: string) => {
      const parsed = parsePhoneIn(base, region);
      return parsed !== null && readsAsTyped(base, parsed) ? parsed : null;
    };
    if (asked.some((region) => typed(region) !== null)) continue;
    const readers = NATIONAL_REGIONS.filter((region) => !asked.includes(region) && typed(region)?.country === region);
    if (readers.length === 1 && !found.includes(readers[0]!)) found.push(readers[0]!);
  }
  return [...listed, ...found];
}
