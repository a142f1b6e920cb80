/**
 * Which number a phone cell is, from every signal the row and sheet give, strongest first: an explicit
 * +CC; the row's country, where the row names one (a number it does not take is invalid); else a
 * region's own way of writing numbers ("(415) 555-0134", "010-62345678"), then weak shapes (ten bare
 * digits, an 11-digit 1[3-9] mobile, a 400 line) and the sheet's majority region, which is the
 * template's region unless most of the sheet says another. China's landline shapes begin with the
 * trunk 0 other countries dial too (020-7946-3123), so on another country's sheet that country reads
 * them first. A number the sheet's foreign majority does not take is invalid, not read in the
 * template's region; one typed as another country groups its numbers has that reading too. When the
 * strongest signals that yield a valid number yield two different ones, the cell is ambiguous:
 * cleaning leaves it as typed and check names both readings. A row with no country column may still
 * name its place (`place`: another of its numbers with +853, an address in 澳門): a bare number that
 * place reads is read there. A Taiwan landline typed without its trunk 0 (6612 3456) is a Macau or
 * Hong Kong mobile too, so with no row country it is ambiguous. On a list whose home is not established
 * (no majority, and no team's of the template's region, or in traditional characters) the template
 * region's reading is only one among those of the regions the list points to (amongListRegions).
 * A number nothing reads on a list whose country is only the template's, but typed as another country
 * writes its own (a German team's 030 12345678), is named where it is a number and left as typed too.
 * check, clean and dedupe all read phones here, so one cell in one row is one number everywhere.
 */
import type { Locale } from '../i18n/locale';
import type { CellValue } from '../sheet/cell-value';
import {
  CN_MOBILE,
  isValidMobilePrefix,
  parsePhoneIn,
  phoneText,
  writtenMobile,
  type ParsedPhone,
} from './phone-parse';
import { groupedAs, isGrouped } from './phone-grouping';
import { readsNationally } from './phone-may-read';
import { NATIONAL_REGIONS, TRADITIONAL_REGIONS, TYPED_MARKETS } from './phone-national-regions';
import { readsAsTyped, TRUNK_DASHED_REGIONS } from './phone-trunk-typed';

export interface PhoneContext {
  /** The template's region: its numbers are written nationally, others internationally. */
  home: string;
  /**
   * The list is no team's of the home region (an international trade-show list on the built-in
   * Chinese template, phone-list-home.ts): the home's numbers keep their country code too, as a
   * team abroad dials them. Reading is unchanged.
   */
  foreignList?: boolean;
  /** The region most of the sheet's phones and countries resolve to (the home region when unknown). */
  sheet?: string;
  /** The region the row's country column names, when it names one. */
  row?: string | null;
  /**
   * The region the row names otherwise (another of its numbers written with a +code, its address:
   * phone-row-place.ts). Weaker than `row`: a bare number it does not read is read as the sheet reads it.
   * Named by the row's e-mail domain only (`mailPlace`), weaker still: it picks a reading only on a
   * list whose home is not established (amongListRegions).
   */
  place?: string | null;
  /** Regions other numbers of the sheet belong to: a bare number one of them reads too has two readings. */
  others?: readonly string[];
  /** Language of the extension word ("分机 808", "ext. 808"); the home region's by default. */
  locale?: Locale;
  /** Only `key` is wanted (duplicate matching): `text` is then the international form, saving a second parse. */
  keyOnly?: boolean;
}

export type PhoneReading =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  /**
   * `key` is E.164, with ";ext=123" for an extension. `privacy`: a Chinese mobile with an extension,
   * which no mobile has: the privacy number a shop's platform gave for one order (17012345678-4821).
   */
  | { kind: 'valid'; text: string; key: string; region: string | undefined; privacy?: true }
  /** Both readings in international form, strongest signal first. */
  | { kind: 'ambiguous'; readings: string[] };

type Decided =
  { kind: 'invalid' } | { kind: 'valid'; parsed: ParsedPhone } | { kind: 'ambiguous'; readings: ParsedPhone[] };

const EMPTY: PhoneReading = Object.freeze({ kind: 'empty' });
const INVALID: PhoneReading = Object.freeze({ kind: 'invalid' });
const NOT_A_NUMBER: Decided = Object.freeze({ kind: 'invalid' });

// 转 and 分机 as Hong Kong and Taiwan type them too (轉, 分機, 內線), and "ext: 12", "分机：12".
const EXTENSION = /^(.*?)\s*(?:转|轉|分机号?|分機號?|内线|內線|ext\.?|extn\.?|extension|x|#)\s*[:：]?\s*(\d{1,7})$/i;
/** An extension word typed in traditional characters: the cleaned cell keeps that script (分機, not 分机). */
const TRADITIONAL_EXTENSION = /(?:轉|分機號?|內線)\s*[:：]?\s*\d{1,7}$/;
const SIMPLIFIED_EXTENSION = /(?:转|分机号?|内线)\s*[:：]?\s*\d{1,7}$/;
// A Chinese office line with its extension after one more dash: 0755-83456789-8012; and the privacy
// number 抖音, 拼多多 and 淘宝 orders give for a buyer, a mobile and its extension: 13800138000-1234.
const CN_DASHED_EXTENSION = /^(\(?0\d{2,3}\)?-?\d{7,8}|1[3-9]\d{9})-(\d{1,5})$/;
const EXPLICIT = /^\(?\s*(?:\+|00[1-9])/;
/** A country code in brackets before the number, as Hong Kong business cards write it: (852) 2987 6543. */
const BRACKETED_CODE = /^\(([1-9]\d{0,2})\)\s*(\d[\d\s\-.]{5,})$/;
const MAX_LENGTH = 60;

// North American formats: "(415) 555-0134", "415-555-0134", "415.555.0134", "1 415 555 0134". Chinese
// service numbers are written 400-xxx-xxxx and 800-xxx-xxxx too, so those two prefixes need brackets
// or the leading 1 no Chinese number has ("1-800-555-0199").
const NANP_WRITTEN =
  /^(?:\+?1[\s.-]?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-])|\([2-9]\d{2}\)\s?|(?![48]00)[2-9]\d{2}[\s.-])[2-9]\d{2}[\s.-]\d{4}$/;
// Chinese formats: "010-62345678", "0755-8888-6666", "(010)62345678", "138-0013-8000", "138 0013 8000".
const CN_WRITTEN = /^(?:\(0\d{2,3}\)\d{7,8}|0\d{2,3}-\d{7,8}|0\d{2,3}-\d{3,4}-\d{4}|1[3-9]\d([\s-])\d{4}\1\d{4})$/;
// Ten digits with a NANP area code and exchange; 400/800 as for NANP_WRITTEN.
const NANP_DIGITS = /^(?![48]00)[2-9]\d{2}[2-9]\d{6}$/;
// "310/246-1501": the area code before a slash, an older North American style (guides, directories),
// sometimes spaced ("212/ 319-1660") or closed with a full stop.
const NANP_SLASH = /^([2-9]\d{2})\s*\/\s*([2-9]\d{2}-\d{4})\.?$/;
// "089 / 123 456-78": an area code and its trunk 0 before a slash, as German and Austrian letterheads
// wrote a number (DIN 5008 before 2011).
const TRUNK_SLASH = /^(\(?0\d{1,4}\)?)\s*\/\s*(\d[\d\s-]{4,})$/;
// China's short service numbers, which libphonenumber does not know: 95xxx (banks, insurers, airlines,
// couriers; up to eight digits), 96xxx (local services), 100xx (carriers: 10086, 10010, 10000) and
// 12xxx (public hotlines: 12315, 12306, 12366). 12345 is a hotline too, but far more often the digits
// typed where a number was required, so it stays reported. 400 and 800 numbers libphonenumber reads itself.
const CN_SERVICE = /^(?:9[56]\d{3,6}|100\d{2}|12(?!345$)\d{3})$/;
const CN_CODE = /^(?:\+|00)86/;
// A Chinese 400 line: no North American area code is 400, so the digits say China wherever they are.
const CN_400 = /^400\d{7}$/;
/** A Chinese local number without its area code: 62556677, 8585-6789, 255 6677 (isTrunklessLandline). */
const TRUNKLESS_LANDLINE = /^[2-8]\d{2,3}[\s-]?\d{4}$/;
/** China's 400 and 800 lines: reachable only from within China, so never written with +86. */
const DOMESTIC_ONLY = /^[48]00\d{7}$/;

/** The region a number's own way of writing points to, if any: "US" for "(415) 555-0134", "CN" for "010-62345678". */
export function writtenRegion(text: string): 'US' | 'CN' | null {
  if (NANP_WRITTEN.test(text)) return 'US';
  if (CN_WRITTEN.test(text)) return 'CN';
  return null;
}

/**
 * Whether a number is in one of China's written landline shapes, which begin with the trunk 0 that
 * Britain, India and Australia dial too: 020-7946-3123 is London's way of writing it as much as Guangzhou's.
 */
export function isTrunkWritten(text: string): boolean {
  return CN_WRITTEN.test(text) && /^\(?0/.test(text);
}

/** Marks a row's place named only by its e-mail domain (phone-row-place.ts): "@GB". */
const MAIL_MARK = '@';

/** A row's place as named only by its e-mail's country domain (.co.uk, .jp), for `PhoneContext.place`. */
export function mailPlace(region: string): string {
  return MAIL_MARK + region;
}

/** The region of a place named only by an e-mail domain, or null for a place its numbers or address name. */
function mailRegion(place: string | null | undefined): string | null {
  return place?.startsWith(MAIL_MARK) ? place.slice(MAIL_MARK.length) : null;
}

/** Whether a number is written with its country code (+44 …, 0044 …). */
export function isExplicit(text: string): boolean {
  return EXPLICIT.test(text);
}

/** `text` without its extension (a slashed area code bracketed), and the extension's digits ('' when none). */
export function splitExtension(text: string): [base: string, ext: string] {
  const match = EXTENSION.exec(text) ?? CN_DASHED_EXTENSION.exec(text);
  const [base, ext] = match ? [match[1]!.trim(), match[2]!] : [text, ''];
  return [base.replace(NANP_SLASH, '($1) $2'), ext];
}

/**
 * Whether a cell is a platform's privacy number for one order (17012345678-4821, 13800138000转1234):
 * a Chinese mobile, with or without +86, and an extension, which no mobile has. Read from the text
 * alone, as readPhone flags it (`privacy`), for callers that hold no phone context.
 */
export function isPrivacyNumber(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const [base, ext] = splitExtension(phoneText(value));
  if (ext === '') return false;
  const mobile = writtenMobile(base.replace(/^(?:\+|00)86[\s-]*/, ''));
  return mobile !== undefined && isValidMobilePrefix(mobile);
}

/**
 * A Chinese local landline number typed without its area code: seven or eight digits, the first 2-8
 * (no local number begins with 0 or 1, and 9 begins service numbers and Hong Kong's mobiles, 9123
 * 4567), at most one space or dash between (62556677, 8585-6789, 6255 6677), an extension after it
 * allowed. Dialled from elsewhere it needs the code, which only the
 * person who typed it knows; asked only on a Chinese row or sheet, where a number of this shape is
 * one. The caller asks only of a cell that read as no number.
 */
export function isTrunklessLandline(value: CellValue | undefined, ctx: PhoneContext): boolean {
  if ((ctx.row ?? ctx.sheet ?? ctx.home) !== 'CN') return false;
  const raw = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof raw !== 'string') return false;
  return TRUNKLESS_LANDLINE.test(splitExtension(phoneText(raw))[0]);
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
  // Most cells of a Chinese list are a mobile in a Chinese row or sheet: every signal agrees on it
  // (no North American shape has 3-4-4 digits), so it is read without the general machinery.
  const chinese = (row ?? sheet) === 'CN';
  // The region whose numbers are written nationally: none on a list that is not the home's.
  const national = ctx.foreignList ? '' : home;
  if (chinese && CN_MOBILE.test(raw) && isValidMobilePrefix(raw)) return mobileReading(raw, national, '');
  const text = phoneText(raw);
  if (text === '') return EMPTY;
  if (text.length > MAX_LENGTH) return INVALID;
  const [typed, ext] = splitExtension(text);
  // The slash says where the area code ends: 089 / 123 456-78 is Munich's 089, never Lhasa's 0891.
  const slashed = TRUNK_SLASH.exec(typed);
  const base = slashed ? `${slashed[1]!} ${slashed[2]!}` : typed;
  const area = slashed ? slashed[1]!.replace(/\D/g, '') : null;
  // An extension keeps the script it was typed in; one typed # or ext on a Taiwan, Hong Kong or Macau
  // row or list is written in the list's own characters (分機).
  const traditional =
    TRADITIONAL_EXTENSION.test(text) ||
    (!SIMPLIFIED_EXTENSION.test(text) && TRADITIONAL_REGIONS.includes(row ?? sheet));
  const suffix = ext ? extensionText(ext, ctx.locale ?? (home === 'CN' ? 'zh-CN' : 'en-US'), traditional) : '';
  const mobile = chinese ? writtenMobile(base) : undefined;
  if (mobile && isValidMobilePrefix(mobile)) return mobileReading(mobile, national, ext, suffix);
  const service = serviceNumber(base, chinese);
  if (service) return serviceReading(service, ext, suffix);
  const place = mailRegion(ctx.place) === null ? ctx.place : null;
  const inPlace = row === null && place ? inRowPlace(base, place) : null;
  const read =
    inPlace ??
    amongListRegions(base, ctx, sheet, row) ??
    orBracketedCode(
      withTrunklessReadings(
        withGroupedReading(
          withTypedReading(withOtherReadings(decide(base, home, sheet, row), base, row, ctx.others), base, sheet, row),
          base,
          sheet,
          row,
        ),
        base,
        row,
      ),
      base,
      home,
    );
  const decided = inArea(area, read);
  if (decided.kind === 'invalid') {
    // A number only not of the country assumed (the template's, no other being most of the list's):
    // named where it is one, never given that code. One a list's own country does not read is that
    // country's mistyped or made-up number (a British list's drama mobile 07700 900456), not Germany's.
    const assumed = row === null && sheet === home;
    const readings = assumed ? typedElsewhere(base, area, place ?? sheet, home) : [];
    return readings.length === 0
      ? INVALID
      : { kind: 'ambiguous', readings: readings.map((p) => p.international + suffix) };
  }
  if (decided.kind === 'ambiguous')
    return { kind: 'ambiguous', readings: decided.readings.map((p) => p.international + suffix) };
  const parsed = decided.parsed;
  // A service number reached another way (8695510000 read with its country code) is written as one;
  // typed after a trunk 0 (0955-10000) it is a local line of that area code and keeps its text.
  const digits = parsed.e164.slice(3);
  if (parsed.country === 'CN' && CN_SERVICE.test(digits) && !base.replace(/\D/g, '').endsWith(`0${digits}`))
    return serviceReading(digits, ext, suffix);
  return {
    kind: 'valid',
    text: (ctx.keyOnly ? parsed.international : writtenText(parsed, base, ctx, inPlace ? place! : row)) + suffix,
    key: ext ? `${parsed.e164};ext=${ext}` : parsed.e164,
    region: parsed.country,
    ...(ext && parsed.country === 'CN' && CN_MOBILE.test(parsed.national.replace(/\D/g, '')) ? { privacy: true } : {}),
  };
}

function mobileReading(mobile: string, home: string, ext: string, suffix = ''): PhoneReading {
  const text = home === 'CN' ? mobile : `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
  if (!ext) return { kind: 'valid', text, key: `+86${mobile}`, region: 'CN' };
  return { kind: 'valid', text: text + suffix, key: `+86${mobile};ext=${ext}`, region: 'CN', privacy: true };
}

/**
 * The digits of a Chinese service number, in a Chinese row or sheet or after +86 (12345 elsewhere is
 * no number: an American list's 12345 is not Beijing's hotline), else undefined.
 */
function serviceNumber(base: string, chinese: boolean): string | undefined {
  let digits = base.replace(/[\s\-().]/g, '');
  const explicit = CN_CODE.test(digits);
  if (explicit) digits = digits.replace(CN_CODE, '');
  return (chinese || explicit) && CN_SERVICE.test(digits) ? digits : undefined;
}

/** A service number is dialled as it is, in China only: written without +86 or an area code in any list. */
function serviceReading(digits: string, ext: string, suffix: string): PhoneReading {
  return { kind: 'valid', text: digits + suffix, key: ext ? `+86${digits};ext=${ext}` : `+86${digits}`, region: 'CN' };
}

function extensionText(ext: string, locale: Locale, traditional: boolean): string {
  if (locale !== 'zh-CN') return ` ext. ${ext}`;
  return traditional ? ` 分機 ${ext}` : ` 分机 ${ext}`;
}

/**
 * The home region's numbers nationally, as long as the national text reads back as the same number in
 * this row (a Chinese mobile in a row whose country is USA could read as a US number); others internationally.
 */
function writtenText(parsed: ParsedPhone, base: string, ctx: PhoneContext, row: string | null): string {
  const { home } = ctx;
  const sheet = ctx.sheet ?? home;
  // A number is written nationally only where its country is the list's: on an American list a
  // Beijing number keeps its +86 (010-65528899 would read as no country's to the team using it), and
  // on an international list (`foreignList`) even a row that says China does. A Chinese 400 or 800
  // line is dialled only within China, so it is written as China writes it anywhere.
  if (parsed.country !== home) return parsed.international;
  if ((ctx.foreignList || (row ?? sheet) !== parsed.country) && !DOMESTIC_ONLY.test(parsed.national.replace(/\D/g, '')))
    return parsed.international;
  if (parsed.national === base) return base;
  // A national mobile in a Chinese row or sheet takes readPhone's fast path back to itself.
  if ((row ?? sheet) === 'CN' && parsed.country === 'CN' && CN_MOBILE.test(parsed.national)) return parsed.national;
  // Read back in its own country the national text is the same number (libphonenumber formats what it
  // parses), unless a country written in it or, with no row country, another country's shape reads it too.
  if (
    (row ?? sheet) === parsed.country &&
    writtenRegion(parsed.national) === null &&
    (row !== null || shapesOf(parsed.national.replace(/[\s\-().]/g, '')).every((r) => r === null || r === sheet))
  )
    return parsed.national;
  const again = decide(parsed.national, home, sheet, row);
  return again.kind === 'valid' && again.parsed.e164 === parsed.e164 ? parsed.national : parsed.international;
}

/** The countries whose numbers have the shape of these digits (North American ten, Chinese mobile or 400). */
function shapesOf(digits: string): (string | null)[] {
  return [NANP_DIGITS.test(digits) ? 'US' : null, CN_MOBILE.test(digits) || CN_400.test(digits) ? 'CN' : null];
}

/**
 * A bare number the sheet's region reads that a region other numbers of the sheet belong to reads as
 * another number (6123 4567: Tainan without its 0 in a Taiwan list, a Hong Kong mobile beside it) is
 * ambiguous: left as typed, both readings named. A row's own country settles it.
 */
function withOtherReadings(decided: Decided, base: string, row: string | null, others?: readonly string[]): Decided {
  if (decided.kind !== 'valid' || !others || row !== null || EXPLICIT.test(base) || writtenRegion(base)) return decided;
  for (const region of others) {
    const parsed = parsePhoneIn(base, region);
    if (parsed && parsed.e164 !== decided.parsed.e164) return { kind: 'ambiguous', readings: [decided.parsed, parsed] };
  }
  return decided;
}

/**
 * A bare number read in the place its row names (+853 2888 1234 beside 6612 3456, an address in 澳門),
 * as a row's country reads it, or null where that place does not read it: the place is only what the
 * row's other cells suggest, so the number is then read as the sheet reads it.
 */
function inRowPlace(base: string, place: string): Decided | null {
  if (base === '' || EXPLICIT.test(base)) return null;
  const decided = inRowCountry(base, place, writtenRegion(base));
  return decided.kind === 'invalid' ? null : decided;
}

/**
 * A Hong Kong, Taiwan or Macau number typed without the trunk 0 its country writes nationally (6612
 * 3456 read as Tainan's 06-612 3456) that a neighbour reads as it is typed (a Macau or Hong Kong
 * mobile) is ambiguous: the row does not say, and no one writes a Taiwan landline without its 0.
 */
function withTrunklessReadings(decided: Decided, base: string, row: string | null): Decided {
  if (decided.kind !== 'valid' || row !== null || EXPLICIT.test(base)) return decided;
  const own = decided.parsed;
  if (!own.country || !TRADITIONAL_REGIONS.includes(own.country)) return decided;
  if (!own.national.startsWith('0') || base.replace(/^\(/, '').startsWith('0')) return decided;
  const readings = [own];
  for (const region of TRADITIONAL_REGIONS) {
    if (region === own.country) continue;
    const parsed = parsePhoneIn(base, region);
    if (parsed && !readings.some((p) => p.e164 === parsed.e164)) readings.push(parsed);
  }
  return readings.length > 1 ? { kind: 'ambiguous', readings } : decided;
}

/**
 * A national number (trunk 0) the sheet's region reads but that is typed as another English-speaking
 * market groups its own numbers, and read there as another number, is ambiguous: on an Indian or mixed
 * list 07912 654321 is an Ahmedabad line only by its digits, and a British mobile by the way it is
 * typed. So on a list of one of the markets that group their own (TYPED_MARKETS): a German list's
 * 044 668 18 00 is Wilhelmshaven's 04466 81800 only by its digits, and Zürich's as typed. A row's own
 * country settles it; a Chinese list's numbers are not asked.
 */
function withGroupedReading(decided: Decided, base: string, sheet: string, row: string | null): Decided {
  const markets = NATIONAL_REGIONS.includes(sheet)
    ? NATIONAL_REGIONS
    : TYPED_MARKETS.includes(sheet)
      ? [...TYPED_MARKETS, ...NATIONAL_REGIONS]
      : null;
  if (decided.kind !== 'valid' || row !== null || markets === null) return decided;
  if (!base.startsWith('0') || !isGrouped(base) || groupedAs(base, decided.parsed.national)) return decided;
  for (const region of markets) {
    if (region === sheet) continue;
    const parsed = parsePhoneIn(base, region);
    if (parsed && parsed.e164 !== decided.parsed.e164 && groupedAs(base, parsed.national))
      return { kind: 'ambiguous', readings: [decided.parsed, parsed] };
  }
  return decided;
}

/**
 * A number read by its shape alone, not as the sheet reads it (ten digits are North American wherever
 * they stand), but typed as another market groups its own and read there as another number, is
 * ambiguous: 55 1234 5678 is Mexico City as typed, and (551) 234-5678 only by its digits. A row's own
 * country settles it.
 */
function withTypedReading(decided: Decided, base: string, sheet: string, row: string | null): Decided {
  if (decided.kind !== 'valid' || row !== null || decided.parsed.country === sheet) return decided;
  if (EXPLICIT.test(base) || writtenRegion(base) !== null || !isGrouped(base)) return decided;
  if (groupedAs(base, decided.parsed.national)) return decided;
  for (const region of TYPED_MARKETS) {
    const parsed = parsePhoneIn(base, region);
    if (parsed && parsed.e164 !== decided.parsed.e164 && groupedAs(base, parsed.national))
      return { kind: 'ambiguous', readings: [decided.parsed, parsed] };
  }
  return decided;
}

/**
 * Trunk-0 markets a bare number on a list without a home is also tried in, each only where the number
 * is typed as that market groups its own (090-1234-5678 as Japan writes a mobile, 03-1234-5678 as
 * Tokyo's and Melbourne's lines are written, 044 668 18 00 as Zürich's beside a +49 number that makes
 * the list read it as Germany's 04466 81800): readings to name, never one to write.
 */
const TRUNK_MARKETS: readonly string[] = ['GB', 'JP', 'IN', 'AU', 'DE', 'CH', 'FR', 'NL', 'KR'];

/**
 * A bare number on a list whose home is not established (`others` given while the sheet is the
 * template's region: a few British, Polish and Japanese contacts, or a Traditional-Chinese list of
 * Taiwan, Hong Kong and Macau customers, where China's reading is one of the list's own), read among
 * the regions the list points to. A number in a
 * shape only one country writes (an 11-digit Chinese mobile, (415) 555-0132) is read as anywhere
 * (null). Otherwise the template region's reading is only a default: a number one of the list's
 * regions alone reads is that region's; one several read, or that only the template's region or a
 * trunk-0 market typed alike reads, is ambiguous, left as typed with its readings named (020 7946 0958:
 * London or Guangzhou), unless the row's e-mail domain names a country that reads it. Null where
 * nothing reads it. Read alike with or without `foreignList`, which duplicate matching does not pass,
 * so a cell is one number in check, clean and dedupe.
 */
function amongListRegions(base: string, ctx: PhoneContext, sheet: string, row: string | null): Decided | null {
  const others = ctx.others;
  if (row !== null || sheet !== ctx.home || !others?.length || base === '' || EXPLICIT.test(base)) return null;
  const written = writtenRegion(base);
  if (written === 'US') return null;
  const shapes = shapesOf(base.replace(/[\s\-().]/g, ''));
  // The row's e-mail domain (.co.uk, .jp) picks its country's reading: 020 7946 0958 beside a .co.uk
  // address. Asked before any other reading, as none then counts: a German list's rows with .de
  // addresses are not parsed in every trunk-0 market. Where neither a way of writing nor a shape
  // names a country and the template's region would read the number as one of its national ones
  // (so with a country), its reading cannot set the number aside below, and is not asked either.
  const mail = mailRegion(ctx.place);
  const unnamed = written === null && shapes.every((region) => region === null);
  if (mail !== null && unnamed && readsNationally(base, sheet)) {
    const inMail = parsePhoneIn(base, mail);
    if (inMail) return { kind: 'valid', parsed: inMail };
  }
  const decided = decide(base, ctx.home, sheet, null);
  if (decided.kind === 'ambiguous') return null;
  const own = decided.kind === 'valid' ? decided.parsed : null;
  if (own && ((written !== null && !isTrunkWritten(base)) || shapes.includes(own.country ?? null))) return null;
  const inMail = mail === null ? null : parsePhoneIn(base, mail);
  if (inMail) return { kind: 'valid', parsed: inMail };
  const readings: ParsedPhone[] = [];
  const add = (parsed: ParsedPhone | null) => {
    if (parsed && !readings.some((p) => p.e164 === parsed.e164)) readings.push(parsed);
  };
  // A reading that adds a trunk 0 the number was not typed with is one by its digits only: not the list's.
  for (const region of others) {
    const parsed = parsePhoneIn(base, region);
    if (parsed && readsAsTyped(base, parsed)) add(parsed);
  }
  // A list read among Hong Kong, Taiwan and Macau is in Chinese (phone-region.ts), a team's that writes
  // Chinese: the template's Chinese reading is one of the list's own, and no trunk-0 market is asked.
  const chinese = others.every((region) => TRADITIONAL_REGIONS.includes(region));
  if (chinese) add(own);
  // One reading of the list's own regions is the number; the template's default reading only names one.
  const listed = readings.length;
  add(own);
  if (!chinese && /^\(?0/.test(base))
    for (const region of TRUNK_MARKETS) {
      if (region === ctx.home || others.includes(region)) continue;
      const parsed = parsePhoneIn(base, region);
      if (parsed && groupedAs(base, parsed.national)) add(parsed);
    }
  if (readings.length === 0) return null;
  if (readings.length > 1) return { kind: 'ambiguous', readings };
  return listed === 1 ? { kind: 'valid', parsed: readings[0]! } : { kind: 'ambiguous', readings };
}

/** The first group of a number's national form: its area code, trunk 0 and all (089 of 089 12345678). */
function areaOf(parsed: ParsedPhone): string | undefined {
  return /\d+/.exec(parsed.national)?.[0];
}

/** The readings whose area code is the one typed before a slash (`area`), when there is one. */
function inArea(area: string | null, decided: Decided): Decided {
  if (area === null || decided.kind === 'invalid') return decided;
  if (decided.kind === 'valid') return areaOf(decided.parsed) === area ? decided : NOT_A_NUMBER;
  const readings = decided.readings.filter((p) => areaOf(p) === area);
  return readings.length === 0 ? NOT_A_NUMBER : { kind: 'ambiguous', readings };
}

/** Where a number no reading of its list takes is asked for: neighbours first, a Chinese list's before its markets. */
const ELSEWHERE: readonly string[] = [
  ...new Set([...TRADITIONAL_REGIONS, ...TYPED_MARKETS, ...NATIONAL_REGIONS, ...TRUNK_MARKETS, 'CN']),
];
/** Of those, the ones whose national numbers never begin with 0 (no trunk 0), not asked of one that does. */
const NO_TRUNK: ReadonlySet<string> = new Set(['HK', 'MO', 'SG', 'ES', 'MX', 'BR', 'US']);
/** The ones whose national numbers always begin with 0 (a trunk 0, Taiwan's too), not asked of one that does not. */
const TRUNK_ONLY: ReadonlySet<string> = new Set(
  ELSEWHERE.filter((region) => !NO_TRUNK.has(region) && region !== 'IT' && region !== 'CN'),
);
/** Most readings named: a number typed as bare digits is some number in many countries. */
const MAX_ELSEWHERE = 3;
/** Bare digits of a national number typed with its trunk 0, long enough to be one (typedAsElsewhere's shape). */
const BARE_NATIONAL = /^0[1-9]\d{7,}$/;

/** A number typed the Chinese way after one of China's area codes (0571-8888888): a Chinese one mistyped. */
const CN_AREA_WRITTEN = /^\(?0(?:10|2\d|[3-9]\d{2})\)?-?\d{7,8}$/;

/**
 * The numbers a bare number that neither its row nor its sheet reads is in other countries, typed as
 * each writes its own (its digits its national number's, trunk 0 and all, in its groups): on a list
 * assumed Chinese, a German team's 030 12345678 is Berlin's, 044 668 18 00 Zürich's (not Wilhelmshaven's
 * 04466 81800, by its digits alone) and 9123 4567 a Hong Kong or Singapore mobile. An area code typed
 * before a slash (`area`: 089 / 123 456-78) stands for the groups. Bare digits count only after a
 * trunk 0 and enough of them (03012345678): eight (62556677, 02556677) are some number in many
 * countries, and more likely a local one mistyped. Names, not a number to write: the cell is left as
 * typed. `local` is the row's place, else the sheet's region. Empty for a number written as North
 * America writes its own (a mistyped one), with a +code, or where China is the row's, list's or template's,
 * one typed as China writes its own (0571-8888888, 8888 1234 beside an address in 東莞).
 */
function typedElsewhere(base: string, area: string | null, local: string, home: string): ParsedPhone[] {
  if (base === '' || EXPLICIT.test(base) || writtenRegion(base) === 'US') return [];
  const chinese = local === 'CN' || home === 'CN';
  if (chinese && (TRUNKLESS_LANDLINE.test(base) || CN_AREA_WRITTEN.test(base))) return [];
  const digits = base.replace(/\D/g, '');
  const grouped = isGrouped(base);
  if (!grouped && !BARE_NATIONAL.test(digits)) return [];
  const readings: ParsedPhone[] = [];
  const trunk = digits.startsWith('0');
  for (const region of ELSEWHERE) {
    // Parsing is the cost of a number no reading takes: a region that cannot write it as typed is not asked.
    if (region === local || (trunk ? NO_TRUNK : TRUNK_ONLY).has(region)) continue;
    const parsed = parsePhoneIn(base, region);
    if (!parsed || parsed.country !== region || parsed.national.replace(/\D/g, '') !== digits) continue;
    const typed = area !== null ? areaOf(parsed) === area : !grouped || groupedAs(base, parsed.national);
    if (typed && !readings.some((p) => p.e164 === parsed.e164)) readings.push(parsed);
  }
  return readings.slice(0, MAX_ELSEWHERE);
}

/**
 * A number no region of the row or sheet reads whose brackets hold a country code it is valid under
 * ((852) 2987 6543): that country's. Never over a reading the sheet has ((415) 555-0132 stays Californian).
 */
function orBracketedCode(decided: Decided, base: string, home: string): Decided {
  // (216) 555-0134 is an American area code written the American way (a mistyped number), never Tunisia's.
  if (decided.kind !== 'invalid' || writtenRegion(base) !== null) return decided;
  const m = BRACKETED_CODE.exec(base);
  const parsed = m ? parsePhoneIn(`+${m[1]} ${m[2]}`, home) : null;
  return parsed ? { kind: 'valid', parsed } : decided;
}

/**
 * A bare number on a row that names its country is that country's or no number: a British row's
 * (415) 555-0134 and an American row's 13800138000 are reported, not read as another country's
 * (07700 900456 on a British row is not therefore the Chinese landline 0770-0900456). Written the way
 * another country writes its numbers, and read there as another number, it is ambiguous.
 */
function inRowCountry(base: string, row: string, written: string | null, named = false): Decided {
  const parsed = parsePhoneIn(base, row);
  if (!parsed) return NOT_A_NUMBER;
  // A trunk 0 and dashes (090-1234-5678, 020 7946 0958) is how Japan, Korea and Britain write their
  // own numbers as much as China: where the row names its country (`named`), only a shape no other
  // country writes (the North American) says more. A sheet's majority is weaker: both readings stand.
  const shaped = written !== null && written !== row && !(named && written === 'CN' && isTrunkWritten(base));
  const other = shaped ? parsePhoneIn(base, written) : null;
  return other && other.e164 !== parsed.e164
    ? { kind: 'ambiguous', readings: [parsed, other] }
    : { kind: 'valid', parsed };
}

// Not cached itself: parsePhoneIn caches each region's answer, and callers memoise repeated cells.
function decide(base: string, home: string, sheet: string, row: string | null): Decided {
  if (base === '') return NOT_A_NUMBER;
  if (EXPLICIT.test(base)) {
    const parsed = parsePhoneIn(base, home);
    return parsed ? { kind: 'valid', parsed } : NOT_A_NUMBER;
  }
  const written = writtenRegion(base);
  if (row !== null) return inRowCountry(base, row, written, true);
  // 020-7946-3123 is the Chinese way of writing a landline and the British, Indian or Australian one
  // too: every country that dials a trunk 0 writes it so. On a sheet of such a country the number is
  // the sheet's where the sheet reads it, and ambiguous where China reads it as another number.
  if (sheet !== 'CN' && isTrunkWritten(base) && parsePhoneIn(base, sheet))
    return inRowCountry(base, sheet, written, TRUNK_DASHED_REGIONS.includes(sheet));
  const shapes = shapesOf(base.replace(/[\s\-().]/g, ''));
  // The template's region is read only as the sheet's (where no majority says otherwise): a number
  // the sheet's majority does not take is no number, not the template region's.
  const tiers: (string | null)[][] = [[written], [...shapes, sheet]];
  for (const tier of tiers) {
    const found: ParsedPhone[] = [];
    for (const region of tier) {
      if (region === null) continue;
      const parsed = parsePhoneIn(base, region);
      if (parsed && !found.some((p) => p.e164 === parsed.e164)) found.push(parsed);
    }
    if (found.length === 1) return { kind: 'valid', parsed: found[0]! };
    if (found.length > 1) return { kind: 'ambiguous', readings: found };
    // "(200) 555-0134" is a mistyped North American number, not a Chinese one written the American way.
    if (written) return NOT_A_NUMBER;
  }
  return NOT_A_NUMBER;
}
