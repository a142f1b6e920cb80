/**
 * Which number a phone cell is, from every signal the row and sheet give, strongest first: an explicit
 * +CC; the row's country and a region's own way of writing numbers ("(415) 555-0134", "010-62345678");
 * weak shapes (ten bare digits, an 11-digit 1[3-9] mobile) and the sheet's majority region; last the
 * template's region. When the strongest signals that yield a valid number yield two different ones,
 * the cell is ambiguous: cleaning leaves it as typed and check names both readings.
 * check, clean and dedupe all read phones here, so one cell in one row is one number everywhere.
 */
import type { Locale } from '../i18n/locale';
import type { CellValue } from '../sheet/cell-value';
import { CN_MOBILE, isValidMobilePrefix, parsePhoneIn, phoneText, type ParsedPhone } from './phone-parse';

export interface PhoneContext {
  /** The template's region: its numbers are written nationally, others internationally. */
  home: string;
  /** The region most of the sheet's phones and countries resolve to (the home region when unknown). */
  sheet?: string;
  /** The region the row's country column names, when it names one. */
  row?: string | null;
  /** Language of the extension word ("分机 808", "ext. 808"); the home region's by default. */
  locale?: Locale;
}

export type PhoneReading =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  /** `key` is E.164, with ";ext=123" for an extension. */
  | { kind: 'valid'; text: string; key: string; region: string | undefined }
  /** Both readings in international form, strongest signal first. */
  | { kind: 'ambiguous'; readings: string[] };

type Decided = { kind: 'invalid' } | { kind: 'valid'; parsed: ParsedPhone } | { kind: 'ambiguous'; readings: ParsedPhone[] };

const EMPTY: PhoneReading = Object.freeze({ kind: 'empty' });
const INVALID: PhoneReading = Object.freeze({ kind: 'invalid' });
const NOT_A_NUMBER: Decided = Object.freeze({ kind: 'invalid' });

const EXTENSION = /^(.*?)\s*(?:转|分机号?|ext\.?|extension|x|#)\s*(\d{1,7})$/i;
const EXPLICIT = /^\(?\s*(?:\+|00[1-9])/;
const MAX_LENGTH = 60;

// North American formats: "(415) 555-0134", "415-555-0134", "415.555.0134", "1 415 555 0134". Chinese
// service numbers are written 400-xxx-xxxx and 800-xxx-xxxx too, so those two prefixes need brackets.
const NANP_WRITTEN = /^(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|(?![48]00)[2-9]\d{2}[\s.-])[2-9]\d{2}[\s.-]\d{4}$/;
// Chinese formats: "010-62345678", "0755-8888-6666", "(010)62345678", "138-0013-8000", "138 0013 8000".
const CN_WRITTEN = /^(?:\(0\d{2,3}\)\d{7,8}|0\d{2,3}-\d{7,8}|0\d{2,3}-\d{3,4}-\d{4}|1[3-9]\d([\s-])\d{4}\1\d{4})$/;
// Ten digits with a NANP area code and exchange; 400/800 as for NANP_WRITTEN.
const NANP_DIGITS = /^(?![48]00)[2-9]\d{2}[2-9]\d{6}$/;

const CACHE_LIMIT = 20_000;
const decisions = new Map<string, Decided>();

/** The region a number's own way of writing points to, if any: "US" for "(415) 555-0134", "CN" for "010-62345678". */
export function writtenRegion(text: string): 'US' | 'CN' | null {
  if (NANP_WRITTEN.test(text)) return 'US';
  if (CN_WRITTEN.test(text)) return 'CN';
  return null;
}

/** Whether a number is written with its country code (+44 …, 0044 …). */
export function isExplicit(text: string): boolean {
  return EXPLICIT.test(text);
}

/** `text` without its extension, and the extension's digits ('' when none). */
export function splitExtension(text: string): [base: string, ext: string] {
  const match = EXTENSION.exec(text);
  return match ? [match[1]!.trim(), match[2]!] : [text, ''];
}

export function readPhone(value: CellValue | undefined, ctx: PhoneContext): PhoneReading {
  let raw: string;
  if (typeof value === 'string') raw = value;
  else if (typeof value === 'number') {
    // A number column drops a leading 0 or +, so only whole positive numbers can be phones.
    if (!Number.isSafeInteger(value) || value <= 0) return INVALID;
    raw = String(value);
  } else if (value === null || value === undefined) return EMPTY;
  else return INVALID;

  const home = ctx.home;
  const sheet = ctx.sheet ?? home;
  const row = ctx.row ?? null;
  // Most cells of a Chinese list: a plain mobile, read without the general machinery.
  if ((row ?? sheet) === 'CN' && CN_MOBILE.test(raw) && isValidMobilePrefix(raw)) {
    return { kind: 'valid', text: home === 'CN' ? raw : `+86 ${raw.slice(0, 3)} ${raw.slice(3, 7)} ${raw.slice(7)}`, key: `+86${raw}`, region: 'CN' };
  }
  const text = phoneText(raw);
  if (text === '') return EMPTY;
  if (text.length > MAX_LENGTH) return INVALID;
  const [base, ext] = splitExtension(text);
  const decided = decide(base, home, sheet, row);
  if (decided.kind === 'invalid') return INVALID;
  const suffix = ext ? extensionText(ext, ctx.locale ?? (home === 'CN' ? 'zh-CN' : 'en-US')) : '';
  if (decided.kind === 'ambiguous') return { kind: 'ambiguous', readings: decided.readings.map((p) => p.international + suffix) };
  const parsed = decided.parsed;
  return { kind: 'valid', text: writtenText(parsed, base, home, sheet, row) + suffix, key: ext ? `${parsed.e164};ext=${ext}` : parsed.e164, region: parsed.country };
}

function extensionText(ext: string, locale: Locale): string {
  return locale === 'zh-CN' ? ` 分机 ${ext}` : ` ext. ${ext}`;
}

/**
 * The home region's numbers nationally, as long as the national text reads back as the same number in
 * this row (a Chinese mobile in a row whose country is USA could read as a US number); others internationally.
 */
function writtenText(parsed: ParsedPhone, base: string, home: string, sheet: string, row: string | null): string {
  if (parsed.country !== home) return parsed.international;
  if (parsed.national === base) return base;
  const again = decide(parsed.national, home, sheet, row);
  return again.kind === 'valid' && again.parsed.e164 === parsed.e164 ? parsed.national : parsed.international;
}

function decide(base: string, home: string, sheet: string, row: string | null): Decided {
  const cacheKey = `${home}|${sheet}|${row ?? ''}|${base}`;
  const hit = decisions.get(cacheKey);
  if (hit) return hit;
  const decided = decideSlowly(base, home, sheet, row);
  // Start afresh when full (see phone-parse.ts).
  if (decisions.size >= CACHE_LIMIT) decisions.clear();
  decisions.set(cacheKey, decided);
  return decided;
}

function decideSlowly(base: string, home: string, sheet: string, row: string | null): Decided {
  if (base === '') return NOT_A_NUMBER;
  if (EXPLICIT.test(base)) {
    const parsed = parsePhoneIn(base, home);
    return parsed ? { kind: 'valid', parsed } : NOT_A_NUMBER;
  }
  const digits = base.replace(/[\s\-().]/g, '');
  const tiers: (string | null)[][] = [
    [row, writtenRegion(base)],
    [NANP_DIGITS.test(digits) ? 'US' : null, CN_MOBILE.test(digits) ? 'CN' : null, sheet],
    [home],
  ];
  for (const tier of tiers) {
    const found = new Map<string, ParsedPhone>();
    for (const region of tier) {
      if (region === null) continue;
      const parsed = parsePhoneIn(base, region);
      if (parsed && !found.has(parsed.e164)) found.set(parsed.e164, parsed);
    }
    if (found.size === 1) return { kind: 'valid', parsed: found.values().next().value! };
    if (found.size > 1) return { kind: 'ambiguous', readings: [...found.values()] };
  }
  return NOT_A_NUMBER;
}
