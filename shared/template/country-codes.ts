/**
 * A column of ISO country codes under a header that abbreviates the country (Mailchimp's CC, Ctry,
 * ISO): the country, read by header and values together, since CC alone is as often an e-mail's
 * carbon copy and two letters alone a state's or a language's code.
 */
import { regionOfCountry } from '../normalise/country';
import type { SampleRows } from './header-claims';

/** Folded headers abbreviating a country or its code. */
export const COUNTRY_ABBREVIATION = /^(?:cc|ctry|cntry|iso|iso2|isocode|iso3166)$/;

const TWO_LETTERS = /^[A-Za-z]{2}$/;
const SAMPLE = 200;
/** Non-blank values it takes to say anything. */
const MIN_VALUES = 3;
/** Share of the sampled values that must be codes: a typo or two does not undo the column. */
const CODES_SHARE = 0.9;

/** Whether a sample of the column's values are two-letter ISO country codes (GB, AU, US). */
export function holdsCountryCodes(rows: SampleRows, col: number): boolean {
  let seen = 0;
  let codes = 0;
  for (let r = 0; r < rows.length && seen < SAMPLE; r++) {
    const value = rows[r]?.[col - 1];
    if (typeof value !== 'string' || value.trim() === '') continue;
    seen++;
    const text = value.trim();
    if (TWO_LETTERS.test(text) && regionOfCountry(text) !== null) codes++;
  }
  return seen >= MIN_VALUES && codes / seen >= CODES_SHARE;
}
