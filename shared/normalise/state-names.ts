/**
 * States, provinces and territories of the US, Canada and Australia by code and name (GA, Georgia;
 * NSW, New South Wales), for reading a region column of them: an export's State column, a report's
 * segments. Two codes name a place in two countries (WA: Washington or Western Australia; NT:
 * Northwest Territories or Northern Territory): a list's other values settle which.
 */
import { foldHeader } from '../template/header-words';

export type StateCountry = 'US' | 'CA' | 'AU';

const TABLE: Record<StateCountry, string> = {
  US:
    'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|' +
    'DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|' +
    'KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|' +
    'MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|' +
    'NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|' +
    'SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|' +
    'WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico',
  CA:
    'AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|NS Nova Scotia|' +
    'NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|YT Yukon',
  AU:
    'NSW New South Wales|VIC Victoria|QLD Queensland|WA Western Australia|SA South Australia|TAS Tasmania|' +
    'ACT Australian Capital Territory|NT Northern Territory',
};

export interface StateReading {
  country: StateCountry;
  /** The state's code (GA), the same for its code and its name. */
  code: string;
}

/** Folded code or name → every state it names (two for WA and NT). */
const READINGS = new Map<string, StateReading[]>();
for (const country of Object.keys(TABLE) as StateCountry[])
  for (const entry of TABLE[country].split('|')) {
    const at = entry.indexOf(' ');
    const code = entry.slice(0, at);
    for (const form of [code, entry.slice(at + 1)]) {
      const key = foldHeader(form);
      READINGS.set(key, [...(READINGS.get(key) ?? []), { country, code }]);
    }
  }

/** The states a value may name: none, one, or two for a code two countries use. */
export function stateReadings(text: string): readonly StateReading[] {
  return READINGS.get(foldHeader(text.trim())) ?? [];
}

/** A US state, Canadian province or Australian state, by its code (GA, NSW) or name (Georgia). */
export function isStateName(text: string): boolean {
  return stateReadings(text).length > 0;
}

/**
 * The state each value of a column names, as `country:code`, where the column leaves no doubt: a
 * code two countries use is read in the country most of the column's other states are in, and
 * left out when no country has most.
 */
export function stateKeys(values: Iterable<string>): Map<string, string> {
  const readings = new Map<string, readonly StateReading[]>();
  const countries = new Map<StateCountry, number>();
  for (const value of values) {
    const found = stateReadings(value);
    if (found.length === 0) continue;
    readings.set(value, found);
    if (found.length === 1) countries.set(found[0]!.country, (countries.get(found[0]!.country) ?? 0) + 1);
  }
  const ranked = [...countries].sort((a, b) => b[1] - a[1]);
  const country = ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
  const keys = new Map<string, string>();
  for (const [value, found] of readings) {
    const reading = found.length === 1 ? found[0] : found.find((r) => r.country === country);
    if (reading) keys.set(value, `${reading.country}:${reading.code}`);
  }
  return keys;
}
