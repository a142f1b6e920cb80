/**
 * Phone numbers, validated with libphonenumber-js's full ("max") metadata. Numbers of the default
 * region are written nationally (CN: mobile "13800138000", landline "010-62345678"), others in
 * international format ("+1 415 555 2671"); an extension is kept as " ext. 123".
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseContext, NormaliseOutcome } from './types';
import { EMPTY, foldText } from './text';

const INVALID: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'phone.invalid' });

interface Resolved {
  outcome: NormaliseOutcome;
  /** E.164, plus ";ext=123" when there is an extension. */
  key: string | null;
}

const CN_MOBILE = /^1[3-9]\d{9}$/;
// libphonenumber's CN mobile pattern decides validity on the first five digits, so one lookup per
// prefix (at most 7,000) answers for every canonical mobile; test/normalise checks this stays true.
const mobilePrefixValid = new Map<string, boolean>();

const CACHE_LIMIT = 20_000;
const cache = new Map<string, Resolved>();

const EXTENSION = /^(.*?)\s*(?:转|分机|ext\.?|extension|x|#)\s*(\d{1,7})$/i;
// Digits and the punctuation people put between them; letters or a second number make it invalid
// (libphonenumber would otherwise pick a number out of "call 138..." or "138...;139...").
const PHONE_CHARS = /^\(?\+?[\d\s\-().]+$/;
const DASHES = /[\u2010-\u2015\u2212\u30fc]/g;
const MAX_LENGTH = 60;

function regionOf(ctx: Pick<NormaliseContext, 'defaultRegion'> | string | undefined): string {
  const region = typeof ctx === 'string' ? ctx : ctx?.defaultRegion;
  return typeof region === 'string' && region !== '' ? region.toUpperCase() : 'CN';
}

function invalidResult(): Resolved {
  return { outcome: INVALID, key: null };
}

function resolve(value: CellValue | undefined, region: string): Resolved | null {
  let raw: string;
  if (typeof value === 'string') raw = value;
  else if (typeof value === 'number') {
    // A number column drops a leading 0 or +, so only whole positive numbers can be phones.
    if (!Number.isSafeInteger(value) || value <= 0) return invalidResult();
    raw = String(value);
  } else if (value === null || value === undefined) return null;
  else return invalidResult();

  if (region === 'CN') {
    const mobile = CN_MOBILE.test(raw) ? raw : writtenMobile(raw);
    if (mobile && isValidMobilePrefix(mobile)) return { outcome: { status: 'valid', value: mobile }, key: `+86${mobile}` };
  }
  if (raw.length > MAX_LENGTH) return resolveSlowly(raw, region); // not worth a cache entry
  const cacheKey = `${region}|${raw}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const resolved = resolveSlowly(raw, region);
  if (resolved === null) return null;
  // Start afresh when full: evicting the oldest with keys().next() walks V8's deleted slots and
  // turns quadratic over a million rows. Outcomes are frozen because every caller shares them.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, resolved);
  return resolved;
}

// "+86 138 0013 8000", "138-0013-8000", full-width digits: the common ways of writing a mobile,
// recognised without libphonenumber's parser (a million rows would otherwise take seconds each pass).
const WRITTEN_MOBILE = /^(?:\+?\s*86|0086|\(\+?86\))?[\s\-.]*(1[3-9]\d)[\s\-.]*(\d{4})[\s\-.]*(\d{4})$/;

function writtenMobile(raw: string): string | undefined {
  const digits = /[\uff0b\uff10-\uff19\u3000]/.test(raw) ? foldText(raw) : raw;
  const match = WRITTEN_MOBILE.exec(digits.trim());
  return match ? `${match[1]}${match[2]}${match[3]}` : undefined;
}

function isValidMobilePrefix(mobile: string): boolean {
  const prefix = mobile.slice(0, 5);
  let valid = mobilePrefixValid.get(prefix);
  if (valid === undefined) {
    const parsed = parsePhoneNumberFromString(mobile, 'CN');
    valid = parsed !== undefined && parsed.isValid() && parsed.getType() === 'MOBILE';
    mobilePrefixValid.set(prefix, valid);
  }
  return valid;
}

function resolveSlowly(raw: string, region: string): Resolved | null {
  let s = foldText(raw).replace(DASHES, '-').trim();
  if (s === '') return null;
  if (s.length > MAX_LENGTH) return invalidResult();
  s = s.replace(/^'/, '').replace(/^tel:/i, '').trim(); // Excel's text marker, tel: links
  let ext = '';
  const withExt = EXTENSION.exec(s);
  if (withExt) {
    s = withExt[1];
    ext = withExt[2];
  }
  if (!PHONE_CHARS.test(s)) return invalidResult();
  const compact = s.replace(/[\s\-().]/g, '');
  // 00 is the international prefix almost everywhere; libphonenumber only knows it for regions that use it.
  if (/^00[1-9]/.test(compact)) s = `+${compact.slice(2)}`;

  const country = isSupportedCountry(region) ? (region as CountryCode) : undefined;
  let parsed;
  try {
    parsed = parsePhoneNumberFromString(s, country);
  } catch {
    return invalidResult(); // the library documents no throw here; the contract forbids one
  }
  if (!parsed || !parsed.isValid()) return invalidResult();

  let text: string;
  if (parsed.country !== region) text = parsed.formatInternational();
  else if (region !== 'CN') text = parsed.formatNational();
  else text = chineseNational(parsed.nationalNumber, parsed.getType(), parsed.formatNational());
  if (ext) text += ` ext. ${ext}`;
  return { outcome: Object.freeze({ status: 'valid', value: text }), key: ext ? `${parsed.number};ext=${ext}` : parsed.number };
}

/** Mobiles as 11 digits, landlines as area code (with the 0) + dash + local number, other services dashed. */
function chineseNational(national: string, type: string | undefined, formatted: string): string {
  if (type === 'MOBILE') return national;
  if (type === 'FIXED_LINE') {
    // Beijing (10) and 2x have two-digit area codes; every other Chinese area code has three.
    const areaLength = /^(?:10|2)/.test(national) ? 2 : 3;
    return `0${national.slice(0, areaLength)}-${national.slice(areaLength)}`;
  }
  return formatted.replace(/\s+/g, '-'); // 400-800-8888, 800-810-8888
}

export function normalisePhone(value: CellValue | undefined, ctx?: Pick<NormaliseContext, 'defaultRegion'>): NormaliseOutcome {
  return resolve(value, regionOf(ctx))?.outcome ?? EMPTY;
}

/** A duplicate-matching key: E.164 ("+8613800138000", ";ext=123" appended for an extension), or null when blank or invalid. */
export function phoneKey(value: CellValue | undefined, region = 'CN'): string | null {
  return resolve(value, regionOf(region))?.key ?? null;
}
