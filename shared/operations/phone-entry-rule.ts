/**
 * The phone rule at entry, taken from the way Check reads the list's phones (normalise/phone-region.ts):
 * how many digits a number may have, by the character it starts with. A rule formula cannot run
 * libphonenumber, so it accepts a little more than Check for the ways numbers are written, and refuses
 * what Check reports for sure: too few or too many digits (1234567 on a Chinese list, two mobiles run
 * together in one cell), 12345, letters and notes. It refuses some of what Check reads in three
 * places only: a Chinese short number typed without its 0 and a Chinese list's number with a long
 * extension (CHINA_MOST), and on a list of several countries a 4- or 5-digit number of a few small
 * territories typed without its country code (MIN_BARE_DIGITS). The rule warns rather than stops
 * unless the template says otherwise. The formula and its mirror (phone-entry-formula.ts) read the
 * same tables.
 */
import { isSupportedCountry, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max';
import type { Locale } from '../i18n/locale';
import type { CellValue } from '../sheet/cell-value';
import { isBlank } from '../sheet/cell-value';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { readPhoneSheet, rowRegionReader } from '../normalise/phone-region';
import { countRange, type PhoneEntryShape } from './phone-entry-formula';

export {
  MAX_PHONE_DIGITS,
  phoneShapeFormula,
  phoneShapeHolds,
  shapeOfFormula,
  type PhoneEntryShape,
} from './phone-entry-formula';

/** Fewest digits of an international number (+49 and a 4-digit German number), as libphonenumber's metadata has them. */
export const MIN_INTERNATIONAL_DIGITS = 6;
/** Fewest digits of any country's national number (Niue's 4002). */
export const MIN_NATIONAL_DIGITS = 4;
/**
 * Fewest digits of a number without its country code on a list of several countries: the Faroes',
 * Greenland's and New Caledonia's (21 12 34). Fewer are 1234 and 23456 far more often than a number of
 * Niue, Tokelau, the Falklands, St Helena or the Cook Islands, whose numbers pass with their + and code.
 */
export const MIN_BARE_DIGITS = 6;
/** Most digits of an extension phone-reading.ts reads (0755-83456789 转 1234567). */
const EXTENSION_DIGITS = 7;
/**
 * Most digits of a number on a Chinese list, so that its formula fits in any column: a mobile with
 * a six-digit extension, a landline with its area code and a five-digit one (or with +86, four).
 */
const CHINA_MOST = 17;
/** Fewest rows with a phone for the list's reading to say its region (normalise/phone-region.ts's majority). */
const EVIDENCE_ROWS = 3;
/** Regions dialled with +1 and ten digits: their numbers alone decide the rule. */
const NANP = new Set(['US', 'CA']);

const DIGITS = '0123456789';
const range = countRange;

/** `most`: the most digits any number of the list has, where fewer than MAX_PHONE_DIGITS. */
function shapeOf(
  region: string | null,
  digitLeads: (lead: number) => number[],
  own: { ten?: number[]; bracket?: number[] | 'other'; most?: number } = {},
): PhoneEntryShape {
  const leads = [...DIGITS].map((_, lead) => digitLeads(lead));
  // A bracket may open any national number; a full-width first digit (１３８…) is read as any other
  // first character, with +: it may be any digit's number, or an international one.
  const anyDigit = range(1).filter((n) => leads.some((counts) => counts.includes(n)));
  const other = range(1, own.most).filter((n) => n >= MIN_INTERNATIONAL_DIGITS || anyDigit.includes(n));
  const bracket = own.bracket === 'other' ? other : (own.bracket ?? anyDigit);
  return { region, leads: [...leads, bracket, own.ten ?? leads[1]!, other], refusesPlaceholder: true };
}

/**
 * A Chinese list: mobiles have eleven digits, 400 lines ten, landlines with their 0 ten to twelve;
 * shorter are only China's service numbers (95588, 96xxx up to eight digits; 10086 and 12315, five)
 * and an area code's short numbers written with their 0 (020-96648). Such a short number typed
 * without its 0 (2096648) is the one form Check reads that this rule refuses: typed so, it is a
 * 7-digit number like any mistake. Led by 1, ten digits are a mobile one digit short (1381234567),
 * unless led by 10: Beijing's line without its 0 (10 6234 5678); the formula reads 10 as a first 9,
 * so 10 with six to nine digits passes too. Led by 1, more than a mobile and an extension are two
 * numbers run together (13800138000 13900139000), as are more than CHINA_MOST digits led by anything.
 * A bracket, an area code's or a country code's, takes what + takes.
 */
const CHINA = shapeOf(
  'CN',
  (lead) =>
    lead === 0
      ? range(8, CHINA_MOST)
      : lead === 9
        ? range(5, CHINA_MOST)
        : lead === 1
          ? [5, ...range(11, CHINA_MOST)]
          : range(10, CHINA_MOST),
  { ten: [5, ...range(10, CHINA_MOST)], bracket: 'other', most: CHINA_MOST },
);
/**
 * A North American list: ten digits, or eleven with its 1; China's mobiles and 400 lines that Check
 * reads on any list have ten or more too. (Check also takes 310-xxxx, a 7-digit Californian service.)
 * Led by a digit other than 0 (011, the international prefix) or by a bracket, an extension is all
 * a number may add: two numbers in one cell ((415) 555-0134 (415) 555-0135) are refused.
 */
const NORTH_AMERICA = shapeOf(
  'US',
  (lead) => (lead === 0 ? range(10) : lead === 1 ? range(11, 11 + EXTENSION_DIGITS) : range(10, 10 + EXTENSION_DIGITS)),
  { bracket: range(10, 11 + EXTENSION_DIGITS) },
);
/**
 * A list of several countries: any country's number of MIN_BARE_DIGITS or more, and led by 1 or 9
 * China's 5-digit services (10086, 12315, 95588), which Check reads in a row of China.
 */
export const ANY_COUNTRY = shapeOf(null, (lead) => range(lead === 1 || lead === 9 ? 5 : MIN_BARE_DIGITS));

/** A list of another region: its shortest national number, and the ten digits of the shapes Check reads everywhere. */
function regionShape(region: string): PhoneEntryShape {
  // A region libphonenumber does not know: Check reads no bare number in it either.
  if (!isSupportedCountry(region)) return ANY_COUNTRY;
  // The lengths its metadata allows a national number (the digits themselves do not matter here).
  const fewest = range(MIN_NATIONAL_DIGITS, 10).find(
    (n) => validatePhoneNumberLength('5'.repeat(n), region as CountryCode) === undefined,
  );
  return shapeOf(region, () => range(fewest ?? 10));
}

/** The shape of a list of one region's numbers. */
export function regionPhoneShape(region: string): PhoneEntryShape {
  if (region === 'CN') return CHINA;
  if (NANP.has(region)) return { ...NORTH_AMERICA, region };
  return regionShape(region);
}

/**
 * The shape of a list's phone columns, from the reading Check gives them: the list's region (its
 * majority, `also` regions adding only second readings), or any country where a country column names
 * another one. A list with too few phones to say keeps the template's region when it is written in
 * that region's language, else accepts any country's numbers.
 */
export function phoneEntryShape(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
  locale: Locale,
): PhoneEntryShape {
  const reading = readPhoneSheet(values, mapping, template);
  if (reading.countryCol) {
    const rowRegion = rowRegionReader(reading);
    for (let r = 1; r < values.length; r++) {
      const region = rowRegion(values[r]);
      if (region !== null && region !== reading.sheet) return ANY_COUNTRY;
    }
  }
  if (reading.sheet !== reading.home || phoneRows(values, mapping, template) >= EVIDENCE_ROWS)
    return regionPhoneShape(reading.sheet);
  const homeLanguage: Locale = reading.home === 'CN' ? 'zh-CN' : 'en-US';
  return homeLanguage === locale ? regionPhoneShape(reading.home) : ANY_COUNTRY;
}

function phoneRows(
  values: readonly (readonly CellValue[] | undefined)[],
  mapping: HeaderMapping,
  template: Template,
): number {
  const phone = new Set(template.fields.filter((f) => f.kind === 'phone').map((f) => f.key));
  const cols = mapping.columns.filter((c) => c.field && phone.has(c.field)).map((c) => c.col);
  let rows = 0;
  for (let r = 1; r < values.length && rows < EVIDENCE_ROWS; r++)
    if (cols.some((col) => !isBlank(values[r]?.[col - 1] ?? null))) rows++;
  return rows;
}

/** An example of a good value for the hint, in the way the list's region writes numbers. */
export function phoneExample(shape: PhoneEntryShape, locale: Locale, line: boolean): string {
  const extension = locale === 'zh-CN' ? ' 转 801' : ' ext. 12';
  switch (shape.region) {
    case 'CN':
      return line ? `010-62345678${extension}` : '13800138000';
    case 'US':
    case 'CA':
      return line ? `(415) 555-0134${extension}` : '(415) 555-0134';
    case 'GB':
      return line ? `020 7123 4567${extension}` : '07911 123456';
    default:
      return line ? `+44 20 7946 0958${extension}` : locale === 'zh-CN' ? '+86 138 0013 8000' : '+1 415 555 0134';
  }
}
