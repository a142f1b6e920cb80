/**
 * Phones: equal when their E.164 forms are, read as check and clean read them (shared/normalise/
 * phone-reading.ts: the row's country, the sheet's majority region, +86, spaces, full-width digits);
 * one wrong, missing or swapped digit is a typo. Numbers the reading rejects (often that very typo)
 * and numbers with two plausible readings keep their typed digits: an ambiguous number is compared by
 * its digits only, so it is never matched through one reading's E.164 form chosen for it. A number
 * read as the region's own never meets another country's number with the same national digits.
 */
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { CellValue } from '../../sheet/cell-value';
import { foldText } from '../../normalise';
import { isExplicit, readPhone, type PhoneContext } from '../../normalise/phone-reading';
import { CN_MOBILE, phoneText } from '../../normalise/phone-parse';
import { numberBeforeNote } from '../../normalise/phone';
import type { RowPlaceReader } from '../../normalise/phone-row-place';
import { phoneParts } from '../../normalise/phone-parts';
import { rowRegionReader, type PhoneSheet } from '../../normalise/phone-region';
import {
  hashString,
  mayBeWithinOneEdit,
  mayBeWithinOneEditAt,
  osaDistance,
  sketchBag,
  sketchHead,
  sketchTail,
  withinOneEdit,
  writeEditSketch,
  type EditSketch,
} from '../similarity';
import { shareAKey, type Comparator } from './comparator';
import { otherLines } from './phone-line';

export interface PreparedPhone extends EditSketch {
  digitsHash: number;
  key: string;
  /** Where the key's digits end (they start after its "+" or "#"; no extension, no "?"). */
  digitsEnd: number;
  international: boolean;
  /** A valid number of the region's own calling code (key "#…"); false for typed digits kept as they are ("#…?"). */
  national: boolean;
  /** A Chinese fixed line (an office switchboard is shared by colleagues); false when unknown. */
  landline: boolean;
  /** A Chinese mobile number (one person's); false when unknown. */
  mobile: boolean;
  /** The keys of the cell's other numbers, when it holds several (13800138000,13912345678); null for one. */
  others: string[] | null;
}

/** Digits without "+" and extension; country code included when known. Cut when asked for: most pairs need only the hash. */
function digitsOf(p: PreparedPhone): string {
  return p.key.slice(1, p.digitsEnd);
}

/**
 * One switchboard, two extensions (x12, x15): two people's lines, as two numbers are. A number
 * written without its extension may be either, so it still meets both.
 */
function otherExtensions(a: PreparedPhone, b: PreparedPhone): boolean {
  return hasExtension(a) && hasExtension(b) && a.key.slice(a.digitsEnd) !== b.key.slice(b.digitsEnd);
}

function hasExtension(p: PreparedPhone): boolean {
  return p.key.startsWith(';ext=', p.digitsEnd);
}

/**
 * Two numbers of one length, one of their last two digits replaced (13900001111, 13900001112): a slip
 * as often as two lines bought in a run, which differ at their end. A digit replaced inside the
 * number (18017317442, 18017313442), missing or two swapped is a slip only, and is not this.
 */
export function lastDigitReplaced(a: PreparedPhone, b: PreparedPhone): boolean {
  let x = digitsOf(a);
  let y = digitsOf(b);
  // One written with its country code: compare the national digits both show.
  if (x.length !== y.length && a.international !== b.international) {
    const n = Math.min(x.length, y.length);
    x = x.slice(-n);
    y = y.slice(-n);
  }
  if (x.length !== y.length) return false;
  let differ = 0;
  let at = -1;
  for (let k = 0; k < x.length && differ < 2; k++)
    if (x[k] !== y[k]) {
      differ++;
      at = k;
    }
  return differ === 1 && at >= x.length - 2;
}

/** One number's digits with two neighbours swapped (582 → 528), read as `compare` reads them. */
function neighboursSwapped(a: PreparedPhone, b: PreparedPhone): boolean {
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (a.international === b.international) return swappedOnce(x, y);
  const [full, bare] = a.international ? [x, y] : [y, x];
  for (let cc = 1; cc <= 3; cc++) if (swappedOnce(full.slice(cc), bare)) return true;
  return false;
}

function swappedOnce(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}

/**
 * Digits of a number the normaliser rejected: "+" and the region's own calling code dropped (so
 * "+86 141 0314 4192" and "141-0314-4192" agree), "+" kept before other calling codes, a trunk 0 dropped.
 */
export function fallbackPhoneKey(text: string, callingCode: string): string | null {
  const folded = foldText(text).trim();
  let digits = folded.replace(/\D/g, '');
  let international = /^\(?(?:\+|00)/.test(folded);
  if (international && folded.replace(/^\(/, '').startsWith('00')) digits = digits.slice(2);
  if (callingCode && digits.startsWith(callingCode) && (international || digits.length - callingCode.length >= 10)) {
    digits = digits.slice(callingCode.length);
    international = false;
  }
  if (!international) digits = digits.replace(/^0/, '');
  if (digits.length < 6 || digits.length > 15) return null;
  return international ? `+${digits}` : `#${digits}`;
}

/** Digits hidden by stars or a run of x (138****8000, 138xxxx8000). */
const MASKED_PHONE = /[*＊]|\d\s*[xX×]{3,}\s*\d/;

// A Chinese landline written plainly with its trunk 0 ("010-62345678", "0571 8823 1546").
const CN_LANDLINE = /^0\d{2,3}[\s-]?\d{7,8}$/;

/** The matching key of a phone cell read in `ctx`; `callingCode` is the home region's. */
function matchKey(value: CellValue, ctx: PhoneContext, callingCode: string): string | null {
  if (value === null || value === '') return null;
  // A number an export starred out (138****8000) is not one number: its visible digits are shared
  // by ten thousand others, so two of them never agree and are never a typo apart.
  if (typeof value === 'string' && MASKED_PHONE.test(value)) return null;
  // In a Chinese row of a Chinese list, the row naming no other place (02 23456789 in 臺北 is Taipei's),
  // such a number can only be read as Chinese (no other plan these shapes are tried in comes first), so
  // its national digits are the key the reading gives a valid one; parsing every landline was the
  // largest cost of building records on large lists.
  if (callingCode === '86' && typeof value === 'string' && (ctx.row ?? ctx.sheet ?? ctx.home) === 'CN' && !ctx.place) {
    const text = value.trim();
    if (CN_LANDLINE.test(text)) return `#${text.replace(/[\s-]/g, '').slice(1)}`;
  }
  const reading = readPhone(value, ctx);
  if (reading.kind === 'empty') return null;
  // A platform's privacy number for one order (17012345678-4821) is no one's own: another order of the
  // same buyer gets another, and buyers share the number before the extension.
  if (reading.kind === 'valid' && reading.privacy) return null;
  if (reading.kind !== 'valid' && typeof value === 'string') {
    // A cell of several numbers keys as all of them, apart by spaces (no key holds one): a row meets
    // another on any of its numbers.
    const parts = phoneParts(value, (text) => {
      const kind = readPhone(text, ctx).kind;
      return kind === 'valid' || kind === 'ambiguous';
    });
    if (parts) {
      const keys = [...new Set(parts.map((part) => matchKey(part, ctx, callingCode)).filter((k) => k !== null))];
      if (keys.length > 0) return keys.sort().join(' ');
    }
  }
  if (reading.kind !== 'valid' && typeof value === 'string') {
    // A number and a note after it (416-555-0143 (call after 5pm)), as check reads the cell: the
    // note's digits (the 5 of 5pm) are none of the number's.
    const number = numberBeforeNote(value);
    const kind = number === null ? null : readPhone(number, ctx).kind;
    if (kind === 'valid' || kind === 'ambiguous') return matchKey(number, ctx, callingCode);
  }
  if (reading.kind !== 'valid') {
    // "?" marks digits whose country is unknown, keeping them next to the region's numbers in sorted order.
    const digits = fallbackPhoneKey(String(value), callingCode);
    return digits?.startsWith('#') ? `${digits}?` : digits;
  }
  const e164 = reading.key;
  // The region's own numbers keep only national digits, like rejected numbers do, an extension too:
  // 0512-65432100转8012 is the switchboard 0512-65432100 keys as, and must not read as another country's.
  return callingCode && e164.startsWith(`+${callingCode}`) ? `#${e164.slice(callingCode.length + 1)}` : e164;
}

/**
 * Keys of a sheet's phone cells in their rows' context, as check reads them: the row's country column,
 * else the place the row names (`rowPlace`: another number's +853, an address in 澳門); or undefined
 * when neither is given and every row is read alike (the comparator's own key then serves).
 */
export function phoneRowKeys(
  region: string,
  sheet: PhoneSheet,
  rowPlace?: RowPlaceReader,
): ((value: CellValue, row: readonly CellValue[] | undefined) => string | null) | undefined {
  if (!sheet.countryCol && !rowPlace) return undefined;
  const callingCode = isSupportedCountry(region) ? getCountryCallingCode(region) : '';
  const rowRegion = rowRegionReader(sheet);
  const ctx: PhoneContext = {
    home: region,
    sheet: sheet.sheet,
    keyOnly: true,
    ...(sheet.also ? { others: sheet.also } : {}),
  };
  return (value, row) => {
    const country = rowRegion(row);
    if (country !== null) return matchKey(value, { ...ctx, row: country }, callingCode);
    const place = rowPlace && placeMayRead(value, sheet.sheet) ? rowPlace(row) : null;
    return matchKey(value, place === null ? ctx : { ...ctx, place }, callingCode);
  };
}

/**
 * Whether a row's place may change how a cell reads: not a number written with its +code, nor a Chinese
 * mobile on a Chinese sheet (read as one before any place is asked), so most of a mainland list's cells
 * never ask for their row's place.
 */
function placeMayRead(value: CellValue, sheet: string): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const raw = String(value);
  if (sheet === 'CN' && CN_MOBILE.test(raw)) return false;
  return !isExplicit(phoneText(raw));
}

/**
 * Two numbers more than two edits apart (a wrong, missing or extra digit, two neighbours swapped):
 * another number, not one typed wrong twice. Read as `compare` reads them; for the few pairs that
 * score as a match, so the distance is not worth a sketch.
 */
export function numbersApart(a: PreparedPhone, b: PreparedPhone): boolean {
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (a.international === b.international) return osaDistance(x, y) > 2;
  if (a.national || b.national) return true;
  const [full, bare] = a.international ? [x, y] : [y, x];
  for (let cc = 1; cc <= 3; cc++) if (osaDistance(full.slice(cc), bare) <= 2) return false;
  return true;
}

/** `sheet` gives the sheet's majority region (read once per snapshot); without it phones are read in `region`. */
export function phoneComparator(region: string, sheet?: PhoneSheet): Comparator<PreparedPhone> {
  const callingCode = isSupportedCountry(region) ? getCountryCallingCode(region) : '';
  const ctx: PhoneContext = {
    home: region,
    sheet: sheet?.sheet ?? region,
    keyOnly: true,
    ...(sheet?.also ? { others: sheet.also } : {}),
  };
  return {
    name: 'phone',
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.88, u: 1e-6 },
      { label: 'typo', m: 0.03, u: 1e-7 },
      { label: 'different', m: 0.09, u: 1 },
    ],
    key(value: CellValue) {
      return matchKey(value, ctx, callingCode);
    },
    prepare(whole) {
      // A cell of several numbers is read as its first, the others kept to meet other rows' numbers.
      const [key = whole, ...rest] = whole.includes(' ') ? whole.split(' ') : [whole];
      const international = key.startsWith('+');
      const national = !international && !key.endsWith('?');
      // Most keys are digits alone (no extension, no "?"): no pattern to run.
      const digits = national && !key.includes(';') ? key.slice(1) : key.slice(1).replace(/;ext=.*$|\?$/, '');
      const chinese = callingCode === '86' && !international;
      const mobile = chinese && /^1[3-9]\d{9}$/.test(digits);
      // Fields set one by one, the sketch's numbers too: an object spread here made every value a
      // slower, larger object (dedupe of 100,000 rows 3.3 → 4.9 s, 344 → 627 MB).
      return {
        sketchLength: digits.length,
        sketchHead: sketchHead(digits),
        sketchTail: sketchTail(digits),
        sketchBag: sketchBag(digits),
        digitsHash: hashString(digits),
        key,
        digitsEnd: 1 + digits.length,
        international,
        national,
        landline: chinese && !mobile,
        mobile,
        others: rest.length > 0 ? rest : null,
      };
    },
    quick: {
      width: 6,
      write(p, out, at) {
        writeEditSketch(p, out, at);
        out[at + 4] = p.digitsHash;
        out[at + 5] = (p.international ? 1 : 0) | (p.national ? 2 : 0) | (p.others ? 4 : 0);
      },
      // As `compare`: other digits, and no typo apart in one reading, or one read as the region's own.
      differ(q, a, b) {
        if (q[a + 4] === q[b + 4]) return false;
        const fa = q[a + 5]!;
        const fb = q[b + 5]!;
        if ((fa | fb) & 4) return false; // several numbers: `compare` reads them all
        if ((fa & 1) === (fb & 1)) return !mayBeWithinOneEditAt(q, a, b);
        return ((fa | fb) & 2) !== 0;
      },
    },
    compare(a, b) {
      if (a.others || b.others) return shareAKey(a, b) ? 0 : 2;
      if (a.digitsHash === b.digitsHash && digitsOf(a) === digitsOf(b)) return otherExtensions(a, b) ? 2 : 0;
      if (a.international === b.international)
        return mayBeWithinOneEdit(a, b) && withinOneEdit(digitsOf(a), digitsOf(b)) ? 1 : 2;
      // A number read as the region's own is not one of another country's, whatever its digits.
      if (a.national || b.national) return 2;
      // One number was written with a country code, the other is typed digits: compare the national parts.
      const [full, bare] = a.international ? [digitsOf(a), digitsOf(b)] : [digitsOf(b), digitsOf(a)];
      for (let cc = 1; cc <= 3; cc++) if (full.slice(cc) === bare) return 0;
      for (let cc = 1; cc <= 3; cc++) if (withinOneEdit(full.slice(cc), bare)) return 1;
      return 2;
    },
    blockKeys(p, key) {
      return p.others ? [p.key, ...p.others] : [key];
    },
    explain(level, a, b, rawA, rawB) {
      if (level === 0)
        return digitsOf(a) === digitsOf(b) && hasExtension(a) !== hasExtension(b)
          ? { label: 'with-extension', similarity: 1, phrase: 'same number, one with an extension' }
          : { similarity: 1, phrase: 'same number' };
      if (level === 1 && otherLines(rawA, rawB)) {
        // Phone: …0155, Mobile: …0156: the labels name two lines, so the digit is no slip.
        const labels = [rawA, rawB].map((raw) => raw.slice(0, raw.search(/[:：]/)).trim()).join(', ');
        return {
          similarity: 0.9,
          phrase: `two lines (${labels}) one digit apart, not one number mistyped`,
          label: 'other-line',
        };
      }
      if (level === 1 && neighboursSwapped(a, b))
        return { label: 'swapped', similarity: 0.9, phrase: 'two neighbouring digits swapped' };
      // Two lines bought in a run are one digit apart as often as one number is mistyped.
      if (level === 1) return { label: 'digit-apart', similarity: 0.9, phrase: 'numbers one digit apart' };
      if (digitsOf(a) === digitsOf(b) && otherExtensions(a, b))
        return { similarity: 0, phrase: 'one switchboard, other extensions' };
      return { similarity: 0, phrase: 'different numbers' };
    },
  };
}
