/**
 * Which country check names for a phone that cleaning gives a country code it was typed without
 * (07911 123456 becoming +44 7911 123456) where that country is not the list's: it was read from the
 * row's e-mail domain, its address or the list's other numbers, not typed, so the warning says which
 * it is. A number of the list's own country (a Japanese list's 090-1234-5678), or of the country its
 * row's country column names, only changes its form, as before.
 */
import type { Locale } from '../i18n/locale';
import type { MessageParams } from '../i18n/issue-messages';
import { countryColumn, regionOfCountryCell } from '../normalise/country-column';
import type { CellValue } from '../sheet/cell-value';
import { readPhoneSheet, type PhoneSheet } from '../normalise/phone-region';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { addedRegion, numberingName, planRegion } from './phone-readings-named';

/** Distinct country cells remembered: a country column repeats a few values. */
const MEMO_LIMIT = 10_000;

export type PhoneCountryNamer = (
  finding: { row: number; column: { field: { kind: string } }; value: CellValue; canonical: CellValue },
  wording: Locale,
) => Pick<MessageParams, 'phoneCountry'>;

export function phoneCountryNamer(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
  phones: PhoneSheet | undefined,
): PhoneCountryNamer {
  // Found once, at the first phone that needs them.
  let country: ReturnType<typeof countryColumn> | null = null;
  let sheet = phones?.sheet;
  const memo = new Map<CellValue, string | null>();
  const rowNamesCountry = (row: number): boolean => {
    country ??= countryColumn(values, mapping, template.defaultRegion);
    if (!country) return false;
    const cell = values[row - 1]?.[country.col - 1] ?? null;
    if (cell === null || cell === '') return false;
    let region = memo.get(cell);
    if (region === undefined) {
      region = regionOfCountryCell(cell, country.byName);
      if (memo.size < MEMO_LIMIT) memo.set(cell, region);
    }
    return region !== null;
  };
  return (finding, wording) => {
    if (finding.column.field.kind !== 'phone') return {};
    const region = addedRegion(finding.value, finding.canonical);
    if (!region) return {};
    sheet ??= readPhoneSheet(values, mapping, template).sheet;
    const own = planRegion(region) === sheet || rowNamesCountry(finding.row);
    const name = own ? undefined : numberingName(region, wording);
    return name ? { phoneCountry: name } : {};
  };
}
