/**
 * A phone's readings as check names them, each with the country it is a number of ("+49 30 12345678
 * (Germany)", "+49 30 12345678（德国）"): a number left as typed says where it could be, not only which
 * digits. Names are the runtime's (Intl); where it has none, a reading is shown without one.
 */
import type { Locale } from '../i18n/locale';
import { parsePhoneIn } from '../normalise/phone-parse';
import type { CellValue } from '../sheet/cell-value';

/** A reading's number: its international form, after any label and before any extension. */
const INTERNATIONAL = /\+\d[\d ]*\d/;

/** Names users know these by; Intl's are the formal ones ("Hong Kong SAR China", 中国香港特别行政区). */
const SHORT_NAMES: Record<Locale, Readonly<Record<string, string>>> = {
  'en-US': { HK: 'Hong Kong', MO: 'Macau', TW: 'Taiwan' },
  'zh-CN': { HK: '香港', MO: '澳门', TW: '台湾' },
};

const displays = new Map<Locale, Intl.DisplayNames | null>();

function regionName(region: string, locale: Locale): string | undefined {
  const short = SHORT_NAMES[locale][region];
  if (short) return short;
  let display = displays.get(locale);
  if (display === undefined) {
    try {
      display = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
    } catch {
      display = null; // a runtime without region names: readings go unnamed
    }
    displays.set(locale, display);
  }
  const name = display?.of(region);
  return name && name !== region ? name : undefined;
}

/**
 * Crown dependencies whose numbers are in the United Kingdom's numbering plan: libphonenumber names
 * some British mobile ranges (07911 1…) Guernsey's, which no one reading "+44 7911 123456" expects.
 */
const UK_PLAN: ReadonlySet<string> = new Set(['GG', 'JE', 'IM']);

/** The region whose numbering plan a region's numbers are in: the United Kingdom's for a crown dependency. */
export function planRegion(region: string): string {
  return UK_PLAN.has(region) ? 'GB' : region;
}

/** A region's name, after the United Kingdom's for a crown dependency ("United Kingdom, Guernsey"). */
export function numberingName(region: string, locale: Locale): string | undefined {
  const name = regionName(region, locale);
  const plan = UK_PLAN.has(region) ? regionName('GB', locale) : undefined;
  if (!name || !plan) return name;
  return locale === 'zh-CN' ? `${plan}，${name}` : `${plan}, ${name}`;
}

/** Each reading with its country's name after it, in `locale`'s words and brackets. */
export function namedPhoneReadings(readings: readonly string[], locale: Locale): string[] {
  return readings.map((reading) => {
    const number = INTERNATIONAL.exec(reading)?.[0];
    // A number with its +code is read alike under any region: 'CN' only lets a Chinese mobile take the quick path.
    const region = number ? parsePhoneIn(number, 'CN')?.country : undefined;
    const name = region ? numberingName(region, locale) : undefined;
    if (!name) return reading;
    return locale === 'zh-CN' ? `${reading}（${name}）` : `${reading} (${name})`;
  });
}

/** A country code typed before the number (+44, 0044, (+44)): the number says its own country. */
const TYPED_CODE = /^\s*[(（]?\s*(?:\+|＋|00)/;

/**
 * The region whose code cleaning gives a number typed without one (07911 123456 becoming +44 7911
 * 123456: GG, in the United Kingdom's plan), so that check can say which country the number was read
 * as, not only that its form changes; undefined where it was typed with its code or is written nationally.
 */
export function addedRegion(value: CellValue, canonical: CellValue): string | undefined {
  if (typeof value !== 'string' || typeof canonical !== 'string' || TYPED_CODE.test(value)) return undefined;
  const number = INTERNATIONAL.exec(canonical)?.[0];
  if (!number || !canonical.startsWith('+')) return undefined;
  // 86 138 1234 5678: its code typed, without the +.
  if (value.replace(/\D/g, '').startsWith(number.replace(/\D/g, ''))) return undefined;
  return parsePhoneIn(number, 'CN')?.country;
}
