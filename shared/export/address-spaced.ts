/**
 * An address typed in one cell with its parts two spaces apart, as Mailchimp's audience export writes
 * its Address column: street, second line, city, state, postcode and country, a blank part left as
 * nothing between its spaces ("123 Main St  Springfield  IL  62704  US", "10 Downing St  London
 * SW1A 2AA  GB" with four spaces where the state is). Read only where every part reads as what its
 * place says: a country that is one, a postcode of that country's shape, a state of it (US, Canada,
 * Australia), a city with no digits. Anything else is no split, and the address stays as typed.
 */
import type { CellValue } from '../sheet/cell-value';
import { regionOfCountry } from '../normalise/country';
import { stateReadings } from '../normalise/state-names';

export interface SpacedAddress {
  /** The street and its second line, joined with ", ". */
  street: string;
  city: string;
  /** '' where the address has none (a country with no states). */
  state: string;
  postcode: string;
  country: string;
}

const POSTCODE: Record<string, RegExp> = {
  US: /^\d{5}(?:-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
  AU: /^\d{4}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
};
/** Another country's postcode: digits and letters, some digit, at most ten characters. */
const ANY_POSTCODE = /^(?=.*\d)[A-Z\d][A-Z\d -]{1,9}$/i;
const STATES = new Set(['US', 'CA', 'AU']);
const LETTERS = /^[\p{L}][\p{L}\p{M} .'’-]*$/u;

/** The parts of a Mailchimp-style address, or null where they do not read as street, city, state, postcode, country. */
export function spacedAddress(value: CellValue): SpacedAddress | null {
  if (typeof value !== 'string' || !value.includes('  ') || /\p{Script=Han}/u.test(value)) return null;
  // Two spaces part one field from the next; four leave a blank field between them.
  const parts = value
    .trim()
    .split('  ')
    .map((part) => part.trim());
  if (parts.length !== 5 && parts.length !== 6) return null;
  const [city, state, postcode, country] = parts.slice(-4) as [string, string, string, string];
  const lines = parts.slice(0, -4);
  const region = country === '' ? null : regionOfCountry(country);
  if (country !== '' && !region) return null;
  if (lines[0] === '' || city === '' || /\d/.test(city) || !LETTERS.test(city)) return null;
  if (postcode !== '' && !(region && POSTCODE[region] ? POSTCODE[region] : ANY_POSTCODE).test(postcode)) return null;
  const states = state === '' ? [] : stateReadings(state);
  if (state !== '') {
    if (region && STATES.has(region) ? !states.some((s) => s.country === region) : !LETTERS.test(state)) return null;
    if (!region && states.length === 0) return null;
  }
  // Two of state, postcode and country at least: a city alone after a street may be anything.
  if ([state, postcode, country].filter((part) => part !== '').length < 2) return null;
  return { street: lines.filter((line) => line !== '').join(', '), city, state, postcode, country };
}
