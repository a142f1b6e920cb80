/**
 * One phone number read under one region, with libphonenumber-js's full ("max") metadata: its E.164
 * form, the region it belongs to and its national and international texts. Which region to read a
 * cell under is phone-reading.ts's decision; this module only answers "what would it be in region R".
 */
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { isValidParsed, mayReadIn } from './phone-may-read';
import { foldText } from './text';

export interface ParsedPhone {
  /** "+8613800138000" */
  readonly e164: string;
  /** ISO region the number belongs to (CA for a Toronto number read under US). */
  readonly country: string | undefined;
  /** As written inside its own country (CN: "13800138000", "010-62345678"; US: "(415) 555-0134"). */
  readonly national: string;
  /** "+1 415 555 0134" */
  readonly international: string;
}

export const CN_MOBILE = /^1[3-9]\d{9}$/;
/**
 * The five-digit prefixes libphonenumber-js's full metadata (1.13.16) reads as Chinese mobiles: its CN
 * mobile pattern decides on the first five digits. Checking each prefix with the library once per
 * process cost 0.1 s on a large list; test/normalise/phone-mobile-prefixes.test.ts asks the library
 * about every prefix, so an upgrade that allocates others fails there until this list follows it.
 */
const MOBILE_PREFIXES: readonly (readonly [number, number])[] = [
  [13000, 13999],
  [14500, 14599],
  [14700, 14799],
  [15000, 15399],
  [15500, 15999],
  [16100, 16109],
  [16200, 16299],
  [16500, 16799],
  [17000, 17405],
  [17500, 17899],
  [18000, 19399],
  [19500, 19999],
];
const FIRST_PREFIX = 13000;
const mobilePrefixValid = new Uint8Array(20000 - FIRST_PREFIX);
for (const [from, to] of MOBILE_PREFIXES) mobilePrefixValid.fill(1, from - FIRST_PREFIX, to - FIRST_PREFIX + 1);

/**
 * Parsed numbers by region and text, in two generations: when the newer is full it becomes the older
 * and the oldest goes, so the numbers in use stay (a company line repeats down a list of 300,000 rows,
 * 38,000 distinct ones) and clearing never walks the map (deleting the oldest key by key turns
 * quadratic over a million rows). Every caller shares the results: none may change them.
 */
const GENERATION = 50_000;
let cache = new Map<string, ParsedPhone | null>();
let older = new Map<string, ParsedPhone | null>();

/** Digits and the punctuation people put between them; letters or a second number make it invalid. */
export const PHONE_CHARS = /^\(?\+?[\d\s\-().]+$/;
const MAX_LENGTH = 60;
const DASHES = /[\u2010-\u2015\u2212\u30fc]/g;

// "+86 138 0013 8000", "138-0013-8000": the common ways of writing a mobile, recognised without
// libphonenumber's parser (a million rows would otherwise take seconds each pass).
const WRITTEN_MOBILE = /^(?:\+?\s*86|0086|\(\+?86\))?[\s\-.]*(1[3-9]\d)[\s\-.]*(\d{4})[\s\-.]*(\d{4})$/;

/** The 11 digits of a Chinese mobile written in one of the common ways, else undefined. */
export function writtenMobile(text: string): string | undefined {
  if (CN_MOBILE.test(text)) return text;
  const match = WRITTEN_MOBILE.exec(text);
  return match ? `${match[1]}${match[2]}${match[3]}` : undefined;
}

/** Whether an 11-digit 1[3-9]… number (CN_MOBILE) is an allocated Chinese mobile. */
export function isValidMobilePrefix(mobile: string): boolean {
  let prefix = 0;
  for (let i = 0; i < 5; i++) prefix = prefix * 10 + mobile.charCodeAt(i) - 48;
  return mobilePrefixValid[prefix - FIRST_PREFIX] === 1;
}

function chineseMobile(mobile: string): ParsedPhone {
  return {
    e164: `+86${mobile}`,
    country: 'CN',
    national: mobile,
    international: `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`,
  };
}

/**
 * `text` is folded (half-width, dashes unified), trimmed and without its extension. Null when it
 * is not a valid number under `region` (numbers written with + or 00 ignore the region).
 */
export function parsePhoneIn(text: string, region: string): ParsedPhone | null {
  if (region === 'CN') {
    const mobile = writtenMobile(text);
    if (mobile && isValidMobilePrefix(mobile)) return chineseMobile(mobile);
  }
  if (text.length > MAX_LENGTH || !PHONE_CHARS.test(text)) return null;
  // A foreign list's numbers are each asked in many regions, most of which cannot read them: ruled
  // out from the region's metadata before a parse, and not remembered, so the cache keeps what reads.
  if (!mayReadIn(text, region)) return null;
  const cacheKey = `${region}|${text}`;
  // null is a remembered answer too (no number), so undefined alone means not asked yet.
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  const old = older.get(cacheKey);
  if (old !== undefined) {
    remember(cacheKey, old);
    return old;
  }
  const parsed = parseSlowly(text, region);
  remember(cacheKey, parsed);
  return parsed;
}

function remember(key: string, parsed: ParsedPhone | null): void {
  if (cache.size >= GENERATION) [older, cache] = [cache, new Map()];
  cache.set(key, parsed);
}

function parseSlowly(text: string, region: string): ParsedPhone | null {
  let s = text;
  const compact = s.replace(/[\s\-().]/g, '');
  // 00 is the international prefix almost everywhere; libphonenumber only knows it for regions that use it.
  if (/^00[1-9]/.test(compact)) s = `+${compact.slice(2)}`;
  const country = isSupportedCountry(region) ? (region as CountryCode) : undefined;
  let parsed;
  try {
    parsed = parsePhoneNumberFromString(s, country);
  } catch {
    return null; // the library documents no throw here; the contract forbids one
  }
  if (parsed && !isValidParsed(parsed)) parsed = withoutMexicoMobileOne(parsed);
  if (!parsed || !isValidParsed(parsed)) return null;
  return new LazyPhone(parsed);
}

/**
 * Mexico's mobiles were dialled from abroad with a 1 after +52 until 2019 (+52 1 55 …); lists still
 * hold them so. The digits after the 1 are the same line, which the library reads only without it.
 */
function withoutMexicoMobileOne(parsed: PhoneNumber): PhoneNumber | undefined {
  if (parsed.countryCallingCode !== '52' || !/^1\d{10}$/.test(parsed.nationalNumber)) return parsed;
  return parsePhoneNumberFromString(`+52${parsed.nationalNumber.slice(1)}`);
}

/** Formats on first use: most readings need one of the two texts, and the number's type only for CN. */
class LazyPhone implements ParsedPhone {
  readonly e164: string;
  readonly country: string | undefined;
  private nationalText: string | undefined;
  private internationalText: string | undefined;

  constructor(private readonly parsed: PhoneNumber) {
    this.e164 = parsed.number;
    this.country = parsed.country;
  }

  get national(): string {
    const parsed = this.parsed;
    this.nationalText ??=
      parsed.country === 'CN'
        ? chineseNational(parsed.nationalNumber, parsed.getType(), parsed.formatNational())
        : parsed.formatNational();
    return this.nationalText;
  }

  get international(): string {
    this.internationalText ??= this.parsed.formatInternational();
    return this.internationalText;
  }
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

/** A number's label as accounting and CRM reports write it before the number (QuickBooks' Phone:(305) 909-1726). */
export const PHONE_LABEL = String.raw`(?:phone|tel|telephone|mobile|cell|fax|work|home|office|main|电话|手机|座机|传真|联系电话)\s*[:：]\s*`;
const LEADING_LABEL = new RegExp(`^${PHONE_LABEL}`, 'i');
/** A second labelled number after the first (Phone:… Mobile:…): never read as part of the first (phone-labels.ts reads both). */
const LATER_LABEL = new RegExp(`\\s+${PHONE_LABEL}`, 'gi');

/** Folded text of a cell: full-width digits and odd dashes made plain, Excel's text marker, tel: or p: and a label dropped. */
export function phoneText(raw: string): string {
  const folded = /^[0-9 +\-().]*$/.test(raw) ? raw.trim() : foldText(raw).replace(DASHES, '-').trim();
  // Facebook Lead Ads' export writes p:+13055550199, so that a spreadsheet keeps it as text.
  const text = folded
    .replace(/^'/, '')
    .replace(/^(?:tel|p):/i, '')
    .trim();
  return LEADING_LABEL.test(text) ? text.replace(LEADING_LABEL, '').replace(LATER_LABEL, ', ').trim() : text;
}
